/**
 * Where a request's HTTP overhead goes (budget: HTTP + validation at most 1.3x the same query
 * called directly, BUDGETS.md), for the two routes the budget is read on: POST /v1/gap-analyses
 * (the demo catalogue) and POST /v1/mentors/search (100,000 generated mentors, the mentor search
 * bench's database). Per route, interleaved, the client in another process as a browser is
 * (bench/lib/http-client-process.mjs: node:http, one kept-alive connection), the server here:
 *   (a) a bare node:http server answering the route's recorded answer for that body (the floor);
 *   (b) the app as deployed, with the route's handler answering its recorded answer (the app without the query);
 *   (c) the real route, the app as deployed (NODE_ENV=production: response validation off);
 *   (d) the route's handler called directly, with the same context (the query alone).
 * Beside each: the server's CPU time per request (this process's user + system time, an IPC round
 * trip's taken off) and the app's own span (its log line: first middleware to response made).
 * With `--profile`, V8 CPU profiles of this process serving (c) alone and running (d) alone,
 * self time per request by where it ran (Node's HTTP, Hono, zod, PGlite, our files ...).
 *
 *   node --import tsx bench/http-overhead.bench.ts [runs=900] [gap | search | gap-pg] [--profile]
 *
 * Without a route, the PGlite cases; `gap-pg` runs the gap analysis on a throwaway PostgreSQL cluster instead.
 *
 * Writes bench/results/http-overhead.json and http-overhead.md (the budget's verdict per route, then the tables).
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { Session } from 'node:inspector/promises';
import { serve } from '@hono/node-server';
import * as z from 'zod/mini';
import { createApp } from '../src/server/app.js';
import { authenticate, generateApiKey, loadTokenSecret, mintUserToken, upsertUser, type Principal } from '../src/server/auth.js';
import { PgliteDatabase } from '../src/server/db/pglite.js';
import { openDatabase } from '../src/server/db/index.js';
import { postgresUnavailable, startThrowawayCluster } from '../test/support/postgres-cluster.js';
import type { Database } from '../src/server/db/types.js';
import { startServer } from '../src/server/index.js';
import { createRateLimits } from '../src/server/limits.js';
import type { AnyRoute, RouteModule } from '../src/server/route.js';
import { routeModules } from '../src/server/routes/index.js';
import { requirementSets } from '../src/server/seed/catalogue/index.js';
import { demoProfile } from '../src/server/seed/catalogue/demo-profile.js';
import { httpServerOptions, resolveServerLimits } from '../src/server/timeouts.js';
import { summarise, type Summary } from './lib/stats.js';
import { cpuMs, otherProcessClient } from './lib/http-client.js';
import { BENCH_ORG, prepareMentorDatabase } from './lib/mentor-database.js';
import { generateQueries } from './lib/search-queries.js';

// 900 per case: with 300, a search's ratio of two p50s swung by about +/-0.03 from one run to the next on a quiet machine.
const RUNS = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 900);
const PROFILE = process.argv.includes('--profile');
const WARMUP = 30;

interface Case {
  name: string;
  db: Database;
  key: string;
  method: string;
  path: string;
  /** Request bodies, sent in turn. */
  bodies: string[];
}

/** The route of the contract at method + path. */
function routeOf(method: string, path: string): AnyRoute {
  const found = routeModules.flatMap((module) => module.routes).find((route) => route.operation.method === method && route.operation.path === path);
  if (!found) throw new Error(`No route ${method} ${path}`);
  return found;
}

/** The app as `startServer` serves it, on a port of its own, with other route modules. */
async function serveApp(db: Database, modules: RouteModule[], log: (line: Record<string, unknown>) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const app = createApp({ db, tokenSecret: await loadTokenSecret(db), modules, log, validateResponses: false, rateLimits: await createRateLimits(db), publicOrigins: () => [] });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', serverOptions: httpServerOptions(resolveServerLimits()) }, () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => closeServer(server as Server) };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** A bare node:http server: reads the body, answers the bytes recorded for it. */
async function serveBare(answers: Map<string, Buffer>): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = answers.get(Buffer.concat(chunks).toString('utf8'))!;
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.byteLength });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => closeServer(server) };
}

