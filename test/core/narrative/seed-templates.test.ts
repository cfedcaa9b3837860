import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NarrativeTemplate } from '../../../src/api/narrative.js';
import { checkTemplate, renderNarrative } from '../../../src/core/narrative/index.js';
import { NARRATIVE_KINDS, SEED_LOCALES, seedNarrativeTemplateList } from '../../../src/server/seed/narratives/index.js';

const templates = seedNarrativeTemplateList();

describe('seed narrative templates', () => {
  it('has every kind in every locale', () => {
    for (const locale of SEED_LOCALES) {
      for (const kind of NARRATIVE_KINDS) {
        assert.ok(templates.some((t) => t.locale === locale && t.kind === kind), `${kind} in ${locale}`);
      }
    }
    assert.equal(new Set(templates.map((t) => t.id)).size, templates.length);
  });

  for (const template of templates) {
    it(`${template.id} matches the contract and parses without errors`, () => {
      const parsed = NarrativeTemplate.safeParse(template);
      assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
      const check = checkTemplate(template);
      assert.deepEqual(check.errors, []);
      assert.deepEqual(check.problems, []);
      for (const section of template.sections) {
        for (const field of section.fields) {
          assert.ok(field.guidance.trim() && field.example.trim(), `${field.id} has guidance and an example`);
        }
      }
    });

    it(`${template.id} renders its own examples within its limits`, () => {
      const values = Object.fromEntries(template.sections.flatMap((s) => s.fields.map((f) => [f.id, f.type === 'list' ? f.example.split('\n') : f.example])));
      const out = renderNarrative(template, values, template.locale);
      assert.deepEqual(out.missing, []);
      assert.doesNotMatch(out.text, /\{\{|\}\}/);
      assert.deepEqual(out.overLimits.filter((l) => l.scope === 'template'), [], out.text);
      for (const field of template.sections.flatMap((s) => s.fields)) {
        assert.ok(out.text.includes(field.type === 'list' ? field.example.split('\n')[0] : field.example), `${field.id} appears in the text`);
      }
    });
  }
});
