/**
 * The compact validators the widgets check answers with. The contract is written once, in zod
 * (src/api); scripts/generate-validators.ts reads each schema's definition and writes the same
 * rules as calls of the small combinators below (src/generated/contract.ts), so a widget bundle
 * carries a few hundred bytes of rules instead of zod. They give zod's verdicts and zod's parsed
 * value on every JSON answer: unknown keys of an object are stripped (kept by a catch-all),
 * `optional` keys left out stay out, text is trimmed where the contract trims it, and every named
 * refinement is the very function the zod schema calls (src/api/refinements.ts).
 * test/api/validators.test.ts proves both readers agree, operation by operation.
 *
 * A validator takes the value and the path it stands at, and returns the parsed value or throws
 * {@link invalid} with the path left at the first failure; {@link safeParse} is how callers use it.
 */

/** Validates `value`, which stands at `at` (a stack of keys it leaves at the first failure). */
export type Validator<T = unknown> = ((value: unknown, at: PropertyKey[]) => T) & {
  /** Set when an object may leave the key out (zod's `optin`). */
  o?: 1;
  /** The parts, kept readable for {@link failures}: an object's fields, an array's item, what `opt`/`nul` wrap. */
  shape?: Record<string, Validator>;
  item?: Validator;
  inner?: Validator;
};
/** One check after the type's: returns the value (trimmed, for `trim`) or throws {@link invalid}. */
export type Check = (value: never, at: PropertyKey[]) => unknown;

export type SafeParse<T> = { success: true; data: T } | { success: false; path: PropertyKey[] };

/** What a failed check throws: one object, never an Error, so a failure costs no stack trace. */
export const invalid = { invalid: true };
const fail = (): never => {
  throw invalid;
};

/** The parsed value, or the path (keys and indexes) of the first value that breaks the contract. */
export function safeParse<T>(validator: Validator<T>, value: unknown): SafeParse<T> {
  const at: PropertyKey[] = [];
  try {
    return { success: true, data: validator(value, at) };
  } catch (error) {
    if (error !== invalid) throw error;
    return { success: false, path: at };
  }
}

/**
 * The path of every part of `value` that breaks the contract, not only the first: each field and
 * item checked on its own, down to the deepest part that fails (a form names every field in error).
 */
