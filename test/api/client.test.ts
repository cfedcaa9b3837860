import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { createClient, buildUrl, backoffDelay, type FetchLike } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import { clientOperation, defineOperation } from '../../src/api/operation.js';
import { num, obj, str, type Validator } from '../../src/api/validate.js';
import { createMilestone, getHealth, getPlan, listPlans, removeFavourite } from '../../src/generated/operations.js';
import { getPlan as getPlanRoute } from '../../src/generated/routes.js';

const ThingSchema = z.object({ id: z.string(), count: z.number() });
/** What scripts/generate-validators.ts writes for ThingSchema. */
const Thing = obj({ id: str, count: num }) as Validator<z.infer<typeof ThingSchema>>;

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that answers from a script of responses and records every call. */
function scriptedFetch(...answers: Array<Response | Error | 'hang'>): FetchLike & { calls: Call[] } {
  const calls: Call[] = [];
  const fake = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (answer === 'hang') {
      return new Promise<Response>((_, reject) => {
        // As the real fetch does: an already-aborted signal rejects at once.
        if (init.signal?.aborted) reject(new DOMException('aborted', 'AbortError'));
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    if (answer instanceof Error) throw answer;
    return answer.clone();
  }) as FetchLike & { calls: Call[] };
  fake.calls = calls;
  return fake;
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  new Response(JSON.stringify({ type: `https://bridgeway.dev/problems/${code}`, title: code, status, code, ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

const noWait = async () => {};

describe('api client', () => {
  it('builds URLs under /v1 and drops empty query values', () => {
    assert.equal(
      buildUrl('https://api.example.org/', '/occupations', { q: 'nurse', limit: 5, cursor: undefined, tag: ['a', 'b'] }),
      'https://api.example.org/v1/occupations?q=nurse&limit=5&tag=a&tag=b',
    );
  });

  it('sends the user token in preference to the publishable key, and the locale', async () => {
    const fetch = scriptedFetch(json({ id: 'a', count: 1 }));
    const client = createClient({ endpoint: 'http://x', publishableKey: 'pk_1', userToken: () => 'ut_2', locale: 'fr', fetch });
    await client.request({ path: '/things/a', response: Thing });
    const headers = fetch.calls[0].init.headers as Record<string, string>;
    assert.equal(headers.authorization, 'Bearer ut_2');
    assert.equal(headers['accept-language'], 'fr');
  });

  it('falls back to the publishable key when there is no user token', async () => {
    const fetch = scriptedFetch(json({ id: 'a', count: 1 }));
    const client = createClient({ endpoint: 'http://x', publishableKey: 'pk_1', fetch });
    await client.request({ path: '/things/a', response: Thing });
    assert.equal((fetch.calls[0].init.headers as Record<string, string>).authorization, 'Bearer pk_1');
  });

  it('returns the validated body', async () => {
    const client = createClient({ endpoint: 'http://x', fetch: scriptedFetch(json({ id: 'a', count: 2 })) });
    assert.deepEqual(await client.request({ path: '/t', response: Thing }), { id: 'a', count: 2 });
  });

  it('rejects a response that does not match the contract with a validation error naming the field', async () => {
    const client = createClient({ endpoint: 'http://x', fetch: scriptedFetch(json({ id: 'a', count: 'two' })) });
    await assert.rejects(client.request({ path: '/t', response: Thing }), (error: ApiError) => {
      assert.equal(error.kind, 'validation');
      assert.match(error.message, /count/);
      return true;
    });
  });

  it('retries a GET after a network failure and a 503, then succeeds', async () => {
    const fetch = scriptedFetch(new TypeError('fetch failed'), problem(503, 'unavailable'), json({ id: 'a', count: 1 }));
    const waits: number[] = [];
    const client = createClient({
      endpoint: 'http://x',
      fetch,
      sleep: async (ms) => void waits.push(ms),
      random: () => 1,
      retryBaseMs: 100,
    });
    await client.request({ path: '/t', response: Thing });
    assert.equal(fetch.calls.length, 3);
    assert.deepEqual(waits, [100, 200], 'waits grow exponentially');
  });

  it('never retries a POST without an idempotency key', async () => {
    const fetch = scriptedFetch(problem(503, 'unavailable'), json({ id: 'a', count: 1 }));
    const client = createClient({ endpoint: 'http://x', fetch, sleep: noWait });
    await assert.rejects(client.request({ method: 'POST', path: '/t', body: {}, response: Thing }), { kind: 'server' });
    assert.equal(fetch.calls.length, 1);
  });

  it('retries a POST that carries an idempotency key, with the same key every time', async () => {
    const fetch = scriptedFetch(new TypeError('fetch failed'), json({ id: 'a', count: 1 }, 201));
    const client = createClient({ endpoint: 'http://x', fetch, sleep: noWait });
    await client.request({ method: 'POST', path: '/t', body: { a: 1 }, response: Thing, idempotencyKey: true });
    const keys = fetch.calls.map((call) => (call.init.headers as Record<string, string>)['idempotency-key']);
    assert.equal(keys.length, 2);
    assert.ok(keys[0]);
    assert.equal(keys[0], keys[1]);
    assert.equal(fetch.calls[0].init.body, JSON.stringify({ a: 1 }));
  });

  it('gives up after the configured retries with the last error', async () => {
    const fetch = scriptedFetch(problem(502, 'unavailable'));
    const client = createClient({ endpoint: 'http://x', fetch, sleep: noWait, retries: 3 });
    await assert.rejects(client.request({ path: '/t', response: Thing }), { kind: 'server', status: 502 });
    assert.equal(fetch.calls.length, 4);
  });

  it('times out a request that never answers', async () => {
    const fetch = scriptedFetch('hang');
    const client = createClient({ endpoint: 'http://x', fetch, timeoutMs: 20, retries: 0 });
    await assert.rejects(client.request({ path: '/t', response: Thing }), { kind: 'timeout' });
  });

  it('reports a cancelled request as aborted, not as a network failure', async () => {
    const fetch = scriptedFetch('hang');
    const client = createClient({ endpoint: 'http://x', fetch });
    const controller = new AbortController();
    const pending = client.request({ path: '/t', response: Thing, signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, { kind: 'aborted' });
  });

  it('maps statuses to error kinds and keeps the problem', async () => {
    const cases: Array<[number, string, string]> = [
      [400, 'invalid_request', 'bad-request'],
      [401, 'unauthenticated', 'auth'],
      [403, 'forbidden', 'auth'],
      [403, 'origin_not_allowed', 'origin'],
      [404, 'not_found', 'not-found'],
      [409, 'conflict', 'conflict'],
    ];
    for (const [status, code, kind] of cases) {
      const client = createClient({ endpoint: 'http://x', fetch: scriptedFetch(problem(status, code, { current: { v: 2 } })), sleep: noWait });
      await assert.rejects(client.request({ path: '/t', response: Thing }), (error: ApiError) => {
        assert.equal(error.kind, kind, `status ${status}`);
        assert.equal(error.problem?.code, code);
        return true;
      });
    }
  });

  it('honours Retry-After on 429', async () => {
    const waits: number[] = [];
    const first = problem(429, 'rate_limited');
    first.headers.set('retry-after', '2');
    const client = createClient({ endpoint: 'http://x', fetch: scriptedFetch(first, json({ id: 'a', count: 1 })), sleep: async (ms) => void waits.push(ms) });
    await client.request({ path: '/t', response: Thing });
    assert.deepEqual(waits, [2000]);
  });

  it('keeps backoff within base * 2^attempt and at most 10 s', () => {
    for (let attempt = 0; attempt < 12; attempt++) {
      const delay = backoffDelay(attempt, 300, () => 0.999);
      assert.ok(delay <= Math.min(10_000, 300 * 2 ** attempt));
    }
    assert.equal(backoffDelay(3, 300, () => 0), 0);
  });
});

const headerOf = (call: Call, name: string) => (call.init.headers as Record<string, string>)[name];
const milestone = { id: 'ms_1', planId: 'p_1', title: 'Exam', kind: 'exam-sitting', dueDate: null, status: 'planned', evidence: [], position: 0, dependsOn: [], version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

describe('api client: call(operation)', () => {
  it('fills the path parameters URI-encoded under the endpoint and validates with the operation\'s response', async () => {
    const fetch = scriptedFetch(json({ plan: { id: 'p_1', menteeId: 'u', goal: { occupationId: 'o', jurisdictionId: 'j', targetDate: '2027-01-01' }, sharedWith: [], version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }, milestones: [] }));
    const client = createClient({ endpoint: 'http://x/api/', fetch });
    const detail = await client.call(getPlan, { params: { planId: 'p/1 ü' } });
    assert.equal(fetch.calls[0].url, 'http://x/api/v1/plans/p%2F1%20%C3%BC');
    assert.equal(fetch.calls[0].init.method, 'GET');
    assert.equal(detail.plan.goal.targetDate, '2027-01-01');
  });

  it('rejects an answer that breaks the operation\'s response schema, naming the operation\'s path and the field', async () => {
    const client = createClient({ endpoint: 'http://x', fetch: scriptedFetch(json({ plan: {}, milestones: [] })) });
    await assert.rejects(client.call(getPlan, { params: { planId: 'p_1' } }), (error: ApiError) => {
      assert.equal(error.kind, 'validation');
      assert.match(error.message, /GET \/plans\/p_1 does not match the contract at plan/);
      return true;
    });
  });

  it('sends the query, leaving out empty values', async () => {
    const fetch = scriptedFetch(json({ items: [], nextCursor: null }));
    await createClient({ endpoint: 'http://x', fetch }).call(listPlans, { query: { limit: 100, cursor: undefined } });
    assert.equal(fetch.calls[0].url, 'http://x/v1/plans?limit=100');
  });

  it('sends a fresh Idempotency-Key for an idempotent operation and keeps it through the retries', async () => {
    const fetch = scriptedFetch(new TypeError('fetch failed'), problem(503, 'unavailable'), json(milestone, 201));
    const client = createClient({ endpoint: 'http://x', fetch, sleep: noWait });
    const created = await client.call(createMilestone, { params: { planId: 'p 1' }, body: { title: 'Exam', kind: 'exam-sitting' } });
    assert.equal(created.id, 'ms_1');
    assert.equal(fetch.calls.length, 3, 'an idempotent write is retried');
    const keys = fetch.calls.map((call) => headerOf(call, 'idempotency-key'));
    assert.ok(keys[0]);
    assert.deepEqual(new Set(keys).size, 1);
    assert.equal(fetch.calls[0].url, 'http://x/v1/plans/p%201/milestones');
    assert.equal(fetch.calls[0].init.method, 'POST');
    assert.equal(fetch.calls[0].init.body, JSON.stringify({ title: 'Exam', kind: 'exam-sitting' }));
    assert.equal(headerOf(fetch.calls[0], 'content-type'), 'application/json');

    const again = scriptedFetch(json(milestone, 201));
    await createClient({ endpoint: 'http://x', fetch: again }).call(createMilestone, { params: { planId: 'p 1' }, body: { title: 'Exam', kind: 'exam-sitting' }, idempotencyKey: true });
    assert.ok(headerOf(again.calls[0], 'idempotency-key'));
    assert.notEqual(headerOf(again.calls[0], 'idempotency-key'), keys[0], 'each call has its own key');
  });

  it('sends the caller\'s own Idempotency-Key (a queued write keeps its key across page loads)', async () => {
    const fetch = scriptedFetch(json(milestone, 201));
    await createClient({ endpoint: 'http://x', fetch }).call(createMilestone, { params: { planId: 'p 1' }, body: { title: 'Exam', kind: 'exam-sitting' }, idempotencyKey: 'queued-key-1' });
    assert.equal(headerOf(fetch.calls[0], 'idempotency-key'), 'queued-key-1');
  });

  it('sends no Idempotency-Key for an operation that is not idempotent, and never retries such a POST', async () => {
    const contract = defineOperation({ method: 'POST', path: '/v1/things', body: z.object({ a: z.int() }), response: ThingSchema });
    const analyse = clientOperation<typeof contract>('POST', '/v1/things', Thing);
    const fetch = scriptedFetch(problem(503, 'unavailable'), json({ id: 'a', count: 1 }));
    await assert.rejects(createClient({ endpoint: 'http://x', fetch, sleep: noWait }).call(analyse, { body: { a: 1 } }), { kind: 'server' });
    assert.equal(fetch.calls.length, 1);
    assert.equal(headerOf(fetch.calls[0], 'idempotency-key'), undefined);
  });

  it('answers undefined for a 204 operation', async () => {
    const fetch = scriptedFetch(new Response(null, { status: 204 }));
    assert.equal(await createClient({ endpoint: 'http://x', fetch }).call(removeFavourite, { params: { mentorId: 'mtr_1' } }), undefined);
    assert.equal(fetch.calls[0].init.method, 'DELETE');
    assert.equal(fetch.calls[0].url, 'http://x/v1/favourites/mtr_1');
  });

  it('calls an operation outside /v1 at its own path', async () => {
    const fetch = scriptedFetch(json({ status: 'ok', version: '1', database: 'pglite' }));
    await createClient({ endpoint: 'http://x', fetch }).call(getHealth);
    assert.equal(fetch.calls[0].url, 'http://x/health');
  });

  it('validates with a narrower schema when the caller asks for a partial view', async () => {
    const fetch = scriptedFetch(json({ plan: { id: 'p_1' }, milestones: [] }));
    const PlanId = obj({ plan: obj({ id: str }) }) as Validator<{ plan: { id: string } }>;
    const partial = await createClient({ endpoint: 'http://x', fetch }).call(getPlan, { params: { planId: 'p_1' }, response: PlanId });
    assert.deepEqual(partial, { plan: { id: 'p_1' } });
  });

  it('sends a route at once and checks its answer with a validator that arrives later (a lazy part\'s)', async () => {
    const fetch = scriptedFetch(json({ plan: { id: 'p_1' }, milestones: [] }));
    const PlanId = obj({ plan: obj({ id: str }) }) as Validator<{ plan: { id: string } }>;
    let arrive!: (validator: typeof PlanId) => void;
    const later = new Promise<typeof PlanId>((resolve) => (arrive = resolve));
    const answer = createClient({ endpoint: 'http://x', fetch }).call(getPlanRoute, { params: { planId: 'p_1' }, response: later });
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(fetch.calls.length, 1, 'the request waited for the validator');
    assert.equal(fetch.calls[0].url, 'http://x/v1/plans/p_1');
    arrive(PlanId);
    assert.deepEqual(await answer, { plan: { id: 'p_1' } });
  });

  it("rejects a route's answer that breaks the validator brought later, and fails with the validator's own failure when its code does not arrive", async () => {
    const broken = createClient({ endpoint: 'http://x', fetch: scriptedFetch(json({ plan: { id: 7 } })) });
    const PlanId = obj({ plan: obj({ id: str }) }) as Validator<{ plan: { id: string } }>;
    await assert.rejects(broken.call(getPlanRoute, { params: { planId: 'p_1' }, response: Promise.resolve(PlanId) }), (error: ApiError) => {
      assert.equal(error.kind, 'validation');
      assert.match(error.message, /plans\/p_1 does not match the contract at plan\.id/);
      return true;
    });
    // A validator whose code fails to load while the answer is on its way: the call fails with that
    // failure once the answer is here, and the rejection is never left unhandled meanwhile.
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const lost = new ApiError('network', 'A part of this element could not be loaded');
      let fail!: (error: unknown) => void;
      const failing = new Promise<typeof PlanId>((_, reject) => (fail = reject));
      let answer!: () => void;
      const slow: FetchLike = async () => {
        await new Promise<void>((resolve) => (answer = resolve));
        return json({ plan: { id: 'p_1' } });
      };
      const call = createClient({ endpoint: 'http://x', fetch: slow }).call(getPlanRoute, { params: { planId: 'p_1' }, response: failing });
      fail(lost);
      await new Promise((resolve) => setTimeout(resolve, 10));
      answer();
      await assert.rejects(call, (error) => error === lost);
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('refuses a missing path parameter before sending anything', async () => {
    const fetch = scriptedFetch(json({}));
    await assert.rejects(createClient({ endpoint: 'http://x', fetch }).call(getPlan, { params: { planId: '' } }), (error: ApiError) => {
      assert.equal(error.kind, 'bad-request');
      assert.match(error.message, /planId/);
      return true;
    });
    assert.equal(fetch.calls.length, 0);
  });

  it('keeps what request() does: the credentials, the locale, timeouts and problems', async () => {
    const fetch = scriptedFetch(problem(409, 'conflict', { current: { v: 2 } }));
    const client = createClient({ endpoint: 'http://x', userToken: 'ut_1', locale: 'fr', fetch });
    await assert.rejects(client.call(getPlan, { params: { planId: 'p_1' } }), (error: ApiError) => {
      assert.equal(error.kind, 'conflict');
      assert.deepEqual(error.problem?.current, { v: 2 });
      return true;
    });
    assert.equal(headerOf(fetch.calls[0], 'authorization'), 'Bearer ut_1');
    assert.equal(headerOf(fetch.calls[0], 'accept-language'), 'fr');
    const hanging = createClient({ endpoint: 'http://x', fetch: scriptedFetch('hang'), timeoutMs: 20, retries: 0 });
    await assert.rejects(hanging.call(getPlan, { params: { planId: 'p_1' } }), { kind: 'timeout' });
  });

  it('types params, query, body and the answer from the operation', () => {
    const client = createClient({ endpoint: 'http://x', fetch: scriptedFetch(json({})) });
    // Compile-time checks only: the calls below are never awaited.
    const typed = async () => {
      const detail = await client.call(getPlan, { params: { planId: 'p_1' } });
      detail.milestones satisfies { id: string }[];
      // @ts-expect-error planId is required
      void client.call(getPlan, { params: {} });
      // @ts-expect-error getPlan takes params
      void client.call(getPlan);
      // @ts-expect-error a route brings no validator: the caller gives one
      void client.call(getPlanRoute, { params: { planId: 'p_1' } });
      const partial = await client.call(getPlanRoute, { params: { planId: 'p_1' }, response: Promise.resolve(obj({ plan: obj({ id: str }) }) as Validator<{ plan: { id: string } }>) });
      partial.plan.id satisfies string;
      // @ts-expect-error the body's title must be a string
      void client.call(createMilestone, { params: { planId: 'p' }, body: { title: 1, kind: 'exam-sitting' } });
      // @ts-expect-error limit is a number
      void client.call(listPlans, { query: { limit: 'ten' } });
      const page = await client.call(listPlans);
      page.nextCursor satisfies string | null;
    };
    assert.equal(typeof typed, 'function');
  });
});
