/**
 * The last unverified facts of issue #9, looked for again on 2026-12-06: Ahpra's language minimums
 * (still not on a stored page of Ahpra or a test owner, and reported changed for tests from
 * 23 April 2026), the first Ahpra registration's fees (from the Boards' own fee pages where
 * stored), BC's missing Pharmacists' Gateway Canada step, and the test and assessment fees no
 * owner's page gives, each recorded as a fee fact with the day and where it was looked for.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Pathway } from '../../src/api/catalogue.js';
import { catalogue } from '../../src/server/seed/catalogue/index.js';
import { AHPRA_SETS, criticalStepsOf, ielts, pathway, pathwaysEndingWith, person, requirement, statusOf } from '../support/catalogue-facts.js';

const DAY = '2026-12-06';
/** The pathway's fee was checked on 2026-12-06, is not confirmed, names `url` (or no page) and says `says`. */
function feeUnconfirmed(p: Pathway, url: string | undefined, says: RegExp) {
  const fee = p.verification?.facts?.fee;
  assert.ok(fee, `${p.id} records its fee apart`);
  assert.equal(fee.status, 'unverified', `${p.id}: the fee stays an estimate`);
  assert.equal(fee.checkedOn, DAY, `${p.id}: looked for on ${DAY}`);
  assert.equal(fee.source?.url, url, `${p.id}: names the page the fee was read on`);
  assert.match(fee.note?.en ?? '', says, `${p.id} says where it was looked for`);
  assert.equal(p.verification?.status, 'unverified', `${p.id} stays unverified`);
}

const minFee = (p: Pathway) => p.cost[0]!.minMinor / 100;
const maxFee = (p: Pathway) => p.cost[0]!.maxMinor / 100;

describe('Ahpra’s language minimums, looked for again', () => {
  it('every Ahpra language requirement says its minimums were looked for again on 2026-12-06 on Ahpra’s and the Boards’ pages, still without the table, and that third parties report new minimums for tests from 23 April 2026 (https://ahpra.gov.au/Registration/Registration-Standards/English-language-skills/Accepted-English-language-tests.aspx, checked 2026-12-06)', () => {
    for (const [, short] of AHPRA_SETS) {
      for (const state of ['nsw', 'vic']) {
        const threshold = requirement(`au-${state}-${short}-language`).verification?.facts?.threshold;
        assert.equal(threshold?.status, 'unverified');
        assert.equal(threshold?.checkedOn, DAY);
        assert.equal(threshold?.source?.url, 'https://ahpra.gov.au/Registration/Registration-Standards/English-language-skills/Accepted-English-language-tests.aspx');
        const note = threshold?.note?.en ?? '';
        assert.match(note, /Nursing and Midwifery Board’s fact sheet \(updated August 2025\).*Appendix one/);
        assert.match(note, /oet\.com\/post\/ahphra-changes-english-language-requirements/);
        assert.match(note, /23 April 2026 \(PTE Academic overall 63 and speaking 76, for one\)/);
      }
    }
  });

  it('only IELTS is read against its minimums: a PTE result at the 2025 figures, taken after 23 April 2026, and a TOEFL result on the 1-6 bands are "needs evidence", never "met"', () => {
    const pte = person({ languageTests: [{ test: 'pte-academic', scores: { reading: 70, writing: 60, listening: 70, speaking: 70, overall: 70 }, takenOn: '2026-06-01' }] });
    const toefl = person({ languageTests: [{ test: 'toefl-ibt', scale: '1-6', scores: { reading: 6, writing: 6, listening: 6, speaking: 6, overall: 6 }, comparableTotal: 120, takenOn: '2026-06-01' }] });
    const confirmed = person({ languageTests: [ielts({ reading: 7, writing: 6.5, listening: 7, speaking: 7, overall: 7 })] });
    for (const [occupationId, short] of AHPRA_SETS) {
      for (const state of ['nsw', 'vic']) {
        const id = `au-${state}-${short}-language`;
        assert.equal(statusOf(pte, occupationId, `au-${state}`, id), 'needs-evidence', `${id}: PTE`);
        assert.equal(statusOf(toefl, occupationId, `au-${state}`, id), 'needs-evidence', `${id}: TOEFL bands`);
        assert.equal(statusOf(confirmed, occupationId, `au-${state}`, id), 'met', `${id}: IELTS at Ahpra’s confirmed minimums`);
      }
    }
  });
});

