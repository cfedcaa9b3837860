/**
 * Accounting facts checked on 2026-12-05 against the assessing bodies’ own pages, each test naming
 * its source. What no stored page confirmed stays unverified, saying what to check and with whom.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkedUnverified, pathway, pathwaysEndingWith, person, requirement, statusOf, verifiedOn } from '../support/catalogue-facts.js';

describe('accounting facts checked on the assessing bodies’ own pages', () => {
  it('CPA Australia: a qualification assessed as at least an Australian bachelor’s, covering every mandatory competency area of the nominated occupation (https://www.cpaaustralia.com.au/become-a-cpa/migration-assessment/criteria-and-requirements, checked 2026-12-05)', () => {
    const education = requirement('au-nsw-acct-education');
    verifiedOn(education, 'https://www.cpaaustralia.com.au/become-a-cpa/migration-assessment/criteria-and-requirements');
    assert.match(education.description.en, /every mandatory competency area/);
    assert.notEqual(statusOf(person({ education: [{ level: 'diploma', fieldFamily: 'accounting-finance', country: 'IN', year: 2015 }] }), 'accountant', 'au-nsw', education.id), 'met', 'a diploma is short of a bachelor’s');
    assert.equal(statusOf(person({ education: [{ level: 'bachelor', fieldFamily: 'accounting-finance', country: 'IN', year: 2015 }] }), 'accountant', 'au-nsw', education.id), 'met');
    const bridging = pathway('au-nsw-acct-bridging-subjects');
    assert.equal(bridging.verification?.status, 'unverified');
    assert.match(bridging.verification?.note?.en ?? '', /CPA Program foundation exams .* or accredited courses/);
  });
});

describe('accounting assessments’ fees and times checked on the assessors’ stored pages', () => {
  it('WES: processing 8 days or less for a course-by-course report once every document has arrived; its only fee page stored is old (https://www.wes.org/advisor-blog/about-credential-evaluations-2021/, checked 2026-12-05)', () => {
    for (const p of pathwaysEndingWith('-wes')) {
      checkedUnverified(p, 'https://www.wes.org/advisor-blog/about-credential-evaluations-2021/', /8 days or less for a course-by-course report.*no current WES fee page was found/);
    }
  });

  it('CPA Australia’s skills assessment: AUD 540 (Australian residents) or 490, about 20 business days; the copy is about two years old (https://cpaaustralia.com.au/become-a-cpa/migration-services, checked 2026-12-05)', () => {
    const assessment = pathway('au-nsw-acct-cpa-australia-assessment');
    checkedUnverified(assessment, 'https://cpaaustralia.com.au/become-a-cpa/migration-services', /about 20 business days.*25 December 2024.*AUD 540 for Australian residents, AUD 490 for others/);
    assert.deepEqual(assessment.cost, [{ minMinor: 49000, maxMinor: 54000, currency: 'AUD' }], 'not the AUD 500-700 that was shown');
    assert.deepEqual(assessment.duration, { minDays: 28, maxDays: 60 });
  });

  it('the Common Final Examination: CAD 1,820 before GST on the CPA Western School of Business’s 2024-2025 fee page, for British Columbia and Alberta; no stored page gives it for Ontario and Quebec (https://cpawsb.ca/current-learners/cpa-pep/fees, checked 2026-12-05)', () => {
    for (const id of ['ca-bc-cpa-cfe', 'ca-ab-cpa-cfe']) checkedUnverified(pathway(id), 'https://cpawsb.ca/current-learners/cpa-pep/fees', /CAD 1,820 before GST.*2024-2025 schedule/);
    for (const id of ['ca-on-cpa-cfe', 'ca-qc-cpa-cfe']) checkedUnverified(pathway(id), undefined, /no page of CPA Canada giving the Common Final Examination fee/);
  });

  it('CPA PEP: the CPA Western School of Business’s 2024-2025 fees come to about CAD 11,600 (https://cpawsb.ca/current-learners/cpa-pep/fees); CPA Ontario’s page shows Core 1 CAD 1,425 and Core 2 CAD 1,325 (https://cpaontario.ca/students/professional-education-program/enrolment-fees), checked 2026-12-05', () => {
    for (const id of ['ca-bc-cpa-pep', 'ca-ab-cpa-pep']) checkedUnverified(pathway(id), 'https://cpawsb.ca/current-learners/cpa-pep/fees', /about CAD 11,600/);
    checkedUnverified(pathway('ca-on-cpa-pep'), 'https://cpaontario.ca/students/professional-education-program/enrolment-fees', /CAD 1,425 for Core 1 and CAD 1,325 for Core 2/);
  });
});
