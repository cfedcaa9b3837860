/**
 * The third pass over the catalogue (2026-12-05): bodies whose entries said "not yet compared",
 * most-used occupations first, each compared with a stored copy of the owner's page and each test
 * naming that page. What the page left open stays an estimate, saying what to check and with whom.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkedUnverified, pathway } from '../support/catalogue-facts.js';

const cad = (min: number, max = min) => [{ minMinor: min, maxMinor: max, currency: 'CAD' }];

describe('bodies compared in the third pass', () => {
  it('Practice Ready Ontario: a 12-week clinical field assessment, and the MCC’s CAD 1,750 candidate fee, not zero (https://touchstoneinstitute.ca/assessment/practice-ready-ontario, checked 2026-12-05)', () => {
    const pra = pathway('ca-on-md-pra');
    checkedUnverified(pra, 'https://touchstoneinstitute.ca/assessment/practice-ready-ontario', /12-week Clinical Field Assessment.*CAD 1,750 candidate fee/);
    assert.deepEqual(pra.cost, cad(175000), 'the fee every province’s PRA program charges, as PRA-BC’s entry shows');
    assert.deepEqual(pra.cost, pathway('ca-bc-md-pra-bc').cost);
  });

  it('CPA Ontario: admission CAD 500 plus HST and the annual dues of CAD 980 plus tax (half after 30 September), CAD 1,118.70 to 1,672.40; unverified, since CPA Canada’s share left the provincial dues for 2026-27 (https://www.cpaontario.ca/CPA-Members/Obligations/Fees-and-Important-Deadlines, checked 2026-12-05)', () => {
    const membership = pathway('ca-on-cpa-membership');
    checkedUnverified(membership, 'https://www.cpaontario.ca/CPA-Members/Obligations/Fees-and-Important-Deadlines', /one-time admission fee of CAD 500 plus CAD 65 HST.*CAD 980 plus tax.*no longer collect CPA Canada's CAD 400 fee/);
    assert.deepEqual(membership.cost, cad(111870, 167240), 'not the CAD 600-900 shown before');
    assert.equal(membership.verification?.facts, undefined, 'the fee is not confirmed for now either');
  });

  it('CPA Alberta: CAD 650 to apply and CAD 1,161 of first-year fees on its 2024-25 schedule, CAD 1,811, not CAD 500-1,200; unverified for now (http://www.cpaalberta.ca/Members/Important-Deadlines-and-Fees, checked 2026-12-05)', () => {
    const membership = pathway('ca-ab-cpa-membership');
    checkedUnverified(membership, 'http://www.cpaalberta.ca/Members/Important-Deadlines-and-Fees', /application fee of CAD 650.*CAD 1,811 in the first year.*no longer collect CPA Canada's CAD 400 fee/);
    assert.deepEqual(membership.cost, cad(181100));
  });

  it('CaRMS: the latest stored fee is the 2020 participation fee (CAD 309.01 with nine applications); the range stays an estimate (https://carms.zendesk.com/hc/en-us/articles/360040577051-Why-do-I-have-to-pay-fees-to-apply-with-CaRMS, checked 2026-12-05)', () => {
    for (const id of ['ca-on-md-carms', 'ca-bc-md-carms']) {
      checkedUnverified(pathway(id), 'https://carms.zendesk.com/hc/en-us/articles/360040577051-Why-do-I-have-to-pay-fees-to-apply-with-CaRMS', /2020 R-1 match participation fee, CAD 309\.01.*Check with CaRMS/);
      assert.ok(pathway(id).cost[0].minMinor <= 30901, `${id}: the range still holds the 2020 fee`);
    }
  });

  it('GPhC: a non-refundable processing fee for OSPAP eligibility, whose amount the page does not give, and a letter valid two years (https://www.pharmacyregulation.org/registration/registering-pharmacist/overseas-non-eea-qualified-pharmacists, checked 2026-12-05)', () => {
    checkedUnverified(pathway('gb-eng-pharm-eligibility'), 'https://www.pharmacyregulation.org/registration/registering-pharmacist/overseas-non-eea-qualified-pharmacists', /non-refundable application processing fee \(the amount was not on the stored copy\).*valid for two years/);
  });

  it('CRNA: no jurisprudence exam fee on its latest stored fee page, so the fee stays an estimate (https://www.nurses.ab.ca/how-we-operate/funding-and-fees/fee-structure-for-2022-2023/, checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-ab-rn-jurisprudence-exam'), 'https://www.nurses.ab.ca/how-we-operate/funding-and-fees/fee-structure-for-2022-2023/', /lists no fee for the jurisprudence exam/);
  });

  it('OIIQ: registration to the Tableau each year from 1 April, with dues whose amounts the page does not give (https://www.oiiq.org/pratique-infirmiere/inscription-au-tableau, checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-qc-rn-registration'), 'https://www.oiiq.org/pratique-infirmiere/inscription-au-tableau', /for 1 April to 31 March; the amounts .* were not on the stored copy/);
  });
});
