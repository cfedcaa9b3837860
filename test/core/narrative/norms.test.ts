import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkNorms, withoutDismissed, competencyCoverage, prefillCredentialEquivalency, describeEducation, renderNarrative, type EducationEntry } from '../../../src/core/narrative/index.js';
import { seedNarrativeTemplateList, seedTemplateId } from '../../../src/server/seed/narratives/index.js';

const ids = (hints: { id: string }[]) => hints.map((h) => h.id);

describe('norms checks', () => {
  it('flags a photo, date of birth, marital status and nationality on a Canadian résumé', () => {
    const hints = checkNorms({
      kind: 'resume-summary', country: 'ca-on', locale: 'en', values: {},
      text: 'Registered Nurse. Date of birth: 12/03/1987. Married, two children. Nationality: Nigerian. Photo attached.',
    });
    assert.deepEqual(ids(hints).filter((id) => id.startsWith('norms.personal-detail')).sort(), [
      'norms.personal-detail:children', 'norms.personal-detail:date-of-birth', 'norms.personal-detail:marital-status',
      'norms.personal-detail:nationality', 'norms.personal-detail:photo',
    ]);
    assert.deepEqual(hints[0].params.country, 'CA');
  });

  it('finds personal details written in other languages', () => {
    const fr = checkNorms({ kind: 'resume-summary', country: 'CA', locale: 'fr', values: {}, text: 'Ingénieure. Date de naissance : 1985. Mariée.' });
    assert.deepEqual(ids(fr).sort(), ['norms.personal-detail:date-of-birth', 'norms.personal-detail:marital-status']);
    const zh = checkNorms({ kind: 'resume-summary', country: 'AU', locale: 'zh-Hans', values: {}, text: '软件工程师，已婚，出生日期：1990年。' });
    assert.deepEqual(ids(zh).sort(), ['norms.personal-detail:date-of-birth', 'norms.personal-detail:marital-status']);
    const ar = checkNorms({ kind: 'cover-letter-paragraph', country: 'GB', locale: 'ar', values: {}, text: 'صيدلانية. الحالة الاجتماعية: متزوجة.' });
    assert.deepEqual(ids(ar), ['norms.personal-detail:marital-status']);
  });

  it('does not flag personal details where résumés customarily carry them (Germany), nor in a STAR story', () => {
    assert.deepEqual(checkNorms({ kind: 'resume-summary', country: 'DE', locale: 'de', values: {}, text: 'Bauingenieur. Geburtsdatum: 1984. Verheiratet.' }), []);
    assert.deepEqual(checkNorms({ kind: 'star-story', country: 'CA', locale: 'en', values: {}, text: 'A married couple arrived at the emergency unit.' }), []);
  });

  it('does not take ordinary words for personal details', () => {
    assert.deepEqual(checkNorms({ kind: 'resume-summary', country: 'US', locale: 'en', values: {}, text: 'Photographic memory for dosage tables; single-handedly ran the night shift.' }), []);
  });

  it('says when a summary is far over the usual length', () => {
    const text = Array.from({ length: 160 }, () => 'word').join(' ');
    const hints = checkNorms({ kind: 'resume-summary', country: 'US', locale: 'en', values: {}, text });
    assert.deepEqual(hints.find((h) => h.code === 'norms.too-long')?.params, { words: 160, usual: 80, country: 'US' });
    assert.ok(!checkNorms({ kind: 'resume-summary', country: 'US', locale: 'en', values: {}, text: 'word '.repeat(90) }).some((h) => h.code === 'norms.too-long'));
  });

  it('asks for the local equivalent of a foreign title', () => {
    const hints = checkNorms({ kind: 'credential-equivalency', country: 'CA', locale: 'en', values: { 'foreign-title': 'Nursing Officer II' }, text: '' });
    assert.deepEqual(hints, [{ id: 'norms.foreign-title-without-equivalent', code: 'norms.foreign-title-without-equivalent', severity: 'warning', params: { title: 'Nursing Officer II', country: 'CA' }, fieldId: 'local-title' }]);
    assert.deepEqual(checkNorms({ kind: 'credential-equivalency', country: 'CA', locale: 'en', values: { 'foreign-title': 'Nursing Officer II', 'local-title': 'Registered Nurse' }, text: '' }), []);
  });

  it('points out first-person overuse in a résumé summary, but not in a networking profile', () => {
    const text = 'I am a nurse. I led triage. My team trusted me. I trained 25 nurses.';
    assert.ok(checkNorms({ kind: 'resume-summary', country: 'GB', locale: 'en', values: {}, text }).some((h) => h.code === 'norms.first-person'));
    assert.ok(!checkNorms({ kind: 'networking-profile', country: 'GB', locale: 'en', values: {}, text }).some((h) => h.code === 'norms.first-person'));
    assert.ok(checkNorms({ kind: 'resume-summary', country: 'CA', locale: 'uk', values: {}, text: 'Я інженер. Я керував командою. Мій проєкт здано вчасно.' }).some((h) => h.code === 'norms.first-person'));
    assert.ok(!checkNorms({ kind: 'resume-summary', country: 'CA', locale: 'en', values: {}, text: 'Registered Nurse with 9 years of experience. Led triage changes.' }).some((h) => h.code === 'norms.first-person'));
  });

  it('keeps hint ids stable so dismissed hints stay dismissed', () => {
    const input = { kind: 'resume-summary' as const, country: 'CA', locale: 'en', values: {}, text: 'Married. Photo attached.' };
    const first = checkNorms(input);
    const again = checkNorms({ ...input, text: 'Photo attached. Married. Registered Nurse.' });
    assert.deepEqual(ids(first).sort(), ids(again).sort());
    assert.deepEqual(ids(withoutDismissed(again, ['norms.personal-detail:photo'])), ['norms.personal-detail:marital-status']);
  });
});