/** A client in its own process, sending the case's bodies to `url`. */
function clientProcess(url: string, c: Case) {
  return otherProcessClient(`${url}${c.path}`, { authorization: `Bearer ${c.key}`, 'content-type': 'application/json' }, c.bodies);
}

/** Self time per request by where it ran, from a V8 CPU profile. */
interface CpuProfile { nodes: { id: number; callFrame: { functionName: string; url: string } }[]; samples: number[]; timeDeltas: number[] }
function where(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : `(native) ${name}`;
  if (url.includes('@hono/node-server')) return '@hono/node-server';
  if (url.includes('/hono/')) return 'hono';
  if (url.includes('/zod/')) return 'zod';
  if (url.includes('pglite')) return 'PGlite';
  if (url.includes('rate-limiter-flexible')) return 'rate-limiter-flexible';
  if (url.startsWith('node:internal/deps/undici')) return 'undici (Request/Response/Headers)';
  if (url.startsWith('node:internal/http') || url.startsWith('node:_http') || url.startsWith('node:http')) return "Node's HTTP";
  if (url.startsWith('node:internal/streams') || url.startsWith('node:stream')) return 'Node streams';
  if (url.startsWith('node:net') || url.startsWith('node:internal/stream_base')) return 'Node net';
  if (url.startsWith('node:internal/webstreams')) return 'web streams';
  if (url.startsWith('node:internal/async_hooks') || url.startsWith('node:async_hooks')) return 'async_hooks (AsyncLocalStorage)';
  if (url.startsWith('node:')) return url.replace(/^node:(internal\/)?/, 'node:');
  const source = url.replace(/^.*\/(src|bench|node_modules)\//, '$1/');
  return source;
}
function selfTimes(profile: CpuProfile, requests: number): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const out = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const frame = byId.get(profile.samples[i])!.callFrame;
    if (frame.functionName === '(idle)') continue;
    // PROFILE_FUNCTIONS=1: by function, not by where it ran.
    const key = process.env.PROFILE_FUNCTIONS ? `${frame.url.replace(/^.*\/(src|node_modules)\//, '')} ${frame.functionName}` : where(frame.url, frame.functionName);
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000 / requests);
  }
  return out;
}

async function profiled(session: Session, requests: number, work: (i: number) => Promise<unknown>): Promise<Map<string, number>> {
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let i = 0; i < requests; i++) await work(i);
  const { profile } = await session.post('Profiler.stop');
  return selfTimes(profile as unknown as CpuProfile, requests);
}

