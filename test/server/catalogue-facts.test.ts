/**
 * The facts corrected in the December 2026 review, each against the page it was read on.
 * If a regulator changes its rule, change the data file, its source and its date, and this test.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyseGap } from '../../src/core/gap/analyse.js';
import { levelsOf } from '../../src/core/gap/language.js';
import { catalogue, seedRequirementSet } from '../../src/server/seed/catalogue/index.js';
import { acceptedTests as tests, checked, pathway, requirement } from '../support/catalogue-facts.js';
import { DEMO_AS_OF, demoProfile } from '../../src/server/seed/catalogue/demo-profile.js';
import { MILESTONE_TEMPLATES } from '../../src/server/seed/plans/templates.js';

const COMMON = { reading: 6.5, writing: 6.5, listening: 7, speaking: 7, overall: 7 };

describe('facts corrected from the regulators’ own pages', () => {
  it('CNO IELTS General Training minimums (https://www.cno.org/en/become-a-nurse/registration-requirements/language-proficiency/accepted-language-proficiency-tests/, checked 2026-12-05)', () => {
    const language = requirement('ca-on-rn-language');
    checked(language, 'https://www.cno.org/en/become-a-nurse/registration-requirements/language-proficiency/accepted-language-proficiency-tests/');
    assert.equal(language.verification?.status, 'verified');
    const t = tests(language);
    assert.deepEqual(t['ielts-general'].minScores, COMMON, 'General Training accepted since 1 January 2023, at the CNRC standard');
    assert.deepEqual(t['ielts-academic'].minScores, COMMON);
    assert.deepEqual(t.celban.minScores, { reading: 8, writing: 7, listening: 9, speaking: 8 });
    assert.equal(t['celpip-general'], undefined, 'CNO’s page: CELPIP benchmarks were still being developed');
    // Amara's IELTS General Training (R7 W6.5 L8 S7, overall 7) meets it, and no IELTS step is on her critical path.
    const analysis = analyseGap(demoProfile, { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' }, seedRequirementSet('registered-nurse', 'ca-on'), DEMO_AS_OF);
    assert.equal(analysis.results.find((r) => r.requirementId === 'ca-on-rn-language')!.status, 'met');
    assert.ok(!analysis.criticalPath.steps.some((s) => s.closes.includes('ca-on-rn-language')));
  });

  it('The nurse regulators’ common standard: IELTS Academic and CELBAN (https://bccnm.ca/bccnm/Announcements/Pages/Announcement.aspx?AnnouncementID=397, checked 2026-12-05)', () => {
    const bc = requirement('ca-bc-rn-language');
    checked(bc, 'https://bccnm.ca/bccnm/Announcements/Pages/Announcement.aspx?AnnouncementID=397');
    assert.deepEqual(tests(bc)['ielts-academic'].minScores, COMMON);
    assert.deepEqual(tests(bc).celban.minScores, { reading: 8, writing: 7, listening: 9, speaking: 8 });
    assert.equal(tests(bc).oet.verified, false, 'OET minimums not on the page: never "met" on them');
    assert.deepEqual(tests(requirement('ca-ab-rn-language'))['ielts-academic'].minScores, COMMON);
  });

  it('CNO order of steps: NNAS, the application to CNO with its fee, then the exams (https://www.cno.org/become-a-nurse/faqs-national-nursing-assessment-service, checked 2026-12-05)', () => {
    const application = requirement('ca-on-rn-application');
    checked(application, 'https://www.cno.org/become-a-nurse/faqs-national-nursing-assessment-service');
    assert.deepEqual(application.criteria.requiresPrior, ['ca-on-rn-nnas']);
    assert.deepEqual(requirement('ca-on-rn-nclex').criteria.requiresPrior, ['ca-on-rn-application']);
    assert.deepEqual(requirement('ca-on-rn-jurisprudence').criteria.requiresPrior, ['ca-on-rn-application']);
    assert.deepEqual(pathway('ca-on-rn-cno-application').closes, ['ca-on-rn-application']);
  });

  it('NCLEX-RN for Canadian licensure costs CAD 360 (https://www.crnpei.ca/registration-renewal/internationally-educated-nurses/processing-times-fees/, checked 2026-12-05)', () => {
    for (const id of ['ca-on-rn-nclex-exam', 'ca-bc-rn-nclex-exam', 'ca-ab-rn-nclex-exam']) {
      assert.deepEqual(pathway(id).cost, [{ minMinor: 36000, maxMinor: 36000, currency: 'CAD' }], id);
      assert.equal(pathway(id).verification?.source?.url, 'https://www.crnpei.ca/registration-renewal/internationally-educated-nurses/processing-times-fees/');
    }
  });

  it('BCCNM since January 2023: NNAS optional, WES, CES, ICAS and ICES accepted, application free (https://www.bccnm.ca/bccnm/Announcements/Pages/Announcement.aspx?AnnouncementID=396, checked 2026-12-05)', () => {
    const assessment = requirement('ca-bc-rn-assessment');
    checked(assessment, 'https://www.bccnm.ca/bccnm/Announcements/Pages/Announcement.aspx?AnnouncementID=396');
    assert.deepEqual(assessment.criteria.assessment?.acceptedBodies, ['bccnm', 'nnas', 'wes', 'ces', 'icas', 'ices']);
    assert.deepEqual(pathway('ca-bc-rn-bccnm-application').cost, [{ minMinor: 0, maxMinor: 0, currency: 'CAD' }]);
  });

  it('UK NMC: no 12 months of post-qualification practice (https://rcni.com/nursing-standard/newsroom/news/newly-qualified-non-eu-nurses-now-eligible-to-apply-to-uk-register-139666, checked 2026-12-05)', () => {
    const set = seedRequirementSet('registered-nurse', 'gb-eng');
    assert.ok(!set.requirements.some((r) => r.kind === 'work-experience' || r.criteria.experience), 'no practice requirement');
    checked(requirement('gb-eng-rn-eligibility'), 'https://rcni.com/nursing-standard/newsroom/news/newly-qualified-non-eu-nurses-now-eligible-to-apply-to-uk-register-139666');
  });

  it('UK NMC: two sittings combined within 12 months with per-skill floors (https://www.nmc.org.uk/registration/joining-the-register/english-language-requirements/accepted-tests/, checked 2026-12-05)', () => {
    const language = requirement('gb-eng-rn-language');
    checked(language, 'https://www.nmc.org.uk/registration/joining-the-register/english-language-requirements/accepted-tests/');
    const ielts = tests(language)['ielts-academic'];
    assert.deepEqual(ielts.minScores, { reading: 7, writing: 6.5, listening: 7, speaking: 7, overall: 7 });
    assert.deepEqual(ielts.combinedSittings, { maxSittings: 2, within: { months: 12 }, floors: { reading: 6.5, writing: 6, listening: 6.5, speaking: 6.5 } });
    assert.equal(language.verification?.status, 'unverified', 'the 2023 rules were read only on third-party copies');
  });

  it('Ahpra 2025 standard: IELTS 7 in listening, reading, speaking and 6.5 in writing; OET, PTE and TOEFL figures held unverified (https://ahpra.gov.au/News/2025-03-11-ELS-in-effect-date-announced.aspx, checked 2026-12-05)', () => {
    for (const id of ['au-nsw-rn-language', 'au-vic-rn-language', 'au-nsw-pharm-language', 'au-nsw-md-language', 'au-nsw-dds-language']) {
      const language = requirement(id);
      checked(language, 'https://ahpra.gov.au/News/2025-03-11-ELS-in-effect-date-announced.aspx');
      const t = tests(language);
      assert.deepEqual(t['ielts-academic'].minScores, { reading: 7, writing: 6.5, listening: 7, speaking: 7, overall: 7 });
      assert.deepEqual(t['pte-academic'].minScores, { reading: 66, writing: 56, listening: 66, speaking: 66, overall: 66 });
      assert.equal(t['toefl-ibt'].minScores.writing, 24);
      assert.equal(t.oet.minScores.writing, 300, 'C+');
      for (const test of ['oet', 'pte-academic', 'toefl-ibt']) assert.equal(t[test].verified, false, `${id} ${test}`);
    }
  });

  it('PEO since May 2023: the academic and experience requirements before applying, no Canadian experience, the NPPE within six months of a complete application (https://peo.on.ca/licence-applications/farpacta, checked 2026-12-05; the years of experience in catalogue-facts-engineering.test.ts)', () => {
    const experience = requirement('ca-on-peng-experience');
    assert.equal(experience.criteria.experience?.minYears, 2, 'two years since 1 July 2026, no longer 48 months');
    assert.equal(experience.criteria.experience?.inCountry, undefined);
    checked(requirement('ca-on-peng-application'), 'https://peo.on.ca/licence-applications/farpacta');
    assert.deepEqual(requirement('ca-on-peng-application').criteria.requiresPrior, ['ca-on-peng-education', 'ca-on-peng-academic-assessment', 'ca-on-peng-experience']);
    assert.deepEqual(requirement('ca-on-peng-ppe').criteria.requiresPrior, ['ca-on-peng-application']);
    // The milestone template agrees: no "12 months of Canadian experience", the NPPE after the application.
    const template = MILESTONE_TEMPLATES.find((t) => t.occupationId === 'professional-engineer' && t.jurisdictionId === 'ca-on')!;
    assert.ok(!template.items.some((i) => /12 months|Canadian/i.test(i.title)), 'no Canadian experience step');
    assert.deepEqual(template.items.find((i) => i.key === 'peo-application')!.dependsOn, ['academic-review', 'experience']);
    assert.deepEqual(template.items.find((i) => i.key === 'nppe')!.dependsOn, ['peo-application']);
  });

  it('PEBC Qualifying Examination: Part I (MCQ) and Part II (OSCE) both required (https://pebc.ca/pharmacists/qualifying-examination/application-for-part-i-and-ii/, checked 2026-12-05)', () => {
    const qe = requirement('ca-on-pharm-qualifying-exam');
    checked(qe, 'https://pebc.ca/pharmacists/qualifying-examination/application-for-part-i-and-ii/');
    assert.match(qe.title.en, /Part I \(MCQ\) and Part II \(OSCE\)/);
    assert.match(requirement('ca-bc-pharm-qualifying-exam').title.en, /Part I \(MCQ\) and Part II \(OSCE\)/);
  });

  it('MCC Practice-Ready Assessment: the CAD 1,750 candidate fee, not zero (https://mcc.ca/projects-collaborations/practice-ready-assessment/, checked 2026-12-05)', () => {
    const pra = pathway('ca-bc-md-pra-bc');
    assert.deepEqual(pra.cost, [{ minMinor: 175000, maxMinor: 175000, currency: 'CAD' }]);
    assert.equal(pra.verification?.source?.url, 'https://mcc.ca/projects-collaborations/practice-ready-assessment/');
  });

  it('Ontario social workers’ college: IELTS 7 in each component (no overall), TOEFL iBT 92; CASW evaluates foreign degrees (https://www.ocswssw.org/registration-section/language-proficiency/, checked 2026-12-05, undated copy)', () => {
    const language = requirement('ca-on-sw-language');
    checked(language, 'https://www.ocswssw.org/registration-section/language-proficiency/');
    assert.equal(language.verification?.status, 'verified');
    assert.deepEqual(tests(language)['ielts-academic'], { test: 'ielts-academic', minScores: { reading: 7, writing: 7, listening: 7, speaking: 7 } });
    assert.equal(tests(language)['ielts-general'].verified, false, 'the page says "IELTS" without the format: General Training is never read as meeting it');
    assert.deepEqual(tests(language)['toefl-ibt'].minScores, { reading: 22, writing: 22, listening: 22, speaking: 26, overall: 92 });
    assert.deepEqual(language.criteria.language?.validity, { within: { years: 2 }, measuredAt: { at: 'start', of: 'ca-on-sw-registration' } }, 'two years before the College receives the application');
    assert.deepEqual(requirement('ca-on-sw-equivalency').criteria.assessment?.acceptedBodies, ['casw', 'ocswssw']);
  });

  it('TOEFL iBT reports 1-6 bands from 21 January 2026, aligned to the CEFR (https://www.es.ets.org/india/toefl/institutions/ibt/score-scale-update.html, checked 2026-12-05)', () => {
    const band5 = levelsOf({ test: 'toefl-ibt', scores: { reading: 5, writing: 5, listening: 5, speaking: 5 }, takenOn: '2026-01-21' });
    assert.equal(band5.reading.cefr.level, 'C1');
    const section5 = levelsOf({ test: 'toefl-ibt', scores: { reading: 5, writing: 5, listening: 5, speaking: 5 }, takenOn: '2026-01-20' });
    assert.notEqual(section5.reading.cefr.level, 'C1', 'the day before, 5 is a 0-30 section score');
  });

  it('APEGA accepts TOEFL (100) only, when it asks, and not IELTS (https://www.apega.ca/apply/professional-member/english-competency/, checked 2026-12-05)', () => {
    const language = requirement('ca-ab-peng-language');
    checked(language, 'https://www.apega.ca/apply/professional-member/english-competency/');
    assert.deepEqual(language.criteria.language?.acceptedTests, [{ test: 'toefl-ibt', minScores: { overall: 100 } }]);
  });

  it('NESA: IELTS 7 in reading and writing, 8 in speaking and listening, results under three years old (https://www.nsw.gov.au/education-and-training/nesa/teacher-accreditation/get-accredited/english-language-proficiency, checked 2026-12-05)', () => {
    const language = requirement('au-nsw-teach-language');
    checked(language, 'https://www.nsw.gov.au/education-and-training/nesa/teacher-accreditation/get-accredited/english-language-proficiency');
    assert.deepEqual(tests(language)['ielts-academic'].minScores, { reading: 7, writing: 7, listening: 8, speaking: 8 });
    assert.deepEqual(language.criteria.language?.validity, { within: { years: 3 } });
  });

  it('CPA: at most 12 months of prior experience, from positions that ended within seven years (https://www.cpaontario.ca/become-a-cpa/complete-your-designation/practical-experience/requirements, checked 2026-12-05)', () => {
    const experience = requirement('ca-on-cpa-experience');
    checked(experience, 'https://www.cpaontario.ca/become-a-cpa/complete-your-designation/practical-experience/requirements');
    assert.deepEqual(experience.criteria.experience?.cap, { maxMonths: 12 });
    assert.deepEqual(experience.criteria.experience?.countsIfEndedWithin, { within: { years: 7 } });
  });

  it('GDC ORE: Part 2 within five years of Part 1; application GBP 96 (https://gdcuk.azurewebsites.net/registration/overseas-registration-exam/applying-for-ore/overseas-registration-exam-faqs, checked 2026-12-05)', () => {
    assert.deepEqual(requirement('gb-eng-dds-ore2').criteria.exam?.validity, { within: { years: 5 } });
    assert.deepEqual(pathway('gb-eng-dds-ore-application').cost, [{ minMinor: 9600, maxMinor: 9600, currency: 'GBP' }]);
  });

  it('VIT: IELTS Academic 8 in speaking and listening, 7 in reading and writing, no overall score, two years before the application (https://www.vit.vic.edu.au/education/new-teachers/english, checked 2026-12-05)', () => {
    const language = requirement('au-vic-teach-language');
    checked(language, 'https://www.vit.vic.edu.au/education/new-teachers/english');
    assert.deepEqual(tests(language)['ielts-academic'].minScores, { reading: 7, writing: 7, listening: 8, speaking: 8 });
    assert.deepEqual(language.criteria.language?.validity, { within: { years: 2 }, measuredAt: { at: 'start', of: 'au-vic-teach-registration' } });
    assert.equal(language.criteria.language?.otherEvidence?.[0]?.kind, 'education');
  });

  it('AASW: IELTS Academic 7 overall and in each skill, two sittings within six months, no skill under 6.5 (https://www.aasw.asn.au/careers-study/english-language-requirements-2, checked 2026-12-05, copy of about 2020)', () => {
    const language = requirement('au-nsw-sw-english');
    checked(language, 'https://www.aasw.asn.au/careers-study/english-language-requirements-2');
    assert.equal(language.verification?.status, 'unverified', 'an old copy: shown as not verified');
    const ielts = tests(language)['ielts-academic'];
    assert.deepEqual(ielts.minScores, { reading: 7, writing: 7, listening: 7, speaking: 7, overall: 7 });
    assert.deepEqual(ielts.combinedSittings, { maxSittings: 2, within: { months: 6 }, floors: { reading: 6.5, writing: 6.5, listening: 6.5, speaking: 6.5 } });
  });

  it('Accountants’ skills assessment in Australia: IELTS Academic only (not General Training), 7 in each skill, within three years (https://www.charteredaccountantsanz.com/about-us/migration-assessment/australia-immigration/qualification-assessment-criteria/english-language-requirement, checked 2026-12-05)', () => {
    const language = requirement('au-nsw-acct-english');
    checked(language, 'https://www.charteredaccountantsanz.com/about-us/migration-assessment/australia-immigration/qualification-assessment-criteria/english-language-requirement');
    assert.deepEqual(Object.keys(tests(language)), ['ielts-academic']);
    assert.deepEqual(tests(language)['ielts-academic'].minScores, { reading: 7, writing: 7, listening: 7, speaking: 7 });
    assert.deepEqual(language.criteria.language?.validity, { within: { years: 3 }, measuredAt: { at: 'start', of: 'au-nsw-acct-skills-assessment' } });
  });

  it('CPA Québec: a stage of at least 24 months, held unverified (https://cpaquebec.ca/fr/devenir-cpa/professionnels-formes-a-letranger/conditions-dacces-a-la-profession/, checked 2026-12-05, undated copy)', () => {
    const experience = requirement('ca-qc-cpa-experience');
    checked(experience, 'https://cpaquebec.ca/fr/devenir-cpa/professionnels-formes-a-letranger/conditions-dacces-a-la-profession/');
    assert.equal(experience.criteria.experience?.minYears, 2);
    assert.equal(experience.verification?.status, 'unverified');
  });

  it('CNO since April 2025: a baccalaureate nursing degree recognised in any jurisdiction, else substantial equivalence (https://cno.org/become-a-nurse/registration-requirements/nursing-education/nursing-education, checked 2026-12-05)', () => {
    const education = requirement('ca-on-rn-education');
    checked(education, 'https://cno.org/become-a-nurse/registration-requirements/nursing-education/nursing-education');
    assert.equal(education.verification?.status, 'verified');
    assert.deepEqual(education.criteria.education, { minLevel: 'bachelor', fieldFamilies: ['nursing'] });
    assert.match(education.description.en, /approved or recognised in the jurisdiction where you studied/);
    assert.doesNotMatch(education.description.en, /comparable to an Ontario baccalaureate/, 'the pre-2025 Ontario-equivalence rule is gone');
  });

  it('CNO evidence of practice: within the past three years; no minimum amount on CNO’s page, so held unverified (https://cno.org/become-a-nurse/registration-requirements/evidence-of-practice, checked 2026-12-05)', () => {
    const practice = requirement('ca-on-rn-practice');
    checked(practice, 'https://cno.org/become-a-nurse/registration-requirements/evidence-of-practice');
    assert.equal(practice.criteria.experience?.recentWithinYears, 3);
    assert.equal(practice.verification?.status, 'unverified');
    assert.match(practice.verification?.note?.en ?? '', /no minimum amount of practice/);
  });

  it('CNO’s Transition to Practice requirement since 1 April 2025: internationally educated applicants complete a CNO-approved course before registration (https://cno.org/become-a-nurse/registration-requirements/new-registration-requirements/transition-to-practice-requirement/transition-to-practice-faqs, checked 2026-12-05)', () => {
    const ttp = requirement('ca-on-rn-transition-to-practice');
    checked(ttp, 'https://cno.org/become-a-nurse/registration-requirements/new-registration-requirements/transition-to-practice-requirement/transition-to-practice-faqs');
    assert.equal(ttp.verification?.status, 'verified');
    assert.match(ttp.description.en, /Internationally educated applicants meet it by completing a CNO-approved Transition to Practice course/);
    assert.match(ttp.description.en, /registered in another Canadian jurisdiction/, 'names who meets it without the course');
    // No profile field shows it done (a step to take, or to declare); the order after the application is held unverified, as the note says.
    assert.deepEqual(ttp.criteria, { requiresPrior: ['ca-on-rn-application'] });
    assert.match(ttp.verification?.note?.en ?? '', /Not confirmed on a stored CNO page: at which point of the application/);
    assert.ok(requirement('ca-on-rn-registration').criteria.requiresPrior?.includes(ttp.id), 'registration waits for it');
    assert.doesNotMatch(requirement('ca-on-rn-registration').verification?.note?.en ?? '', /does not list that step/);
    // The course: CNO publishes no fee or length, so none is claimed as verified and no amount is given.
    const course = pathway('ca-on-rn-ttp-course');
    assert.deepEqual(course.closes, [ttp.id]);
    assert.equal(course.verification?.status, 'unverified');
    assert.deepEqual(course.cost, []);
    assert.match(course.verification?.note?.en ?? '', /no stored CNO page gives its fee, length/);
    // The demo nurse, educated in Nigeria, has it on her path; the milestone template has the same step.
    const analysis = analyseGap(demoProfile, { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' }, seedRequirementSet('registered-nurse', 'ca-on'), DEMO_AS_OF);
    assert.equal(analysis.results.find((r) => r.requirementId === ttp.id)?.status, 'gap');
    assert.ok(analysis.criticalPath.steps.some((s) => s.requirementId === ttp.id && s.pathwayId === course.id));
    const template = MILESTONE_TEMPLATES.find((t) => t.occupationId === 'registered-nurse' && t.jurisdictionId === 'ca-on')!;
    const step = template.items.find((i) => i.source?.requirementId === ttp.id)!;
    assert.equal(step.source?.pathwayId, course.id);
    assert.ok(template.items.find((i) => i.key === 'registration')!.dependsOn.includes(step.key));
  });

  it('NMC test of competence: CBT and OSCE in any order, GBP 83 and GBP 794 (https://www.nmc.org.uk/registration/joining-the-register/toc/toc-nursing-and-midwifery/cbt/ and https://www.nmc.org.uk/registration/joining-the-register/toc/toc-2021/osce/, checked 2026-12-05)', () => {
    const cbt = requirement('gb-eng-rn-cbt');
    const osce = requirement('gb-eng-rn-osce');
    checked(cbt, 'https://www.nmc.org.uk/registration/joining-the-register/toc/toc-nursing-and-midwifery/cbt/');
    checked(osce, 'https://www.nmc.org.uk/registration/joining-the-register/toc/toc-2021/osce/');
    assert.equal(cbt.verification?.status, 'verified');
    assert.equal(osce.verification?.status, 'verified');
    assert.deepEqual(cbt.criteria.requiresPrior, ['gb-eng-rn-eligibility']);
    assert.deepEqual(osce.criteria.requiresPrior, ['gb-eng-rn-eligibility'], 'the OSCE no longer waits for the CBT');
    assert.deepEqual(pathway('gb-eng-rn-cbt').cost, [{ minMinor: 8300, maxMinor: 8300, currency: 'GBP' }]);
    assert.deepEqual(pathway('gb-eng-rn-osce').cost, [{ minMinor: 79400, maxMinor: 79400, currency: 'GBP' }]);
    assert.equal(pathway('gb-eng-rn-cbt').verification?.source?.url, 'https://www.nmc.org.uk/registration/joining-the-register/toc/toc-nursing-and-midwifery/cbt/');
    assert.equal(pathway('gb-eng-rn-osce').verification?.source?.url, 'https://www.nmc.org.uk/registration/joining-the-register/toc/toc-2021/osce/');
    // Both parts of the test can now run side by side once the NMC has decided on eligibility.
    const analysis = analyseGap(demoProfile, { occupationId: 'registered-nurse', jurisdictionId: 'gb-eng' }, seedRequirementSet('registered-nurse', 'gb-eng'), DEMO_AS_OF);
    const stageOf = (id: string) => analysis.criticalPath.steps.find((s) => s.closes.includes(id))?.stage;
    assert.equal(stageOf('gb-eng-rn-cbt'), stageOf('gb-eng-rn-osce'));
  });

  it('NMBA: the RN multiple-choice exam is the NCLEX-RN, passed before the OSCE (https://nursingmidwiferyboard.gov.au/Accreditation/IQNM/Examination/Multiple-choice-question-exam.aspx, checked 2026-12-05)', () => {
    for (const j of ['au-nsw', 'au-vic']) {
      const mcq = requirement(`${j}-rn-mcq`);
      checked(mcq, 'https://nursingmidwiferyboard.gov.au/Accreditation/IQNM/Examination/Multiple-choice-question-exam.aspx');
      assert.equal(mcq.verification?.status, 'verified');
      assert.ok(mcq.criteria.exam?.examIds.includes('nclex-rn'));
      assert.ok(requirement(`${j}-rn-osce`).criteria.requiresPrior?.includes(`${j}-rn-mcq`));
    }
  });

  it('QTS in England: a degree, level 6 teacher training, a school year of teaching after qualifying; free, 90% decided within 12 months (https://apply-for-qts-in-england.education.gov.uk/eligibility/start, checked 2026-12-05)', () => {
    const url = 'https://apply-for-qts-in-england.education.gov.uk/eligibility/start';
    for (const id of ['gb-eng-qts-degree', 'gb-eng-qts-teaching-qualification', 'gb-eng-qts-experience']) {
      checked(requirement(id), url);
      assert.equal(requirement(id).verification?.status, 'verified', id);
    }
    assert.deepEqual(requirement('gb-eng-qts-experience').criteria.experience, { minYears: 0.75, fieldFamilies: ['education'] });
    assert.ok(requirement('gb-eng-qts-award').criteria.requiresPrior?.includes('gb-eng-qts-experience'));
    const apply = pathway('gb-eng-qts-apply-qts');
    assert.deepEqual(apply.cost, [{ minMinor: 0, maxMinor: 0, currency: 'GBP' }]);
    assert.equal(apply.duration.maxDays, 365, 'not the four months the catalogue said');
    assert.equal(apply.verification?.source?.url, url);
    // A teacher fresh from training, with no school year behind her, has that gap and the step that closes it.
    const newlyQualified = { ...demoProfile, experience: [], licences: [{ title: 'Teacher', fieldFamily: 'education' as const, issuer: 'TRCN', country: 'NG', status: 'active' as const, year: 2026 }] };
    const analysis = analyseGap(newlyQualified, { occupationId: 'teacher', jurisdictionId: 'gb-eng' }, seedRequirementSet('teacher', 'gb-eng'), DEMO_AS_OF);
    const experience = analysis.results.find((r) => r.requirementId === 'gb-eng-qts-experience')!;
    assert.equal(experience.status, 'gap');
    assert.deepEqual(experience.recommendedPathways, ['gb-eng-qts-teaching-year']);
  });

  it('Social Work England assesses a recognised qualification, training and experience; a licence held elsewhere is not a condition (https://www.socialworkengland.org.uk/registration/apply-to-register-eea-swiss-and-overseas/qualification-requirements-overseas/, checked 2026-12-05)', () => {
    const assessment = requirement('gb-eng-sw-assessment');
    checked(assessment, 'https://www.socialworkengland.org.uk/registration/apply-to-register-eea-swiss-and-overseas/qualification-requirements-overseas/');
    assert.equal(assessment.verification?.status, 'verified');
    assert.deepEqual(assessment.criteria, { assessment: { acceptedBodies: ['social-work-england'] } }, 'no licence criterion');
    assert.match(assessment.description.en, /period of adaptation/);
    assert.equal(requirement('gb-eng-sw-degree').verification?.status, 'unverified', 'no minimum level on the page');
  });

  it('MCCQE Part I: open once source verification of the diploma is under way, not only once it is done; WDOMS with a Canada Sponsor Note (https://mcc.ca/examinations/mccqe-part-i/application-information/, checked 2026-12-05)', () => {
    for (const j of ['ca-on', 'ca-bc']) {
      const exam = requirement(`${j}-md-mccqe1`);
      checked(exam, 'https://mcc.ca/examinations/mccqe-part-i/application-information/');
      assert.equal(exam.verification?.status, 'verified');
      assert.equal(exam.criteria.requiresPrior, undefined, 'the exam does not wait for the verification to finish');
      assert.equal(requirement(`${j}-md-source-verification`).verification?.status, 'verified');
      assert.doesNotMatch(requirement(`${j}-md-source-verification`).description.en, /EPIC/, 'no service the page does not name');
    }
    assert.match(requirement('ca-on-md-degree').description.en, /Canada sponsor note/i);
    assert.equal(requirement('ca-on-md-degree').verification?.status, 'verified');
  });

  it('BCCNM registration costs CAD 671.60 plus liability protection; the competency assessment is free with the IEN bursary, else CAD 3,000 (https://www.bccnm.ca/RN/applications_registration/how_to_apply/InternationalEN/Pages/Default.aspx, checked 2026-12-05)', () => {
    const url = 'https://www.bccnm.ca/RN/applications_registration/how_to_apply/InternationalEN/Pages/Default.aspx';
    assert.deepEqual(pathway('ca-bc-rn-registration').cost, [{ minMinor: 67160 + 5100, maxMinor: 67160 + 9240, currency: 'CAD' }]);
    assert.equal(pathway('ca-bc-rn-registration').verification?.source?.url, url);
    assert.deepEqual(pathway('ca-bc-rn-ncas').cost, [{ minMinor: 0, maxMinor: 300000, currency: 'CAD' }]);
    assert.equal(pathway('ca-bc-rn-ncas').verification?.status, 'verified');
    const competency = requirement('ca-bc-rn-competency');
    checked(competency, 'https://www.bccnm.ca/bccnm/Announcements/Pages/Announcement.aspx?AnnouncementID=350');
    assert.match(competency.description.en, /Inspire Global Assessments \(formerly NCAS\)/);
  });

  it('CRNA since April 2023: the NCLEX-RN with CRNA’s authorisation, or a pass already held (https://www.nurses.ab.ca/strengthening-the-system/groundbreaking-changes-made-for-internationally-educated-nurses-coming-to-alberta/, checked 2026-12-05)', () => {
    const nclex = requirement('ca-ab-rn-nclex');
    checked(nclex, 'https://www.nurses.ab.ca/strengthening-the-system/groundbreaking-changes-made-for-internationally-educated-nurses-coming-to-alberta/');
    assert.equal(nclex.verification?.status, 'verified');
    assert.deepEqual(nclex.criteria.exam?.examIds, ['nclex-rn']);
    assert.match(nclex.description.en, /CRNA’s authorisation/);
  });

  it('Engineering Council: the CEng benchmark is an accredited bachelor’s plus master’s-level learning, or an MEng; competence decides; no number of years is given (https://www.engc.org.uk/glossary-faqs/frequently-asked-questions/professional-registration/i-am-already-a-professionally-registered-engineer-or-technician/, checked 2026-12-05)', () => {
    const education = requirement('gb-eng-eng-education');
    checked(education, 'https://www.engc.org.uk/glossary-faqs/frequently-asked-questions/professional-registration/i-am-already-a-professionally-registered-engineer-or-technician/');
    assert.equal(education.verification?.status, 'verified');
    assert.match(education.description.en, /integrated MEng/);
    assert.match(education.description.en, /competence you demonstrate/);
    const experience = requirement('gb-eng-eng-experience');
    assert.equal(experience.verification?.status, 'unverified');
    assert.match(experience.verification?.note?.en ?? '', /names no number of years/);
  });

  it('CPA Ontario: a four-year (120 credit-hour) degree in any field, topped up when shorter; CPA PEP culminating in the CFE (https://cpaontario.ca/students/prerequisite-preparatory-courses and https://www.cpaontario.ca/become-a-cpa/why-cpa/program-info, checked 2026-12-05)', () => {
    const degree = requirement('ca-on-cpa-degree');
    checked(degree, 'https://cpaontario.ca/students/prerequisite-preparatory-courses');
    assert.equal(degree.verification?.status, 'verified');
    assert.deepEqual(degree.criteria.education, { minLevel: 'bachelor', fieldFamilies: [] }, 'any discipline');
    assert.match(degree.description.en, /four-year degree \(120 credit hours/);
    for (const id of ['ca-on-cpa-pep', 'ca-on-cpa-cfe']) {
      checked(requirement(id), 'https://www.cpaontario.ca/become-a-cpa/why-cpa/program-info');
      assert.equal(requirement(id).verification?.status, 'verified', id);
    }
  });

  it('Every entry was compared on 2026-12-05 (the last items added on 2026-12-06); what no page confirmed says so', () => {
    for (const r of catalogue.requirements) {
      assert.ok(['2026-12-05', '2026-12-06'].includes(r.lastVerified), `${r.id} was compared on 2026-12-05 or 2026-12-06`);
      if (r.verification?.status !== 'verified') assert.ok(r.verification?.note?.en, `${r.id} says why it is not verified`);
    }
  });
});
