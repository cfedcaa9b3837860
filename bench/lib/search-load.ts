/** The load phase of the mentor search benches: many clients searching at once over HTTP. */
import type { MentorSearchQuery } from '../../src/api/mentor.js';
import { summarise } from './stats.js';

/** This many clients at once, each sending its searches one after another. */
export const LOAD_CLIENTS = 50;
export const LOAD_REQUESTS_PER_CLIENT = 10;
/** Hardening (#13): no request over 2 s under that load; performance (#15): p99 under 500 ms. */
export const LOAD_MAX_MS = 2000;
export const LOAD_BUDGET_P99_MS = 500;

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * 50 clients searching at once over HTTP, as 50 visitors of one site would (one publishable key):
 * the latency of every request, how many took over 2 s, and how many failed.
 */
export async function timeLoad(url: string, key: string, queries: ReadonlyArray<{ query: MentorSearchQuery }>) {
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
