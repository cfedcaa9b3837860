/**
 * Facts checked on 2026-12-05 against the GPhC's (its English language and OSPAP eligibility pages), the GMC's, the Australian Pharmacy Council's
 * and OCP's own pages (and the OET's, as the test owner), each test naming its source. What no
 * stored page confirmed stays unverified, saying what to check and with whom.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { acceptedTests as tests, checked, ielts, pathway, person, requirement, statusOf, verifiedOn } from '../support/catalogue-facts.js';

describe('facts checked on the regulators’ own pages (pharmacy and medicine)', () => {
  it('GPhC: IELTS Academic 7 overall and 7 in each skill, or Pharmacy OET B in each, at one sitting (https://www.pharmacyregulation.org/news/consultation-english-language-guidance, checked 2026-12-05)', () => {
    const language = requirement('gb-eng-pharm-language');
    verifiedOn(language, 'https://www.pharmacyregulation.org/news/consultation-english-language-guidance');
    assert.deepEqual(tests(language)['ielts-academic'].minScores, { reading: 7, writing: 7, listening: 7, speaking: 7, overall: 7 });
    assert.deepEqual(tests(language).oet.minScores, { reading: 350, writing: 350, listening: 350, speaking: 350 });
    assert.match(language.verification?.note?.en ?? '', /language-requirements\)? confirms both tests/);
    // 6.5 in writing was enough under the old entry; the GPhC asks for no score under 7.
    const sevens = { reading: 7, writing: 7, listening: 7, speaking: 7, overall: 7 };
    assert.equal(statusOf(person({ languageTests: [ielts({ ...sevens, writing: 6.5 })] }), 'pharmacist', 'gb-eng', language.id), 'partly-met');
    assert.equal(statusOf(person({ languageTests: [ielts(sevens)] }), 'pharmacist', 'gb-eng', language.id), 'met');
  });

  it('GMC PLAB 1: English evidence first; a pass counts two years, within which PLAB 2 is passed (https://www.gmc-uk.org/registration-and-licensing/join-our-registers/plab/plab-1-guide/information-on-booking-a-plab-1-place, checked 2026-12-05)', () => {
    const plab1 = requirement('gb-eng-md-plab1');
    verifiedOn(plab1, 'https://www.gmc-uk.org/registration-and-licensing/join-our-registers/plab/plab-1-guide/information-on-booking-a-plab-1-place');
    assert.deepEqual(plab1.criteria.requiresPrior, ['gb-eng-md-language']);
    assert.deepEqual(plab1.criteria.exam?.validity, { within: { years: 2 }, measuredAt: { at: 'finish', of: 'gb-eng-md-plab2' } });
    assert.equal(statusOf(person({ exams: [{ examId: 'plab1', passedOn: '2026-03-01' }] }), 'physician', 'gb-eng', plab1.id), 'met');
    assert.notEqual(statusOf(person({ exams: [{ examId: 'plab1', passedOn: '2023-03-01' }] }), 'physician', 'gb-eng', plab1.id), 'met', 'a pass older than two years has lapsed');
  });

  it('GMC PLAB 2: a valid PLAB 1 pass first (https://www.gmc-uk.org/registration-and-licensing/join-our-registers/plab/plab-2-guide/information-on-booking-a-plab-2-place, checked 2026-12-05)', () => {
    const plab2 = requirement('gb-eng-md-plab2');
    verifiedOn(plab2, 'https://www.gmc-uk.org/registration-and-licensing/join-our-registers/plab/plab-2-guide/information-on-booking-a-plab-2-place');
    assert.deepEqual(plab2.criteria.requiresPrior, ['gb-eng-md-plab1']);
    // The fees: no current GMC fees page was stored, so they stay estimates saying so.
    for (const id of ['gb-eng-md-plab1', 'gb-eng-md-plab2']) {
      assert.equal(pathway(id).verification?.status, 'unverified');
      assert.match(pathway(id).verification?.note?.en ?? '', /Check the fee .*with the General Medical Council/);
    }
  });

  it('GMC English language: the OET half confirmed by the test owner, IELTS left for the GMC to confirm (https://support.occupationalenglishtest.org/hc/en-gb/articles/360000040515-What-OET-grades-do-I-need-to-be-accepted-by-the-General-Medical-Council-GMC-UK-, checked 2026-12-05)', () => {
    const language = requirement('gb-eng-md-language');
    assert.equal(language.verification?.status, 'unverified');
    assert.deepEqual(tests(language).oet.minScores, { reading: 350, writing: 350, listening: 350, speaking: 350 });
    assert.match(language.verification?.note?.en ?? '', /support\.occupationalenglishtest\.org/);
    assert.match(language.verification?.note?.en ?? '', /Check the IELTS minimums .* with the General Medical Council/);
  });

  it('Australian Pharmacy Council: the eligibility check, then the KAPS exam (https://www.pharmacycouncil.org.au/pharmacist/skills-assessment/knowledge-stream/, checked 2026-12-05)', () => {
    for (const j of ['au-nsw', 'au-vic']) {
      const check = requirement(`${j}-pharm-apc-assessment`);
      const kaps = requirement(`${j}-pharm-kaps`);
      verifiedOn(check, 'https://www.pharmacycouncil.org.au/pharmacist/skills-assessment/knowledge-stream/');
      verifiedOn(kaps, 'https://www.pharmacycouncil.org.au/pharmacist/skills-assessment/knowledge-stream/');
      assert.deepEqual(kaps.criteria.requiresPrior, [check.id]);
      assert.match(check.description.en, /Competency Stream/, 'pharmacists from Canada, Ireland, New Zealand, the UK and the USA take another route');
      // The fees: the stored copies of the APC's fees page differ, so they stay unverified, with the figures seen.
      const eligibility = pathway(`${j}-pharm-apc-assessment`);
      assert.deepEqual(eligibility.duration, { minDays: 56, maxDays: 84 }, '8 to 12 weeks');
      assert.deepEqual(eligibility.cost, [{ minMinor: 111000, maxMinor: 131000, currency: 'AUD' }]);
      assert.deepEqual(pathway(`${j}-pharm-kaps`).cost, [{ minMinor: 211000, maxMinor: 223000, currency: 'AUD' }]);
      for (const p of [eligibility, pathway(`${j}-pharm-kaps`)]) {
        assert.equal(p.verification?.status, 'unverified');
        assert.match(p.verification?.note?.en ?? '', /Check the current fee .*with the Australian Pharmacy Council/);
      }
    }
  });

  it('GPhC: its OSPAP eligibility assessment comes first, from a complete application with the English evidence in it; the letter lasts two years (https://www.pharmacyregulation.org/registration/registering-pharmacist/overseas-non-eea-qualified-pharmacists, checked 2026-12-05)', () => {
    const url = 'https://www.pharmacyregulation.org/registration/registering-pharmacist/overseas-non-eea-qualified-pharmacists';
    const eligibility = requirement('gb-eng-pharm-eligibility');
    verifiedOn(eligibility, url);
    assert.deepEqual(eligibility.criteria.requiresPrior, ['gb-eng-pharm-language'], 'the English evidence goes in with the eligibility application');
    assert.deepEqual(requirement('gb-eng-pharm-ospap').criteria.requiresPrior, ['gb-eng-pharm-eligibility', 'gb-eng-pharm-language']);
    assert.match(eligibility.description.en, /eligibility letter is valid for two years/);
    // The course itself: its form and length were on no stored GPhC page.
    const ospap = requirement('gb-eng-pharm-ospap');
    assert.equal(ospap.verification?.status, 'unverified');
    assert.match(ospap.verification?.note?.en ?? '', /overseas-non-eea-qualified-pharmacists.*Check with the GPhC/);
  });
});

describe('facts no stored page confirmed: still unverified, saying what to check and with whom', () => {
  it('OCP pharmacist minimums changed for tests from 1 January 2026 and are not known: a score is never read as meeting them (http://www.ocpinfo.com/registration/registration-requirements/language-proficiency-2, checked 2026-12-05)', () => {
    const language = requirement('ca-on-pharm-language');
    assert.equal(language.verification?.status, 'unverified');
    assert.match(language.verification?.note?.en ?? '', /on or after 1 January 2026 have new minimum scores/);
    assert.match(language.verification?.note?.en ?? '', /Check the pharmacist minimums with the Ontario College of Pharmacists/);
    assert.equal(tests(language)['ielts-general'], undefined, 'OCP names the Academic format only');
    assert.ok(language.criteria.language!.acceptedTests.every((t) => t.verified === false));
    const high = { reading: 8, writing: 8, listening: 8, speaking: 8, overall: 8 };
    // With a pharmacy degree, so registration (where the two-year validity is measured) is not years away behind a PharmD.
    const degree = [{ level: 'bachelor' as const, fieldFamily: 'pharmacy' as const, country: 'IN', year: 2018 }];
    assert.equal(statusOf(person({ education: degree, languageTests: [ielts(high)] }), 'pharmacist', 'ca-on', language.id), 'needs-evidence');
  });

  it('OCT test minimums and the Transition to Practice course’s fee, length and order stay unverified, naming whom to ask', () => {
    const oct = requirement('ca-on-oct-language');
    assert.equal(oct.verification?.status, 'unverified');
    assert.match(oct.verification?.note?.en ?? '', /Check the accepted tests and minimum scores with the Ontario College of Teachers/);
    assert.equal(pathway('ca-on-rn-ttp-course').verification?.status, 'unverified');
    assert.match(requirement('ca-on-rn-transition-to-practice').verification?.note?.en ?? '', /Check the order with the College of Nurses of Ontario/);
  });
});
