/**
 * Accounting facts checked on 2026-12-05 against the assessing bodies’ own pages, each test naming
 * its source. What no stored page confirmed stays unverified, saying what to check and with whom.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pathway, person, requirement, statusOf, verifiedOn } from '../support/catalogue-facts.js';

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
