// The compact validators and zod agree on the reference server's real answers too: every
// occupation, and a gap analysis for every occupation and jurisdiction, the largest answers the
// widgets read (test/api/validators.test.ts covers generated and hostile values).
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import * as catalogue from '../../src/api/catalogue.js';
import * as gap from '../../src/api/gap.js';
import { safeParse } from '../../src/api/validate.js';
import { GapAnalysis, Occupation } from '../../src/generated/contract.js';
import { startTestServer, type TestServer } from '../server/helpers.js';

const PK = 'pk_demo_bridgeway';
const OCCUPATIONS = ['registered-nurse', 'professional-engineer', 'pharmacist', 'physician', 'accountant', 'teacher', 'electrician', 'software-developer', 'social-worker', 'dentist', 'data-analyst'];
const JURISDICTIONS = ['ca-on', 'ca-bc', 'ca-ab', 'ca-qc', 'gb-eng', 'au-nsw', 'au-vic', 'de-by'];
const profile: gap.Profile = { education: [{ level: 'bachelor', fieldFamily: 'nursing', country: 'IN', year: 2016 }], licences: [], experience: [], languageTests: [] };

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

it('accepts every occupation and gap analysis the reference server answers, with the value zod parses', async () => {
  let analyses = 0;
  for (const occupationId of OCCUPATIONS) {
    const occupation = (await server.request(`/v1/occupations/${occupationId}`, { token: PK })).body;
    assert.deepStrictEqual(safeParse(Occupation, occupation), { success: true, data: catalogue.Occupation.parse(occupation) });
    for (const jurisdictionId of JURISDICTIONS) {
      const res = await server.request('/v1/gap-analyses', { token: PK, body: { profile, occupationId, jurisdictionId, asOf: '2026-12-05' } });
      if (res.status !== 200) continue; // no requirements for that pair
      assert.deepStrictEqual(safeParse(GapAnalysis, res.body), { success: true, data: gap.GapAnalysis.parse(res.body) }, `${occupationId} in ${jurisdictionId}`);
      analyses++;
    }
  }
  assert.ok(analyses > 40, `only ${analyses} analyses`);
});
