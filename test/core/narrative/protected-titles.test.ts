import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CatalogueFile } from '../../../src/api/catalogue-files.js';
import type { ProtectedTitle } from '../../../src/api/catalogue-titles.js';
import { checkNorms, protectedTitleUses, withLawfulWording, type TitleRules } from '../../../src/core/narrative/index.js';
import { seedNarrativeTemplateList } from '../../../src/server/seed/narratives/index.js';
import { DEMO_DRAFT } from '../../../src/server/seed/narratives/demo-draft.js';

const catalogue = CatalogueFile.parse(JSON.parse(readFileSync(new URL('../../../catalogue/jurisdictions.json', import.meta.url), 'utf8')));
const allRules: TitleRules[] = (catalogue.jurisdictions ?? []).map((j) => ({ jurisdictionId: j.id, jurisdictionName: j.name.en, titles: j.protectedTitles ?? [] }));
const ontario = allRules.filter((r) => r.jurisdictionId === 'ca-on');

const nurse: ProtectedTitle = {
  terms: ['nurse', 'registered nurse', 'RN'],
  regulator: 'College of Nurses of Ontario',
  lawfulWording: [{ en: 'internationally educated nurse', fr: "infirmière formée à l'étranger" }],
  source: { url: 'https://www.cno.org/' },
  lastVerified: '2026-12-05',
  verification: { status: 'verified' },
};
const rules: TitleRules[] = [{ jurisdictionId: 'ca-on', jurisdictionName: 'Ontario', titles: [nurse] }];

