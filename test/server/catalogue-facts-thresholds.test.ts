/**
 * Language minimums checked one by one (2026-12-05): a requirement's threshold fact names the page
 * its minimums were read on, and the day. Confirmed where the regulator's page (or, for OET's grade
 * at the NMC, the test owner's) gives them; marked unconfirmed, with the page that should and why,
 * where it does not (Ahpra's table was not stored; OCP's and CPBC's new minimums were not).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyseGap } from '../../src/core/gap/analyse.js';
import { catalogue, seedRequirementSet } from '../../src/server/seed/catalogue/index.js';
import { acceptedTests, FACTS_AS_OF, ielts, person, requirement } from '../support/catalogue-facts.js';

const CNO = 'https://www.cno.org/en/become-a-nurse/registration-requirements/language-proficiency/accepted-language-proficiency-tests/';
const BCCNM = 'https://bccnm.ca/bccnm/Announcements/Pages/Announcement.aspx?AnnouncementID=397';
const CRNA = 'https://nurses.ab.ca/strengthening-the-system/changes-to-english-proficiency-tests/';
const NMC = 'https://www.nmc.org.uk/registration/joining-the-register/english-language-requirements/accepted-tests/';
const AHPRA = 'https://ahpra.gov.au/Registration/Registration-Standards/English-language-skills/Accepted-English-language-tests.aspx';

/** The requirement's threshold was checked on 2026-12-05 on `url`, with `status`. */
/** Ahpra's minimums were looked for again on 2026-12-06 (catalogue-facts-ahpra.test.ts); the others were checked on 2026-12-05. */
const checkedOnFor = (id: string) => (/^au-(nsw|vic)-(rn|pharm|md|dds)-language$/.test(id) ? '2026-12-06' : '2026-12-05');

function thresholdChecked(id: string, status: 'verified' | 'unverified', url: string) {
  const threshold = requirement(id).verification?.facts?.threshold;
  assert.ok(threshold, `${id} records its threshold apart`);
  assert.equal(threshold.status, status, `${id}: threshold ${status}`);
  assert.equal(threshold.checkedOn, checkedOnFor(id), `${id}: checked on the day`);
  assert.equal(threshold.source?.url, url, `${id}: names the page its minimums were read on`);
}

