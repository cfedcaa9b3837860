/**
 * Over HTTP: a body's recorded decision takes away the steps it does not ask (the NMBA's Self-check,
 * Stream A), the regulation lists the outcomes the form offers, and an education's full-time length
 * meets the ADC's four-year rule. The contract's schemas check both new fields on the way in.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GapAnalysis, type GapAnalysisRequest, type Profile } from '../../src/api/gap.js';
import { Occupation, RequirementSet } from '../../src/api/catalogue.js';
import { startTestServer, type TestServer } from './helpers.js';

const PK = 'pk_demo_bridgeway';
const AS_OF = '2026-12-05';
const nurse: Profile = {
  education: [{ level: 'bachelor', fieldFamily: 'nursing', country: 'IN', year: 2016 }],
  licences: [],
  experience: [],
  languageTests: [],
};
const request = (profile: Profile, occupationId = 'registered-nurse', jurisdictionId = 'au-nsw'): GapAnalysisRequest => ({ profile, occupationId, jurisdictionId, asOf: AS_OF });
const streamA: Profile = { ...nurse, assessments: [{ body: 'nmba', status: 'completed', completedOn: '2026-11-20', outcome: 'stream-a' }] };

describe('a body’s decision and a qualification’s length, over HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const analyse = async (body: GapAnalysisRequest) => {
    const res = await server.request('/v1/gap-analyses', { token: PK, body });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return GapAnalysis.parse(res.body);
  };

  it('the nurse occupation lists the NMBA Self-check’s streams for New South Wales and Victoria, and the requirement set names the steps Stream A is not asked', async () => {
    const occupation = Occupation.parse((await server.request('/v1/occupations/registered-nurse', { token: PK })).body);
    for (const j of ['au-nsw', 'au-vic']) {
      const outcomes = occupation.regulation.find((r) => r.jurisdictionId === j)?.assessmentOutcomes;
      assert.deepEqual(outcomes?.[0].outcomes.map((o) => o.id), ['stream-a', 'stream-b', 'stream-c'], j);
    }
    assert.equal(occupation.regulation.find((r) => r.jurisdictionId === 'ca-on')?.assessmentOutcomes, undefined, 'only where a body’s decision changes the steps');
    const set = RequirementSet.parse((await server.request('/v1/occupations/registered-nurse/requirements?jurisdiction=au-nsw', { token: PK })).body);
    assert.deepEqual(set.requirements.filter((r) => r.criteria.notAskedWhen).map((r) => r.id), ['au-nsw-rn-mcq', 'au-nsw-rn-osce', 'au-nsw-rn-stream-c-qualification']);
  });

  it('a Stream A nurse is not asked the MCQ and the OSCE: met with the Self-check as the reason, off the plan, their pathways not named', async () => {
    const analysis = await analyse(request(streamA));
    for (const id of ['au-nsw-rn-mcq', 'au-nsw-rn-osce']) {
      const result = analysis.results.find((r) => r.requirementId === id)!;
      assert.equal(result.status, 'met', id);
      assert.equal(result.reasons[0].code, 'requirement.notAsked');
      assert.equal(result.reasons[0].text.en, 'Your Self-check placed you in Stream A: this step is not asked of you.');
      assert.deepEqual(result.recommendedPathways, []);
    }
    const planned = analysis.criticalPath.steps.flatMap((s) => s.closes);
    assert.ok(!planned.includes('au-nsw-rn-mcq') && !planned.includes('au-nsw-rn-osce'), planned.join());
    assert.ok(planned.includes('au-nsw-rn-registration'));
    assert.ok(!analysis.pathways.some((p) => p.id === 'au-nsw-rn-mcq' || p.id === 'au-nsw-rn-osce'));
    assert.ok(!analysis.criticalPath.totalCost.some((c) => c.currency === 'USD'), 'no NCLEX-RN fee in the totals');
  });

  it('a nurse with no Self-check recorded keeps both steps, each saying that the Self-check decides', async () => {
    const analysis = await analyse(request(nurse, 'registered-nurse', 'au-vic'));
    for (const id of ['au-vic-rn-mcq', 'au-vic-rn-osce']) {
      const result = analysis.results.find((r) => r.requirementId === id)!;
      assert.equal(result.status, 'gap', id);
      assert.ok(result.recommendedPathways.length > 0);
      assert.match(result.reasons.at(-1)!.text.en, /depends on your Self-check: it is not asked of people it places in Stream A/);
    }
  });

  it('a four-year dental diploma meets the ADC’s degree requirement; without its length it needs evidence', async () => {
    const dentist = (fullTimeYears?: number): Profile => ({ ...nurse, education: [{ level: 'diploma', fieldFamily: 'dentistry', country: 'IN', year: 2014, ...(fullTimeYears ? { fullTimeYears } : {}) }] });
    const status = async (profile: Profile) => (await analyse(request(profile, 'dentist', 'au-nsw'))).results.find((r) => r.requirementId === 'au-nsw-dds-degree')!;
    assert.equal((await status(dentist(4))).status, 'met');
    const unknown = await status(dentist());
    assert.equal(unknown.status, 'needs-evidence');
    assert.equal(unknown.reasons[0].code, 'education.lengthNeeded');
  });

  it('refuses a length over 15 years and an outcome that is not an id, naming the field', async () => {
    const long = await server.request('/v1/gap-analyses', { token: PK, body: request({ ...nurse, education: [{ ...nurse.education[0], fullTimeYears: 16 }] }) });
    assert.equal(long.status, 400);
    assert.match(JSON.stringify(long.body), /fullTimeYears/);
    const bad = await server.request('/v1/gap-analyses', { token: PK, body: request({ ...nurse, assessments: [{ body: 'nmba', status: 'completed', outcome: 'Stream A!' }] }) });
    assert.equal(bad.status, 400);
    assert.match(JSON.stringify(bad.body), /outcome/);
  });
});
