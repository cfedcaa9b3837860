import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTemplate, checkTemplate, scopeOf } from '../../../src/core/narrative/index.js';
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
