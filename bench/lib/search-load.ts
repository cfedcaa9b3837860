/** The load phase of the mentor search benches: many clients searching at once over HTTP. */
import { fork } from 'node:child_process';
import type { MentorSearchQuery } from '../../src/api/mentor.js';
import { summarise } from './stats.js';

/** This many clients at once, each sending its searches one after another. */
export const LOAD_CLIENTS = 50;
export const LOAD_REQUESTS_PER_CLIENT = 10;
/** Hardening (#13): no request over 2 s under that load; performance (#15): p99 under 500 ms. */
export const LOAD_MAX_MS = 2000;
export const LOAD_BUDGET_P99_MS = 500;

const round2 = (value: number) => Math.round(value * 100) / 100;

type Queries = ReadonlyArray<{ query: MentorSearchQuery }>;

/**
 * 50 clients searching at once over HTTP, as 50 visitors of one site would (one publishable key),
 * from a process of their own (bench/lib/http-client-process.mjs: node:http, one kept-alive
 * connection each): as in a deployment, where the clients are browsers on other machines, none of
 * the clients' work runs on the server's thread. This is the budget's measure. The latency of every
 * request, how many took over 2 s, and how many failed.
 */
export async function timeLoad(url: string, key: string, queries: Queries) {
  const client = fork(new URL('./http-client-process.mjs', import.meta.url), [], { stdio: 'inherit' });
  try {
    const answer = <T>(message: object) =>
      new Promise<T>((resolve, reject) => {
        client.once('message', (reply) => resolve(reply as T));
        client.once('exit', (code) => reject(new Error(`the client process exited (${code})`)));
        client.send(message);
      });
    await answer({
      url: `${url}/v1/mentors/search`,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      bodies: queries.map(({ query }) => JSON.stringify(query)),
      clients: LOAD_CLIENTS,
    });
    const { times, failed } = await answer<{ times: number[]; failed: number }>({ load: { requestsPerClient: LOAD_REQUESTS_PER_CLIENT } });
    return loadFigures(times, failed);
  } finally {
    client.disconnect();
  }
}

/**
 * The same load from clients in the server's own process (fetch): their work shares the server's
 * thread, and fetch opens new connections mid-load, whose first requests wait for the loop of a
 * busy server (search-load-profile.md). Context beside `timeLoad`, not the budget's measure.
 */
export async function timeLoadInProcess(url: string, key: string, queries: Queries) {
  const times: number[] = [];
  let failed = 0;
  const client = async (offset: number) => {
    for (let i = 0; i < LOAD_REQUESTS_PER_CLIENT; i++) {
      const { query } = queries[(offset * LOAD_REQUESTS_PER_CLIENT + i) % queries.length];
      const started = performance.now();
      const response = await fetch(`${url}/v1/mentors/search`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(query),
      }).catch(() => null);
      await response?.arrayBuffer().catch(() => null);
      times.push(performance.now() - started);
      if (response?.status !== 200) failed++;
    }
  };
  await Promise.all(Array.from({ length: LOAD_CLIENTS }, (_, offset) => client(offset)));
  return loadFigures(times, failed);
}

function loadFigures(times: number[], failed: number) {
  const s = summarise(times);
  const latency = { p50: round2(s.p50), p95: round2(s.p95), p99: round2(s.p99), mean: round2(s.mean), max: round2(s.max) };
  return {
    clients: LOAD_CLIENTS,
    requests: times.length,
    latencyMs: latency,
    overMaxMs: times.filter((t) => t > LOAD_MAX_MS).length,
    failed,
    maxMsAllowed: LOAD_MAX_MS,
    budgetP99Ms: LOAD_BUDGET_P99_MS,
    withinBudget: failed === 0 && latency.max <= LOAD_MAX_MS && latency.p99 <= LOAD_BUDGET_P99_MS,
  };
}

export type LoadFigures = ReturnType<typeof loadFigures>;
