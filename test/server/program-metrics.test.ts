/**
 * The program's figures over real HTTP on PGlite, for an organisation whose minimum cell size
 * is 5: a Kaplan–Meier median computed by hand, small numbers withheld against differencing of two
 * filters and against subtracting shown groups from a total, consent withdrawn, and organisations
 * kept apart.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../../src/core/plan/dates.js';
import { isoDay } from '../../src/server/wire.js';
import { createOrganisation, startTestServer, type TestServer } from './helpers.js';

const today = isoDay();
const entry = addDays(today, -400);
const NURSE = 'registered-nurse';
const ENGINEER = 'professional-engineer';

interface Person {
  occupation: string;
  origin: string;
  /** Days from entry to a first role in the field. */
  roleAfter?: number;
  /** Days from entry to leaving without a role (censored). */
  leftAfter?: number;
  /** Pay at intake and at 12 months, CAD. */
  pay?: [{ amount: number; period: 'hour' | 'month' | 'year' }, { amount: number; period: 'hour' | 'month' | 'year' }];
}

// Nurses: first roles at 30, 60, 60, 90, 120 and 150 days; two left without one (45, 100); two still waiting.
const NURSES: Person[] = [
  { occupation: NURSE, origin: 'asia', roleAfter: 30, pay: [{ amount: 20, period: 'hour' }, { amount: 3500, period: 'month' }] },
  { occupation: NURSE, origin: 'asia', roleAfter: 60, pay: [{ amount: 20, period: 'hour' }, { amount: 4000, period: 'month' }] },
  { occupation: NURSE, origin: 'asia', roleAfter: 60, pay: [{ amount: 50000, period: 'year' }, { amount: 55000, period: 'year' }] },
  { occupation: NURSE, origin: 'asia', roleAfter: 90, pay: [{ amount: 25, period: 'hour' }, { amount: 30, period: 'hour' }] },
  { occupation: NURSE, origin: 'asia', roleAfter: 120, pay: [{ amount: 5000, period: 'month' }, { amount: 5500, period: 'month' }] },
  { occupation: NURSE, origin: 'asia', roleAfter: 150 },
  { occupation: NURSE, origin: 'africa', leftAfter: 45 },
  { occupation: NURSE, origin: 'africa', leftAfter: 100 },
  { occupation: NURSE, origin: 'africa' },
  { occupation: NURSE, origin: 'africa' },
];
const ENGINEERS: Person[] = [
  { occupation: ENGINEER, origin: 'africa' },
  { occupation: ENGINEER, origin: 'europe' },
  { occupation: ENGINEER, origin: 'europe' },
];

const annual = ({ amount, period }: { amount: number; period: string }) => amount * (period === 'hour' ? 2080 : period === 'month' ? 12 : 1);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[Math.floor(middle)];
};