export function failures(validator: Validator, value: unknown, at: PropertyKey[] = []): PropertyKey[][] {
  const result = safeParse(validator, value);
  if (result.success) return [];
  const { shape, item, inner } = validator;
  let found: PropertyKey[][] = [];
  if (inner && value != null) found = failures(inner, value, at);
  else if (shape && isObject(value)) found = Object.keys(shape).flatMap((key) => (key in value || !shape[key].o ? failures(shape[key], value[key], [...at, key]) : []));
  else if (item && Array.isArray(value)) found = value.flatMap((entry, index) => failures(item, entry, [...at, index]));
  return found.length ? found : [[...at, ...result.path]];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value == 'object' && value !== null && !Array.isArray(value);

/** Validates `value` under `key` of the value at `at`; the key stays on the path when it fails. */
function child<T>(validator: Validator<T>, value: unknown, key: PropertyKey, at: PropertyKey[]): T {
  at.push(key);
  const parsed = validator(value, at);
  at.pop();
  return parsed;
}

export const str: Validator<string> = (value) => (typeof value == 'string' ? value : fail());
export const num: Validator<number> = (value) => (typeof value == 'number' && isFinite(value) ? value : fail());
export const bool: Validator<boolean> = (value) => (typeof value == 'boolean' ? value : fail());
/** Anything, passed through as it is (zod's `unknown`, and the catch-all of a loose object). */
export const unknown: Validator = (value) => value;
/** Nothing: the answer of a 204. */
export const undef: Validator<undefined> = (value) => (value === undefined ? value : fail());

/** A validator of one of a fixed list of values, which it lists (as zod's enums do) for the choices a form offers. */
export type EnumValidator<T> = Validator<T> & { readonly options: readonly T[] };

/** One of `allowed` (an enum or a literal). */
/* @__NO_SIDE_EFFECTS__ */
export function oneOf<T>(...allowed: T[]): EnumValidator<T> {
  return Object.assign((value: unknown) => (allowed.includes(value as T) ? (value as T) : fail()), { options: allowed });
}

/** `undefined`, or what `inner` accepts; an object may leave the key out. */
/* @__NO_SIDE_EFFECTS__ */
export function opt<T>(inner: Validator<T>): Validator<T | undefined> {
  return Object.assign((value: unknown, at: PropertyKey[]) => (value === undefined ? value : inner(value, at)), { o: 1 as const, inner });
}

/** `null`, or what `inner` accepts. */
/* @__NO_SIDE_EFFECTS__ */
export function nul<T>(inner: Validator<T>): Validator<T | null> {
  return Object.assign((value: unknown, at: PropertyKey[]) => (value === null ? value : inner(value, at)), { o: inner.o, inner });
}

/** The value itself from `get()` when it is `undefined` (zod's `default`). */
/* @__NO_SIDE_EFFECTS__ */
export function fallback<T>(inner: Validator<T>, get: () => T): Validator<T> {
  return (value, at) => (value === undefined ? get() : inner(value, at));
}

/** A schema defined later (a recursive one). */
/* @__NO_SIDE_EFFECTS__ */
export function lazy<T>(get: () => Validator<T>): Validator<T> {
  return (value, at) => get()(value, at);
}

/** An array of what `item` accepts. */
/* @__NO_SIDE_EFFECTS__ */
export function arr<T>(item: Validator<T>): Validator<T[]> {
  return Object.assign((value: unknown, at: PropertyKey[]) => (Array.isArray(value) ? value.map((entry, index) => child(item, entry, index, at)) : fail()), { item });
}

/**
 * An object of `shape`'s keys, in their order; other keys are stripped, or validated with `rest`
 * and kept (a catch-all). `__proto__` is never copied.
 */
/* @__NO_SIDE_EFFECTS__ */
export function obj(shape: Record<string, Validator>, rest?: Validator): Validator<Record<string, unknown>> {
  const validator: Validator<Record<string, unknown>> = (value, at) => {
    if (!isObject(value)) return fail();
    const parsed: Record<string, unknown> = {};
    for (const key in shape) if (key in value || !shape[key].o) parsed[key] = child(shape[key], value[key], key, at);
    if (rest) for (const key in value) if (!Object.hasOwn(shape, key) && key != '__proto__') parsed[key] = child(rest, value[key], key, at);
    return parsed;
  };
  // The shape stays readable, so a form can check each field on its own (every field in error, not only the first).
  return Object.assign(validator, { shape });
}

/** A record: every own key accepted by `key`, every value by `item`. */
/* @__NO_SIDE_EFFECTS__ */
export function rec<T>(key: Validator<string>, item: Validator<T>): Validator<Record<string, T>> {
  return (value, at) => {
    if (!isObject(value)) return fail();
    const parsed: Record<string, T> = {};
    for (const name of Object.keys(value)) if (name != '__proto__') parsed[child(key, name, name, at)] = child(item, value[name], name, at);
    return parsed;
  };
}

/** The first of `options` that accepts the value. */
/* @__NO_SIDE_EFFECTS__ */
export function union(...options: Validator[]): Validator {
  return (value, at) => {
    const depth = at.length;
    for (const option of options) {
      try {
        return option(value, at);
      } catch (error) {
        if (error !== invalid) throw error;
        at.length = depth;
      }
    }
    return fail();
  };
}

/** The option `tag`'s value names (a discriminated union): `[value, option]` pairs. */
/* @__NO_SIDE_EFFECTS__ */
export function tagged(tag: string, options: [unknown, Validator][]): Validator {
  const byTag = new Map(options);
  return (value, at) => (isObject(value) && byTag.get(value[tag]) || fail())(value, at);
}

/** `base`, then each check in order on what the one before returned. */
/* @__NO_SIDE_EFFECTS__ */
export function checked<T>(base: Validator<T>, ...checks: Check[]): Validator<T> {
  return Object.assign((value: unknown, at: PropertyKey[]) => checks.reduce((parsed, check) => check(parsed as never, at), base(value, at) as unknown) as T, { o: base.o, shape: base.shape, item: base.item });
}

/** At least `min` and at most `max` characters or items. */
/* @__NO_SIDE_EFFECTS__ */
export function len(min: number, max = Infinity): Check {
  return (value: { length: number }) => (value.length >= min && value.length <= max ? value : fail());
}

/** Text that `pattern` matches. */
/* @__NO_SIDE_EFFECTS__ */
export function pattern(regex: RegExp): Check {
  return (value: string) => ((regex.lastIndex = 0), regex.test(value) ? value : fail());
}

/** The text without white space at either end (zod's `trim`, which later checks see). */
export const trim: Check = (value: string) => value.trim();

/** A whole number from `min` to `max` (zod's int32 and safe-integer formats). */
/* @__NO_SIDE_EFFECTS__ */
export function int(min: number, max: number): Check {
  return (value: number) => (Number.isInteger(value) && value >= min && value <= max ? value : fail());
}

/** At least `bound` (more than it, when `exclusive`). */
/* @__NO_SIDE_EFFECTS__ */
export function min(bound: number, exclusive?: 1): Check {
  return (value: number) => (exclusive ? value > bound : value >= bound) ? value : fail();
}

/** At most `bound` (less than it, when `exclusive`). */
/* @__NO_SIDE_EFFECTS__ */
export function max(bound: number, exclusive?: 1): Check {
  return (value: number) => (exclusive ? value < bound : value <= bound) ? value : fail();
}

/** A named refinement of src/api/refinements.ts; a failure names `key` under the value when given. */
/* @__NO_SIDE_EFFECTS__ */
export function rule(test: (value: never) => boolean, key?: string): Check {
  return (value: never, at) => (test(value) ? value : (key !== undefined && at.push(key), fail()));
}