describe('language minimums checked one by one', () => {
  const cases: [string, 'verified' | 'unverified', string][] = [
    ['ca-on-rn-language', 'verified', CNO],
    ['ca-bc-rn-language', 'verified', BCCNM],
    ['ca-ab-rn-language', 'verified', CRNA],
    ['gb-eng-rn-language', 'verified', NMC],
    ['ca-on-sw-language', 'verified', 'https://www.ocswssw.org/registration-section/language-proficiency/'],
    ['gb-eng-sw-language', 'verified', 'https://www.socialworkengland.org.uk/registration/apply-to-register-eea-swiss-and-overseas/knowledge-of-english/'],
    ['ca-ab-peng-language', 'verified', 'https://www.apega.ca/apply/professional-member/english-competency/'],
    ['gb-eng-pharm-language', 'verified', 'https://www.pharmacyregulation.org/news/consultation-english-language-guidance'],
    ['au-nsw-teach-language', 'verified', 'https://www.nsw.gov.au/education-and-training/nesa/teacher-accreditation/get-accredited/english-language-proficiency'],
    ['au-vic-teach-language', 'verified', 'https://www.vit.vic.edu.au/education/new-teachers/english'],
    ['au-nsw-acct-english', 'verified', 'https://www.charteredaccountantsanz.com/about-us/migration-assessment/australia-immigration/qualification-assessment-criteria/english-language-requirement'],
    ['ca-on-pharm-language', 'unverified', 'http://www.ocpinfo.com/registration/registration-requirements/language-proficiency-2'],
    ['ca-bc-pharm-language', 'unverified', 'https://www.bcpharmacists.org/print/international-pharmacy-graduate-ipg'],
    ...['rn', 'pharm', 'md', 'dds'].flatMap((o) => ['nsw', 'vic'].map((s): [string, 'unverified', string] => [`au-${s}-${o}-language`, 'unverified', AHPRA])),
  ];
  for (const [id, status, url] of cases) {
    it(`${id}: minimums ${status === 'verified' ? 'confirmed' : 'not confirmed'} on ${url} (checked ${checkedOnFor(id)})`, () => thresholdChecked(id, status, url));
  }

  it('every threshold recorded apart is one of those above', () => {
    const recorded = catalogue.requirements.filter((r) => r.verification?.facts?.threshold).map((r) => r.id).sort();
    assert.deepEqual(recorded, cases.map(([id]) => id).sort());
  });

  it('the nurse regulators’ common standard (CNRC, November 2022) is what CNO, BCCNM and CRNA state: IELTS 6.5 / 7 / 6.5 / 7, overall 7; CELBAN 8 / 9 / 7 / 8 (https://bccnm.ca/bccnm/Announcements/Pages/Announcement.aspx?AnnouncementID=397, checked 2026-12-05)', () => {
    for (const id of ['ca-on-rn-language', 'ca-bc-rn-language', 'ca-ab-rn-language']) {
      const tests = acceptedTests(requirement(id));
      assert.deepEqual(tests['ielts-academic']?.minScores, { reading: 6.5, writing: 6.5, listening: 7, speaking: 7, overall: 7 }, id);
      assert.deepEqual(tests.celban?.minScores, { reading: 8, writing: 7, listening: 9, speaking: 8 }, id);
    }
  });

  it('the NMC: IELTS writing 6.5 and 7 elsewhere; OET C+ (300) in writing and B (350) elsewhere, the grade the test owner confirms (https://support.occupationalenglishtest.org/hc/en-gb/articles/360001153875-Have-the-required-OET-scores-accepted-by-the-NMC-or-the-GMC-changed-, checked 2026-12-05)', () => {
    const nmc = requirement('gb-eng-rn-language');
    const tests = acceptedTests(nmc);
    assert.deepEqual(tests['ielts-academic']?.minScores, { reading: 7, writing: 6.5, listening: 7, speaking: 7, overall: 7 });
    assert.deepEqual(tests.oet?.minScores, { reading: 350, writing: 300, listening: 350, speaking: 350 });
    assert.match(nmc.verification?.facts?.threshold?.note?.en ?? '', /from B to C\+ \(https:\/\/support\.occupationalenglishtest\.org\//);
    assert.equal(nmc.verification?.status, 'unverified', 'the 2023 rules on combining sittings are still not confirmed');
  });

  it('an analysis shows beside the requirement that its minimums were checked, on which day and page, or that they were not', () => {
    const amara = person({ languageTests: [ielts({ reading: 7, writing: 6.5, listening: 8, speaking: 7, overall: 7 }, 'ielts-general')] });
    const cno = analyseGap(amara, { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' }, seedRequirementSet('registered-nurse', 'ca-on'), FACTS_AS_OF);
    const language = cno.results.find((r) => r.requirementId === 'ca-on-rn-language');
    assert.equal(language?.status, 'met', 'Amara’s IELTS General Training meets CNO’s minimums');
    assert.deepEqual(language?.provenance?.facts?.map((f) => [f.fact, f.verified, f.checkedOn, f.source?.url]), [['threshold', true, '2026-12-05', CNO]]);

    const ahpra = analyseGap(amara, { occupationId: 'registered-nurse', jurisdictionId: 'au-nsw' }, seedRequirementSet('registered-nurse', 'au-nsw'), FACTS_AS_OF);
    const threshold = ahpra.results.find((r) => r.requirementId === 'au-nsw-rn-language')?.provenance?.facts?.find((f) => f.fact === 'threshold');
    assert.deepEqual([threshold?.verified, threshold?.source?.url], [false, AHPRA], 'Ahpra’s minimums are shown as not confirmed');
  });
});
