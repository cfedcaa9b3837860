/**
 * Language tests' fees and times, checked on 2026-12-05 against the test owners' stored pages (IDP and
 * the British Council for IELTS, OET, Pearson, the CELBAN Centre, Paragon for CELPIP). No owner's page
 * stored gives both the fee and the time, so every entry stays unverified and says what its owner's
 * page confirms, what only a test centre's page says, and whom to ask. ICAS, the credential assessor
 * no family file covers, has its test here too. The last test sweeps every pathway: none keeps the
 * generic "not confirmed" note, and each says how its fee and time were checked.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkedUnverified, pathway, pathwaysEndingWith } from '../support/catalogue-facts.js';
import { catalogue } from '../../src/server/seed/catalogue/index.js';

const region = (id: string) => id.slice(0, 2);

describe('language tests checked on their owners’ stored pages', () => {
  it('IELTS: no IDP or British Council page gives the fee; test centres’ pages do (CAD 309-359 in Canada, GBP 225 at Reading for 2025, AUD 340 at UQ), each said as not the owner’s (checked 2026-12-05)', () => {
    const entries = pathwaysEndingWith('-ielts');
    assert.equal(entries.length, 32);
    const said: Record<string, RegExp> = {
      ca: /no stored page of IDP or the British Council.*CAD 309 \(Heartland English\), CAD 319 with HST \(Precise Centres\) and CAD 359 \(CIC Total Care\)/,
      gb: /University of Reading, a British Council test centre, lists GBP 225 for 2025.*no owner's page confirms it/,
      au: /no stored page of IDP IELTS Australia gives the fee.*AUD 340, likely an older fee/,
    };
    for (const p of entries) checkedUnverified(p, undefined, said[region(p.id)]!);
  });

  it('OET: no page of its owner gives the fee; Western Sydney University, a venue, lists AUD 587 and results in about 16 business days (checked 2026-12-05)', () => {
    const entries = pathwaysEndingWith('-oet');
    assert.equal(entries.length, 8);
    for (const p of entries) {
      checkedUnverified(p, undefined, region(p.id) === 'au' ? /Western Sydney University, an OET venue, lists AUD 587.*Not confirmed by OET/ : /no stored page of OET .* gives the fee in the UK/);
    }
  });

  it('PTE Academic: Pearson’s page says results typically within 2 business days and gives no fee (https://pearsonpte.com/the-test/comparison-pte-vs-ielts-toefl/, checked 2026-12-05)', () => {
    const entries = pathwaysEndingWith('-pte');
    assert.equal(entries.length, 8);
    for (const p of entries) {
      checkedUnverified(p, 'https://pearsonpte.com/the-test/comparison-pte-vs-ielts-toefl/', /typically available within 2 business days.*the AUD 430-470 shown is an estimate/);
    }
  });

  it('CELBAN: results 20 business days after both parts, taken within 14 days of each other, so at least 28 days; its fee page was not stored (https://celbancentre.ca/test-information/results.aspx, checked 2026-12-05)', () => {
    const entries = pathwaysEndingWith('-celban');
    assert.equal(entries.length, 3);
    for (const p of entries) {
      checkedUnverified(p, 'https://celbancentre.ca/test-information/results.aspx', /20 business days after both parts.*the CAD 395 is not confirmed/);
      assert.equal(p.duration.minDays, 28, `${p.id}: not the 21 days that were shown`);
    }
  });

  it('CELPIP: Paragon’s stored FAQ gives neither fee nor time to results (checked 2026-12-05)', () => {
    const entries = pathwaysEndingWith('-celpip');
    assert.equal(entries.length, 3);
    for (const p of entries) checkedUnverified(p, undefined, /celpip\.ca\) give neither the fee nor the time to results/);
  });

  it('the OQLF’s French examination: a session 6 to 8 weeks after the order sends the form, so at least 42 days; no OQLF page stored (http://oiiq.org/admission-a-la-profession/infirmiere-formee-hors-quebec/examen-de-langue-francaise, checked 2026-12-05)', () => {
    const entries = pathwaysEndingWith('-oqlf');
    assert.equal(entries.length, 4);
    for (const p of entries) {
      checkedUnverified(p, 'http://oiiq.org/admission-a-la-profession/infirmiere-formee-hors-quebec/examen-de-langue-francaise', /6 to 8 weeks after it receives the registration form/);
      assert.equal(p.duration.minDays, 42, p.id);
    }
    assert.deepEqual(pathway('ca-qc-rn-oqlf').cost, [{ minMinor: 0, maxMinor: 0, currency: 'CAD' }], 'the examination stays free');
  });
});

describe('ICAS, the other credential assessor beside WES', () => {
  it('ICAS: CAD 210 for its immigration package; its other reports’ fees were not stored (https://www.icascanada.ca/new/immigration-to-canada.aspx/faqs.aspx, checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-on-dev-icas'), 'https://www.icascanada.ca/new/immigration-to-canada.aspx/faqs.aspx', /CAD 210 for its Canadian Immigration Assessment Package/);
  });
});

describe('every pathway says how its fee and time were checked', () => {
  it('no pathway keeps the generic note; each unverified one was checked on 2026-12-05 or 2026-12-06 (and says so), or says its figures are estimates not yet compared with a page, or that they vary by provider', () => {
    for (const p of catalogue.pathways) {
      const v = p.verification;
      const note = v?.note?.en ?? '';
      assert.doesNotMatch(note, /^Fee and duration not confirmed on a current page of/, p.id);
      if (v?.status === 'verified') continue;
      assert.ok(
        v?.checkedOn === '2026-12-05' || v?.checkedOn === '2026-12-06' || /^Checked on 2026-12-0[56]/.test(note) || /^Not yet compared with a page of .*estimates/.test(note) || /^Fees and length vary with the/.test(note) || /^The nine months are DfE/.test(note),
        `${p.id} says how its fee and time were checked: ${note}`,
      );
      if (v?.source) assert.ok(v.checkedOn, `${p.id} names the page it was read on and the day`);
    }
  });
});
