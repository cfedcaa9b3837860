/** Language rules beyond one test result: TOEFL's two scales, combined sittings, estimates, evidence other than a test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguageTestResult, Profile } from '../../../src/api/gap.js';
import { analyseGap } from '../../../src/core/gap/analyse.js';
import { evaluateRequirement } from '../../../src/core/gap/evaluate.js';
import { levelsOf } from '../../../src/core/gap/language.js';
import { seedRequirementSet } from '../../../src/server/seed/catalogue/index.js';
import { emptyProfile, rule } from './fixtures.js';

const AS_OF = '2026-12-05';
const tested = (...languageTests: LanguageTestResult[]): Profile => ({ ...emptyProfile, languageTests });

// A TOEFL rule stated on the 0-30 / 0-120 scale the regulators publish (Ahpra's 2025 figures).
const toeflSections = rule('toefl', { language: { language: 'en', acceptedTests: [{ test: 'toefl-ibt', minScores: { reading: 24, writing: 24, listening: 24, speaking: 23, overall: 94 } }] } }, 'language-proficiency');
// A rule with only a total (APEGA: 100 or more).
const toeflTotal = rule('total', { language: { language: 'en', acceptedTests: [{ test: 'toefl-ibt', minScores: { overall: 100 } }] } }, 'language-proficiency');

test('TOEFL iBT before 21 January 2026: 0-30 section scores compared with the regulator’s minimums', () => {
  const old = tested({ test: 'toefl-ibt', scores: { reading: 26, writing: 24, listening: 25, speaking: 23, overall: 98 }, takenOn: '2025-06-01' });
  assert.equal(evaluateRequirement(toeflSections, old, AS_OF).status, 'met');
});

test('TOEFL iBT from 21 January 2026: a 1-6 band is never read as a 0-30 section score', () => {
  const bands = tested({ test: 'toefl-ibt', scores: { reading: 5, writing: 5, listening: 5.5, speaking: 5, overall: 5 }, comparableTotal: 105, takenOn: '2026-03-01' });
  // Section minimums on the old scale cannot be compared with bands: the regulator decides.
  const sections = evaluateRequirement(toeflSections, bands, AS_OF);
  assert.equal(sections.status, 'needs-evidence');
  assert.equal(sections.reasons[0].code, 'language.toeflBandsUnmapped');
  // A total minimum compares with the 0-120 comparable total.
  assert.equal(evaluateRequirement(toeflTotal, bands, AS_OF).status, 'met');
  const lower = tested({ test: 'toefl-ibt', scores: { reading: 4.5, writing: 4.5, listening: 4.5, speaking: 4.5, overall: 4.5 }, comparableTotal: 95, takenOn: '2026-03-01' });
  const short = evaluateRequirement(toeflTotal, lower, AS_OF);
  assert.equal(short.status, 'partly-met');
  assert.match(String(short.reasons[0].params.short), /overall 95 < 100/);
});

test('a TOEFL result from 2026 entered with 0-30 numbers is refused, not read as bands', () => {
  const typo = tested({ test: 'toefl-ibt', scores: { reading: 26, writing: 24, listening: 25, speaking: 23 }, takenOn: '2026-03-01' });
  const evaluation = evaluateRequirement(toeflSections, typo, AS_OF);
  assert.equal(evaluation.status, 'gap');
  assert.ok(evaluation.reasons.some((r) => r.code === 'language.toeflScale'));
  const claimed = tested({ test: 'toefl-ibt', scale: '1-6', scores: { reading: 5 }, takenOn: '2025-06-01' });
  assert.ok(evaluateRequirement(toeflSections, claimed, AS_OF).reasons.some((r) => r.code === 'language.toeflScale'), 'bands did not exist in 2025');
});

test('TOEFL bands map to the CEFR by ETS’s own table', () => {
  const levels = levelsOf({ test: 'toefl-ibt', scores: { reading: 5.5, writing: 4, listening: 6, speaking: 3.5 }, takenOn: '2026-03-01' });
  assert.deepEqual([levels.reading.cefr, levels.writing.cefr, levels.listening.cefr, levels.speaking.cefr], [
    { level: 'C1', official: true },
    { level: 'B2', official: true },
    { level: 'C2', official: true },
    { level: 'B1', official: true },
  ]);
  assert.equal(levels.reading.clb.official, false, 'CLB from bands is the CCLB estimate');
});

// The NMC's IELTS rule as catalogued: two sittings within 12 months, none below the floors.
const nmc = seedRequirementSet('registered-nurse', 'gb-eng').requirements.find((r) => r.id === 'gb-eng-rn-language')!;
const ielts = (takenOn: string, reading: number, writing: number, listening: number, speaking: number, overall: number): LanguageTestResult => ({
  test: 'ielts-academic',
  scores: { reading, writing, listening, speaking, overall },
  takenOn,
});

test('two IELTS sittings within 12 months combine when every score is above the floor', () => {
  const combined = evaluateRequirement(nmc, tested(ielts('2026-01-10', 7, 6, 7, 7, 7), ielts('2026-09-01', 6.5, 6.5, 7, 7, 7)), AS_OF);
  assert.equal(combined.status, 'met');
  assert.equal(combined.reasons[0].code, 'language.metCombined');
  const tooFar = evaluateRequirement(nmc, tested(ielts('2025-06-01', 7, 6, 7, 7, 7), ielts('2026-09-01', 6.5, 6.5, 7, 7, 7)), AS_OF);
  assert.notEqual(tooFar.status, 'met', '15 months apart');
  const belowFloor = evaluateRequirement(nmc, tested(ielts('2026-01-10', 7, 5.5, 7, 7, 7), ielts('2026-09-01', 6, 6.5, 7, 7, 7)), AS_OF);
  assert.notEqual(belowFloor.status, 'met', 'reading 6 and writing 5.5 are under the floors');
});

// An advisory rule stated as a benchmark (CLB 7) with no list of tests.
const clb7 = rule('clb', { language: { language: 'en', acceptedTests: [], minLevel: { scale: 'clb', perSkill: { reading: 7, writing: 7, listening: 7, speaking: 7 } } } }, 'language-proficiency');

test('a level reached by a published conversion is met; one reached only by an estimate needs evidence and names the official route', () => {
  assert.equal(evaluateRequirement(clb7, tested({ test: 'celpip-general', scores: { reading: 8, writing: 8, listening: 8, speaking: 8 }, takenOn: '2026-06-01' }), AS_OF).status, 'met');
  const estimate = evaluateRequirement(clb7, tested({ test: 'toefl-ibt', scores: { reading: 28, writing: 27, listening: 28, speaking: 26 }, takenOn: '2025-06-01' }), AS_OF);
  assert.equal(estimate.status, 'needs-evidence');
  assert.equal(estimate.reasons[0].code, 'language.estimate');
  assert.match(estimate.reasons[0].text.en, /CELPIP-General/);
  assert.deepEqual(estimate.evidenceBy, ['exam']);
});

const cno = seedRequirementSet('registered-nurse', 'ca-on');
const cnoLanguage = cno.requirements.find((r) => r.id === 'ca-on-rn-language')!;

test('recent nursing practice in English is CNO’s route without a test: needs evidence, and the plan gathers it instead of booking a test', () => {
  const profile: Profile = {
    ...emptyProfile,
    education: [{ level: 'bachelor', fieldFamily: 'nursing', country: 'PH', year: 2012, languageOfInstruction: 'en' }],
    experience: [{ fieldFamily: 'nursing', country: 'PH', years: 0, start: '2016-01', end: '2026-08', language: 'en', competencies: [] }],
  };
  const evaluation = evaluateRequirement(cnoLanguage, profile, AS_OF);
  assert.equal(evaluation.status, 'needs-evidence');
  assert.equal(evaluation.reasons[0].code, 'language.otherEvidence');
  assert.equal(evaluation.reasons[0].params.route, 'practice');
  const analysis = analyseGap(profile, { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' }, cno, AS_OF);
  const step = analysis.criticalPath.steps.find((s) => s.closes.includes('ca-on-rn-language'))!;
  assert.equal(step.pathwayId, null, 'gathering the evidence, not a test or a bridging programme');
  // Education completed in 2012 is not recent: it alone would not be the route.
  const educationOnly = { ...profile, experience: [] };
  assert.equal(evaluateRequirement(cnoLanguage, educationOnly, AS_OF).status, 'gap');
});

test('a test the regulator names but whose minimums this catalogue could not verify is never met', () => {
  const tef = tested({ test: 'tef-canada', scores: { reading: 600, writing: 600, listening: 600, speaking: 600 }, takenOn: '2026-06-01' });
  const evaluation = evaluateRequirement(cnoLanguage, tef, AS_OF);
  assert.equal(evaluation.status, 'needs-evidence');
  assert.equal(evaluation.reasons[0].code, 'language.minimumsUnverified');
});

test('a Cambridge result: met where a regulator publishes Cambridge English Scale minimums, needs evidence where the minimums are not known, short by one point a gap in that skill', () => {
  const cambridge = (writing: number): Profile =>
    tested({ test: 'cambridge-c2-proficiency', scores: { reading: 200, writing, listening: 195, speaking: 190, overall: 195 }, takenOn: '2026-05-10' });
  const published = rule('cambridge', { language: { language: 'en', acceptedTests: [{ test: 'cambridge-c2-proficiency', minScores: { reading: 185, writing: 180, listening: 185, speaking: 185, overall: 185 } }] } }, 'language-proficiency');
  assert.equal(evaluateRequirement(published, cambridge(180), AS_OF).status, 'met');
  const short = evaluateRequirement(published, cambridge(179), AS_OF);
  assert.equal(short.status, 'partly-met');
  assert.deepEqual(short.reasons[0].params.short, 'writing 179 < 180');
  // C1 Advanced is a test of its own: a C2 Proficiency rule does not take it.
  const c1 = tested({ test: 'cambridge-c1-advanced', scores: { reading: 200, writing: 200, listening: 200, speaking: 200, overall: 200 }, takenOn: '2026-05-10' });
  assert.equal(evaluateRequirement(published, c1, AS_OF).reasons[0].code, 'language.testNotListed');
  // Ahpra's set: the test is listed, its minimums are not in the catalogue.
  const ahpra = seedRequirementSet('registered-nurse', 'au-nsw').requirements.find((r) => r.id === 'au-nsw-rn-language')!;
  const unverified = evaluateRequirement(ahpra, cambridge(230), AS_OF);
  assert.equal(unverified.status, 'needs-evidence');
  assert.equal(unverified.reasons[0].code, 'language.minimumsUnverified');
  assert.equal(unverified.reasons[0].params.test, 'cambridge-c2-proficiency');
});

// The NMC's supporting information from employers (SIFE): a reference after 12 months in a UK health or care role, only beside other evidence.
const careWork = (start: string, extra: Partial<Profile['experience'][number]> = {}): Profile['experience'][number] => ({
  role: 'Healthcare assistant',
  fieldFamily: 'health-other',
  country: 'GB',
  years: 0,
  start,
  language: 'en',
  languageReference: true,
  competencies: [],
  ...extra,
});
// Taught in English, but in 2015: too old for the NMC's own education route, enough beside a reference.
const taughtInEnglish: Profile['education'] = [{ level: 'bachelor', fieldFamily: 'nursing', country: 'PH', year: 2015, languageOfInstruction: 'en' }];
const sife = (profile: Partial<Profile>) => evaluateRequirement(nmc, { ...emptyProfile, ...profile }, AS_OF);

test('an employer’s reference (NMC SIFE) beside a qualification taught in English: 12 months with the employer and still working there is the route; 11 months, or work that has ended, is not', () => {
  const twelve = sife({ education: taughtInEnglish, experience: [careWork('2026-01')] });
  assert.equal(twelve.status, 'needs-evidence');
  assert.equal(twelve.reasons[0].code, 'language.otherEvidence');
  assert.equal(twelve.reasons[0].params.route, 'employer-reference');
  assert.equal(twelve.reasons[0].params.months, 12);
  assert.equal(twelve.reasons[0].params.ended, AS_OF, 'ongoing: measured to the analysis date');
  assert.equal(sife({ education: taughtInEnglish, experience: [careWork('2026-02')] }).status, 'gap', '11 months');
  assert.equal(sife({ education: taughtInEnglish, experience: [careWork('2025-01', { end: '2026-10' })] }).status, 'gap', 'no longer working there');
  assert.equal(sife({ education: taughtInEnglish, experience: [careWork('2026-01', { languageReference: undefined })] }).status, 'gap', 'no reference');
  assert.equal(sife({ education: taughtInEnglish, experience: [careWork('2026-01', { country: 'IE' })] }).status, 'gap', 'not in the UK');
  assert.equal(sife({ education: taughtInEnglish, experience: [careWork('2026-01', { fieldFamily: 'business' })] }).status, 'gap', 'not a health or care role');
  assert.equal(sife({ experience: [careWork('2026-01')] }).status, 'gap', 'a reference alone is not enough: supplementary evidence');
  const inFrench: Profile['education'] = [{ ...taughtInEnglish[0], languageOfInstruction: 'fr' }];
  assert.equal(sife({ education: inFrench, experience: [careWork('2026-01')] }).status, 'gap', 'studies taught in French');
  const pharmacyInEnglish: Profile['education'] = [{ ...taughtInEnglish[0], fieldFamily: 'health-other' }];
  assert.equal(sife({ education: pharmacyInEnglish, experience: [careWork('2026-01')] }).status, 'gap', 'a health qualification that is not nursing: the NMC asks for a nursing qualification taught in English');
});

test('an employer’s reference beside two IELTS attempts: one missed a single score by 0.5 at most counts; by 1, in two scores, or with one attempt, it does not', () => {
  const work = [careWork('2025-06')];
  // Writing 6 against 6.5: below the combining floor too, so the sittings never combine.
  const near = sife({ experience: work, languageTests: [ielts('2026-02-01', 7, 6, 7, 7, 7), ielts('2026-08-01', 7, 6, 7, 7, 7)] });
  assert.equal(near.status, 'needs-evidence');
  assert.equal(near.reasons[0].params.route, 'employer-reference');
  const byOne = sife({ experience: work, languageTests: [ielts('2026-02-01', 7, 5.5, 7, 7, 7), ielts('2026-08-01', 7, 5.5, 7, 7, 7)] });
  assert.equal(byOne.reasons[0].code, 'language.scoresShort', 'writing 5.5 is a whole band short');
  const twoScores = sife({ experience: work, languageTests: [ielts('2026-02-01', 6.5, 6, 7, 7, 7), ielts('2026-08-01', 6.5, 6, 7, 7, 7)] });
  assert.equal(twoScores.reasons[0].code, 'language.scoresShort', 'short in reading and writing');
  const once = sife({ experience: work, languageTests: [ielts('2026-08-01', 7, 6, 7, 7, 7)] });
  assert.equal(once.reasons[0].code, 'language.scoresShort', 'one attempt');
});

// The NMC's recent-practice route (https://nmc.org.uk/registration/joining-the-register/english-language-requirements/recent-practice-in-english,
// checked 2026-12-05): a year of registered practice, within the last two years, in a country where English is a majority spoken language.
test('NMC recent practice in English: a year within the last two years in a majority English-speaking country; not in the Philippines, not 11 months, not three years ago', () => {
  const nursing = (country: string, start: string, end?: string): Profile['experience'][number] => ({
    role: 'Registered nurse', fieldFamily: 'nursing', country, years: 0, start, ...(end ? { end } : {}), language: 'en', competencies: [],
  });
  const practised = (entry: Profile['experience'][number]) => evaluateRequirement(nmc, { ...emptyProfile, experience: [entry] }, AS_OF);
  const australia = practised(nursing('AU', '2025-01', '2025-12'));
  assert.equal(australia.reasons[0].code, 'language.otherEvidence');
  assert.equal(australia.reasons[0].params.route, 'practice');
  assert.notEqual(australia.status, 'gap');
  assert.equal(practised(nursing('PH', '2024-01', '2025-12')).status, 'gap', 'English at work in the Philippines, not a majority English-speaking country');
  assert.equal(practised(nursing('AU', '2025-02', '2025-12')).status, 'gap', '11 months');
  assert.equal(practised(nursing('AU', '2022-01', '2023-11')).status, 'gap', 'ended more than two years ago');
});

// Routes whose own words name a length or the countries: the evaluation holds to them, not only the description.
test('a route that says how long or where holds to it: CRNA’s two years of nursing in English, VIT’s teacher education in six countries', () => {
  const crna = seedRequirementSet('registered-nurse', 'ca-ab').requirements.find((r) => r.id === 'ca-ab-rn-language')!;
  const nursed = (start: string) => evaluateRequirement(crna, { ...emptyProfile, experience: [{ role: 'Nurse', fieldFamily: 'nursing', country: 'PH', years: 0, start, end: '2026-10', language: 'en', competencies: [] }] }, AS_OF);
  assert.notEqual(nursed('2024-11').status, 'gap', '24 months');
  assert.equal(nursed('2024-12').status, 'gap', '23 months');
  const vit = seedRequirementSet('teacher', 'au-vic').requirements.find((r) => r.id === 'au-vic-teach-language')!;
  const taught = (country: string) => evaluateRequirement(vit, { ...emptyProfile, education: [{ level: 'bachelor', fieldFamily: 'education', country, year: 2020, languageOfInstruction: 'en' }] }, AS_OF);
  assert.notEqual(taught('NZ').status, 'gap');
  assert.equal(taught('IN').status, 'gap', 'taught in English in India: not one of the six countries');
});

// Social Work England (https://www.socialworkengland.org.uk/registration/apply-to-register-eea-swiss-and-overseas/knowledge-of-english/,
// page updated 28 November 2019, checked 2026-12-06): a social work qualification gained within the last five years, or registered
// practice, "in a country where English is the first and native language". The page names no country: the catalogue uses the Home
// Office's majority English-speaking countries and the UK (the list the SSSC names for the same words), unconfirmed, so the route is
// evidence to check and never the requirement met.
test('Social Work England: a qualification or practice in English counts only in a majority English-speaking country, and only as evidence to check', () => {
  const swe = seedRequirementSet('social-worker', 'gb-eng').requirements.find((r) => r.id === 'gb-eng-sw-language')!;
  const qualified = (country: string, year = 2023) =>
    evaluateRequirement(swe, { ...emptyProfile, education: [{ level: 'bachelor', fieldFamily: 'social-work', country, year, languageOfInstruction: 'en' }] }, AS_OF);
  const jamaica = qualified('JM');
  assert.equal(jamaica.status, 'needs-evidence', 'never met: the list is not Social Work England’s own');
  assert.equal(jamaica.reasons[0].code, 'language.otherEvidence');
  assert.equal(jamaica.reasons[0].params.route, 'education');
  assert.equal(qualified('GB').status, 'needs-evidence');
  assert.equal(qualified('IN').status, 'gap', 'taught in English in India: English is not the first and native language there');
  assert.equal(qualified('NG').status, 'gap', 'nor in Nigeria');
  assert.equal(qualified('CA', 2020).status, 'gap', 'gained more than five years ago');

  const practised = (country: string) =>
    evaluateRequirement(swe, { ...emptyProfile, experience: [{ role: 'Social worker', fieldFamily: 'social-work', country, years: 0, start: '2023-01', end: '2025-12', language: 'en', competencies: [] }] }, AS_OF);
  const australia = practised('AU');
  assert.equal(australia.status, 'needs-evidence');
  assert.equal(australia.reasons[0].params.route, 'practice');
  assert.equal(practised('PH').status, 'gap', 'social work in English in the Philippines');
});

// AASW (https://www.aasw.asn.au/careers-study/english-language-requirements-2, policy amended August 2019, checked 2026-12-06):
// secondary and three years of tertiary study taught in English "in the nominated countries". The stored page ends before naming
// them: the catalogue counts the seven countries Home Affairs names for study in English, unconfirmed, so never "met".
test('AASW: study in English counts only in the seven countries the catalogue uses for AASW’s nominated countries, and only as evidence to check', () => {
  const aasw = seedRequirementSet('social-worker', 'au-nsw').requirements.find((r) => r.id === 'au-nsw-sw-english')!;
  const studied = (country: string) =>
    evaluateRequirement(aasw, { ...emptyProfile, education: [{ level: 'bachelor', fieldFamily: 'social-work', country, year: 2019, languageOfInstruction: 'en' }] }, AS_OF);
  const southAfrica = studied('ZA');
  assert.equal(southAfrica.status, 'needs-evidence', 'never met: AASW has not confirmed the list');
  assert.equal(southAfrica.reasons[0].code, 'language.otherEvidence');
  assert.equal(studied('NZ').status, 'needs-evidence');
  assert.equal(studied('IN').status, 'gap', 'taught in English in India: not a nominated country');
  assert.equal(studied('PK').status, 'gap', 'nor Pakistan');
});