describe('competency coverage', () => {
  it('shows which asked-for competencies the tagged stories cover', () => {
    const report = competencyCoverage(['communication', 'teamwork', 'patient-safety', 'leadership'], [
      { id: 's1', title: 'Night-shift triage', competencies: ['patient-safety', 'leadership'] },
      { id: 's2', title: 'Handover checklist', competencies: ['patient-safety', 'quality-improvement'] },
    ]);
    assert.deepEqual(report.items.find((i) => i.competency === 'patient-safety')?.storyIds, ['s1', 's2']);
    assert.deepEqual(report.covered, ['patient-safety', 'leadership']);
    assert.deepEqual(report.uncovered, ['communication', 'teamwork']);
    assert.equal(report.ratio, 0.5);
    assert.deepEqual(report.extra, ['quality-improvement']);
  });
});

describe('credential-equivalency pre-fill', () => {
  const education: EducationEntry[] = [
    { level: 'diploma', field: 'Midwifery', country: 'NG', institution: 'School of Midwifery, Lagos', year: 2009, assessmentPending: true },
    { level: 'bachelor', field: 'Nursing Science', country: 'NG', institution: 'University of Lagos', year: 2013, assessedEquivalent: "a Canadian bachelor's degree", assessedBy: 'WES' },
  ];

  it('writes each degree with its assessed equivalent, highest first, in English', () => {
    const values = prefillCredentialEquivalency(education, 'en');
    assert.deepEqual(values.credentials, [
      "Bachelor's degree in Nursing Science, University of Lagos, Nigeria (2013) — assessed by WES as equivalent to a Canadian bachelor's degree",
      'Diploma in Midwifery, School of Midwifery, Lagos, Nigeria (2009) — assessment in progress',
    ]);
    assert.equal(values['assessed-by'], 'WES');
    assert.deepEqual(values.pending, ['Diploma in Midwifery']);
  });

  it('writes in the active locale, with the country name in that language', () => {
    const fr = prefillCredentialEquivalency(education, 'fr');
    assert.match((fr.credentials as string[])[0], /^Baccalauréat \(licence\) en Nursing Science, University of Lagos, Nigeria \(2013\) — évalué par WES comme équivalent à/);
    const uk = describeEducation({ level: 'master', field: 'Будівництво', country: 'UA', year: 2012, assessedEquivalent: 'німецький Master', assessedBy: 'ZAB' }, 'uk');
    assert.equal(uk, 'Ступінь магістра зі спеціальності «Будівництво», Україна (2012) — оцінено ZAB як еквівалент: німецький Master');
    const zh = describeEducation({ level: 'bachelor', field: '计算机科学', country: 'CN', institution: '四川大学', assessmentPending: true }, 'zh-Hans');
    assert.equal(zh, '计算机科学学士学位，四川大学，中国 — 评估进行中');
  });

  it('states no assessment for a credential that has none, and names the level instead of a code', () => {
    assert.equal(describeEducation({ level: 'postgraduate-diploma', country: 'NG', year: 2016 }, 'en'), 'Postgraduate diploma, Nigeria (2016)');
    const values = prefillCredentialEquivalency([{ level: 'trade-certificate', country: 'UA' }], 'en');
    assert.deepEqual(values.credentials, ['Trade certificate, Ukraine']);
    assert.equal(values.pending, undefined);
    assert.equal(values['assessed-by'], undefined);
  });

  it('fills the seed credential-equivalency template so it renders without missing credentials', () => {
    const template = seedNarrativeTemplateList().find((t) => t.id === seedTemplateId('credential-equivalency', 'en'))!;
    const values = { ...prefillCredentialEquivalency(education, 'en'), 'foreign-title': 'Nursing Officer II', 'local-title': 'Registered Nurse', jurisdiction: 'Ontario', experience: 'Nine years in emergency care.' };
    const out = renderNarrative(template, values, 'en');
    assert.deepEqual(out.errors, []);
    assert.deepEqual(out.missing, []);
    assert.match(out.text, /My education:\n- Bachelor's degree in Nursing Science/);
    assert.match(out.text, /Still being assessed: Diploma in Midwifery\./);
  });
});
