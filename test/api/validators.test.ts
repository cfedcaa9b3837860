// The compact validators (src/generated/contract.ts, written by scripts/generate-validators.ts) and
// the zod schemas they are generated from give the same verdict, the same parsed value and the same
// failing path, on values made from each schema and on those values broken the ways a hostile or
// broken backend breaks them: wrong types, missing and extra keys, impossible dates, NUL and half
// surrogates, prototype keys (__proto__, constructor). Every operation's response is checked, and
// every other schema the generator wrote.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import * as compact from '../../src/generated/contract.js';
import * as clientOperations from '../../src/generated/operations.js';
import { operations } from '../../src/api/operations/index.js';
import * as ops from '../../src/api/operations/index.js';
import * as refinements from '../../src/api/refinements.js';
import { safeParse, type Validator } from '../../src/api/validate.js';

type Schema = z.ZodMiniType & { _zod: { def: Def; values?: Set<unknown>; propValues?: Record<string, Set<unknown>> } };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Def = Record<string, any>;

const modules = await Promise.all(
  ['admin', 'catalogue-files', 'catalogue-rules', 'catalogue-titles', 'catalogue', 'common', 'coordinator-desk', 'details', 'gap', 'identity', 'mentor-onboarding', 'mentor', 'mentorship', 'narrative', 'outcomes', 'plan', 'problem']
    .map((name) => import(`../../src/api/${name}.js`) as Promise<Record<string, unknown>>),
);
const schemaByName = new Map<string, Schema>();
for (const exports of [...modules, ops as Record<string, unknown>]) {
  for (const [name, value] of Object.entries(exports)) if (value && typeof value === 'object' && '_zod' in value && !schemaByName.has(name)) schemaByName.set(name, value as Schema);
}

// ------------------------------------------------------------------ values made from a schema

const checksOf = (def: Def): Def[] => (def.checks ?? []).map((check: Schema) => check._zod.def);
const refinementOf = (def: Def, fn: unknown) => checksOf(def).some((check) => check.check === 'custom' && check.fn === fn);

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  if (refinementOf(def, refinements.isIsoDateTime)) return fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
  if (refinementOf(def, refinements.isIsoDate)) return fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
  const checks = checksOf(def);
  const regex = checks.find((check) => check.check === 'string_format')?.pattern as RegExp | undefined;
  const min = Math.max(0, ...checks.filter((check) => check.check === 'min_length').map((check) => check.minimum as number));
  const max = Math.min(min + 12, ...checks.filter((check) => check.check === 'max_length').map((check) => check.maximum as number));
  if (regex) return fc.stringMatching(new RegExp(regex.source, regex.flags.replace('i', ''))).filter((text) => text.length >= min && text.length <= max + 60);
  return fc.string({ minLength: min, maxLength: Math.max(min, max) });
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = [def, ...checksOf(def)];
  const low = Math.max(-1e6, ...checks.filter((check) => check.check === 'greater_than').map((check) => check.value + (check.inclusive ? 0 : 1)));
  const high = Math.min(1e6, ...checks.filter((check) => check.check === 'less_than').map((check) => check.value - (check.inclusive ? 0 : 1)));
  if (checks.some((check) => check.format)) return fc.integer({ min: low, max: Math.max(low, high) });
  return fc.double({ min: low, max: Math.max(low, high), noNaN: true, noDefaultInfinity: true });
}

function arbitrary(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  const next = (inner: Schema) => arbitrary(inner, depth + 1);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
    case 'literal':
      return fc.constantFrom(...schema._zod.values!);
    case 'unknown':
    case 'any':
      return fc.jsonValue({ maxDepth: 2 });
    case 'undefined':
      return fc.constant(undefined);
    case 'optional':
      return depth > 6 ? fc.constant(undefined) : fc.option(next(def.innerType), { nil: undefined, freq: 3 });
    case 'nullable':
      return depth > 6 ? fc.constant(null) : fc.option(next(def.innerType), { nil: null, freq: 3 });
    case 'default':
      return fc.option(next(def.innerType), { nil: undefined });
    case 'lazy':
      return depth > 4 ? fc.constant(undefined) : next(def.getter());
    case 'array': {
      const min = Math.max(0, ...checksOf(def).filter((check) => check.check === 'min_length').map((check) => check.minimum as number));
      return fc.array(next(def.element), { minLength: min, maxLength: depth > 3 ? min : min + 2 });
    }
    case 'record':
      return fc.dictionary(next(def.keyType) as fc.Arbitrary<string>, next(def.valueType), { maxKeys: 2 });
    case 'union':
      return fc.oneof(...(def.options as Schema[]).map(next));
    case 'object': {
      const shape = def.shape as Record<string, Schema>;
      const record = fc.record(
        Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, next(value)])),
        { requiredKeys: Object.keys(shape).filter((key) => shape[key]._zod.optin === undefined) },
      );
      if (!def.catchall) return record;
      const extra = fc.dictionary(fc.constantFrom('fr', 'es', 'zh-Hans', 'pt-BR', 'x', '1'), next(def.catchall), { maxKeys: 2 });
      return fc.tuple(record, extra).map(([fixed, rest]) => ({ ...rest, ...fixed }));
    }
    default:
      throw new Error(`no arbitrary for ${def.type}`);
  }
}

// ------------------------------------------------------------------ what a hostile backend sends

