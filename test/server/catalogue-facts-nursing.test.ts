/**
 * Nursing facts checked on 2026-12-05 against the regulators’ own pages (CNO, BCCNM, CRNA, the
 * NMC, the NMBA), each test naming its source. What no stored page confirmed stays unverified, saying
 * what to check and with whom.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checked, checkedUnverified, pathway, person, requirement, statusOf, verifiedOn } from '../support/catalogue-facts.js';

const cad = (amount: number) => [{ minMinor: amount, maxMinor: amount, currency: 'CAD' }];

describe('nursing facts checked on the regulators’ own pages', () => {
  it('CELBAN listening is CLB 9 for CNO, BCCNM and CRNA, the nurse regulators’ level since November 2022 (CLB 10 before); a CELBAN Centre page that says 10 predates it (https://www.cno.org/en/become-a-nurse/registration-requirements/language-proficiency/accepted-language-proficiency-tests/, https://bccnm.ca/bccnm/Announcements/Pages/Announcement.aspx?AnnouncementID=397, https://www.touchstoneinstitute.ca/news/listening-clb-9-now-accepted-by-all-nursing-regulatory-authorities/, checked 2026-12-05)', () => {
    const celban = (listening: number) => person({ languageTests: [{ test: 'celban', scores: { reading: 8, writing: 7, listening, speaking: 8 }, takenOn: '2026-06-01' }] });
    for (const j of ['ca-on', 'ca-bc', 'ca-ab']) {
      const language = requirement(`${j}-rn-language`);
      assert.equal(language.lastVerified, '2026-12-05');
      assert.deepEqual(language.criteria.language?.acceptedTests.find((t) => t.test === 'celban')?.minScores, { reading: 8, writing: 7, listening: 9, speaking: 8 }, j);
      assert.equal(statusOf(celban(9), 'registered-nurse', j, language.id), 'met', `${j}: listening 9 is enough, 10 is not asked`);
      assert.notEqual(statusOf(celban(8), 'registered-nurse', j, language.id), 'met', `${j}: listening 8 is not`);
    }
    verifiedOn(requirement('ca-on-rn-language'), 'https://www.cno.org/en/become-a-nurse/registration-requirements/language-proficiency/accepted-language-proficiency-tests/');
    assert.match(requirement('ca-on-rn-language').verification?.note?.en ?? '', /CELBAN listening 9 is the CNRC's level of November 2022 \(CLB 10 before it\)/);
  });

  it('CNO’s 2026 fees (in force since 1 January 2026): application CAD 489.29, registration with the first year CAD 493.81, jurisprudence exam CAD 45.20 (https://www.cno.org/become-a-nurse/fees/application-membership-fees, checked 2026-12-05)', () => {
    const url = 'https://www.cno.org/become-a-nurse/fees/application-membership-fees';
    const application = pathway('ca-on-rn-cno-application');
    const registration = pathway('ca-on-rn-cno-registration');
    assert.deepEqual(application.cost, cad(48929), 'not the 2025 amount, CAD 470.08');
    assert.deepEqual(registration.cost, cad(49381), 'not the 2025 amount, CAD 474.60');
    assert.deepEqual(pathway('ca-on-rn-jurisprudence-exam').cost, cad(4520));
    for (const p of [application, registration, pathway('ca-on-rn-jurisprudence-exam')]) {
      assert.equal(p.verification?.source?.url, url, p.id);
      assert.equal(p.verification?.checkedOn, '2026-12-05', p.id);
      // The internationally educated applicants’ row and the durations were not in the stored part.
      assert.equal(p.verification?.status, 'unverified', p.id);
    }
    assert.match(application.verification?.note?.en ?? '', /row for internationally educated applicants lies beyond the stored part/);
  });

  it('CNO jurisprudence exam: online, at any time once the application and fees are in (https://cno.org/become-a-nurse/registration-guides/ontario/examinations, checked 2026-12-05)', () => {
    const jurisprudence = requirement('ca-on-rn-jurisprudence');
    verifiedOn(jurisprudence, 'https://cno.org/become-a-nurse/registration-guides/ontario/examinations');
    assert.deepEqual(jurisprudence.criteria.requiresPrior, ['ca-on-rn-application']);
    assert.match(jurisprudence.verification?.note?.en ?? '', /does not yet apply that window/, 'the five-year validity was read only on a copy from a test host');
    assert.match(pathway('ca-on-rn-jurisprudence-exam').verification?.note?.en ?? '', /the 7 to 30 days are an estimate/);
  });

  it('BCCNM: the NCLEX-RN after BCCNM has assessed the complete application, the competency assessment’s results included, and any coursework; the criminal record check first (https://www.bccnm.ca/RN/applications_registration/how_to_apply/InternationalEN/Pages/Afteryouapply.aspx, checked 2026-12-05)', () => {
    const nclex = requirement('ca-bc-rn-nclex');
    verifiedOn(nclex, 'https://www.bccnm.ca/RN/applications_registration/how_to_apply/InternationalEN/Pages/Afteryouapply.aspx');
    assert.deepEqual(nclex.criteria.requiresPrior, ['ca-bc-rn-assessment', 'ca-bc-rn-competency']);
    assert.match(nclex.description.en, /criminal record check comes first/);
    assert.match(nclex.verification?.note?.en ?? '', /CAD 28/);
  });

  it('CRNA: every requirement before the permit, the criminal record check, good character, fitness to practise, jurisprudence and liability protection among them (https://nurses.ab.ca/how-we-operate/right-touch-regulation/substantial-equivalence-explained/, checked 2026-12-05)', () => {
    const url = 'https://nurses.ab.ca/how-we-operate/right-touch-regulation/substantial-equivalence-explained/';
    const registration = requirement('ca-ab-rn-registration');
    verifiedOn(registration, url);
    assert.deepEqual(registration.criteria.requiresPrior, ['ca-ab-rn-education', 'ca-ab-rn-assessment', 'ca-ab-rn-practice', 'ca-ab-rn-language', 'ca-ab-rn-nclex', 'ca-ab-rn-jurisprudence']);
    assert.match(registration.description.en, /professional liability protection/);
    // What that page leaves open stays unverified, each entry saying what is missing.
    const open: Array<[string, RegExp]> = [
      ['ca-ab-rn-jurisprudence', /no stored CRNA page says it is an online exam/],
      ['ca-ab-rn-education', /bachelor’s level this entry checks is the catalogue’s own reading/],
      ['ca-ab-rn-practice', /no stored CRNA page gives the hours/],
    ];
    for (const [id, missing] of open) {
      const r = requirement(id);
      assert.equal(r.lastVerified, '2026-12-05', id);
      assert.equal(r.verification?.status, 'unverified', id);
      assert.match(r.verification?.note?.en ?? '', missing, id);
      assert.match(r.verification?.note?.en ?? '', /Check with the College of Registered Nurses of Alberta/, id);
    }
  });

  it('CRNA: an NCLEX-RN pass, from an applicant of any country, meets the education requirement (https://nurses.ab.ca/strengthening-the-system/, checked 2026-12-05)', () => {
    const education = requirement('ca-ab-rn-education');
    assert.deepEqual(education.criteria.education?.orExamPassed, { examIds: ['nclex-rn'] });
    assert.match(education.verification?.note?.en ?? '', /https:\/\/nurses\.ab\.ca\/strengthening-the-system\/: “NCLEX-RN acceptable as evidence of education/);
    const diplomaNurse = person({ education: [{ level: 'diploma', fieldFamily: 'nursing', title: 'General Nursing and Midwifery', country: 'PH', year: 2012 }] });
    assert.equal(statusOf(diplomaNurse, 'registered-nurse', 'ca-ab', 'ca-ab-rn-education'), 'partly-met', 'a diploma alone is below the bachelor’s this entry checks');
    assert.equal(statusOf({ ...diplomaNurse, exams: [{ examId: 'nclex-rn', passedOn: '2025-03-10' }] }, 'registered-nurse', 'ca-ab', 'ca-ab-rn-education'), 'met');
    assert.equal(statusOf({ ...diplomaNurse, exams: [{ examId: 'nclex-rn', passedOn: '2027-03-10' }] }, 'registered-nurse', 'ca-ab', 'ca-ab-rn-education'), 'partly-met', 'a pass dated after the analysis does not count');
  });

  it('CRNA’s fees: the latest amounts stored are 2022–23’s, so the fees stay estimates naming them (https://www.nurses.ab.ca/how-we-operate/funding-and-fees/fee-structure-for-2022-2023/, checked 2026-12-05)', () => {
    for (const [id, seen] of [
      ['ca-ab-rn-crna-application', /CAD 236\.25/],
      ['ca-ab-rn-registration', /CAD 478\.89/],
    ] as const) {
      const p = pathway(id);
      assert.equal(p.verification?.source?.url, 'https://www.nurses.ab.ca/how-we-operate/funding-and-fees/fee-structure-for-2022-2023/', id);
      assert.equal(p.verification?.status, 'unverified', id);
      assert.match(p.verification?.note?.en ?? '', seen, id);
    }
  });

  it('NMC: the £140 qualification evaluation fee, not refunded; the time depends on your regulator’s answer (https://nmc.org.uk/registration/your-registration/os-subsequent-registration/qualification-evaluation, checked 2026-12-05)', () => {
    const evaluation = pathway('gb-eng-rn-nmc-application');
    assert.deepEqual(evaluation.cost, [{ minMinor: 14000, maxMinor: 14000, currency: 'GBP' }]);
    assert.equal(evaluation.verification?.source?.url, 'https://nmc.org.uk/registration/your-registration/os-subsequent-registration/qualification-evaluation');
    assert.equal(evaluation.verification?.status, 'unverified', 'the duration is an estimate');
    assert.match(evaluation.verification?.note?.en ?? '', /within 14 days of their answer/);
    // The £153 registration fee was read on the page for nursing associates only, on the pathway (not the requirement).
    const fee = pathway('gb-eng-rn-registration');
    assert.equal(fee.verification?.source?.url, 'https://www.nmc.org.uk/registration/joining-the-register/register-nursing-associate/outside-eu-eea/completing-your-application/');
    assert.match(fee.verification?.note?.en ?? '', /nursing associates .* the same page for nurses was not among the stored copies/);
    const step = requirement('gb-eng-rn-registration');
    checked(step, step.source.url);
    assert.equal(step.verification?.source, undefined, 'the requirement keeps its own verification');
  });
  it('NMBA Stream C: the only way on is a qualification leading to registration, not the outcomes-based assessment (https://www.nursingmidwiferyboard.gov.au/Accreditation/IQNM/Self-check-and-Portfolio/Steps-after-Self-check.aspx, checked 2026-12-05)', () => {
    const url = 'https://www.nursingmidwiferyboard.gov.au/Accreditation/IQNM/Self-check-and-Portfolio/Steps-after-Self-check.aspx';
    for (const j of ['au-nsw', 'au-vic']) {
      const qualification = requirement(`${j}-rn-stream-c-qualification`);
      verifiedOn(qualification, url);
      assert.deepEqual(qualification.criteria.notAskedWhen, [{ body: 'nmba', outcomes: ['stream-a', 'stream-b'] }], `${j}: asked of Stream C only`);
      for (const step of ['mcq', 'osce']) assert.deepEqual(requirement(`${j}-rn-${step}`).criteria.notAskedWhen, [{ body: 'nmba', outcomes: ['stream-a', 'stream-c'] }], `${j}: the ${step} is Stream B's`);
      assert.ok(requirement(`${j}-rn-registration`).criteria.requiresPrior?.includes(qualification.id), `${j}: registration waits for it`);
      const program = pathway(`${j}-rn-approved-program`);
      assert.deepEqual(program.closes, [qualification.id]);
      assert.equal(program.verification?.status, 'unverified', 'the NMBA names no length or fee');
      assert.match(program.verification?.note?.en ?? '', /not an NMBA figure/);
      const streamC = person({ education: [{ level: 'diploma', fieldFamily: 'nursing', country: 'IN', year: 2015 }], assessments: [{ body: 'nmba', status: 'completed', completedOn: '2026-11-01', outcome: 'stream-c' }] });
      assert.equal(statusOf(streamC, 'registered-nurse', j, qualification.id), 'gap', `${j}: Stream C must upgrade`);
      assert.equal(statusOf(streamC, 'registered-nurse', j, `${j}-rn-osce`), 'met', `${j}: Stream C is not sent to the OSCE`);
    }
  });
});

describe('the NMBA’s and Ahpra’s fees checked on their stored pages', () => {
  it('NMBA: Stream A and B candidates pay the IQNM assessment fee after the Self-check; the amount is on no stored NMBA page (https://www.nursingmidwiferyboard.gov.au/Accreditation/IQNM/Self-check-and-Portfolio/Steps-after-Self-check.aspx, checked 2026-12-05)', () => {
    for (const id of ['au-nsw-rn-self-check', 'au-vic-rn-self-check']) {
      checkedUnverified(pathway(id), 'https://www.nursingmidwiferyboard.gov.au/Accreditation/IQNM/Self-check-and-Portfolio/Steps-after-Self-check.aspx', /pay the IQNM assessment fee.*the amount is not on it/);
    }
  });

  it('Ahpra registration: an application fee and a registration fee set by each Board, whose fee schedules were not stored (https://www.ahpra.gov.au/Registration/Registration-Process/Fees.aspx, checked 2026-12-05)', () => {
    const ids = ['au-nsw-rn-registration', 'au-vic-rn-registration', 'au-nsw-md-registration', 'au-vic-md-registration', 'au-nsw-pharm-registration', 'au-vic-pharm-registration', 'au-nsw-dds-registration', 'au-vic-dds-registration'];
    for (const id of ids) checkedUnverified(pathway(id), 'https://www.ahpra.gov.au/Registration/Registration-Process/Fees.aspx', /set by each National Board.*Check the Board's fee schedule/);
  });

  it('the OBA OSCE: no Ahpra or NMBA page gives its fee; the AUD 4,000 is agencies’ figure, and the entries say so (checked 2026-12-05)', () => {
    for (const id of ['au-nsw-rn-osce', 'au-vic-rn-osce']) checkedUnverified(pathway(id), undefined, /AUD 4,000 shown comes from agencies' pages, not the owner's/);
  });
});

describe('the NMC’s majority English-speaking countries, looked for again on 2026-12-06', () => {
  it('no stored NMC page holds the list its recent-practice page links; the copy used holds every country of UKVI’s skilled worker list, on which the government says the NMC’s list is primarily based, and stays unconfirmed (https://nmc.org.uk/registration/joining-the-register/english-language-requirements/recent-practice-in-english, https://www.parallelparliament.co.uk/question/112230/care-workers-and-nurses-english-language, checked 2026-12-06)', () => {
    const language = requirement('gb-eng-rn-language');
    const practice = language.criteria.language?.otherEvidence?.find((r) => r.kind === 'practice');
    const skilledWorker = ['AG', 'AU', 'BS', 'BB', 'BZ', 'CA', 'DM', 'GD', 'GY', 'JM', 'MT', 'NZ', 'KN', 'LC', 'VC', 'TT', 'US'];
    for (const country of [...skilledWorker, 'IE', 'GB']) assert.ok(practice?.inCountries?.includes(country), country);
    assert.match(practice?.description.en ?? '', /a copy, not the NMC’s own page: check with the NMC/);
    assert.equal(language.verification?.status, 'unverified');
    assert.match(language.verification?.note?.en ?? '', /Looked for again on 2026-12-06.*no stored copy of the NMC’s pages holds that list.*question 112230.*primarily based on UK Visas and Immigration’s skilled worker list.*the list stays unconfirmed/);
    // Practice in a listed country is evidence to check; the NMC decides.
    const nurse = person({ experience: [{ role: 'Registered nurse', fieldFamily: 'nursing', country: 'JM', years: 0, start: '2024-06', end: '2026-06', language: 'en', competencies: [] }] });
    assert.equal(statusOf(nurse, 'registered-nurse', 'gb-eng', language.id), 'needs-evidence');
  });
});