describe('Ahpra registration fees from the Boards’ own pages', () => {
  it('medical general registration: the Board’s 2025/26 fee is AUD 1,058 (AUD 908 in NSW), with no application fee after provisional registration, so the shown fee starts there, where it was AUD 500-1,000 (https://www.medicalboard.gov.au/News/Newsletters/September-2025.aspx, checked 2026-12-06)', () => {
    const url = 'https://www.medicalboard.gov.au/News/Newsletters/September-2025.aspx';
    const nsw = pathway('au-nsw-md-registration');
    const vic = pathway('au-vic-md-registration');
    feeUnconfirmed(nsw, url, /2025\/26 registration fee: AUD 1,058, and AUD 908 .* NSW.*no application fee for general registration after provisional registration/);
    feeUnconfirmed(vic, url, /AUD 1,058-1,160 shown, from the 2025\/26 fee up, is an estimate/);
    assert.equal(minFee(nsw), 908);
    assert.equal(minFee(vic), 1058);
    assert.ok(maxFee(vic) > 1000, 'no longer capped below the Board’s own fee');
  });

  it('the supervised practice is held under provisional or limited registration, with its own fees (AUD 430 + 430, NSW 463, in the 2022 schedule), where the step cost nothing (https://www.medicalboard.gov.au/Registration/Fees.aspx, checked 2026-12-06)', () => {
    for (const [state, least] of [['nsw', 893], ['vic', 860]] as const) {
      const practice = pathway(`au-${state}-md-supervised-practice`);
      feeUnconfirmed(practice, 'https://www.medicalboard.gov.au/Registration/Fees.aspx', /provisional registration for an international medical graduate AUD 430 to apply and AUD 430 to register \(AUD 463 in NSW\)/);
      assert.equal(minFee(practice), least, practice.id);
    }
  });

  it('pharmacists and dentists: the fee shown is at least the Board’s last registration fee stored (pharmacy AUD 439, NSW 518, for 2022/23; dentists AUD 755 for 2023/24), where it started at AUD 300 and 400 (https://www.pharmacyboard.gov.au/News/2022-09-21-registration-fees-set.aspx, https://www.dentalboard.gov.au/News/2023-09-20-boards-and-ahpra-announce-fees-for-2023.aspx, checked 2026-12-06)', () => {
    feeUnconfirmed(pathway('au-nsw-pharm-registration'), 'https://www.pharmacyboard.gov.au/News/2022-09-21-registration-fees-set.aspx', /AUD 439, and AUD 518 .* NSW/);
    assert.equal(minFee(pathway('au-nsw-pharm-registration')), 518);
    assert.equal(minFee(pathway('au-vic-pharm-registration')), 439);
    for (const state of ['nsw', 'vic']) {
      const dental = pathway(`au-${state}-dds-registration`);
      feeUnconfirmed(dental, 'https://www.dentalboard.gov.au/News/2023-09-20-boards-and-ahpra-announce-fees-for-2023.aspx', /registration fee for dentists for 2023\/24: AUD 755/);
      assert.equal(minFee(dental), 755);
    }
  });

  it('nurses: no current Nursing and Midwifery Board fee is stored, so the fee stays an estimate and says so (https://nursingmidwiferyboard.gov.au/News/2017-08-09-fees.aspx, checked 2026-12-06)', () => {
    for (const state of ['nsw', 'vic']) feeUnconfirmed(pathway(`au-${state}-rn-registration`), undefined, /latest stored fee news is from August 2017/);
  });
});

