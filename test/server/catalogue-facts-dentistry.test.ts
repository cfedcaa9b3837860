/**
 * Dentistry facts checked on 2026-12-05 against the regulators’ own pages (RCDSO, the GDC), each
 * test naming its source. What no stored page confirmed stays unverified, saying what to check
 * and with whom.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checked, pathway, requirement, verifiedOn } from '../support/catalogue-facts.js';

describe('dentistry facts checked on the regulators’ own pages', () => {
  it('RCDSO: a dental degree of at least four years at a university-based dental school; the final course and fee stay to be checked (https://rcdso.org/EquivalencyProcess, checked 2026-12-05, undated copy)', () => {
    const degree = requirement('ca-on-dds-degree');
    verifiedOn(degree, 'https://rcdso.org/EquivalencyProcess');
    assert.match(degree.description.en, /at least four years at a university-based dental school/);
    const registration = requirement('ca-on-dds-registration');
    assert.equal(registration.verification?.status, 'unverified');
    assert.match(registration.verification?.note?.en ?? '', /Check with the Royal College of Dental Surgeons of Ontario/);
  });

  it('GDC: the ORE application needs a UK ENIC Statement of Comparability with the degree; ORE fees beyond 2025 were read only on a third-party page (https://www.gdc-uk.org/registration/overseas-registration-exam/applying-for-ore/how-to-apply-for-the-ore, checked 2026-12-05)', () => {
    const degree = requirement('gb-eng-dds-degree');
    checked(degree, degree.source.url);
    assert.equal(degree.verification?.status, 'unverified');
    assert.match(degree.description.en, /UK ENIC Statement of Comparability/);
    assert.match(degree.verification?.note?.en ?? '', /how-to-apply-for-the-ore/);
    for (const id of ['gb-eng-dds-ore1', 'gb-eng-dds-ore2']) {
      const fee = pathway(id);
      assert.equal(fee.verification?.status, 'unverified', id);
      assert.match(fee.verification?.note?.en ?? '', /no stored GDC page confirms them\. Check the current fee with the General Dental Council/, id);
    }
  });
});