async function measure(c: Case) {
  const route = routeOf(c.method, c.path);
  const op = route.operation;
  const tokenSecret = await loadTokenSecret(c.db);
  const principal = (await authenticate(c.db, tokenSecret, `Bearer ${c.key}`)) as Principal;
  const parsedBodies = c.bodies.map((body) => z.parse(op.body!, JSON.parse(body)));
  // (d) the handler with the context the app gives it, the body already parsed.
  const direct = (i: number) => route.handler({
    params: undefined, query: undefined, body: parsedBodies[i % parsedBodies.length], db: c.db, database: c.db, principal, actor: null,
    expectedVersion: undefined, version: '0.0.0', tokens: { secret: tokenSecret }, request: new Request('http://in-process/'), setHeader: () => {},
  } as never);
  // The recorded answers, one per body.
  const recorded = new Map<string, unknown>();
  const bytes = new Map<string, Buffer>();
  for (let i = 0; i < c.bodies.length; i++) {
    const answer = await direct(i);
    recorded.set(JSON.stringify(parsedBodies[i]), answer);
    bytes.set(c.bodies[i], Buffer.from(JSON.stringify(answer)));
  }
  const sizes = [...bytes.values()].map((buffer) => buffer.byteLength);
  const stubbed: RouteModule[] = routeModules.map((module) => ({
    ...module,
    routes: module.routes.map((entry) => (entry === route ? { ...entry, handler: async ({ body }: { body: unknown }) => recorded.get(JSON.stringify(body)) } : entry)),
  }));
  const spans = { stub: [] as number[], real: [] as number[] };
  let span: number[] | undefined;
  const log = (line: Record<string, unknown>) => {
    if (span && line.path === c.path && typeof line.ms === 'number') span.push(line.ms);
  };
  const bare = await serveBare(bytes);
  const stub = await serveApp(c.db, stubbed, log);
  const real = await startServer({ db: c.db, port: 0, host: '127.0.0.1', seed: false, skipMigrations: true, log, validateResponses: false });
  const clients = { bare: await clientProcess(bare.url, c), stub: await clientProcess(stub.url, c), real: await clientProcess(real.url, c) };
  const samples = { bare: [] as number[], stub: [] as number[], real: [] as number[], direct: [] as number[] };
  const cpu = { bare: 0, stub: 0, real: 0, direct: 0 };
  const order = ['bare', 'stub', 'real', 'direct'] as const;
  for (let j = 0; j < WARMUP + RUNS; j++) {
    // The first WARMUP rounds are not kept; `i` counts the kept ones.
    const i = j - WARMUP;
    // Each in turn, starting from a different one each time, so drift in load falls on all alike.
    for (let k = 0; k < order.length; k++) {
      const which = order[(j + k) % order.length];
      if (which === 'direct') {
        const before = cpuMs();
        const started = performance.now();
        await direct(j);
        const ms = performance.now() - started;
        if (i >= 0) {
          samples.direct.push(ms);
          cpu.direct += cpuMs() - before;
        }
        continue;
      }
      span = i >= 0 && which !== 'bare' ? spans[which] : undefined;
      const { ms, cpu: served } = await clients[which].request(j);
      span = undefined;
      if (i >= 0) {
        samples[which].push(ms);
        cpu[which] += served;
      }
    }
  }
  let profile: Record<string, Record<'bare' | 'stub' | 'real' | 'direct', number>> | undefined;
  if (PROFILE) {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    const tables = {
      bare: await profiled(session, RUNS, (i) => clients.bare.request(i)),
      stub: await profiled(session, RUNS, (i) => clients.stub.request(i)),
      real: await profiled(session, RUNS, (i) => clients.real.request(i)),
      direct: await profiled(session, RUNS, (i) => direct(i)),
    };
    session.disconnect();
    profile = {};
    for (const key of new Set(Object.values(tables).flatMap((table) => [...table.keys()]))) {
      profile[key] = { bare: round3(tables.bare.get(key) ?? 0), stub: round3(tables.stub.get(key) ?? 0), real: round3(tables.real.get(key) ?? 0), direct: round3(tables.direct.get(key) ?? 0) };
    }
  }
  for (const client of Object.values(clients)) client.close();
  await bare.close();
  await stub.close();
  await real.close();
  const parse = summarise([...bytes.values()].map((buffer) => {
    const text = buffer.toString('utf8');
    const started = performance.now();
    JSON.parse(text);
    return performance.now() - started;
  }));
  return {
    name: c.name,
    answerBytes: { min: Math.min(...sizes), mean: Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length), max: Math.max(...sizes) },
    latencyMs: { bare: summarise(samples.bare), stub: summarise(samples.stub), real: summarise(samples.real), direct: summarise(samples.direct) },
    appSpanMs: { stub: summarise(spans.stub), real: summarise(spans.real) },
    cpuMsPerRequest: { bare: round3(cpu.bare / RUNS), stub: round3(cpu.stub / RUNS), real: round3(cpu.real / RUNS), direct: round3(cpu.direct / RUNS) },
    jsonParseMs: parse,
    profileMsPerRequest: profile,
  };
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

