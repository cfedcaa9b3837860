import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTemplate, checkTemplate, describeTemplateError, scopeOf } from '../../../src/core/narrative/index.js';
import type { NarrativeTemplate } from '../../../src/api/narrative.js';

const template: Pick<NarrativeTemplate, 'sections' | 'body' | 'limits'> = {
  sections: [
    { id: 'who', title: 'Who', optional: false, fields: [
      { id: 'role', label: 'Role', guidance: '', example: '', type: 'text', required: true },
      { id: 'skills', label: 'Skills', guidance: '', example: '', type: 'list', required: false },
    ] },
    { id: 'extra', title: 'Extra', optional: true, fields: [{ id: 'note', label: 'Note', guidance: '', example: '', type: 'textarea', required: false }] },
  ],
  body: '{{role}}',
  limits: {},
};
const scope = scopeOf(template);

describe('template language', () => {
  it('accepts placeholders, sections, lists and the list item', () => {
    const parsed = parseTemplate('{{role}}\n{{#extra}}{{note}}{{/extra}}\n{{#each skills}}- {{.}}\n{{/each}}', scope);
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.names, ['role', 'extra', 'note', 'skills']);
  });

  it('reports an unknown placeholder with its line and column', () => {
    const parsed = parseTemplate('I am a {{role}}.\nI know {{skils}} well.', scope);
    assert.equal(parsed.errors.length, 1);
    assert.deepEqual({ ...parsed.errors[0], message: undefined }, { code: 'unknown-placeholder', message: undefined, line: 2, column: 8, offset: 24, name: 'skils' });
  });

  it('reports a section that is never closed at the place it opens', () => {
    const parsed = parseTemplate('{{role}}\n  {{#extra}}{{note}}', scope);
    assert.deepEqual(parsed.errors.map((e) => [e.code, e.line, e.column, e.name]), [['unclosed-section', 2, 3, 'extra']]);
  });

  it('reports a close with no open, and a close that does not match', () => {
    assert.equal(parseTemplate('{{role}}{{/extra}}', scope).errors[0].code, 'unexpected-close');
    const mismatched = parseTemplate('{{#extra}}{{note}}{{/who}}', scope).errors;
    assert.ok(mismatched.some((e) => e.code === 'mismatched-close' && e.column === 19));
    assert.ok(mismatched.some((e) => e.code === 'unclosed-section'));
  });

  it('reports an inner section left open when an outer one closes', () => {
    const errors = parseTemplate('{{#who}}{{#extra}}{{note}}{{/who}}', scope).errors;
    assert.deepEqual(errors.map((e) => [e.code, e.name]), [['unclosed-section', 'extra']]);
  });

  it('refuses HTML, code-like tags, {{.}} outside a list and each over a text field', () => {
    assert.equal(parseTemplate('<b>{{role}}</b>', scope).errors[0].code, 'html-not-allowed');
    assert.equal(parseTemplate('{{role.toUpperCase()}}', scope).errors[0].code, 'malformed-tag');
    assert.equal(parseTemplate('{{> partial}}', scope).errors[0].code, 'malformed-tag');
    assert.equal(parseTemplate('{{.}}', scope).errors[0].code, 'item-outside-each');
    assert.equal(parseTemplate('{{#each role}}{{.}}{{/each}}', scope).errors[0].code, 'each-not-list');
    assert.equal(parseTemplate('Hello {{role', scope).errors[0].code, 'unclosed-tag');
  });

  it('words each error for authors when asked (checkTemplate does), and leaves the sentence out otherwise', () => {
    const sentences = (body: string) => parseTemplate(body, scope, describeTemplateError).errors.map((e) => e.message);
    assert.deepEqual(sentences('I am {{skils}}'), ['There is no field or section called "skils".']);
    assert.deepEqual(sentences('<b>{{role}}</b>'), ['HTML is not allowed in a template: <b>', 'HTML is not allowed in a template: </b>']);
    assert.deepEqual(sentences('{{role.toUpperCase()}}'), ['"{{role.toUpperCase()}}" is not a placeholder: use {{field}}, {{#section}}, {{/section}}, {{#each list}} or {{.}}.']);
    assert.deepEqual(sentences('{{#each Bad!}}{{#Bad!}}'), ['"Bad!" is not a valid list name.', '"Bad!" is not a valid section name.']);
    assert.deepEqual(sentences('Hello {{role'), ['This "{{" has no matching "}}".']);
    assert.deepEqual(sentences('{{.}}'), ['"{{.}}" can only be used inside {{#each list}}...{{/each}}.']);
    assert.deepEqual(sentences('{{#each role}}{{/each}}{{#each who}}{{/each}}'), [
      '"role" is not a list field, so {{#each}} cannot repeat over it.',
      '"who" is a section, not a list field.',
    ]);
    assert.deepEqual(sentences('{{role}}{{/extra}}'), ['"{{/extra}}" closes a section that was never opened.']);
    assert.deepEqual(sentences('{{#extra}}{{note}}{{/who}}'), ['"{{#extra}}" is never closed.', 'Expected "{{/extra}}" but found "{{/who}}".']);
    assert.deepEqual(sentences('{{#who}}{{#each skills}}{{/who}}'), ['"{{#each skills}}" is not closed before "{{/who}}".']);
    assert.deepEqual(checkTemplate({ ...template, body: '{{skils}}' }).errors.map((e) => e.message), ['There is no field or section called "skils".']);
    // A widget renders templates without the sentences: it words errors by code.
    assert.deepEqual(parseTemplate('I am {{skils}}', scope).errors.map((e) => [e.code, e.message]), [['unknown-placeholder', '']]);
  });

  it('checks a whole template: duplicate ids and choice fields without options', () => {
    const bad = checkTemplate({
      ...template,
      sections: [{ id: 'role', title: 'x', optional: false, fields: [
        { id: 'role', label: 'Role', guidance: '', example: '', type: 'choice', required: true },
      ] }],
    });
    assert.equal(bad.ok, false);
    assert.deepEqual(bad.problems.map((p) => p.code).sort(), ['choice-without-options', 'duplicate-id']);
  });
});