const HOSTILE: unknown[] = [
  null, 0, -1, 1.5, 2 ** 31, 2 ** 53, '', ' padded ', 'x', 'a\u0000b', '\ud800', '2026-02-30', '2026-02-28T24:00:00Z', 'javascript:alert(1)', true, [], {}, [1], { en: 'x' },
];
const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'prototype', 'extra'];

/** Every path in `value` that holds a value. */
function paths(value: unknown, at: PropertyKey[] = [], found: PropertyKey[][] = []): PropertyKey[][] {
  found.push(at);
  if (value && typeof value === 'object') for (const key of Object.keys(value)) paths((value as Record<string, unknown>)[key], [...at, key], found);
  return found;
}

/** Sets an own, enumerable property, even `__proto__`, as JSON.parse would. */
const own = (target: object, key: string, value: unknown) => Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

const mutation = fc.record({ pick: fc.nat(), how: fc.nat({ max: 5 }), hostile: fc.constantFrom(...HOSTILE), key: fc.constantFrom(...PROTO_KEYS) });

/** `value` (a JSON copy) broken at one place: replaced, removed, given an extra key, or its text spoiled. */
function mutate(value: unknown, { pick, how, hostile, key }: (typeof mutation extends fc.Arbitrary<infer T> ? T : never)): unknown {
  const copy: unknown = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  const all = paths(copy);
  const path = all[pick % all.length];
  if (path.length === 0) return how === 0 ? { [key]: copy } : hostile;
  const parent = path.slice(0, -1).reduce<any>((node, step) => node[step], copy); // eslint-disable-line @typescript-eslint/no-explicit-any
  const last = path[path.length - 1] as string;
  const current = parent[last];
  if (how === 1 && !Array.isArray(parent)) delete parent[last];
  else if (how === 2 && current && typeof current === 'object' && !Array.isArray(current)) own(current, key, hostile);
  else if (how === 3 && typeof current === 'string') parent[last] = `${current}\u0000`;
  else if (how === 4 && typeof current === 'string') parent[last] = current.padEnd(20_001, 'x');
  else parent[last] = hostile;
  // Over the wire: what JSON.parse makes of it (an own "__proto__" key stays an own key).
  return copy === undefined ? undefined : JSON.parse(JSON.stringify(copy));
}

// ------------------------------------------------------------------ both readers

function verdicts(schema: Schema, validator: Validator, value: unknown) {
  const expected = schema.safeParse(value);
  const actual = safeParse(validator, value);
  assert.equal(actual.success, expected.success, `verdict on ${JSON.stringify(value)?.slice(0, 300)}: zod ${expected.success ? 'accepts' : `refuses at ${expected.error?.issues[0]?.path.join('.')}`}`);
  if (actual.success && expected.success) assert.deepStrictEqual(actual.data, expected.data);
  else if (!actual.success && !expected.success) {
    // The same path; under a union whose options all fail, zod names the one option that failed
    // only a check (a length, a pattern) and the compact validator names the union: a prefix.
    const zodPath = expected.error.issues[0]?.path.map(String) ?? [];
    const path = actual.path.map(String);
    assert.deepEqual(zodPath.slice(0, path.length), path, `failing path on ${JSON.stringify(value)?.slice(0, 300)}: zod ${zodPath.join('.')}, compact ${path.join('.')}`);
  }
}

function agree(name: string, schema: Schema, validator: Validator, runs: number) {
  try {
    agreeOn(schema, validator, runs);
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`, { cause: error });
  }
}

function agreeOn(schema: Schema, validator: Validator, runs: number) {
  fc.assert(fc.property(arbitrary(schema), (value) => verdicts(schema, validator, value)), { numRuns: runs, seed: 15 });
  fc.assert(fc.property(arbitrary(schema), mutation, (value, how) => verdicts(schema, validator, mutate(value, how))), { numRuns: runs * 3, seed: 15 });
  for (const hostile of HOSTILE) verdicts(schema, validator, hostile);
}

describe('compact validators', () => {
  it('give zod\'s verdict, parsed value and failing path on every operation\'s response', () => {
    const zodOperations = ops as unknown as Record<string, { response: Schema; method: string; path: string }>;
    let checked = 0;
    for (const [name, operation] of Object.entries(clientOperations)) {
      const contract = zodOperations[name];
      assert.ok(contract && operations.includes(contract as never), `${name} is an operation of the contract`);
      assert.equal(operation.method, contract.method);
      assert.equal(operation.path, contract.path);
      agree(name, contract.response, operation.response as Validator, 15);
      checked++;
    }
    assert.equal(checked, operations.length, 'every operation of the contract has a client operation');
  });

  it('give zod\'s verdicts on every other schema they were generated for', () => {
    for (const [name, validator] of Object.entries(compact)) {
      const schema = schemaByName.get(name);
      if (!schema) continue; // an operation's response without a name of its own: checked above
      agree(name, schema, validator as Validator, 10);
    }
  });

  it('refuse prototype keys in records and localized text the way zod does', () => {
    const text = JSON.parse('{"en":"Nurse","__proto__":{"polluted":true},"constructor":"x"}');
    verdicts(schemaByName.get('LocalizedText')!, compact.LocalizedText as Validator, text);
    const parsed = safeParse(compact.LocalizedText, JSON.parse('{"en":"Nurse","__proto__":"x"}'));
    assert.ok(parsed.success);
    assert.equal(Object.getPrototypeOf(parsed.data), Object.prototype, 'the parsed object keeps its prototype');
  });
});