async function gapCase(db?: Database): Promise<Case> {
  db ??= await PgliteDatabase.open({ dataDir: 'memory://' });
  // Migrated and seeded with the demo organisation and its keys, as the gap analysis bench does.
  await (await startServer({ db, port: 0, host: '127.0.0.1', seedDemo: true })).close();
  const targets = requirementSets.filter((set) => set.requirements.length > 0).map((set) => ({ occupationId: set.occupationId, jurisdictionId: set.jurisdictionId }));
  return { name: db.kind === 'postgres' ? 'gap analysis on PostgreSQL' : 'gap analysis', db, key: 'pk_demo_bridgeway', method: 'POST', path: '/v1/gap-analyses', bodies: targets.map((target) => JSON.stringify({ profile: demoProfile, ...target, asOf: '2026-11-25' })) };
}

/** Search with the publishable key (as the finder on a public page), or as a signed-in mentee with a user token. */
async function searchCase(db: Database, as: 'key' | 'mentee'): Promise<Case> {
  const bodies = generateQueries(100).map(({ query }) => JSON.stringify(query));
  const path = '/v1/mentors/search';
  if (as === 'mentee') {
    const user = await upsertUser(db, BENCH_ORG, 'bench-mentee', 'mentee', 'Bench Mentee');
    const { token } = await mintUserToken(await loadTokenSecret(db), user, 3600);
    return { name: "mentor search, a mentee's user token", db, key: token, method: 'POST', path, bodies };
  }
  const key = generateApiKey('publishable');
  await db.query(
    `INSERT INTO api_keys (id, organisation_id, kind, key_hash, prefix) VALUES ('key_bench_pk', $1, 'publishable', $2, $3)
     ON CONFLICT (id) DO UPDATE SET key_hash = EXCLUDED.key_hash, prefix = EXCLUDED.prefix`,
    [BENCH_ORG, key.hash, key.prefix],
  );
  return { name: 'mentor search, a publishable key', db, key: key.key, method: 'POST', path, bodies };
}

