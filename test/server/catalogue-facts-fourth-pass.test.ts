/**
 * The fourth pass over the catalogue (2026-12-05): bodies whose entries still said "not yet
 * compared", each compared with a stored copy of the owner's page and each test naming that page.
 * Where the page gave the time and not the fee, the pathway says so per fact.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkedUnverified, pathway } from '../support/catalogue-facts.js';

/** The pathway's time was read on its page and its fee was not. */
function timeCheckedFeeNot(id: string, duration: { minDays: number; maxDays: number }) {
  const p = pathway(id);
  assert.deepEqual(p.verification?.facts, { fee: { status: 'unverified' }, duration: { status: 'verified' } }, `${id}: the time is confirmed, the fee is not`);
  assert.deepEqual(p.duration, duration);
}

describe('bodies compared in the fourth pass', () => {
  it('DBS: an enhanced check with barred lists GBP 38 on GOV.UK’s stored copy, usually about 14 days; later providers’ pages give GBP 49.50, both within the range shown (https://www.gov.uk/dbs-check-applicant-criminal-record/get-a-standard-or-enhanced-dbs-check-for-an-employee, checked 2026-12-05)', () => {
    const dbs = pathway('gb-eng-qts-dbs');
    checkedUnverified(dbs, 'https://www.gov.uk/dbs-check-applicant-criminal-record/get-a-standard-or-enhanced-dbs-check-for-an-employee', /enhanced check with barred lists costs GBP 38.*usually takes around 14 days.*GBP 49\.50/);
    assert.equal(dbs.duration.minDays, 14, 'GOV.UK’s usual time is the shortest shown');
    assert.ok(dbs.cost[0].minMinor <= 3800 && dbs.cost[0].maxMinor >= 4950, 'the range holds both fees');
  });

  it('CPABC: allow 8 weeks for a membership application, 56 days and not 30-60; the pro-rated dues are not on the page (https://bccpa.ca/students-candidates/apply-for-membership/membership-application-instruction-guide-cfe-applicants, checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-bc-cpa-membership'), 'https://bccpa.ca/students-candidates/apply-for-membership/membership-application-instruction-guide-cfe-applicants', /allow 8 weeks.*56 days, not 30-60.*pro-rated member dues/);
    timeCheckedFeeNot('ca-bc-cpa-membership', { minDays: 56, maxDays: 56 });
  });

  it('BC dentists: 5-6 weeks to process an application, 35-42 days and not 30-90; no fee on the page (https://www.cdsbc.org/Pages/Dentist-Online-Registration.aspx, checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-bc-dds-registration'), 'https://www.cdsbc.org/Pages/Dentist-Online-Registration.aspx', /5-6 weeks.*35-42 days, not 30-90.*oralhealthbc\.ca\/denturist-initial-registration/);
    timeCheckedFeeNot('ca-bc-dds-registration', { minDays: 35, maxDays: 42 });
  });

  it('Landesamt für Pflege: the sole authority for a nursing permit from abroad, asking for B2, a certificate of good conduct and a medical certificate; no fee or time given (https://www.eap.bayern.de/informationen/leistungsbeschreibung/9665896638222, checked 2026-12-05)', () => {
    checkedUnverified(pathway('de-by-rn-registration'), 'https://www.eap.bayern.de/informationen/leistungsbeschreibung/9665896638222', /Landesamt für Pflege alone.*B2 language certificate.*no fee and no processing time/);
  });

  it('OTSTCFQ: equivalence decided under its regulation, after a comparative evaluation for studies outside Canada and the US; no fee or time given (https://www.otstcfq.org/exercer-au-quebec/exercer-au-quebec/admission-et-inscription/permis-exercice-ts-et-tcf/demande-admission-par-voie-equivalence-ts/, checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-qc-sw-equivalence-application'), 'https://www.otstcfq.org/exercer-au-quebec/exercer-au-quebec/admission-et-inscription/permis-exercice-ts-et-tcf/demande-admission-par-voie-equivalence-ts/', /comparative evaluation.*Neither page gives the file-study fee or a processing time/);
  });

  it('Alberta AIT: the exam is scheduled after approval and payment, the pass mark is 70%, the application is valid 12 months; no amounts (https://tradesecrets.alberta.ca/experiencedworkers/qualification-certificate/qualification-certificate-recognized-credential-application-what-you-should-know/, checked 2026-12-05)', () => {
    const url = 'https://tradesecrets.alberta.ca/experiencedworkers/qualification-certificate/qualification-certificate-recognized-credential-application-what-you-should-know/';
    checkedUnverified(pathway('ca-ab-elec-exam'), url, /pass mark for all exams is 70%.*valid 12 months.*does not give the fee amounts/);
    checkedUnverified(pathway('ca-ab-elec-certificate'), url, /gives no certificate fee and no issuing time/);
  });

  it('Bayerische Ingenieurekammer-Bau: the 2-3 months end in the decision, already counted by the application step; no fee given (https://www.eap.bayern.de/informationen/leistungsbeschreibung/845312016459, checked 2026-12-05)', () => {
    checkedUnverified(pathway('de-by-ing-bescheid'), 'https://www.eap.bayern.de/informationen/leistungsbeschreibung/845312016459?anliegen=8111031172&dienstleistung=8777623333&nationalitaet=4888808174', /about 2 to 3 months.*ending in the decision.*may overlap them.*Gebührenordnung/);
  });
  it('CARE Centre: a one-time CAD 150 membership, so CAD 150 at the least and not 0; 6-18 months for the whole program (https://care4nurses.org/faq-2/, checked 2026-12-05)', () => {
    const prep = pathway('ca-on-rn-nclex-prep');
    checkedUnverified(prep, 'https://care4nurses.org/faq-2/', /one-time membership fee of CAD 150.*6 to 18 months.*CAD 150 at the least, not 0/);
    assert.equal(prep.cost[0].minMinor, 15000);
  });

  it('ACCA: registered as a student within 5-7 working days; the only fee table stored is from 2015, so the totals stay estimates (http://yourfuture.accaglobal.com/global/en/contact/faqs.html, checked 2026-12-05)', () => {
    checkedUnverified(pathway('gb-eng-acct-acca'), 'http://yourfuture.accaglobal.com/global/en/contact/faqs.html', /within 5-7 working days.*from 2015.*GBP 71-112 per exam/);
  });

  it('CPAWSB: 14 preparatory courses, core ones six instructional weeks five times a year; no fees on the page (https://www.cpawsb.ca/cpa-preparatory-courses/courses, checked 2026-12-05)', () => {
    for (const id of ['ca-bc-cpa-prerequisites', 'ca-ab-cpa-prerequisites']) {
      checkedUnverified(pathway(id), 'https://www.cpawsb.ca/cpa-preparatory-courses/courses', /14 preparatory courses.*six instructional weeks offered five times a year.*gives no fees/);
    }
  });
  it('CPA Australia: AUD 1,140-1,290 per subject on its 2020 table outside Australia, up to three subjects a semester; no Australian fee page stored (https://www.cpaaustralia.com.au/member-services/fees/all-other-locations, checked 2026-12-05)', () => {
    checkedUnverified(pathway('au-nsw-acct-cpa-program'), 'https://www.cpaaustralia.com.au/member-services/fees/all-other-locations', /AUD 1,140 per subject.*up to three subjects a semester.*Australian fee page and CA ANZ's CA Program fees were not stored/);
  });

  it('OTSTCFQ registration: 1 April to 31 March, dues plus levy plus insurance, 3-4 weeks to process, amounts not given (https://www.otstcfq.org/membres/conditions-renouvellement-annuel/, checked 2026-12-05)', () => {
    const registration = pathway('ca-qc-sw-registration');
    checkedUnverified(registration, 'https://www.otstcfq.org/membres/conditions-renouvellement-annuel/', /1 April to 31 March.*3 to 4 weeks.*Neither page gives the amounts/);
    assert.ok(registration.duration.minDays <= 21 && registration.duration.maxDays >= 28, 'the range holds 3-4 weeks');
  });
  it('CCQ: CAD 100 to register for a qualification examination, not refunded, valid 12 months (http://www.ccq.org/en/E_CertificatsCompetence/E09_ExamenQualification/E01_1_1_ApprentiAdmissible?profil=GrandPublic, checked 2026-12-05)', () => {
    const exam = pathway('ca-qc-elec-exam');
    checkedUnverified(exam, 'http://www.ccq.org/en/E_CertificatsCompetence/E09_ExamenQualification/E01_1_1_ApprentiAdmissible?profil=GrandPublic', /costs CAD 100, is not refunded and stays valid 12 months/);
    assert.ok(exam.cost[0].minMinor <= 10000 && exam.cost[0].maxMinor >= 10000, 'the range holds the CCQ’s fee');
  });

  it('ICAEW: reciprocal membership for CA ANZ, CPA Canada, HKICPA, CAI and ICAS members; others through the ACA route or Pathways; no fee or time given (https://icaew.com/membership/becoming-a-member/members-of-other-bodies/members-of-other-bodies-a-z, checked 2026-12-05)', () => {
    checkedUnverified(pathway('gb-eng-acct-icaew-reciprocity'), 'https://icaew.com/membership/becoming-a-member/members-of-other-bodies/members-of-other-bodies-a-z', /reciprocal membership agreement.*Pathways to Membership.*No fee or processing time/);
  });
  it('CPA Québec: 24 months of practical experience within a seven-year path; a reciprocity file review CAD 557.63 and registration CAD 615.12 on the 2019-20 schedule; qualifying university courses for an equivalence (https://cpaquebec.ca/en/students-and-future-cpas/how-to-become-a-cpa/fee-schedule-and-administrative-procedures/, checked 2026-12-05)', () => {
    const schedule = 'https://cpaquebec.ca/en/students-and-future-cpas/how-to-become-a-cpa/fee-schedule-and-administrative-procedures/';
    checkedUnverified(pathway('ca-qc-cpa-experience'), schedule, /24-month period of practical experience.*365 days at the shortest hold only where part of your experience is recognised/);
    const mra = pathway('ca-qc-cpa-mra');
    checkedUnverified(mra, schedule, /CAD 557\.63 with taxes for a file review under a reciprocity agreement.*CAD 615\.12/);
    assert.ok(mra.cost[0].minMinor <= 55763 && mra.cost[0].maxMinor >= 61512, 'the range holds the Order’s fees');
    checkedUnverified(pathway('ca-qc-cpa-prerequisites'), 'http://cpaquebec.ca/fr/devenir-cpa/professionnels-formes-a-letranger/conditions-dacces-a-la-profession/', /qualifying undergraduate courses at a university.*CAD 287\.44/);
  });
  it('CPA practical experience: at least 30 months, of which 3-12 months of prior experience may be recognised, so 548-913 days and not 365-900 (https://www.cpawsb.ca/future-learners/certification-program-overview/practical-experience-requirement-per-overview/ and http://www.cpaontario.ca/Students/CPAcertification/ExpReq/1082page17384.aspx, checked 2026-12-05)', () => {
    const pages: [string, string][] = [
      ['ca-on-cpa-experience', 'http://www.cpaontario.ca/Students/CPAcertification/ExpReq/1082page17384.aspx'],
      ['ca-bc-cpa-experience', 'https://www.cpawsb.ca/future-learners/certification-program-overview/practical-experience-requirement-per-overview/'],
      ['ca-ab-cpa-experience', 'https://www.cpawsb.ca/future-learners/certification-program-overview/practical-experience-requirement-per-overview/'],
    ];
    for (const [id, url] of pages) {
      const experience = pathway(id);
      checkedUnverified(experience, url, /30 months.*3 to 12 months of prior experience.*548-913 days \(18 to 30 months\), not 365-900/);
      assert.deepEqual(experience.duration, { minDays: 548, maxDays: 913 }, `${id}: 30 months less at most 12 recognised`);
    }
  });

  it('CPA Ontario preparatory courses: up to three years for all 14, so 1,095 days at the longest and not 540; no fees on the page (https://www.cpaontario.ca/become-a-cpa/complete-your-designation/cpa-preparatory-courses/preparatory-course-faqs, checked 2026-12-05)', () => {
    const prep = pathway('ca-on-cpa-prerequisites');
    checkedUnverified(prep, 'https://www.cpaontario.ca/become-a-cpa/complete-your-designation/cpa-preparatory-courses/preparatory-course-faqs', /up to three years.*1,095 days, not 540/);
    assert.equal(prep.duration.maxDays, 1095);
  });

  it('ASP Construction: the 30-hour general site safety course is required for a competency certificate; no fee given (http://www.asp-construction.org/faq, checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-qc-elec-safety'), 'http://www.asp-construction.org/faq', /30-hour course Santé et sécurité générale.*Neither page gives the course fee/);
  });
  it('CPA Québec PEP: a graduate program of 9 to 24 months at 11 universities, so 274 days at the shortest and not 540 (http://cpaquebec.ca/en/becoming-a-cpa/education/graduate-program/, checked 2026-12-05)', () => {
    const pep = pathway('ca-qc-cpa-pep');
    checkedUnverified(pep, 'http://cpaquebec.ca/en/becoming-a-cpa/education/graduate-program/', /9 to 24 months.*274 days \(9 months\), not 540/);
    assert.equal(pep.duration.minDays, 274);
  });

  it('CCQ: training abroad may count as apprenticeship hours or open the exam; a CAD 100 fee for a certificate on another province’s qualification (https://ccq.org/en/qualification-acces-industrie/exterieur-quebec/accord-libre-echange-canadien, checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-qc-elec-recognition'), 'http://sc01prod-cd.azurewebsites.net/en/qualification-acces-industrie/exterieur-quebec', /recognised as apprenticeship hours or give direct access.*CAD 100 fee/);
    const certificate = pathway('ca-qc-elec-certificate');
    checkedUnverified(certificate, 'https://ccq.org/en/qualification-acces-industrie/exterieur-quebec/accord-libre-echange-canadien', /CAD 100 fee; the CAD 100 lies within/);
    assert.ok(certificate.cost[0].minMinor <= 10000 && certificate.cost[0].maxMinor >= 10000);
  });
});
