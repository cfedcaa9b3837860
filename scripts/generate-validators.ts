// Writes the client's reading of the contract: src/generated/contract.ts (a compact validator for
// every schema of src/api, as calls of the combinators in src/api/validate.ts) and
// src/generated/operations.ts (every operation as the client calls it: method, path, the response's
// validator, status and flags; no request schema), and src/generated/routes.ts (the same without
// the validator, which the caller brings to call()). The contract stays written once, in zod: this
// reads each schema's definition (`_zod.def`), so the server, the OpenAPI document and the
// package's types keep reading the zod schemas while a widget bundle carries no zod at all.
//
//   node --import tsx scripts/generate-validators.ts     (run by `npm run localize:build`)
//
// src/generated/ is gitignored: every path that builds, starts or tests runs localize:build first.
// A refinement must be a function exported by src/api/refinements.ts (both readers call it); a
// schema this cannot express (coerce, pipes, strict objects...) is left out with a comment, and it
// is an error when an operation's response needs it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import * as refinements from '../src/api/refinements.js';
import { contractModules } from './contract-modules.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/generated');

type Schema = z.ZodMiniType & { _zod: { def: Def; values?: Set<unknown>; propValues?: Record<string, Set<unknown>> } };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Def = Record<string, any>;

class Unsupported extends Error {}

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && '_zod' in value && 'def' in (value as Schema)._zod;
const isOperation = (value: unknown): value is { method: string; path: string; response: Schema } =>
  typeof value === 'object' && value !== null && 'method' in value && 'path' in value && isSchema((value as unknown as { response: unknown }).response);

/** The barrel of src/api, which re-exports the contract rather than declaring it. */
const NOT_CONTRACT = new Set(['index.ts']);

/**
 * A module that imports this script's output (the client, its refusal reader) reads the contract
 * rather than declaring it, and importing it here would fail on a clean checkout, before the first run.
 */
const readsGenerated = (path: string) => /from '(?:\.\.\/)+generated\//.test(readFileSync(path, 'utf8'));

/** The modules of src/api (and its operations), each as `{ file, alias, exports }`. */
async function loadModules(folder: string, prefix: string) {
  const files = readdirSync(join(root, folder))
    .filter((file) => file.endsWith('.ts') && !NOT_CONTRACT.has(file) && !readsGenerated(join(root, folder, file)))
    .sort();
  return Promise.all(
    files.map(async (file) => ({
      file: `${prefix}${basename(file, '.ts')}.js`,
      alias: `${prefix.includes('operations') ? 'ops' : 'api'}_${basename(file, '.ts').replace(/\W/g, '_')}`,
      exports: (await import(join(root, folder, file))) as Record<string, unknown>,
    })),
  );
}

const apiModules = await loadModules('src/api', '../api/');
const operationModules = await loadModules('src/api/operations', '../api/operations/');

/** Every exported schema's name and the type-only import it is typed by; the first module wins. */
const names = new Map<Schema, { name: string; alias: string; type?: string }>();
const taken = new Map<string, Schema>();
for (const { alias, exports } of [...apiModules, ...operationModules]) {
  for (const [name, value] of Object.entries(exports)) {
    if (!isSchema(value) || names.has(value)) continue;
    if (taken.has(name)) throw new Error(`Two schemas of src/api are exported as ${name}: rename one.`);
    names.set(value, { name, alias });
    taken.set(name, value);
  }
}