describe('program metrics', () => {
  let server: TestServer;
  let secretKey: string;
  let coordinator: string;
  const menteeTokens: string[] = [];

  async function enrol(person: Person, index: number): Promise<string> {
    const token = await server.tokenFor('mentee', `metrics-${index}`, secretKey);
    const intake = person.pay ? { employment: 'employed', inField: false, pay: { ...person.pay[0], currency: 'CAD' }, satisfaction: 3 } : { employment: 'not-employed', satisfaction: 2 };
    const created = await server.request('/v1/me/enrolment', {
      token, body: { enteredOn: entry, occupationId: person.occupation, jurisdictionId: 'ca-on', originRegion: person.origin, consent: { figures: true, quote: 'no', gender: false }, intake },
    });
    assert.equal(created.status, 201, created.text);
    if (person.pay) {
      const later = await server.request('/v1/me/enrolment/follow-ups/12', { method: 'PUT', token, body: { employment: 'employed', inField: true, pay: { ...person.pay[1], currency: 'CAD' }, satisfaction: 5 } });
      assert.equal(later.status, 200, later.text);
    }
    const change = person.roleAfter !== undefined ? { firstRoleOn: addDays(entry, person.roleAfter) } : person.leftAfter !== undefined ? { leftOn: addDays(entry, person.leftAfter), leaveReason: 'moved' } : undefined;
    if (change) {
      const updated = await server.request('/v1/me/enrolment', { method: 'PATCH', token, body: { version: created.body.version, ...change } });
      assert.equal(updated.status, 200, updated.text);
    }
    return token;
  }

  const metrics = async (query = '', token = coordinator) => {
    const res = await server.request(`/v1/program-metrics${query}`, { token });
    assert.equal(res.status, 200, res.text);
    return res.body;
  };

  before(async () => {
    server = await startTestServer();
    ({ secretKey } = await createOrganisation(server.db, 'org_metrics'));
    coordinator = await server.tokenFor('coordinator', 'metrics-coordinator', secretKey);
    const settings = await server.request('/v1/outcome-settings', { method: 'PUT', token: coordinator, body: { followUpMonths: [3, 6, 12], minCellSize: 5 } });
    assert.equal(settings.status, 200, settings.text);
    for (const [index, person] of [...NURSES, ...ENGINEERS].entries()) menteeTokens.push(await enrol(person, index));
  });
  after(() => server.close());

  it('gives the Kaplan–Meier median time to a first role, counting people still waiting as waiting', async () => {
    // By hand over all 13 (roles at 30, 60, 60, 90, 120, 150; censored at 45 and 100; five waiting 400 days):
    // S(30) = 12/13, S(60) = 12/13 * 9/11, S(90) = * 8/9, S(120) = * 6/7 = 0.575, S(150) = * 5/6 = 0.479 <= 0.5.
    const all = await metrics();
    assert.equal(all.minCellSize, 5);
    assert.deepEqual(all.mentees, { value: null, people: 13, withheld: false });
    assert.deepEqual(all.timeToFirstRole, { value: 150, people: 13, withheld: false, reached: 6, stillWaiting: 7 });
    assert.notEqual(all.timeToFirstRole.value, median([30, 60, 60, 90, 120, 150]), 'not the median of the employed only (75)');
  });

  it('gives pay change per currency, annualised, and mean satisfaction at each person\'s latest answer', async () => {
    const all = await metrics();
    const paid = NURSES.filter((person) => person.pay);
    assert.equal(all.payChange.length, 1);
    const [cad] = all.payChange;
    assert.equal(cad.currency, 'CAD');
    assert.equal(cad.people, 5);
    assert.equal(cad.intakeMedian, median(paid.map((person) => annual(person.pay![0]))));
    assert.equal(cad.twelveMonthMedian, median(paid.map((person) => annual(person.pay![1]))));
    assert.ok(Math.abs(cad.medianChangePercent - median(paid.map((person) => ((annual(person.pay![1]) - annual(person.pay![0])) / annual(person.pay![0])) * 100))) < 1e-9);
    // Five answered 5 at 12 months, eight answered only the intake (2 without work, 3 with).
    assert.ok(Math.abs(all.menteeSatisfaction.value - (5 * 5 + 8 * 2) / 13) < 1e-9, JSON.stringify(all.menteeSatisfaction));
  });

  it('withholds a filter whose difference from the broader view is fewer than 5 people', async () => {
    // Nurses are 10 of 13: "all" minus "nurses" would describe the 3 engineers.
    const nurses = await metrics(`?occupationId=${NURSE}`);
    assert.deepEqual(nurses.mentees, { value: null, people: null, withheld: true });
    assert.equal(nurses.timeToFirstRole.withheld, true);
    assert.equal(nurses.timeToFirstRole.value, null);
    assert.equal(nurses.credentialAttainment.withheld, true);
    const engineers = await metrics(`?occupationId=${ENGINEER}`);
    assert.equal(engineers.mentees.withheld, true, '3 engineers are fewer than 5');
    const cohort = await metrics(`?cohort=${entry.slice(0, 4)}-Q${Math.floor((Number(entry.slice(5, 7)) - 1) / 3) + 1}`);
    assert.equal(cohort.mentees.people, 13, 'a filter that keeps everyone differs from the broader view by no one');
  });

  it('withholds groups of a breakdown so that none can be worked out from the total', async () => {
    const all = await metrics();
    const byOrigin = Object.fromEntries(all.waitForFirstMatch.byOriginRegion.map((group: { group: string }) => [group.group, group]));
    // asia 6 shown; africa 5 would be shown on its own, but europe (2) alone withheld could be
    // worked out as 13 - 6 - 5, so africa is withheld with it.
    assert.equal(byOrigin.asia.withheld, false);
    assert.equal(byOrigin.asia.people, 6);
    assert.equal(byOrigin.europe.withheld, true);
    assert.equal(byOrigin.africa.withheld, true);
    assert.equal(byOrigin.africa.people, null);
    // By occupation: nurses (10) differ from all by 3, engineers are 3: both withheld.
    assert.ok(all.waitForFirstMatch.byOccupation.every((group: { withheld: boolean }) => group.withheld), JSON.stringify(all.waitForFirstMatch.byOccupation));
  });

  it('shows a filter once both it and its difference are large enough, with its own median', async () => {
    const more = [{ occupation: ENGINEER, origin: 'europe' }, { occupation: ENGINEER, origin: 'europe' }];
    for (const [index, person] of more.entries()) menteeTokens.push(await enrol(person, 100 + index));
    const nurses = await metrics(`?occupationId=${NURSE}`);
    assert.equal(nurses.mentees.people, 10);
    // By hand over the 10 nurses: S(30) = 0.9, S(60) = 0.675, S(90) = 0.5625, S(120) = 0.421875 <= 0.5.
    assert.deepEqual(nurses.timeToFirstRole, { value: 120, people: 10, withheld: false, reached: 6, stillWaiting: 4 });
    assert.deepEqual(nurses.filters, { occupationId: NURSE });
  });

  it('counts credential attainment from the plan: a done milestone made from a registration requirement', async () => {
    const token = menteeTokens[0];
    const plan = await server.request('/v1/plans', { token, body: { goal: { occupationId: NURSE, jurisdictionId: 'ca-on', targetDate: addDays(today, 30) } } });
    assert.equal(plan.status, 201, plan.text);
    const milestone = await server.request(`/v1/plans/${plan.body.plan.id}/milestones`, {
      token, body: { title: 'Register with CNO', kind: 'regulator-application', source: { requirementId: 'ca-on-rn-registration' } },
    });
    assert.equal(milestone.status, 201, milestone.text);
    const done = await server.request(`/v1/milestones/${milestone.body.id}`, { method: 'PATCH', token, body: { version: milestone.body.version, status: 'done' } });
    assert.equal(done.status, 200, done.text);
    const enrolment = await server.request('/v1/me/enrolment', { token });
    assert.equal(enrolment.body.credentialOn, today);
    const all = await metrics();
    assert.equal(all.credentialAttainment.people, 15);
    assert.ok(Math.abs(all.credentialAttainment.value - 1 / 15) < 1e-9);
  });

  it('takes a person out of the figures when they withdraw consent', async () => {
    const token = menteeTokens[5];
    const current = (await server.request('/v1/me/enrolment', { token })).body;
    const withdrawn = await server.request('/v1/me/enrolment', { method: 'PATCH', token, body: { version: current.version, consent: { ...current.consent, figures: false, changedAt: undefined } } });
    assert.equal(withdrawn.status, 200, withdrawn.text);
    const all = await metrics();
    assert.equal(all.mentees.people, 14);
    assert.equal(all.timeToFirstRole.reached, 5, 'their first role no longer counts');
  });

  it('offers as filters only the cohorts, occupations and jurisdictions of its own consenting mentees, to coordinators only', async () => {
    const res = await server.request('/v1/program-metrics/filters', { token: coordinator });
    assert.equal(res.status, 200, res.text);
    const cohort = `${entry.slice(0, 4)}-Q${Math.floor((Number(entry.slice(5, 7)) - 1) / 3) + 1}`;
    assert.deepEqual(res.body, { cohorts: [cohort], occupationIds: [ENGINEER, NURSE], jurisdictionIds: ['ca-on'] });
    const demo = await server.request('/v1/program-metrics/filters', { token: await server.tokenFor('coordinator', 'metrics-demo-coordinator') });
    assert.equal(demo.status, 200, demo.text);
    assert.ok(demo.body.cohorts.length > 1 && demo.body.occupationIds.includes('pharmacist'), 'the demo cohort has its own values');
    assert.deepEqual([...demo.body.cohorts].sort().reverse(), demo.body.cohorts, 'newest cohort first');
    for (const role of ['mentee', 'mentor'] as const) {
      const refused = await server.request('/v1/program-metrics/filters', { token: await server.tokenFor(role, `filters-${role}`, secretKey) });
      assert.equal(refused.status, 403, refused.text);
    }
  });

  it('shows each organisation only its own figures, and refuses mentees and mentors', async () => {
    const demoCoordinator = await server.tokenFor('coordinator', 'metrics-demo-coordinator');
    const demo = await metrics('', demoCoordinator);
    assert.equal(demo.minCellSize, 10);
    assert.notEqual(demo.mentees.people, 14);
    for (const role of ['mentee', 'mentor'] as const) {
      const res = await server.request('/v1/program-metrics', { token: await server.tokenFor(role, `metrics-${role}`, secretKey) });
      assert.equal(res.status, 403, res.text);
    }
  });
});
