/**
 * Pharmacy facts checked on 2026-12-05 against the examining board’s, the Pharmacy Board of
 * Australia’s and the Australian Pharmacy Council’s own pages, each test naming its source.
 * What no stored page confirmed stays unverified, saying what to check and with whom.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checked, checkedUnverified, pathway, person, requirement, statusOf, verifiedOn } from '../support/catalogue-facts.js';

describe('pharmacy facts checked on the regulators’ and examiners’ own pages', () => {
  it('PEBC Evaluating Examination: only for international graduates, after Document Evaluation and before the Qualifying Examination, 60% to pass (https://pebc.ca/pharmacists/pharmacist-evaluating-examination/examination-results/, checked 2026-12-05)', () => {
    for (const j of ['ca-on', 'ca-bc']) {
      const ee = requirement(`${j}-pharm-evaluating-exam`);
      // Ontario's entry stays unverified for the streamlined exemption no stored page applies there (catalogue-facts-recheck).
      (j === 'ca-bc' ? verifiedOn : checked)(ee, 'https://pebc.ca/pharmacists/pharmacist-evaluating-examination/examination-results/');
      assert.deepEqual(ee.criteria.requiresPrior, [`${j}-pharm-document-evaluation`], j);
      assert.deepEqual(requirement(`${j}-pharm-qualifying-exam`).criteria.requiresPrior, [ee.id], `${j}: the Qualifying Examination waits for it`);
      assert.doesNotMatch(ee.description.en, /multiple-choice/, 'no PEBC page stored says so');
      assert.match(ee.verification?.note?.en ?? '', /applying-for-examination/);
    }
  });

  it('PEBC Document Evaluation: identification, transcripts and licensing information, after enrolling in NAPRA’s Gateway (https://pebc.ca/pharmacists/document-evaluation-grad-pending, checked 2026-12-05)', () => {
    const docs = requirement('ca-on-pharm-document-evaluation');
    verifiedOn(docs, 'https://pebc.ca/pharmacists/document-evaluation-grad-pending');
    assert.deepEqual(docs.criteria.assessment, { acceptedBodies: ['pebc'] });
    assert.match(docs.description.en, /Pharmacists’ Gateway Canada/);
  });

  it('Pharmacy Board of Australia: an internship under provisional registration, Board-approved supervised practice (1,575 hours) and an intern training programme (https://www.pharmacyboard.gov.au/registration/internships.aspx, checked 2026-12-05)', () => {
    for (const j of ['au-nsw', 'au-vic']) {
      const internship = requirement(`${j}-pharm-supervised-practice`);
      verifiedOn(internship, 'https://www.pharmacyboard.gov.au/registration/internships.aspx');
      assert.match(internship.description.en, /1,575 hours/);
      assert.equal(internship.criteria.experience?.inCountry, 'AU');
      assert.deepEqual(internship.criteria.requiresPrior, [`${j}-pharm-kaps`, `${j}-pharm-language`]);
    }
  });

  it('The APC’s Competency Stream: pharmacists qualified and registered in Canada, Ireland, the UK or the USA sit the CAOP instead of the KAPS, after the eligibility check; its fee stays unverified (https://www.pharmacycouncil.org.au/pharmacist/skills-assessment/competency-stream/, checked 2026-12-05)', () => {
    const source = 'https://www.pharmacycouncil.org.au/pharmacist/skills-assessment/competency-stream/';
    for (const j of ['au-nsw', 'au-vic']) {
      const exam = requirement(`${j}-pharm-kaps`);
      verifiedOn(exam, 'https://www.pharmacycouncil.org.au/pharmacist/skills-assessment/knowledge-stream/');
      assert.deepEqual(exam.criteria.exam?.examIds, ['apc-kaps', 'apc-caop'], `${j}: either exam meets the step`);
      assert.deepEqual(exam.criteria.requiresPrior, [`${j}-pharm-apc-assessment`], 'after the eligibility check');
      assert.match(exam.description.en, /Canada, Ireland, the UK or the USA \(its Competency Stream\) sit the CAOP/);
      assert.ok(exam.verification?.note?.en?.includes(source), 'the note names the Competency Stream page');
      const caop = pathway(`${j}-pharm-caop`);
      assert.deepEqual(caop.closes, [exam.id]);
      assert.equal(caop.link.url, source);
      assert.equal(caop.verification?.status, 'unverified', 'the stored versions of the page disagree on the fee');
      assert.equal(caop.verification?.checkedOn, '2026-12-05');
      assert.match(caop.verification?.note?.en ?? '', /AU\$1,950 or AU\$2,000.*Check the current fee and dates with the Australian Pharmacy Council/);
      const passed = (examId: string) => statusOf(person({ exams: [{ examId, passedOn: '2026-10-01' }] }), 'pharmacist', j, exam.id);
      assert.equal(passed('apc-caop'), 'met', `${j}: a CAOP pass meets the step`);
      assert.equal(passed('apc-kaps'), 'met', `${j}: so does a KAPS pass`);
      assert.equal(statusOf(person({}), 'pharmacist', j, exam.id), 'gap');
    }
  });

  it('The intern registration exams: the written one by the APC (AU$730), the oral one by Ahpra, from 75% of the hours, both within 18 months; held unverified because the catalogue places them after the whole internship (https://www.pharmacycouncil.org.au/media-hub/changes-made-to-intern-registration-exams/, checked 2026-12-05)', () => {
    for (const j of ['au-nsw', 'au-vic']) {
      const exams = requirement(`${j}-pharm-final-exams`);
      checked(exams, 'https://www.pharmacycouncil.org.au/media-hub/changes-made-to-intern-registration-exams/');
      assert.equal(exams.verification?.status, 'unverified');
      assert.match(exams.description.en, /Intern Written Exam \(run by the Australian Pharmacy Council\) and the Intern Oral Exam \(run by Ahpra\)/, 'not an APC oral exam');
      assert.match(exams.verification?.note?.en ?? '', /may be sat from 75% of its hours/);
      const fee = pathway(`${j}-pharm-final-exams`);
      assert.equal(fee.verification?.source?.url, 'https://www.pharmacycouncil.org.au/pharmacist/skills-assessment/intern-written-exam/');
      assert.match(fee.verification?.note?.en ?? '', /AU\$730.*Check it with Ahpra/);
    }
  });
});

describe('pharmacy examiners’ fees checked on their stored pages', () => {
  it('PEBC: no stored PEBC page gives a fee (the last found is a 2012 copy: document evaluation CAD 530, Evaluating Examination CAD 515), so its fees stay estimates (checked 2026-12-05)', () => {
    for (const id of ['ca-on-pharm-pebc-docs', 'ca-on-pharm-pebc-ee', 'ca-on-pharm-pebc-qe', 'ca-bc-pharm-pebc-docs', 'ca-bc-pharm-pebc-ee', 'ca-bc-pharm-pebc-qe']) {
      checkedUnverified(pathway(id), undefined, /the stored PEBC pages .* give no fee.*2012 copy/);
    }
  });

  it('GPhC registration: no current fee on its stored pages; an older manual gave a GBP 106 application fee (checked 2026-12-05)', () => {
    checkedUnverified(pathway('gb-eng-pharm-registration'), undefined, /application fee of GBP 106/);
  });
});

describe('pharmacy colleges’ fees and times checked on their stored pages', () => {
  it('OCP: the pharmacist final application CAD 75 plus HST, up to 10 business days (http://www.ocpinfo.com/registration/fees-timelines/graduate-ccapp/, checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-on-pharm-registration'), 'http://www.ocpinfo.com/registration/fees-timelines/graduate-ccapp/', /CAD 75 plus HST.*up to 10 business days/);
  });

  it('CPBC: pre-registration at least 30 business days; jurisprudence results one month after the exam (checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-bc-pharm-registration'), 'https://www.bcpharmacists.org/faq?search_api_views_fulltext=&field_faq_category=81', /at least 30 business days/);
    checkedUnverified(pathway('ca-bc-pharm-jurisprudence'), 'http://www.bcpharmacists.org/canada-non-ait', /one month after the exam/);
  });
});
