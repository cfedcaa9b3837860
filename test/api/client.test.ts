import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { createClient, buildUrl, backoffDelay, type FetchLike } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';

const Thing = z.object({ id: z.string(), count: z.number() });

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
