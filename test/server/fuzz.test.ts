/**
 * Property-based fuzzing of every operation over real HTTP: each operation's path params,
 * query and body are generated from its schema, with hostile values mixed in (NUL, lone
 * surrogates, huge numbers, deep nesting, prototype keys, wrong types, very long strings), and
 * sent with the credential the operation needs. Whatever comes in, the server answers a 4xx
 * problem or a success: never a 5xx, never a stack trace or SQL. Fixed seed, bounded runs.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { fillPath } from '../../src/api/operation.js';
import type { AnyRoute } from '../../src/server/route.js';
import { routeModules } from '../../src/server/routes/index.js';
import { startTestServer, type TestServer } from './helpers.js';
import { DEMO_PUBLISHABLE_KEY, DEMO_SECRET_KEY } from '../support/demo.js';

const SEED = 20261205;
const RUNS_PER_OPERATION = 12;

const hostileStrings = [
  'a\u0000b', 'a\ud800b', '\udc00', '😀', '', ' ', 'x'.repeat(70_000), '__proto__', 'constructor', 'toString', 'prototype',
  '2026-02-30', '0000-01-01', '9999-99-99', '2147483648', "'; DROP TABLE users; --", '<img src=x onerror=alert(1)>', '{{#each x}}', '../../etc/passwd', '%00',
];
const hostileNumbers = [2147483648, -2147483649, 1e300, -1e300, 0.5, -1, 0, Number.MAX_SAFE_INTEGER + 2];

function deep(levels: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Values that are wrong everywhere: types, prototype keys, nesting. */
const hostileAny: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...hostileStrings, ...hostileNumbers, null, true, [], {}, deep(300)),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
);

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Plausible values for well-known string shapes, so that some requests get past validation. */
const plausibleStrings = ['registered-nurse', 'ca-on', 'en', 'fr-CA', '2027-03-01', '2026-11-25T10:00:00Z', 'mentee', 'hello', 'main', 'title'];

/** An arbitrary for values of `schema`: mostly well-typed, sometimes hostile anywhere in the tree. */
function valueOf(schema: z.ZodMiniType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const shaped = ((): fc.Arbitrary<unknown> => {
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'readonly':
      case 'nonoptional':
        return fc.oneof(valueOf(def.innerType as z.ZodMiniType, depth), fc.constant(def.type === 'nullable' ? null : undefined));
      case 'pipe':
        return valueOf(def.in as z.ZodMiniType, depth);
      case 'object': {
        const shape = def.shape as Record<string, z.ZodMiniType>;
        const record = fc.record(Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, valueOf(value, depth + 1)])), { requiredKeys: [] });
        return depth > 6 ? fc.constant({}) : record;
      }
      case 'array':
        return depth > 6 ? fc.constant([]) : fc.array(valueOf(def.element as z.ZodMiniType, depth + 1), { maxLength: 3 });
      case 'record':
        return depth > 6 ? fc.constant({}) : fc.dictionary(fc.oneof(fc.constantFrom('title', 'local-title', 'en', '__proto__', 'constructor', 'a\u0000'), fc.string({ maxLength: 8 })), valueOf(def.valueType as z.ZodMiniType, depth + 1), { maxKeys: 3 });
      case 'union':
        return fc.oneof(...(def.options as z.ZodMiniType[]).map((option) => valueOf(option, depth)));
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
      case 'literal':
        return fc.constantFrom(...(def.values as unknown[]));
      case 'string':
        return fc.oneof(fc.constantFrom(...plausibleStrings), fc.string({ maxLength: 30 }));
      case 'number':
      case 'int':
        return fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer(), fc.constantFrom(...hostileNumbers));
      case 'boolean':
        return fc.boolean();
      default:
        return fc.constant(undefined);
    }
  })();
  return fc.oneof({ arbitrary: shaped, weight: 4 }, { arbitrary: hostileAny, weight: 1 });
}

/** A query value as a URL carries it: text, or several of it. */
function queryText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function encodePathValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? 'x';
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80'; // A lone surrogate as (invalid) UTF-8.
  }
}

