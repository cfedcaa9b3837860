import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { arr, num, obj, str, unknown, type Validator } from '../../src/api/validate.js';
import { createClient, type FetchLike } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import { SharedReads, resourceOf } from '../../src/api/shared-reads.js';
import {
  changeCatalogueLayer, createMilestone, decideQueuedIntroduction, getOccupation, getPlan, listIntroductionQueue, listNarrativeTemplates, listPlans, searchMentors, updateMilestone,
} from '../../src/generated/operations.js';

/** A fetch that answers every call with a fresh JSON body (`{ n }`, counting calls), after `gate` opens. */
function countingFetch(body: (n: number, url: string, init: RequestInit) => unknown = (n) => ({ n })) {
  const calls: { url: string; init: RequestInit }[] = [];
  let open: () => void = () => {};
  let gate = Promise.resolve();
  const fake = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const n = calls.length;
    await gate;
    if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    return new Response(JSON.stringify(body(n, url, init)), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as FetchLike;
  return {
    fetch: fake,
    calls,
    /** Holds every answer until `release()`. */
    hold() {
      gate = new Promise<void>((resolve) => (open = resolve));
    },
    release: () => open(),
  };
}

const Counted = obj({ n: num }) as Validator<{ n: number }>;
const counted = { path: '/plans', response: Counted } as const;

/** A clock the test moves by hand. */
function manualClock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('shared reads', () => {
  it('sends an identical read once while it is in flight, and gives each reader the answer', async () => {
    const server = countingFetch();
    const shared = new SharedReads();
    server.hold();
    const a = createClient({ endpoint: 'http://x', userToken: 'ut_1', fetch: server.fetch, sharedReads: shared });
    const b = createClient({ endpoint: 'http://x', userToken: 'ut_1', fetch: server.fetch, sharedReads: shared });
    const answers = Promise.all([a.request(counted), b.request(counted), a.request(counted)]);
    await new Promise((done) => setTimeout(done, 10));
    server.release();
    assert.deepEqual(await answers, [{ n: 1 }, { n: 1 }, { n: 1 }]);
    assert.equal(server.calls.length, 1);
  });

  it('reuses an answer within the freshness window and asks again after it', async () => {
    const server = countingFetch();
    const clock = manualClock();
    const shared = new SharedReads({ freshForMs: 2000, now: clock.now });
    const client = createClient({ endpoint: 'http://x', publishableKey: 'pk_1', fetch: server.fetch, sharedReads: shared });
    const plans = { response: Counted } as const;
    assert.deepEqual(await client.call(listPlans, plans), { n: 1 });
    clock.advance(1999);
    assert.deepEqual(await client.call(listPlans, plans), { n: 1 });
    clock.advance(1);
    assert.deepEqual(await client.call(listPlans, plans), { n: 2 });
    assert.equal(server.calls.length, 2);
  });

  it('gives a held answer at once, as its own validated copy, only once it came and while it is fresh', async () => {
    const server = countingFetch();
    const clock = manualClock();
    const shared = new SharedReads({ freshForMs: 2000, now: clock.now });
    const client = createClient({ endpoint: 'http://x', userToken: 'ut_1', fetch: server.fetch, sharedReads: shared });
    const other = createClient({ endpoint: 'http://x', userToken: 'ut_2', fetch: server.fetch, sharedReads: shared });
    const plans = { response: Counted } as const;
    server.hold();
    const answered = client.call(listPlans, plans);
    assert.equal(client.held(listPlans, plans), undefined, 'nothing is held while the read is in flight');
    server.release();
    await answered;
    const held = client.held(listPlans, plans);
    assert.deepEqual(held, { n: 1 });
    assert.notEqual(held, client.held(listPlans, plans), 'each reader gets a copy of its own');
    assert.equal(other.held(listPlans, plans), undefined, 'another credential holds nothing');
    assert.equal(client.held(listPlans, { response: obj({ n: str }) as Validator<{ n: string }> }), undefined, 'an answer that does not validate is not held');
    clock.advance(2000);
    assert.equal(client.held(listPlans, plans), undefined, 'nothing is held past the window');
    assert.equal(server.calls.length, 1);
  });

  it('keeps the catalogue, whose operations say so, fresh for a minute, until a catalogue write', async () => {
    const server = countingFetch((n, url, init) => (init.method === 'GET' ? { n } : {}));
    const clock = manualClock();
    const client = createClient({ endpoint: 'http://x', publishableKey: 'pk_1', fetch: server.fetch, sharedReads: new SharedReads({ now: clock.now }), retries: 0 });
    const nurse = { params: { id: 'registered-nurse' }, response: Counted } as const;
    assert.deepEqual(await client.call(getOccupation, nurse), { n: 1 });
    clock.advance(59_000);
    assert.deepEqual(await client.call(getOccupation, nurse), { n: 1 });
    await client.call(changeCatalogueLayer, { body: {}, response: unknown } as never).catch(() => undefined);
    assert.deepEqual(await client.call(getOccupation, nurse), { n: 3 });
    clock.advance(60_000);
    assert.deepEqual(await client.call(getOccupation, nurse), { n: 4 });
  });

  it('shares only reads in flight when the window is 0', async () => {
    const server = countingFetch();
    const client = createClient({ endpoint: 'http://x', fetch: server.fetch, sharedReads: new SharedReads({ freshForMs: 0 }) });
    await client.request(counted);
    await client.request(counted);
    assert.equal(server.calls.length, 2);
  });

  it('asks again after a write to the same resource, or to one its operation says it changes', async () => {
    const server = countingFetch((n, url, init) => (init.method === 'GET' ? { n } : { id: 'm_1' }));
    const shared = new SharedReads();
    const client = createClient({ endpoint: 'http://x', userToken: 'ut_1', fetch: server.fetch, sharedReads: shared, retries: 0 });
    const reader = createClient({ endpoint: 'http://x', userToken: 'ut_1', fetch: server.fetch, sharedReads: shared });
    const plan = { params: { planId: 'p_1' }, response: Counted } as const;
    const templates = { response: Counted } as const;
    assert.deepEqual(await reader.call(getPlan, plan), { n: 1 });
    assert.deepEqual(await reader.call(listNarrativeTemplates, templates), { n: 2 });
    // A milestone's edit (under /v1/milestones) changes its plan: the operation says so.
    await client.call(updateMilestone, { params: { id: 'm_1' }, body: { title: 'New title', version: 1 }, response: unknown }).catch(() => undefined);
    assert.deepEqual(await reader.call(getPlan, plan), { n: 4 });
    // A narrative template has nothing to do with plans: still shared.
    assert.deepEqual(await reader.call(listNarrativeTemplates, templates), { n: 2 });
    // A new milestone under the plan's own path drops the plan's reads too.
    await client.call(createMilestone, { params: { planId: 'p_1' }, body: { title: 'Sit the exam', kind: 'exam-sitting' }, response: unknown } as never).catch(() => undefined);
    assert.deepEqual(await reader.call(getPlan, plan), { n: 6 });
    assert.deepEqual(await reader.call(listPlans, { response: Counted }), { n: 7 });
  });

  it('does not reuse a read answered while a decision was on its way: the next reader after it asks again', async () => {
    // The server answers the queue at once (an answer from before the decision) and the decision when the test says.
    let decide: () => void = () => {};
    const decided = new Promise<void>((resolve) => (decide = resolve));
    const server = countingFetch((n, url, init) => (init.method === 'GET' ? { n } : {}));
    const fetch: FetchLike = async (url, init) => {
      if (init?.method === 'POST') await decided;
      return server.fetch(url, init);
    };
    const client = createClient({ endpoint: 'http://x', userToken: 'ut_1', fetch, sharedReads: new SharedReads(), retries: 0 });
    const queue = { response: Counted } as const;
    const decision = client.call(decideQueuedIntroduction, { params: { introductionId: 'int_1' }, body: { action: 'approve', version: 1 }, response: unknown } as never);
    await new Promise((done) => setTimeout(done, 0));
    assert.deepEqual(await client.call(listIntroductionQueue, queue), { n: 1 }, 'read while the decision is on its way');
    assert.deepEqual(await client.call(listIntroductionQueue, queue), { n: 1 }, 'shared while the decision is on its way');
    decide();
    await decision;
    assert.deepEqual(await client.call(listIntroductionQueue, queue), { n: 3 }, 'asked again once the decision answered (the decision was the second call)');
  });

  it('never shares between different tokens, keys, languages or fetches', async () => {
    const server = countingFetch();
    const shared = new SharedReads();
    const clients = [
      createClient({ endpoint: 'http://x', userToken: 'ut_amara', fetch: server.fetch, sharedReads: shared }),
      createClient({ endpoint: 'http://x', userToken: () => 'ut_daniel', fetch: server.fetch, sharedReads: shared }),
      createClient({ endpoint: 'http://x', publishableKey: 'pk_org_a', fetch: server.fetch, sharedReads: shared }),
      createClient({ endpoint: 'http://x', publishableKey: 'pk_org_b', fetch: server.fetch, sharedReads: shared }),
      createClient({ endpoint: 'http://x', publishableKey: 'pk_org_b', locale: 'fr', fetch: server.fetch, sharedReads: shared }),
      createClient({ endpoint: 'http://x', publishableKey: 'pk_org_b', locale: 'fr', fetch: countingFetch().fetch, sharedReads: shared }),
    ];
    const answers = await Promise.all(clients.map((client) => client.request(counted)));
    assert.equal(server.calls.length, 5, 'each credential and language asks for itself');
    assert.deepEqual(answers.slice(0, 5).map((answer) => answer.n).sort(), [1, 2, 3, 4, 5]);
    const sent = server.calls.map((call) => (call.init.headers as Record<string, string>).authorization);
    assert.deepEqual(sent.sort(), ['Bearer pk_org_a', 'Bearer pk_org_b', 'Bearer pk_org_b', 'Bearer ut_amara', 'Bearer ut_daniel']);
  });

  it('gives each reader its own copy: one mutating its answer never changes another\'s', async () => {
    const server = countingFetch(() => ({ items: [{ id: 'p_1', title: 'Plan' }] }));
    const shared = new SharedReads();
    const a = createClient({ endpoint: 'http://x', fetch: server.fetch, sharedReads: shared });
    const b = createClient({ endpoint: 'http://x', fetch: server.fetch, sharedReads: shared });
    const Loose = obj({ items: arr(unknown) }) as Validator<{ items: unknown[] }>;
    const first = await a.request({ path: '/plans', response: Loose });
    (first.items[0] as { title: string }).title = 'Changed by one element';
    first.items.push({ id: 'p_2' });
    const second = await b.request({ path: '/plans', response: Loose });
    assert.deepEqual(second, { items: [{ id: 'p_1', title: 'Plan' }] });
    assert.equal(server.calls.length, 1);
  });

  it('validates the shared answer per reader, with each reader\'s own schema', async () => {
    const server = countingFetch(() => ({ n: 'not a number' }));
    const shared = new SharedReads();
    const strict = createClient({ endpoint: 'http://x', fetch: server.fetch, sharedReads: shared });
    const loose = createClient({ endpoint: 'http://x', fetch: server.fetch, sharedReads: shared });
    const [refused, accepted] = await Promise.allSettled([strict.request(counted), loose.request({ path: '/plans', response: obj({ n: str }) })]);
    assert.ok(refused.status === 'rejected' && refused.reason instanceof ApiError && refused.reason.kind === 'validation');
    assert.deepEqual(accepted.status === 'fulfilled' && accepted.value, { n: 'not a number' });
    assert.equal(server.calls.length, 1);
  });

  it('shares a read-only search with the same criteria, not one with other criteria', async () => {
    const server = countingFetch();
    const client = createClient({ endpoint: 'http://x', userToken: 'ut_1', fetch: server.fetch, sharedReads: new SharedReads() });
    const search = (occupation: string) => client.call(searchMentors, { body: { occupation }, response: Counted } as never);
    await Promise.all([search('registered-nurse'), search('registered-nurse'), search('pharmacist')]);
    assert.equal(server.calls.length, 2);
  });

  it('keeps the request going for the others when one reader gives up, and cancels it when all do', async () => {
    const server = countingFetch();
    const shared = new SharedReads();
    const client = createClient({ endpoint: 'http://x', fetch: server.fetch, sharedReads: shared });
    server.hold();
    const leaving = new AbortController();
    const left = client.request({ ...counted, signal: leaving.signal });
    const staying = client.request(counted);
    leaving.abort();
    await assert.rejects(left, (error: unknown) => error instanceof ApiError && error.kind === 'aborted');
    server.release();
    assert.deepEqual(await staying, { n: 1 });

    server.hold();
    const all = new AbortController();
    const other = countingFetch();
    other.hold();
    const lone = createClient({ endpoint: 'http://x', fetch: other.fetch, sharedReads: shared, retries: 0 });
    const gone = lone.request({ path: '/alone', response: Counted, signal: all.signal });
    await new Promise((done) => setTimeout(done, 5));
    all.abort();
    await assert.rejects(gone, (error: unknown) => error instanceof ApiError && error.kind === 'aborted');
    assert.equal((other.calls[0].init.signal as AbortSignal).aborted, true, 'the request nobody waits for is cancelled');
    assert.equal(shared.size, 1, 'only the settled answer is kept');
    other.release();
    server.release();
  });

  it('never reuses a failure: the next reader asks again', async () => {
    let fail = true;
    const calls: string[] = [];
    const fetch: FetchLike = async (url) => {
      calls.push(url);
      if (fail) return new Response('{}', { status: 404, headers: { 'content-type': 'application/json' } });
      return new Response(JSON.stringify({ n: 1 }), { status: 200 });
    };
    const client = createClient({ endpoint: 'http://x', fetch, sharedReads: new SharedReads() });
    await assert.rejects(client.request(counted));
    fail = false;
    assert.deepEqual(await client.request(counted), { n: 1 });
    assert.equal(calls.length, 2);
  });

  it('never reuses an answer a reader found broken: the retry asks again', async () => {
    let broken = true;
    const calls: string[] = [];
    const fetch: FetchLike = async (url) => {
      calls.push(url);
      return new Response(broken ? '{"n":' : JSON.stringify({ n: 1 }), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const client = createClient({ endpoint: 'http://x', fetch, sharedReads: new SharedReads() });
    await assert.rejects(client.request(counted), (error: unknown) => error instanceof ApiError && error.kind === 'validation');
    broken = false;
    assert.deepEqual(await client.request(counted), { n: 1 });
    assert.equal(calls.length, 2);
  });

  it('names the resource of a path', () => {
    assert.equal(resourceOf('/v1/plans/p_1/milestones?limit=5'), '/v1/plans');
    assert.equal(resourceOf('/v1/me'), '/v1/me');
    assert.equal(resourceOf('/health'), '/health');
  });
});