describe('protected titles', () => {
  it('finds a protected title the person calls themselves by, longest term first, and names the field', () => {
    const uses = protectedTitleUses({ 'local-title': 'Registered Nurse', background: 'I am an RN with nine years of practice.' }, rules);
    assert.deepEqual(uses.map((u) => [u.fieldId, u.found]), [['local-title', 'Registered Nurse'], ['background', 'RN']]);
  });

  it('never flags the lawful wording, a longer word, the job advertised or the title held abroad', () => {
    const values = { headline: 'Internationally educated nurse | Emergency care', background: 'Nursing leadership.', position: 'Registered Nurse, ED', 'foreign-title': 'Nurse (Nigeria)' };
    assert.deepEqual(protectedTitleUses(values, rules), []);
  });

  it('does not flag the local title the credential-equivalency statement seeks recognition as', () => {
    assert.deepEqual(protectedTitleUses({ 'local-title': 'Registered nurse' }, rules, 'credential-equivalency'), []);
    assert.equal(protectedTitleUses({ 'local-title': 'Registered nurse' }, rules, 'resume-summary').length, 1);
  });

  it('rewrites every use with the lawful wording and leaves the lawful wording alone', () => {
    assert.equal(withLawfulWording('Registered Nurse; internationally educated nurse; nurses', nurse, 'internationally educated nurse'), 'internationally educated nurse; internationally educated nurse; internationally educated nurse');
    assert.deepEqual(withLawfulWording(['RN, ICU', 'Nursing'], nurse, 'internationally educated nurse'), ['internationally educated nurse, ICU', 'Nursing']);
  });

  it('warns in the norms check with the regulator, the jurisdiction and the lawful wording in the text language', () => {
    const hints = checkNorms({ kind: 'networking-profile', country: 'ca-on', locale: 'fr', text: '', values: { headline: 'Infirmière autorisée' }, titleRules: ontario });
    const hint = hints.find((h) => h.code === 'norms.protected-title');
    assert.ok(hint, 'a protected-title hint');
    assert.equal(hint.fieldId, 'headline');
    assert.equal(hint.params.regulator, 'College of Nurses of Ontario');
    assert.equal(hint.params.jurisdiction, 'Ontario');
    assert.equal(hint.params.lawful, "infirmière formée à l'étranger");
    assert.equal(hint.severity, 'warning');
  });

  it('says when a protected title is not verified', () => {
    const hints = checkNorms({ kind: 'resume-summary', country: 'ca-on', locale: 'en', text: '', values: { 'local-title': 'Pharmacist' }, titleRules: ontario });
    assert.deepEqual(hints.filter((h) => h.code.startsWith('norms.protected-title')).map((h) => h.code), ['norms.protected-title-unverified']);
  });

  it('lists for every jurisdiction of the catalogue its titles, each with a source address, a date checked and lawful wording', () => {
    for (const j of catalogue.jurisdictions ?? []) {
      assert.ok(j.protectedTitles?.length, `${j.id} lists its protected titles`);
      for (const t of j.protectedTitles ?? []) {
        assert.match(t.source.url, /^https?:\/\//, `${j.id} ${t.terms[0]} has a source`);
        assert.match(t.lastVerified, /^\d{4}-\d{2}-\d{2}$/);
        assert.ok(t.lawfulWording[0].en);
        if (t.verification.status === 'unverified') assert.ok(t.verification.note?.en, `${j.id} ${t.terms[0]} says what to check`);
      }
    }
  });

  it('no seed template example and no demo text calls the person by a protected title of any jurisdiction', () => {
    for (const template of seedNarrativeTemplateList()) {
      const examples = Object.fromEntries(template.sections.flatMap((s) => s.fields.map((f) => [f.id, f.example])));
      const uses = protectedTitleUses(examples, allRules, template.kind);
      assert.deepEqual(uses.map((u) => `${u.fieldId}: ${u.found}`), [], template.id);
    }
    assert.deepEqual(protectedTitleUses(DEMO_DRAFT.values, allRules, 'credential-equivalency').map((u) => `${u.fieldId}: ${u.found}`), []);
  });
});

describe('spoken length', () => {
  it('measures the pitch against the template’s own target, as the preview does', () => {
    const hint = (spokenSeconds: number, spokenTarget?: number) =>
      checkNorms({ kind: 'elevator-pitch', country: 'CA', locale: 'en', text: 'x', values: {}, spokenSeconds, spokenTarget }).find((h) => h.code === 'norms.spoken-too-long');
    assert.equal(hint(60, 60), undefined);
    assert.deepEqual(hint(61, 60)?.params, { seconds: 61, usual: 60 });
    assert.deepEqual(hint(100, 90)?.params, { seconds: 100, usual: 90 });
    assert.equal(hint(61)?.params.usual, 60);
  });
  it('finds every title of the catalogue exactly where one pattern per term, bounded on both sides, found it', () => {
    // The patterns used to carry a lookbehind per term; the word before a title is now checked in code.
    // This is the former pattern, kept as the reference the matching must agree with.
    const letter = '[\\p{L}\\p{M}\\p{N}-]';
    const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const reference = (text: string, title: ProtectedTitle) => {
      const terms = [...title.terms].sort((a, b) => b.length - a.length).map((term) => (unspaced.test(term) ? escape(term) : `(?<!${letter})${escape(term)}(?:s|es)?(?!${letter})`));
      const lawful = title.lawfulWording.flatMap((w) => Object.values(w)).sort((a, b) => b.length - a.length).map(escape);
      const masked = text.replace(new RegExp(lawful.join('|') || '(?!)', 'giu'), (phrase) => ' '.repeat(phrase.length));
      let out = '';
      let from = 0;
      for (const match of masked.matchAll(new RegExp(terms.join('|'), 'giu'))) {
        out += text.slice(from, match.index) + '#';
        from = match.index + match[0].length;
      }
      return out + text.slice(from);
    };
    const around = ['', ' ', 'x', 'X-', '-', '9', 'é', '(', '.', '\n', 's', 'es', 'ing', '护士', 'I am a ', 'the '];
    let random = 7;
    const pick = <T>(items: readonly T[]) => items[(random = (random * 48271) % 2147483647) % items.length];
    const titles = allRules.flatMap((r) => r.titles);
    for (const title of titles) {
      const words = [...title.terms, ...title.terms.map((term) => term.toUpperCase()), ...title.lawfulWording.flatMap((w) => Object.values(w))];
      for (let round = 0; round < 60; round++) {
        let text = '';
        for (let part = 0; part < 4; part++) text += pick(around) + pick(words) + pick(around);
        assert.equal(withLawfulWording(text, title, '#'), reference(text, title), `${title.terms[0]}: ${JSON.stringify(text)}`);
      }
    }
  });
});
