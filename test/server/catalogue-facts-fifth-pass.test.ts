/**
 * The fifth pass over the catalogue (2026-12-05): the last six pathways that said "not yet
 * compared", each compared with a stored copy of its owner's page, and OCP's practice-based
 * requirement rewritten as PACE. Each test names the page it was read on.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { catalogue } from '../../src/server/seed/catalogue/index.js';
import { checkedUnverified, pathway, person, requirement, statusOf, verifiedOn } from '../support/catalogue-facts.js';

describe('the last pathways not yet compared', () => {
  it('no pathway says it was not yet compared with a page', () => {
    assert.deepEqual(
      catalogue.pathways.filter((p) => /^Not yet compared/.test(p.verification?.note?.en ?? '')).map((p) => p.id),
      [],
    );
  });

  it('ERIEC: mentoring is not APEGA’s engineering experience, so no mentoring program is offered as a way to close it; only engineering work is (https://eriec.ca/stories/alberta-mentorship-program-bridging-cultural-differences, checked 2026-12-05)', () => {
    const closers = catalogue.pathways.filter((p) => p.closes.includes('ca-ab-peng-experience'));
    assert.deepEqual(closers.map((p) => p.id), ['ca-ab-peng-experience']);
    assert.equal(closers[0].kind, 'work-placement');
    assert.ok(catalogue.pathways.every((p) => !/ERIEC/.test(p.provider)), 'ERIEC’s mentoring closes no requirement');
  });

  it('BC dentists’ jurisprudence assessment: no page of the BC College of Oral Health Professionals describes one, so fee and time stay estimates (checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-bc-dds-jurisprudence'), undefined, /no stored page of the BC College of Oral Health Professionals.*jurisprudence assessment for dentists.*estimates/);
  });

  it('CPA recognition agreements: CPABC lists AICPA/NASBA, CA ANZ, CA Ireland, HKICPA, ICAEW, ICAS, ICAZ, SAICA and others, not CPA Australia; two years of practice before the foreign admission (https://bccpa.ca/become-a-cpa/admissions/internationally-designated-accountants/mra-rma-agreements, checked 2026-12-05)', () => {
    const bc = pathway('ca-bc-cpa-mra');
    checkedUnverified(bc, 'https://bccpa.ca/become-a-cpa/admissions/internationally-designated-accountants/mra-rma-agreements', /CPA Australia, which would come between COMPIC and HKICPA, is not among them.*Bylaw 501\(8\)\(b\).*two years/);
    for (const p of [bc, pathway('ca-ab-cpa-mra')]) {
      assert.doesNotMatch(p.title.en, /CPA Australia/, `${p.id}: a body with no agreement is not named`);
      assert.match(p.title.en, /ICAEW.*CA ANZ.*AICPA \/ NASBA/);
    }
  });

  it('CPA Alberta: a Pre-Assessment Questionnaire reviewed within 5-10 business days, two years of practice before the foreign designation, no fee given (http://www.cpaalberta.ca/Become-a-CPA/International-Candidates/RMAs, checked 2026-12-05)', () => {
    const ab = pathway('ca-ab-cpa-mra');
    checkedUnverified(ab, 'http://www.cpaalberta.ca/Become-a-CPA/International-Candidates/RMAs', /two years immediately before.*Pre-Assessment Questionnaire, reviewed within 5-10 business days.*CPA Ireland's agreement ended on 8 July 2022/);
    assert.match(ab.link.url, /^https:\/\/www\.cpaalberta\.ca\//, 'the link stays https');
  });

  it('Ordre des CPA du Québec: 2019-20 dues of CAD 945 before taxes, insurance CAD 30-1,750, no permit fee or time stored, so the range stays an estimate that holds the dues (https://cpaquebec.ca/en/cpa-members/requirements/annual-mandatory-declaration-and-annual-dues/, checked 2026-12-05)', () => {
    const membership = pathway('ca-qc-cpa-membership');
    checkedUnverified(membership, 'https://cpaquebec.ca/en/cpa-members/requirements/annual-mandatory-declaration-and-annual-dues/', /CAD 945.*by 15 March.*CAD 30 to 1,750.*estimates/);
    assert.ok(membership.cost[0].minMinor <= 94500 && membership.cost[0].maxMinor >= 94500, 'the range holds the dues');
  });

  it('Ontario’s 309A apprenticeship: typically five years, 8,160 hours on the job and 840 in school; no classroom fee on the page (https://www.ontario.ca/page/electrician-construction-and-maintenance, checked 2026-12-05)', () => {
    const apprenticeship = pathway('ca-on-elec-apprenticeship');
    checkedUnverified(apprenticeship, 'https://www.ontario.ca/page/electrician-construction-and-maintenance', /typically takes five years, 8,160 hours on the job and 840 in school.*gives no classroom fees/);
    assert.ok(apprenticeship.duration.maxDays >= 5 * 365, 'the longest time holds the five years');
  });
});

describe('OCP: PACE, not structured practical training', () => {
  const PACE = 'https://ocpinfo.com/applicants/registration-requirements/practice-assessment-of-competence-at-entry-pace';

  it('the requirement is PACE, passed within two years before applying to register, verified on OCP’s page (https://ocpinfo.com/applicants/registration-requirements/practice-assessment-of-competence-at-entry-pace, checked 2026-12-05)', () => {
    const pace = requirement('ca-on-pharm-practical-training');
    verifiedOn(pace, PACE);
    assert.match(pace.title.en, /PACE/);
    assert.deepEqual(pace.criteria.exam, { examIds: ['ocp-pace'], validity: { within: { years: 2 }, measuredAt: { at: 'finish', of: 'ca-on-pharm-registration' } } });
    assert.equal(pace.criteria.experience, undefined, 'a period of work in Canada is not what OCP asks');
    assert.match(pace.verification?.note?.en ?? '', /began it before 1 March 2017/);
  });

  it('a pass of PACE meets it; months of pharmacy work in Canada or a pass that will have lapsed do not', () => {
    // A PACE candidate has met the education requirement (OCP's PACE policy); without a degree the
    // path runs through a PharmD and the jurisprudence exam that waits for it, past any two-year window.
    const degree = [{ level: 'bachelor' as const, fieldFamily: 'pharmacy' as const, country: 'IN', year: 2018 }];
    const status = (extra: Parameters<typeof person>[0]) => statusOf(person({ education: degree, ...extra }), 'pharmacist', 'ca-on', 'ca-on-pharm-practical-training');
    assert.equal(status({ exams: [{ examId: 'ocp-pace', passedOn: '2026-11-01' }] }), 'met');
    assert.equal(status({ experience: [{ fieldFamily: 'pharmacy', country: 'CA', years: 1, competencies: [] }] }), 'gap');
    assert.equal(status({ exams: [{ examId: 'ocp-pace', passedOn: '2023-06-01' }] }), 'gap', 'more than two years before registration');
  });

  it('the step: a week of orientation and 2-3 weeks of assessment, 21-28 days confirmed; no PACE fee on OCP’s older fee page, so the CAD 0 is not confirmed (checked 2026-12-05)', () => {
    const step = pathway('ca-on-pharm-training');
    checkedUnverified(step, PACE, /21-28 days.*http:\/\/www\.ocpinfo\.com\/registration\/fees-timelines\/ipg-pace\/.*lists no fee for PACE/);
    assert.deepEqual(step.duration, { minDays: 21, maxDays: 28 }, 'not the 84-180 days of structured practical training');
    assert.deepEqual(step.verification?.facts, { fee: { status: 'unverified' }, duration: { status: 'verified' } });
    assert.deepEqual(step.closes, ['ca-on-pharm-practical-training']);
  });
});

describe('fees tried again', () => {
  it('PEBC: NAPRA’s Gateway lists Document Evaluation CAD 705, the Evaluating Examination CAD 900 and the Qualifying Examination CAD 845 + 1,895 per attempt, so the ranges hold them; PEBC’s own page gives up to 8 weeks for Document Evaluation (https://www.pharmacistsgatewaycanada.ca/how-to-apply/ontario/ and https://pebc.ca/pharmacists/document-evaluation/applying-for-document-evaluation, checked 2026-12-05)', () => {
    const holds = (id: string, minor: number) => {
      const cost = pathway(id).cost[0];
      assert.ok(cost.minMinor <= minor && cost.maxMinor >= minor, `${id}: ${cost.minMinor}-${cost.maxMinor} holds ${minor}`);
    };
    for (const province of ['on', 'bc']) {
      holds(`ca-${province}-pharm-pebc-docs`, 70500);
      holds(`ca-${province}-pharm-pebc-ee`, 90000);
      holds(`ca-${province}-pharm-pebc-qe`, 84500 + 189500);
      assert.ok(pathway(`ca-${province}-pharm-pebc-qe`).cost[0].minMinor > 189500, 'both parts are required, so the least it costs is more than the OSCE alone');
      for (const step of ['docs', 'ee', 'qe']) {
        checkedUnverified(pathway(`ca-${province}-pharm-pebc-${step}`), undefined, /Pharmacists' Gateway Canada.*https:\/\/www\.pharmacistsgatewaycanada\.ca\/how-to-apply\/ontario\/.*CAD 705.*CAD 900.*CAD 845 and OSCE CAD 1,895/);
      }
      assert.match(pathway(`ca-${province}-pharm-pebc-docs`).verification?.note?.en ?? '', /up to 8 weeks once every document is in \(https:\/\/pebc\.ca\/pharmacists\/document-evaluation\/applying-for-document-evaluation\)/);
    }
  });
});
