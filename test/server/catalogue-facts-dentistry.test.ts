/**
 * Dentistry facts checked on 2026-12-05 against the regulators’ own pages (RCDSO, the GDC), each
 * test naming its source. What no stored page confirmed stays unverified, saying what to check
 * and with whom.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checked, checkedUnverified, pathway, requirement, verifiedOn } from '../support/catalogue-facts.js';

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

describe('dental examiners’ fees checked on their stored pages', () => {
  it('NDEB: the only fee page stored gives 2017 and 2018 fees (AFK CAD 1,000, ACJ CAD 1,800, ACS CAD 7,000), so every NDEB fee stays unverified, naming that page and its age (https://ndeb-bned.ca/en/non-accredited/fees, checked 2026-12-05)', () => {
    for (const id of ['ca-on-dds-ndeb-verification', 'ca-on-dds-equivalency-process', 'ca-on-dds-certification-exam', 'ca-bc-dds-ndeb-verification', 'ca-bc-dds-equivalency-process', 'ca-bc-dds-certification-exam']) {
      checkedUnverified(pathway(id), 'https://ndeb-bned.ca/en/non-accredited/fees', /2017 and 2018 fees.*It is years old/);
    }
  });

  it('ADC: the only fee page stored is "as at March 2016" (written AUD 2,000, practical AUD 4,500), so the exam fees stay unverified (http://www.adc.org.au/index.php?id=34, checked 2026-12-05)', () => {
    for (const id of ['au-nsw-dds-written-exam', 'au-nsw-dds-practical-exam', 'au-vic-dds-written-exam', 'au-vic-dds-practical-exam']) {
      checkedUnverified(pathway(id), 'http://www.adc.org.au/index.php?id=34', /as at March 2016.*written examination AUD 2,000.*practical examination AUD 4,500/);
    }
  });
});