const LEAKS = [/\n\s+at /, /node_modules/, /\.ts:\d+/, /\bSELECT\b[\s\S]*\bFROM\b/i, /syntax error at/i, /violates .* constraint/i, /relation "/i, /invalid byte sequence/i, /RuntimeError/];

describe('hostile requests to every operation', () => {
  let server: TestServer;
  const tokens: Record<string, string> = {};
  const realIds: Record<string, string[]> = {};
  let keys = 0;

  before(async () => {
    server = await startTestServer();
    for (const role of ['mentee', 'mentor', 'coordinator'] as const) tokens[role] = await server.tokenFor(role, `fuzz-${role}`);
    const plan = await server.request('/v1/plans', { token: tokens.mentee, body: { goal: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2028-06-30' } } });
    const milestone = await server.request(`/v1/plans/${plan.body.plan.id}/milestones`, { token: tokens.mentee, body: { title: 'Exam', kind: 'exam-sitting', dueDate: '2027-03-01' } });
    const draft = await server.request('/v1/narrative-drafts', { token: tokens.mentee, body: { templateId: 'seed-resume-summary-en' } });
    realIds.planId = [plan.body.plan.id];
    realIds.id = [milestone.body.id, draft.body.id, 'seed-resume-summary-en', 'registered-nurse'];
    realIds.mentorId = [(await server.request('/v1/me', { token: tokens.mentor })).body.user.id];
    // A key of its own to rotate and revoke: the demo keys keep working for the other operations.
    realIds.keyId = [(await server.request('/v1/admin/keys', { token: DEMO_SECRET_KEY, body: { kind: 'publishable', label: 'fuzz' } })).body.key.id];
    realIds.introductionId = ['intro_none'];
    realIds.mentorshipId = ['msp_none'];
    realIds.reviewId = ['review_none'];
  });
  after(() => server.close());

  const routes: AnyRoute[] = routeModules.flatMap((module) => module.routes);

  const statuses = new Map<number, number>();
  after(() => {
    if (process.env.FUZZ_STATS) console.log(Object.fromEntries(statuses));
  });

  it('answers no 5xx, always problem+json on errors, and never leaks a stack or SQL', async () => {
    for (const route of routes) {
      const op = route.operation;
      const names = [...op.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1]);
      const params = fc.record(Object.fromEntries(names.map((name) => [name, fc.oneof({ arbitrary: fc.constantFrom(...(realIds[name] ?? ['x'])), weight: 3 }, { arbitrary: hostileAny, weight: 1 })])));
      const query = op.query ? valueOf(op.query) : fc.constant(undefined);
      const body = op.body ? valueOf(op.body) : fc.constant(undefined);
      const credential =
        route.auth === 'none' ? undefined : route.auth === 'secret' ? DEMO_SECRET_KEY : route.auth === 'key' ? DEMO_PUBLISHABLE_KEY : tokens[route.roles?.[0] ?? 'mentee'];

      await fc.assert(
        fc.asyncProperty(params, query, body, fc.boolean(), async (p, q, b, withKey) => {
          let path = fillPath(op.path, Object.fromEntries(names.map((name) => [name, 'PARAM_' + name])));
          for (const name of names) path = path.replace(`PARAM_${name}`, encodePathValue((p as Record<string, unknown>)[name]));
          const search = new URLSearchParams();
          if (q && typeof q === 'object') {
            for (const [key, value] of Object.entries(q)) {
              const text = queryText(value);
              if (text !== undefined) search.append(key, text);
            }
          }
          const url = search.size > 0 ? `${path}?${search.toString().replaceAll('%EF%BF%BD', '%ED%A0%80')}` : path;
          const headers: Record<string, string> = { 'content-type': 'application/json', ...(withKey && op.idempotent ? { 'idempotency-key': `fuzz-${++keys}` } : {}) };
          const res = await server.request(url, {
            method: op.method,
            token: credential,
            headers,
            body: op.body ? (b === undefined ? 'null' : JSON.stringify(b)) : undefined,
          });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const where = `${op.method} ${url.slice(0, 200)} -> ${res.status}: ${res.text.slice(0, 300)}`;
          assert.ok(res.status < 500, where);
          if (res.status >= 400) {
            assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/, where);
            assert.equal(typeof res.body?.code, 'string', where);
          }
          for (const leak of LEAKS) assert.doesNotMatch(res.text, leak, where);
        }),
        { seed: SEED, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
      );
    }
  });
});