describe('BC pharmacists: enrolment in NAPRA’s Pharmacists’ Gateway Canada', () => {
  const graduate = person({ education: [{ level: 'bachelor', fieldFamily: 'pharmacy', country: 'IN', year: 2018 }] });

  it('is the first step before PEBC’s Document Evaluation on the College of Pharmacists of BC’s own page, as in Ontario (https://www.bcpharmacists.org/print/international-pharmacy-graduate-ipg, checked 2026-12-06)', () => {
    const gateway = requirement('ca-bc-pharm-gateway');
    assert.equal(gateway.source.url, 'https://www.bcpharmacists.org/print/international-pharmacy-graduate-ipg');
    assert.equal(gateway.lastVerified, DAY);
    assert.equal(gateway.verification?.status, 'verified');
    assert.match(gateway.verification?.note?.en ?? '', /begin, before applying for a licence, with enrolling in Pharmacists’ Gateway Canada.*mandatory first step .* except in Quebec/);
    assert.deepEqual(gateway.criteria.requiresPrior, ['ca-bc-pharm-education']);
    assert.deepEqual(requirement('ca-bc-pharm-document-evaluation').criteria.requiresPrior, [gateway.id]);
  });

  it('its fee: CAD 380 since January 2024 on the Gateway’s FAQ, CAD 340 on its enrolment page, so an estimate of CAD 340-380 (https://www.pharmacistsgatewaycanada.ca/frequently-asked-questions/, checked 2026-12-06)', () => {
    const enrol = pathway('ca-bc-pharm-gateway-enrolment');
    assert.deepEqual(enrol.closes, ['ca-bc-pharm-gateway']);
    assert.deepEqual(enrol.cost, [{ minMinor: 34000, maxMinor: 38000, currency: 'CAD' }]);
    assert.equal(enrol.verification?.status, 'unverified');
    assert.equal(enrol.verification?.checkedOn, DAY);
    assert.equal(enrol.verification?.source?.url, 'https://www.pharmacistsgatewaycanada.ca/frequently-asked-questions/');
    assert.match(enrol.verification?.note?.en ?? '', /CAD 380 effective January 2024.*CAD 340 plus tax.*estimate/);
  });

  it('a new graduate’s critical path in BC starts with the Gateway, then Document Evaluation', () => {
    const step = criticalStepsOf(graduate, 'pharmacist', 'ca-bc');
    assert.equal(step('ca-bc-pharm-gateway').pathwayId, 'ca-bc-pharm-gateway-enrolment');
    assert.equal(step('ca-bc-pharm-gateway').stage, 0);
    assert.ok(step('ca-bc-pharm-document-evaluation').after.includes('ca-bc-pharm-gateway'));
  });
});

describe('test and assessment fees no owner’s page gives', () => {
  it('every IELTS, OET, CELPIP and WES pathway records its fee as looked for again on 2026-12-06, saying where (ielts.org, IDP, the British Council, oet.com, celpip.ca, wes.org), and stays an estimate', () => {
    const said: [string, number, RegExp][] = [
      ['-ielts', 32, /^Checked again on 2026-12-06: no stored page of ielts\.org/],
      ['-oet', 8, /^Checked again on 2026-12-06: no stored page of oet\.com gives the fee/],
      ['-celpip', 3, /^Checked again on 2026-12-06: Paragon’s stored pages \(celpip\.ca, its FAQ\) give no fee/],
      ['-wes', 6, /^Checked again on 2026-12-06: no current WES fee page is stored \(wes\.org\)/],
    ];
    for (const [suffix, count, says] of said) {
      const entries = pathwaysEndingWith(suffix);
      assert.equal(entries.length, count, suffix);
      for (const p of entries) feeUnconfirmed(p, undefined, says);
    }
  });

  it('every fee checked on 2026-12-06 is one of those above, and none is marked confirmed', () => {
    const checkedToday = catalogue.pathways.filter((p) => p.verification?.facts?.fee?.checkedOn === DAY);
    assert.equal(checkedToday.length, 32 + 8 + 3 + 6 + 8 + 2);
    assert.ok(checkedToday.every((p) => p.verification?.facts?.fee?.status === 'unverified'));
  });
});