function table(result: Awaited<ReturnType<typeof measure>>): string {
  const { latencyMs: l, cpuMsPerRequest: cpu, appSpanMs: span } = result;
  const d = l.direct.p50;
  const row = (what: string, s: Summary, cpuMs: number | string, extra = '') => `| ${what} | ${s.p50} | ${s.p95} | ${s.p99} | ${ratio(s.p50, d)}x | ${cpuMs} | ${extra} |`;
  const lines = [
    `| ${result.name}, the client in another process (ms) | p50 | p95 | p99 | p50 / direct | server CPU per request | |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    row('(a) bare node:http server, the same answer', l.bare, cpu.bare),
    row('(b) the app, the handler answering its recorded answer', l.stub, cpu.stub, `app span p50 ${span.stub.p50}`),
    row('(c) the real route (production)', l.real, cpu.real, `app span p50 ${span.real.p50} (${ratio(span.real.p50, d)}x)`),
    row('(d) direct: the handler called in this process', l.direct, cpu.direct),
    '',
    `Answers ${result.answerBytes.min}-${result.answerBytes.max} bytes (mean ${result.answerBytes.mean}); the client's JSON.parse of one p50 ${result.jsonParseMs.p50} ms. Server CPU (c) / (d): ${ratio(cpu.real, cpu.direct)}x.`,
  ];
  if (result.profileMsPerRequest) {
    // PROFILE_SORT=stub (or bare, real, direct): by that column; by (c) - (d) otherwise.
    const column = process.env.PROFILE_SORT as 'bare' | 'stub' | 'real' | 'direct' | undefined;
    const weight = (t: Record<'bare' | 'stub' | 'real' | 'direct', number>) => (column ? t[column] : t.real - t.direct);
    const entries = Object.entries(result.profileMsPerRequest).sort((a, b) => weight(b[1]) - weight(a[1]));
    lines.push('', '| self time per request (ms, V8 profile, 100 µs sampling, each alone) | (a) bare | (b) app, recorded answer | (c) real route | (d) direct | (c) - (d) |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [key, t] of entries.slice(0, 25)) lines.push(`| ${key} | ${t.bare} | ${t.stub} | ${t.real} | ${t.direct} | ${round3(t.real - t.direct)} |`);
    const total = (side: 'bare' | 'stub' | 'real' | 'direct') => round3(Object.values(result.profileMsPerRequest!).reduce((sum, entry) => sum + entry[side], 0));
    lines.push(`| all | ${total('bare')} | ${total('stub')} | ${total('real')} | ${total('direct')} | ${round3(total('real') - total('direct'))} |`);
  }
  return lines.join('\n');
}

const loadAtStart = loadavg().map((value) => Math.round(value * 100) / 100);
const only = process.argv.find((arg) => arg === 'gap' || arg === 'search' || arg === 'gap-pg');
const results = [];
if (only === 'gap-pg') {
  // The gap analysis on a throwaway PostgreSQL cluster (its rate limits then live in the database too).
  const why = postgresUnavailable();
  if (why) throw new Error(why);
  const cluster = await startThrowawayCluster();
  try {
    const c = await gapCase(await openDatabase({ databaseUrl: cluster.databaseUrl }));
    results.push(await measure(c));
    await c.db.close();
  } finally {
    await cluster.stop();
  }
}
if (only === undefined || only === 'gap') {
  const c = await gapCase();
  results.push(await measure(c));
  await c.db.close();
}
if (only === undefined || only === 'search') {
  const db = await PgliteDatabase.open({ dataDir: (await prepareMentorDatabase(100_000)).dataDir });
  results.push(await measure(await searchCase(db, 'key')));
  results.push(await measure(await searchCase(db, 'mentee')));
  await db.close();
}
const loadAtEnd = loadavg().map((value) => Math.round(value * 100) / 100);
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/http-overhead.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, loadAverage: { start: loadAtStart, end: loadAtEnd }, results }, null, 2)}\n`);
/**
 * The budget's verdict, as the lead decided it (#15): HTTP + validation overhead is the app's own span for the
 * route (first middleware to response made: routing, credentials, limits, request validation, handler, JSON)
 * over the handler called directly. The end-to-end ratio a client in another process sees and its floor (a bare
 * node:http server answering the same bytes, plus the direct call) stand beside it: for a query of a millisecond
 * or two the floor alone is over 1.3x, whatever the app does.
 */
function verdict(result: Awaited<ReturnType<typeof measure>>): string {
  const { latencyMs: l, appSpanMs: span } = result;
  const d = l.direct.p50;
  const judged = ratio(span.real.p50, d);
  return `| ${result.name} | ${judged}x (${judged <= 1.3 ? 'within' : 'over'}) | ${ratio(l.real.p50, d)}x | ${ratio(l.bare.p50 + d, d)}x |`;
}

const heading = `${new Date().toISOString()}, ${RUNS} runs each, interleaved; load average ${loadAtStart.join(' ')} at the start, ${loadAtEnd.join(' ')} at the end.`;
const verdicts = [
  '| route | the app\'s span / direct, p50 (budget 1.3x) | end to end, client in another process / direct | floor: bare node:http + direct / direct |',
  '| --- | ---: | ---: | ---: |',
  ...results.map(verdict),
].join('\n');
const report = [
  '# HTTP + validation overhead',
  '',
  'Budget (BUDGETS.md): HTTP + validation overhead over the same query called directly, at most 1.3x. Read (#15, the lead\'s',
  'decision) as the app\'s own span for the route against its handler called directly, p50, the client in another process as a',
  'browser is. The end-to-end ratio and its floor are context: the floor is what Node\'s HTTP and the socket cost with no app at all.',
  '',
  heading,
  '',
  verdicts,
  '',
  ...results.map((result) => `${table(result)}\n`),
].join('\n');
await writeFile('bench/results/http-overhead.md', report);
console.log(report);
