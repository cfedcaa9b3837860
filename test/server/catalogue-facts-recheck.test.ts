/**
 * The second pass over the catalogue (2026-12-05): entries that a stored copy of the regulator's
 * own page confirmed or corrected, each test naming that page. What the pages left open stays
 * unverified, saying what to check and with whom.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { acceptedTests as tests, checked, ielts, pathway, person, requirement, statusOf, verifiedOn } from '../support/catalogue-facts.js';
import { seedRequirementSet } from '../../src/server/seed/catalogue/index.js';

describe('facts re-checked on the regulators’ own pages (second pass)', () => {
  it('CRNA: IELTS reading 6.5, listening 7, writing 6.5, speaking 7, overall 7; CELBAN 8/9/7/8; two years; a nursing program in English in Canada or two years of practice in English instead (https://nurses.ab.ca/strengthening-the-system/changes-to-english-proficiency-tests/, checked 2026-12-05)', () => {
    const language = requirement('ca-ab-rn-language');
    verifiedOn(language, 'https://nurses.ab.ca/strengthening-the-system/changes-to-english-proficiency-tests/');
    assert.deepEqual(tests(language)['ielts-academic'].minScores, { reading: 6.5, writing: 6.5, listening: 7, speaking: 7, overall: 7 });
    assert.deepEqual(tests(language).celban.minScores, { reading: 8, writing: 7, listening: 9, speaking: 8 });
    assert.deepEqual(language.criteria.language?.validity, { within: { years: 2 } });
    assert.deepEqual(
      language.criteria.language?.otherEvidence?.map((e) => [e.kind, e.inCountry]),
      [
        ['education', 'CA'],
        ['practice', undefined],
      ],
    );
    const common = { reading: 6.5, writing: 6.5, listening: 7, speaking: 7, overall: 7 };
    assert.equal(statusOf(person({ languageTests: [ielts(common)] }), 'registered-nurse', 'ca-ab', language.id), 'met');
    assert.notEqual(statusOf(person({ languageTests: [ielts({ ...common, listening: 6.5 })] }), 'registered-nurse', 'ca-ab', language.id), 'met', 'listening 7.5 was lowered to 7, not further');
  });

  it('Ontario social workers: 7 in every IELTS component is met, 6.5 in one is not, and a General Training result is a question for the College (https://www.ocswssw.org/registration-section/language-proficiency/, checked 2026-12-05)', () => {
    const id = 'ca-on-sw-language';
    const sevens = { reading: 7, writing: 7, listening: 7, speaking: 7, overall: 7 };
    assert.equal(statusOf(person({ languageTests: [ielts(sevens)] }), 'social-worker', 'ca-on', id), 'met');
    assert.notEqual(statusOf(person({ languageTests: [ielts({ ...sevens, writing: 6.5 })] }), 'social-worker', 'ca-on', id), 'met');
    const high = { reading: 8, writing: 8, listening: 8, speaking: 8, overall: 8 };
    assert.equal(statusOf(person({ languageTests: [ielts(high, 'ielts-general')] }), 'social-worker', 'ca-on', id), 'needs-evidence');
  });

  it('OCT: the TOEFL iBT minimums (reading 24, listening 23, writing 28, speaking 28, overall 103) read on OCT’s own page; the IELTS figures stay an estimate (https://www.oct.ca/becoming-a-teacher/requirements/toefl, checked 2026-12-05)', () => {
    const oct = requirement('ca-on-oct-language');
    assert.equal(oct.lastVerified, '2026-12-05');
    assert.equal(oct.verification?.status, 'unverified', 'the IELTS minimums were on no stored OCT page');
    assert.deepEqual(tests(oct)['toefl-ibt'].minScores, { reading: 24, writing: 28, listening: 23, speaking: 28, overall: 103 });
    assert.match(oct.verification?.note?.en ?? '', /https:\/\/www\.oct\.ca\/becoming-a-teacher\/requirements\/toefl/);
    assert.match(oct.verification?.note?.en ?? '', /IELTS minimums .* were on no stored OCT page/);
  });

  it('Australian Dental Council: the initial assessment comes first and decides eligibility for the written exam; AUD 647 and about eight weeks, held unverified for later fees; a degree or diploma of at least four full-time years (https://adc.org.au/assessments/dentists/initial-assessment/, checked 2026-12-05)', () => {
    const url = 'https://adc.org.au/assessments/dentists/initial-assessment/';
    for (const j of ['au-nsw', 'au-vic']) {
      const initial = requirement(`${j}-dds-initial-assessment`);
      const written = requirement(`${j}-dds-written-exam`);
      verifiedOn(initial, url);
      verifiedOn(written, url);
      assert.deepEqual(written.criteria.requiresPrior, [initial.id]);
      const fee = pathway(`${j}-dds-initial-assessment`);
      assert.deepEqual(fee.cost, [{ minMinor: 64700, maxMinor: 64700, currency: 'AUD' }], 'not AUD 800 to 1,500');
      assert.deepEqual(fee.duration, { minDays: 56, maxDays: 84 });
      assert.equal(fee.verification?.source?.url, url);
      assert.equal(fee.verification?.status, 'unverified');
      assert.match(fee.verification?.note?.en ?? '', /check the current fee with the Australian Dental Council/);
      // The degree: at least four years of full-time study, in a degree or a diploma.
      const degree = requirement(`${j}-dds-degree`);
      verifiedOn(degree, url);
      assert.match(degree.description.en, /four-year, full-time university degree \(or diploma\)/);
      assert.deepEqual(degree.criteria.education?.minLength, { fullTimeYears: 4, orFromLevel: 'diploma' });
      assert.doesNotMatch(degree.verification?.note?.en ?? '', /would show as short/);
    }
  });

  it('Australian Dental Council: a four-year, full-time dental diploma meets the degree requirement, a shorter one is short, and one without a recorded length needs evidence (https://adc.org.au/assessments/dentists/initial-assessment/, checked 2026-12-05)', () => {
    const diploma = (fullTimeYears?: number) => person({ education: [{ level: 'diploma', fieldFamily: 'dentistry', country: 'IN', year: 2015, ...(fullTimeYears === undefined ? {} : { fullTimeYears }) }] });
    for (const j of ['au-nsw', 'au-vic']) {
      const id = `${j}-dds-degree`;
      assert.equal(statusOf(diploma(4), 'dentist', j, id), 'met');
      assert.equal(statusOf(diploma(3.5), 'dentist', j, id), 'partly-met');
      assert.equal(statusOf(diploma(), 'dentist', j, id), 'needs-evidence');
      assert.equal(statusOf(person({ education: [{ level: 'bachelor', fieldFamily: 'dentistry', country: 'IN', year: 2015 }] }), 'dentist', j, id), 'met');
    }
  });

  it('RCDSO: a test within the two years before the College receives the application; the minimums were not on its page, so they stay an estimate (https://www.rcdso.org/en-ca/rcdso-applicants/process-and-requirements/language-proficiency, checked 2026-12-05)', () => {
    const language = requirement('ca-on-dds-language');
    checked(language, 'https://www.rcdso.org/en-ca/rcdso-applicants/process-and-requirements/language-proficiency');
    assert.equal(language.verification?.status, 'unverified');
    assert.deepEqual(language.criteria.language?.validity, { within: { years: 2 }, measuredAt: { at: 'start', of: 'ca-on-dds-registration' } });
    assert.match(language.verification?.note?.en ?? '', /Check them with the Royal College of Dental Surgeons of Ontario/);
  });

  it('BCCNM: no practice is needed to apply; new applicants meet the hours through the competency assessment and education, and the 1,125 hours in five years spare nurses from four countries the assessment (https://www.bccnm.ca/RN/applications_registration/how_to_apply/InternationalEN/Pages/Applying.aspx, checked 2026-12-05)', () => {
    const practice = requirement('ca-bc-rn-practice');
    checked(practice, 'https://www.bccnm.ca/RN/applications_registration/how_to_apply/InternationalEN/Pages/Applying.aspx');
    assert.equal(practice.verification?.status, 'unverified', 'the hours other applicants need are on no stored page');
    assert.match(practice.description.en, /You need not have practised as an RN to apply/);
    assert.ok(pathway('ca-bc-rn-bridging').closes.includes(practice.id), 'the education after the competency assessment closes it');
    assert.match(practice.verification?.note?.en ?? '', /Check with BCCNM/);
  });

  it('NMBA Self-check: three streams; Stream A (Orientation Part 1, then apply) is not asked the MCQ and the OSCE of Stream B, and the regulation lists the streams for the form (https://www.nursingmidwiferyboard.gov.au/Accreditation/IQNM/Self-check-and-Portfolio/Completing-the-Self-check.aspx, checked 2026-12-05)', () => {
    for (const j of ['au-nsw', 'au-vic']) {
      const selfCheck = requirement(`${j}-rn-self-check`);
      checked(selfCheck, 'https://www.nursingmidwiferyboard.gov.au/Accreditation/IQNM/Self-check-and-Portfolio/Completing-the-Self-check.aspx');
      assert.equal(selfCheck.verification?.status, 'unverified', 'the education floor is the catalogue’s own');
      assert.match(selfCheck.description.en, /A \(qualification substantially equivalent: Orientation Part 1.*B \(.*C \(/);
      assert.doesNotMatch(selfCheck.description.en, /most/, 'no page says most nurses take the outcomes-based assessment');
      assert.doesNotMatch(selfCheck.verification?.note?.en ?? '', /cannot yet tell the streams apart/);
      // Stream C is not asked them either: it must first gain a qualification leading to registration (catalogue-facts-nursing).
      for (const step of [`${j}-rn-mcq`, `${j}-rn-osce`]) assert.deepEqual(requirement(step).criteria.notAskedWhen, [{ body: 'nmba', outcomes: ['stream-a', 'stream-c'] }], step);
      for (const other of [`${j}-rn-self-check`, `${j}-rn-language`, `${j}-rn-registration`]) assert.equal(requirement(other).criteria.notAskedWhen, undefined, other);
      const regulation = seedRequirementSet('registered-nurse', j).regulation;
      assert.deepEqual(regulation.assessmentOutcomes?.map((o) => [o.body, o.decision.en, o.outcomes.map((x) => x.id)]), [['nmba', 'Self-check', ['stream-a', 'stream-b', 'stream-c']]]);
      const streamA = person({ assessments: [{ body: 'nmba', status: 'completed', outcome: 'stream-a', completedOn: '2026-10-01' }] });
      assert.equal(statusOf(streamA, 'registered-nurse', j, `${j}-rn-mcq`), 'met');
      assert.equal(statusOf(streamA, 'registered-nurse', j, `${j}-rn-osce`), 'met');
    }
  });

  it('PEBC: its streamlined pathway spares the Evaluating Exam, so a pharmacist whose Document Evaluation records it is not asked the exam in Ontario or British Columbia (https://www.bcpharmacists.org/print/international-pharmacy-graduate-ipg, checked 2026-12-05)', () => {
    verifiedOn(requirement('ca-bc-pharm-document-evaluation'), 'https://www.bcpharmacists.org/print/international-pharmacy-graduate-ipg');
    assert.match(requirement('ca-bc-pharm-document-evaluation').verification?.note?.en ?? '', /unless PEBC’s streamlined pathway exempts you/);
    const streamlined = person({ assessments: [{ body: 'pebc', status: 'completed', outcome: 'streamlined', completedOn: '2026-09-01' }] });
    const usual = person({ assessments: [{ body: 'pebc', status: 'completed', outcome: 'evaluating-exam', completedOn: '2026-09-01' }] });
    for (const j of ['ca-on', 'ca-bc']) {
      const exam = requirement(`${j}-pharm-evaluating-exam`);
      assert.deepEqual(exam.criteria.notAskedWhen, [{ body: 'pebc', outcomes: ['streamlined'] }]);
      // The exam is on PEBC's own pages; the exemption only on the BC college's, so Ontario's entry says it is unconfirmed there.
      assert.equal(exam.verification?.status, j === 'ca-bc' ? 'verified' : 'unverified');
      assert.match(exam.verification?.note?.en ?? '', /streamlined pathway/);
      assert.equal(statusOf(streamlined, 'pharmacist', j, exam.id), 'met');
      assert.equal(statusOf(usual, 'pharmacist', j, exam.id), 'gap');
      assert.equal(statusOf(streamlined, 'pharmacist', j, `${j}-pharm-qualifying-exam`), 'gap', 'the Qualifying Exam stays');
    }
  });

  it('Medical Council of Canada: source verification costs CAD 298 once and CAD 175 a credential; the exam fees seen differ between its pages and stay unverified (https://physiciansapply.ca/services/examination-and-service-fees/, checked 2026-12-05)', () => {
    const url = 'https://physiciansapply.ca/services/examination-and-service-fees/';
    for (const j of ['ca-on', 'ca-bc']) {
      const epic = pathway(`${j}-md-epic`);
      assert.deepEqual(epic.cost, [{ minMinor: 47300, maxMinor: 82300, currency: 'CAD' }], 'one to three credentials, not CAD 500 to 700');
      for (const p of [epic, pathway(`${j}-md-mccqe1`)]) {
        assert.equal(p.verification?.source?.url, url, p.id);
        assert.equal(p.verification?.checkedOn, '2026-12-05', p.id);
        assert.equal(p.verification?.status, 'unverified', p.id);
        assert.match(p.verification?.note?.en ?? '', /check the current fees? with the Medical Council of Canada/, p.id);
      }
    }
    assert.match(pathway('ca-on-md-nac').verification?.note?.en ?? '', /CAD 2,830 on physiciansapply\.ca/);
  });

  it('Australian Medical Council: the only fee table stored is the 2016 one, so the fees stay unverified, naming it (https://www.amc.org.au/assessment/fees/, checked 2026-12-05)', () => {
    for (const j of ['au-nsw', 'au-vic']) {
      for (const id of [`${j}-md-epic`, `${j}-md-cat-mcq`, `${j}-md-clinical-exam`]) {
        const p = pathway(id);
        assert.equal(p.verification?.source?.url, 'https://www.amc.org.au/assessment/fees/', id);
        assert.equal(p.verification?.status, 'unverified', id);
        assert.match(p.verification?.note?.en ?? '', /2016 table.*Check the current fee with the Australian Medical Council/, id);
      }
    }
  });
});