const refinementNames = new Map<unknown, string>(Object.entries(refinements).filter(([, value]) => typeof value === 'function').map(([name, fn]) => [fn, name]));
const TRIM = String((z.trim()._zod.def as Def).tx);
const INT_RANGES: Record<string, [number, number]> = {
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

const pure = (call: string) => `/*#__PURE__*/ ${call}`;
const literal = (value: unknown) => (value === undefined ? 'undefined' : JSON.stringify(value));

/** The checks after a schema's type, as check expressions (lengths next to each other merged). */
function checksOf(def: Def): string[] {
  const checks: string[] = [];
  const list = [...(def.format ? [def] : []), ...(def.checks ?? []).map((check: Schema) => check._zod.def)];
  for (let index = 0; index < list.length; index++) {
    const check = list[index];
    switch (check.check) {
      case 'min_length':
      case 'max_length': {
        let [low, high] = [0, Infinity];
        for (; list[index]?.check === 'min_length' || list[index]?.check === 'max_length'; index++) {
          if (list[index].check === 'min_length') low = Math.max(low, list[index].minimum);
          else high = Math.min(high, list[index].maximum);
        }
        index--;
        checks.push(pure(high === Infinity ? `v.len(${low})` : `v.len(${low}, ${high})`));
        break;
      }
      case 'length_equals':
        checks.push(pure(`v.len(${check.length}, ${check.length})`));
        break;
      case 'string_format':
        // These two formats are a regular expression and nothing more (zod's $ZodEmail tests def.pattern).
        if (check.format !== 'regex' && check.format !== 'email') throw new Unsupported(`string format ${check.format}`);
        checks.push(pure(`v.pattern(${String(check.pattern)})`));
        break;
      case 'number_format': {
        const range = INT_RANGES[check.format];
        if (!range) throw new Unsupported(`number format ${check.format}`);
        checks.push(pure(`v.int(${range[0]}, ${range[1]})`));
        break;
      }
      case 'greater_than':
        checks.push(pure(`v.min(${check.value}${check.inclusive ? '' : ', 1'})`));
        break;
      case 'less_than':
        checks.push(pure(`v.max(${check.value}${check.inclusive ? '' : ', 1'})`));
        break;
      case 'overwrite':
        if (String(check.tx) !== TRIM) throw new Unsupported('an overwrite other than trim');
        checks.push('v.trim');
        break;
      case 'custom': {
        const name = refinementNames.get(check.fn);
        if (!name) throw new Unsupported(`a refinement that is not a function of src/api/refinements.ts (${String(check.fn).slice(0, 60)})`);
        if (check.path && check.path.length > 1) throw new Unsupported('a refinement path longer than one key');
        checks.push(pure(`v.rule(r.${name}${check.path?.length ? `, ${literal(check.path[0])}` : ''})`));
        break;
      }
      default:
        throw new Unsupported(`the check ${check.check}`);
    }
  }
  return checks;
}

/** Counts how often each schema is reached, so an anonymous one reached twice is written once. */
const uses = new Map<Schema, number>();
function count(schema: Schema): void {
  uses.set(schema, (uses.get(schema) ?? 0) + 1);
  if (uses.get(schema)! > 1) return; // its parts were counted the first time
  for (const inner of innerSchemas(schema._zod.def)) count(inner);
}
function innerSchemas(def: Def): Schema[] {
  switch (def.type) {
    case 'object':
      return [...Object.values(def.shape as Record<string, Schema>), ...(def.catchall ? [def.catchall] : [])];
    case 'array':
      return [def.element];
    case 'record':
      return [def.keyType, def.valueType];
    case 'union':
      return def.options;
    case 'optional':
    case 'nullable':
    case 'default':
      return [def.innerType];
    default:
      return [];
  }
}

const lines: string[] = [];
const written = new Map<Schema, string>();
const writing = new Set<Schema>();
let hoisted = 0;

/** The schema's name, after writing its definition if it has not been written yet. */
function nameOf(schema: Schema): string {
  const known = written.get(schema);
  if (known) return known;
  if (writing.has(schema)) throw new Unsupported('a cycle without z.lazy()');
  const named = names.get(schema) ?? responseNames.get(schema);
  writing.add(schema);
  try {
    const body = expression(schema._zod.def);
    const name = named ? named.name : `_${++hoisted}`;
    // An enum keeps its list of values, so a form offers the choices without zod.
    const kind = schema._zod.def.type === 'enum' && !checksOf(schema._zod.def).length ? 'EnumValidator' : 'Validator';
    lines.push(
      named
        ? named.type
          ? `export const ${name} = ${body} as unknown as ${kind}<${named.type}>;`
          : `export const ${name} = ${body} as unknown as ${kind}<${name}>;\nexport type ${name} = z.output<typeof ${named.alias}.${name}>;`
        : `const ${name} = ${body};`,
    );
    written.set(schema, name);
    return name;
  } finally {
    writing.delete(schema);
  }
}

/** A schema where it is used: its name when it has one (or is reached twice), else its rules. */
function reference(schema: Schema): string {
  return names.has(schema) || responseNames.has(schema) || (uses.get(schema) ?? 0) > 1 ? nameOf(schema) : expression(schema._zod.def);
}

function expression(def: Def): string {
  const checks = checksOf(def);
  const base = typeExpression(def);
  return checks.length ? pure(`v.checked(${base}, ${checks.join(', ')})`) : base;
}

function typeExpression(def: Def): string {
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
      if (def.coerce) throw new Unsupported(`a coerced ${def.type}`);
      return { string: 'v.str', number: 'v.num', boolean: 'v.bool' }[def.type as string]!;
    case 'unknown':
    case 'any':
      return 'v.unknown';
    case 'undefined':
      return 'v.undef';
    case 'enum':
      return pure(`v.oneOf(${Object.values(def.entries as Record<string, unknown>).map(literal).join(', ')})`);
    case 'literal':
      return pure(`v.oneOf(${(def.values as unknown[]).map(literal).join(', ')})`);
    case 'optional':
      return pure(`v.opt(${reference(def.innerType)})`);
    case 'nullable':
      return pure(`v.nul(${reference(def.innerType)})`);
    case 'default':
      return pure(`v.fallback(${reference(def.innerType)}, () => (${literal(def.defaultValue)}))`);
    case 'array':
      return pure(`v.arr(${reference(def.element)})`);
    case 'lazy': {
      const inner = def.getter() as Schema;
      if (!names.has(inner)) throw new Unsupported('z.lazy() of an unnamed schema');
      lazyTargets.add(inner);
      return pure(`v.lazy(() => ${names.get(inner)!.name})`);
    }
    case 'object': {
      const shape = Object.entries(def.shape as Record<string, Schema>).map(([key, value]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key)}: ${reference(value)}`);
      const catchall = def.catchall as Schema | undefined;
      if (catchall && catchall._zod.def.type === 'never') throw new Unsupported('a strict object');
      return pure(`v.obj({ ${shape.join(', ')} }${catchall ? `, ${reference(catchall)}` : ''})`);
    }
    case 'record':
      if (def.keyType._zod.values && !def.partial) throw new Unsupported('a record with enumerated keys');
      return pure(`v.rec(${reference(def.keyType)}, ${reference(def.valueType)})`);
    case 'union': {
      if (def.discriminator) {
        const pairs = (def.options as Schema[]).flatMap((option) => [...option._zod.propValues![def.discriminator]].map((tag) => `[${literal(tag)}, ${reference(option)}]`));
        return pure(`v.tagged(${literal(def.discriminator)}, [${pairs.join(', ')}])`);
      }
      return pure(`v.union(${(def.options as Schema[]).map(reference).join(', ')})`);
    }
    default:
      throw new Unsupported(`the type ${def.type}`);
  }
}

const lazyTargets = new Set<Schema>();

/** Writes `schema` if every part of it can be written; otherwise leaves a comment (and throws for a response). */
function tryWrite(schema: Schema, required: string | undefined): boolean {
  const mark = lines.length;
  const before = new Map(written);
  const hoistedBefore = hoisted;
  try {
    nameOf(schema);
    return true;
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    if (required) throw new Error(`${required}: its response schema has ${error.message}, which the compact validators cannot express.`);
    lines.length = mark;
    written.clear();
    before.forEach((value, key) => written.set(key, value));
    hoisted = hoistedBefore;
    lines.push(`// ${names.get(schema)!.name}: not generated (${error.message}).`);
    return false;
  }
}

const operations: { name: string; alias: string; operation: Record<string, unknown> & { response: Schema } }[] = [];
for (const { alias, exports } of operationModules) {
  for (const [name, value] of Object.entries(exports)) if (isOperation(value)) operations.push({ name, alias, operation: value as never });
}
/** An operation's response with no name of its own is exported as `<operation>Response`. */
const responseNames = new Map<Schema, { name: string; alias: string; type: string }>();
for (const { name, alias, operation } of operations) {
  if (!names.has(operation.response) && !responseNames.has(operation.response)) {
    responseNames.set(operation.response, { name: `${name}Response`, alias, type: `z.output<typeof ${alias}.${name}.response>` });
  }
}
for (const schema of names.keys()) count(schema);
for (const { operation } of operations) count(operation.response);

for (const { name, operation } of operations) tryWrite(operation.response, `the operation ${name}`);
for (const schema of names.keys()) if (!written.has(schema)) tryWrite(schema, undefined);
for (const schema of lazyTargets) if (!written.has(schema)) tryWrite(schema, 'a z.lazy() target');

/**
 * The descriptive-field tables of the contract (src/api/details.ts) without their schemas: what an
 * element's inputs need (`kind`, `maxLength`), so it never imports the zod module that holds them.
 */
const isDetailTable = (value: unknown): value is Record<string, { kind: string; maxLength?: number; schema: Schema }> =>
  typeof value === 'object' && value !== null && !isSchema(value) && Object.keys(value).length > 0 &&
  Object.values(value).every((field) => typeof field === 'object' && field !== null && ['text', 'date'].includes((field as { kind?: unknown }).kind as string) && isSchema((field as { schema?: unknown }).schema));
const detailTables = apiModules.flatMap(({ alias, exports }) => Object.entries(exports).filter((entry): entry is [string, Record<string, { kind: string; maxLength?: number; schema: Schema }>] => isDetailTable(entry[1])).map(([name, table]) => ({ name, alias, table })));
const detailTableLines = detailTables.map(({ name, alias, table }) => {
  const fields = Object.fromEntries(Object.entries(table).map(([field, { kind, maxLength }]) => [field, maxLength === undefined ? { kind } : { kind, maxLength }]));
  return `export const ${name}: { readonly [K in keyof typeof ${alias}.${name}]: Omit<(typeof ${alias}.${name})[K], 'schema'> } = ${JSON.stringify(fields)};`;
});

const typeImports = [...new Set([...names.values(), ...responseNames.values(), ...detailTables].map(({ alias }) => alias))].map((alias) => {
  const module = [...apiModules, ...operationModules].find((candidate) => candidate.alias === alias)!;
  return `import type * as ${alias} from '${module.file}';`;
});

/** Writes `text` unless the file already holds it (then only its time: it is current), so readers never see a rewrite. */
function writeIfChanged(file: string, text: string): void {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  else utimesSync(file, new Date(), new Date());
}

/** Writes a folder's modules (`name` -> text) and removes the ones it no longer has. */
function writeFolder(folder: string, modules: ReadonlyMap<string, string>): void {
  mkdirSync(folder, { recursive: true });
  for (const file of readdirSync(folder)) if (!modules.has(file.replace(/\.ts$/, ''))) rmSync(join(folder, file));
  for (const [name, text] of modules) writeIfChanged(join(folder, `${name}.ts`), text);
}

const header = `// Generated by scripts/generate-validators.ts from the zod schemas of src/api: do not edit.`;
mkdirSync(out, { recursive: true });
// Two forms of the same contract. contract.ts is one module: what Node, the tests and the npm
// library read (one file loads in a fraction of the time 320 do). contract.split.ts re-exports one
// module per validator (scripts/contract-modules.ts), which the CDN bundles read instead
// (rollup.config.mjs, splitContract), so each validator lands in the chunk that uses it.
const contract = contractModules(lines, typeImports);
writeFolder(join(out, 'contract'), new Map([...contract.modules].map(([name, text]) => [name, `${header}\n/* eslint-disable */\n${text}`])));
writeIfChanged(
  join(out, 'contract.ts'),
  [
    header,
    `// Each schema of the contract as a compact validator (src/api/validate.ts); run them with safeParse().`,
    `// The CDN bundles read the same validators one module each (contract.split.ts).`,
    `/* eslint-disable */`,
    `import type * as z from 'zod/mini';`,
    `import * as r from '../api/refinements.js';`,
    `import * as v from '../api/validate.js';`,
    `import type { EnumValidator, Validator } from '../api/validate.js';`,
    ...typeImports,
    '',
    ...lines,
    '',
    ...detailTableLines,
    '',
  ].join('\n'),
);
writeIfChanged(
  join(out, 'contract.split.ts'),
  [
    header,
    `// contract.ts with each validator in a module of its own under contract/, for the CDN bundles: one chunk need not carry the others.`,
    `/* eslint-disable */`,
    ...typeImports,
    '',
    ...contract.barrel,
    '',
    ...detailTableLines,
    '',
  ].join('\n'),
);

const operationLines = operations.map(({ name, alias, operation }) => {
  const options: Record<string, unknown> = {};
  for (const key of ['status', 'idempotent', 'versioned', 'readOnly', 'freshForMs'] as const) {
    const value = operation[key];
    if (value !== undefined && value !== false && !(key === 'status' && value === 200)) options[key] = value;
  }
  if ((operation.changes as unknown[]).length) options.changes = operation.changes;
  const response = written.get(operation.response) ?? '';
  const extra = Object.keys(options).length ? `, ${JSON.stringify(options)}` : '';
  return {
    name,
    alias,
    response,
    line: `export const ${name} = /*#__PURE__*/ clientOperation<typeof ${alias}.${name}>(${literal(operation.method)}, ${literal(operation.path)}, ${response || 'undefined as never'}${extra});`,
    route: `export const ${name} = /*#__PURE__*/ clientRoute<typeof ${alias}.${name}>(${literal(operation.method)}, ${literal(operation.path)}${extra});`,
  };
});
const operationFile = (alias: string) => operationModules.find((candidate) => candidate.alias === alias)!.file;
// One module per operation too: a lazy part's operations (and their validators) load with it.
writeFolder(
  join(out, 'operations'),
  new Map(
    operationLines.map(({ name, alias, response, line }) => [
      name,
      [
        header,
        `/* eslint-disable */`,
        `import { clientOperation } from '../../api/operation.js';`,
        ...(response ? [`import { ${response} } from '../contract.js';`] : []),
        `import type * as ${alias} from '../${operationFile(alias)}';`,
        '',
        line,
        '',
      ].join('\n'),
    ]),
  ),
);
const responses = [...new Set(operationLines.map(({ response }) => response).filter(Boolean))].sort();
writeIfChanged(
  join(out, 'operations.ts'),
  [
    header,
    `// Every operation as the client calls it (client.call): its response checked by the compact validator`,
    `// of src/generated/contract.ts. Request schemas are the server's: they are not here. The CDN bundles`,
    `// read the same operations one module each (operations.split.ts).`,
    `/* eslint-disable */`,
    `import { clientOperation } from '../api/operation.js';`,
    `import { ${responses.join(', ')} } from './contract.js';`,
    ...[...new Set(operationLines.map(({ alias }) => alias))].map((alias) => `import type * as ${alias} from '${operationFile(alias)}';`),
    '',
    ...operationLines.map(({ line }) => line),
    '',
  ].join('\n'),
);
writeIfChanged(
  join(out, 'operations.split.ts'),
  [
    header,
    `// operations.ts with each operation in a module of its own under operations/, for the CDN bundles.`,
    `/* eslint-disable */`,
    ...operationLines.map(({ name }) => `export { ${name} } from './operations/${name}.js';`),
    '',
  ].join('\n'),
);
// The same operations without their validators, for a first download that sends a request whose
// answer a lazy part reads: the caller brings the validator to call() (a promise of it, loading
// with the part). One module: rollup keeps only the routes a bundle calls.
writeIfChanged(
  join(out, 'routes.ts'),
  [
    header,
    `// Every operation as routes.ts's caller sends it, without its response's validator: call(route, { response })`,
    `// checks the answer with the validator the caller brings (src/api/operation.ts, ClientRoute).`,
    `/* eslint-disable */`,
    `import { clientRoute } from '../api/operation.js';`,
    ...[...new Set(operationLines.map(({ alias }) => alias))].map((alias) => `import type * as ${alias} from '${operationFile(alias)}';`),
    '',
    ...operationLines.map(({ route }) => route),
    '',
  ].join('\n'),
);
console.log(`generate-validators: ${written.size} validators, ${operations.length} operations written to src/generated/.`);
