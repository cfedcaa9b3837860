/**
 * Checks live responses against the served OpenAPI document with an independent validator
 * (ajv, JSON Schema 2020-12, with ajv-formats), not with the zod schemas the document was
 * generated from: the status must be declared for the operation, and the body must match the
 * declared schema of its content type. Remembers which (operation, status) pairs it saw. Checks
 * request bodies against the document too (`requestErrors`).
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { TestResponse } from './server.js';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Conformance {
  /** Asserts that `response` to `method path` is what the document declares; throws with the reason otherwise. */
  check(method: string, path: string, response: TestResponse): void;
  /** `operationId status` for every response checked. */
  seen: Set<string>;
  /** The operationIds in the document. */
  operationIds: string[];
  /** The document's operation that `method path` stands for, if any. */
  operationOf(method: string, path: string): Json | undefined;
  /** How `body` breaks the request body schema the document declares for `method path` (ajv's errors; none when it matches). */
  requestErrors(method: string, path: string, body: unknown): ErrorObject[];
}

/** The document's path template (`/v1/plans/{planId}`) that a concrete path stands for; fixed segments win. */
function templateOf(paths: string[], path: string): string | undefined {
  const bare = path.split('?')[0];
  const fits = paths.filter((template) => new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(bare));
  return fits.sort((a, b) => b.split('{').length - a.split('{').length).pop();
}

/** Where ajv keeps the document's components: response schemas refer into it. */
const COMPONENTS_ID = 'https://bridgeway.invalid/openapi.json';

/** `schema` with each `#/components/...` ref pointing into the components added under COMPONENTS_ID. */
function referringToComponents(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(referringToComponents);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [
    key,
    key === '$ref' && typeof value === 'string' && value.startsWith('#/components/') ? `${COMPONENTS_ID}${value}` : referringToComponents(value),
  ]));
}

export function conformanceTo(document: Json): Conformance {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The components are added once, as one schema: a component is compiled once and shared by every
  // response that refers to it, instead of once per (operation, status) with a copy of all of them.
  ajv.addSchema({ $id: COMPONENTS_ID, components: document.components });
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (key: string, schema: Json) => {
    let validate = validators.get(key);
    if (!validate) {
      validate = ajv.compile(referringToComponents(schema) as Json);
      validators.set(key, validate);
    }
    return validate;
  };
  const paths = Object.keys(document.paths);
  const seen = new Set<string>();
  const operationOf = (method: string, path: string): Json | undefined => {
    const template = templateOf(paths, path);
    return template ? document.paths[template][method.toLowerCase()] : undefined;
  };
  return {
    seen,
    operationIds: Object.values(document.paths as Record<string, Record<string, Json>>).flatMap((item) => Object.values(item).map((op) => op.operationId as string)),
    operationOf,
    requestErrors(method, path, body) {
      const operation = operationOf(method, path);
      const schema = operation?.requestBody?.content?.['application/json']?.schema;
      if (!schema) throw new Error(`${method} ${path}: the document declares no JSON request body`);
      const validate = validatorFor(`${operation.operationId} request`, schema);
      return validate(body) ? [] : [...(validate.errors ?? [])];
    },
    check(method, path, response) {
      const where = `${method} ${path} -> ${response.status}`;
      const operation = operationOf(method, path);
      if (!operation) throw new Error(`${where}: the document has no such operation`);
      const declared = operation.responses[String(response.status)] ?? operation.responses[`${String(response.status)[0]}XX`];
      if (!declared) throw new Error(`${where}: status not declared for ${operation.operationId} (declared: ${Object.keys(operation.responses).join(', ')}); body: ${response.text.slice(0, 300)}`);
      seen.add(`${operation.operationId} ${response.status}`);
      if (!declared.content) {
        if (response.text !== '') throw new Error(`${where}: a body where the document declares none`);
        return;
      }
      const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
      const media = declared.content[type];
      if (!media) throw new Error(`${where}: content type "${type}" not declared (declared: ${Object.keys(declared.content).join(', ')})`);
      const validate = validatorFor(`${operation.operationId} ${response.status} ${type}`, media.schema);
      if (!validate(response.body)) throw new Error(`${where}: the body does not match the document: ${ajv.errorsText(validate.errors)}; body: ${response.text.slice(0, 300)}`);
    },
  };
}
