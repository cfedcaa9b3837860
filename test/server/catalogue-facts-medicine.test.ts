/**
 * Medicine facts checked on 2026-12-05 against the regulators’ own pages (the Medical Board of
 * Australia, the GMC, CPSBC), each test naming its source. What no stored page confirmed stays
 * unverified, saying what to check and with whom.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyseGap } from '../../src/core/gap/analyse.js';
import { seedRequirementSet } from '../../src/server/seed/catalogue/index.js';
import { FACTS_AS_OF, checked, checkedUnverified, pathway, person, requirement, statusOf, verifiedOn } from '../support/catalogue-facts.js';

describe('medicine facts checked on the regulators’ own pages', () => {
  it('Medical Board of Australia: a degree recognised by the AMC and the World Directory; 12 months of supervised practice that can start once the AMC CAT MCQ is passed (https://www.medicalboard.gov.au/Registration/International-Medical-Graduates/Standard-Pathway.aspx, checked 2026-12-05)', () => {
    const url = 'https://www.medicalboard.gov.au/Registration/International-Medical-Graduates/Standard-Pathway.aspx';
    for (const j of ['au-nsw', 'au-vic']) {
      verifiedOn(requirement(`${j}-md-degree`), url);
      const practice = requirement(`${j}-md-supervised-practice`);
      verifiedOn(practice, url);
      assert.deepEqual(practice.criteria.requiresPrior, [`${j}-md-cat-mcq`, `${j}-md-language`], 'not after the clinical exam');
      assert.match(practice.description.en, /at least 47 weeks full-time equivalent/);
      // On the critical path the supervised year starts after the CAT MCQ, beside the clinical exam, not after it.
      const analysis = analyseGap(person({}), { occupationId: 'physician', jurisdictionId: j }, seedRequirementSet('physician', j), FACTS_AS_OF);
      const step = analysis.criticalPath.steps.find((s) => s.requirementId === practice.id)!;
      assert.ok(step.after.includes(`${j}-md-cat-mcq`), j);
      assert.ok(!step.after.includes(`${j}-md-clinical`), j);
      assert.ok(requirement(`${j}-md-registration`).criteria.requiresPrior?.includes(`${j}-md-clinical`), 'general registration still waits for the AMC certificate');
    }
  });

  it('GMC full registration: both PLAB parts, the PLAB 2 pass no more than two years old when the GMC approves the application, and an internship (https://www.gmc-uk.org/registration-and-licensing/join-the-register/registration-applications/application-guides/full-registration-for-international-medical-graduates, checked 2026-12-05)', () => {
    const url = 'https://www.gmc-uk.org/registration-and-licensing/join-the-register/registration-applications/application-guides/full-registration-for-international-medical-graduates';
    const registration = requirement('gb-eng-md-registration');
    verifiedOn(registration, url);
    assert.doesNotMatch(registration.description.en, /Apply within two years/, 'the approval date counts, not the application');
    const plab2 = requirement('gb-eng-md-plab2');
    assert.deepEqual(plab2.criteria.exam?.validity, { within: { years: 2 }, measuredAt: { at: 'finish', of: 'gb-eng-md-registration' } });
    assert.equal(statusOf(person({ exams: [{ examId: 'plab2', passedOn: '2026-03-01' }] }), 'physician', 'gb-eng', plab2.id), 'met');
    assert.notEqual(statusOf(person({ exams: [{ examId: 'plab2', passedOn: '2024-03-01' }] }), 'physician', 'gb-eng', plab2.id), 'met', 'more than two years old by the time the GMC approves');
    const internship = requirement('gb-eng-md-internship');
    assert.equal(internship.verification?.status, 'unverified');
    assert.match(internship.verification?.note?.en ?? '', /Check what counts as an internship with the General Medical Council/);
  });

  it('CPSBC: a degree from a World Directory school with a Canada Sponsor Note; PRA-BC for family physicians, its pre-screening left to check (https://www.cpsbc.ca/registrants/current-registrants/registration-and-licensing/img/provisional, checked 2026-12-05)', () => {
    const degree = requirement('ca-bc-md-degree');
    verifiedOn(degree, 'https://www.cpsbc.ca/registrants/current-registrants/registration-and-licensing/img/provisional');
    assert.match(degree.description.en, /Canada Sponsor Note/);
    const pra = requirement('ca-bc-md-pra');
    checked(pra, 'https://cpsbc.ca/for-physicians/registration-licensing/applying/imgs/pra-bc');
    assert.equal(pra.verification?.status, 'unverified');
    assert.match(pra.description.en, /For family physicians only/);
    assert.match(pra.verification?.note?.en ?? '', /Check them with PRA-BC/);
  });
});

describe('medical verification fees checked on the owners’ stored pages', () => {
  it('EPIC: its fee page, stored at its former address, gave USD 75 + 75 per credential + 15 per report, about USD 165, but is not current (http://www.ecfmgepic.org/fees.html, checked 2026-12-05)', () => {
    checkedUnverified(pathway('gb-eng-md-epic'), 'http://www.ecfmgepic.org/fees.html', /about USD 165 for one qualification.*not a current page/);
  });
});

describe('medical regulators’ fees checked on their stored pages', () => {
  it('CPSO: the only fee schedule stored is from March 2018 (application CAD 1,040, annual CAD 1,725), so the fee stays unverified (http://www.cpso.on.ca/Member-Information/Membership-Services/Fee-Schedule, checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-on-md-registration'), 'http://www.cpso.on.ca/Member-Information/Membership-Services/Fee-Schedule', /dated March 2018.*It is years old/);
  });
});
