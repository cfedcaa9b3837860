/**
 * The English sentences of template errors, for template authors and logs (the server's
 * refusal of a template with errors, through `checkTemplate`). Apart from the parser, so
 * the widgets that only render templates do not carry them: they localise errors by code.
 */
import type { TemplateErrorFacts } from './template-language.js';

/** An error's sentence: `"skils" ...` with the names the author wrote. */
export function describeTemplateError({ code, name, found, as, expected }: TemplateErrorFacts): string {
  const opened = `{{#${as === 'each' ? 'each ' : ''}${name}}}`;
  switch (code) {
    case 'html-not-allowed':
      return `HTML is not allowed in a template: ${found}`;
    case 'unclosed-tag':
      return 'This "{{" has no matching "}}".';
    case 'malformed-tag':
      return as === 'tag'
        ? `"{{${name}}}" is not a placeholder: use {{field}}, {{#section}}, {{/section}}, {{#each list}} or {{.}}.`
        : `"${name}" is not a valid ${as === 'list' ? 'list' : 'section'} name.`;
    case 'unknown-placeholder':
      return `There is no field or section called "${name}".`;
    case 'item-outside-each':
      return '"{{.}}" can only be used inside {{#each list}}...{{/each}}.';
    case 'each-not-list':
      return as === 'section' ? `"${name}" is a section, not a list field.` : `"${name}" is not a list field, so {{#each}} cannot repeat over it.`;
    case 'unexpected-close':
      return `"{{/${name}}}" closes a section that was never opened.`;
    case 'mismatched-close':
      return `Expected "{{/${expected}}}" but found "{{/${name}}}".`;
    case 'unclosed-section':
      return expected === undefined ? `"${opened}" is never closed.` : `"${opened}" is not closed before "{{/${expected}}}".`;
  }
}
