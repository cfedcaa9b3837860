/** The OpenAPI 3.1 document, generated from the contract's operations and schemas and the routes' words (summary, tags, auth). */
import * as z from 'zod/mini';
import { Problem } from '../api/problem.js';
import { components, component, type AnyRoute } from './route.js';

type Json = Record<string, unknown>;

export interface OpenApiInfo {
  title?: string;
  version: string;
  description?: string;
  /** What each tag groups (from the route modules' `tags`); every tag in use needs one. */
  tags?: Readonly<Record<string, string>>;
}

component('Problem', Problem);

const SECURITY = {
  none: [],
  key: [{ publishableKey: [] }, { secretKey: [] }, { userToken: [] }],
  user: [{ userToken: [] }],
  secret: [{ secretKey: [] }],
} as const;

/** Rewrites `#/$defs/X` to `#/components/schemas/X`, collecting the definitions. */
function relocate(node: unknown, defs: Record<string, Json>): unknown {
  if (Array.isArray(node)) return node.map((item) => relocate(item, defs));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === '$schema' || key === '$id') continue;
    if (key === '$defs') {
      for (const [name, def] of Object.entries(value as Record<string, Json>)) defs[name] = relocate(def, defs) as Json;
      continue;
    }
    if (key === '$ref' && typeof value === 'string') out[key] = value.replace(/^#\/\$defs\//, '#/components/schemas/');
    else out[key] = relocate(value, defs);
  }
  return out;
}

/**
 * Request bodies are strict: the server refuses a field the contract does not know (400 naming
 * it), so their objects say `additionalProperties: false`, as zod's output schemas already do.
 * Loose objects and records keep what they allow.
 */
function refuseUnknownFields({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: Json }): void {
  const def = (zodSchema as { _zod: { def: { type: string; catchall?: unknown } } })._zod.def;
  if (def.type === 'object' && !def.catchall && jsonSchema.additionalProperties === undefined) jsonSchema.additionalProperties = false;
}

/** One schema as JSON Schema 2020-12 (what OpenAPI 3.1 uses), named schemas as refs. */
function schemaOf(schema: z.ZodMiniType, io: 'input' | 'output' | 'body', defs: Record<string, Json>): Json {
  // Wrapping lets a named schema at the top come out as a $ref like any nested one.
  const options = io === 'body' ? { io: 'input' as const, override: refuseUnknownFields } : { io };
  const wrapped = z.toJSONSchema(z.object({ value: schema }), { metadata: components, ...options, unrepresentable: 'any', reused: 'inline' }) as Json;
  const relocated = relocate(wrapped, defs) as { properties: { value: Json } };
  return relocated.properties.value;
}

function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function operationId(route: AnyRoute): string {
  if (route.operationId) return route.operationId;
  const { method, path } = route.operation;
  const words = path.split('/').filter((part) => part && part !== 'v1').map((part) => (part.startsWith(':') ? `by-${part.slice(1)}` : part));
  return [method.toLowerCase(), ...words].join('-').replace(/[^A-Za-z0-9]+(.)/g, (_m, c: string) => c.toUpperCase());
}

function parameters(schema: z.ZodMiniType | undefined, where: 'path' | 'query', defs: Record<string, Json>): Json[] {
  if (!schema) return [];
  const json = schemaOf(schema, 'input', defs);
  const properties = (json.properties ?? {}) as Record<string, Json>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    const parameter: Json = { name, in: where, required: where === 'path' || required.has(name), schema: rest };
    if (description) parameter.description = description;
    if (rest.type === 'array') Object.assign(parameter, { style: 'form', explode: true });
    return parameter;
  });
}

function problemResponse(description: string): Json {
  return { description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
}

/** Builds the document; the result is plain JSON. */
export function buildOpenApi(routes: readonly AnyRoute[], info: OpenApiInfo): Json {
  const defs: Record<string, Json> = {};
  schemaOf(Problem, 'output', defs);
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    const op = route.operation;
    const responses: Json = {};
    const status = op.status;
    responses[String(status)] = status === 204
      ? { description: 'Done; no content.' }
      : { description: 'Success.', content: { 'application/json': { schema: schemaOf(op.response, 'output', defs) } } };
    const headers: Json[] = [];
    if (op.body || op.params || op.query) responses['400'] = problemResponse('The request is not valid: `errors` names each field (`invalid_request`).');
    // Credentials are checked on every route, public ones too: a bad one sent is refused.
    responses['401'] = problemResponse(route.auth === 'none' ? 'Unknown or expired credentials were sent (`unauthenticated`); send none or valid ones.' : 'Missing, unknown or expired credentials (`unauthenticated`).');
    responses['403'] = problemResponse(route.auth === 'none' ? 'The browser origin is not in the allow-list of the credentials\' organisation (`origin_not_allowed`).' : 'The credentials may not do this (`forbidden`), or the browser origin is not in the organisation\'s allow-list (`origin_not_allowed`).');
    if (op.params) responses['404'] = problemResponse('Not found in this organisation (`not_found`).');
    if (op.versioned) responses['409'] = problemResponse('The `version` sent is stale (`conflict`); `current` holds the resource as it is now.');
    if (op.body) {
      responses['413'] = problemResponse('The body is over 1 MB (`payload_too_large`).');
      responses['415'] = problemResponse('The body is not JSON (`unsupported_media_type`).');
    }
    if (op.idempotent) {
      responses['422'] = problemResponse('The Idempotency-Key was used for a different request (`idempotency_key_reused`).');
      headers.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description: 'Any unique string (a UUID): a repeat of the same request with the same key returns the first answer instead of writing twice.',
        schema: { type: 'string', minLength: 1, maxLength: 255 },
      });
    }
    if (op.versioned) {
      headers.push({ name: 'If-Match', in: 'header', required: false, description: 'The version the write is based on, when the body does not carry `version`.', schema: { type: 'string' } });
    }
    // What this route's handler and store may refuse besides the above (`refusals` on the route).
    for (const [status, description] of Object.entries(route.refusals ?? {}) as [string, string][]) {
      const generated = responses[status] as { description: string } | undefined;
      responses[status] = problemResponse(generated ? `${generated.description} Or: ${description}` : description);
    }
    responses['500'] = problemResponse('Unexpected error (`internal`).');
    const entry: Json = {
      operationId: operationId(route),
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: route.tags ?? [],
      // A secret route that names roles also takes a user token of those roles (a coordinator's).
      security: route.auth === 'secret' && route.roles?.length ? [...SECURITY.secret, ...SECURITY.user] : SECURITY[route.auth],
      parameters: [...parameters(op.params, 'path', defs), ...parameters(op.query, 'query', defs), ...headers],
      ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(op.body, 'body', defs) } } } } : {}),
      responses,
    };
    if ((route.auth === 'user' || route.auth === 'secret') && route.roles?.length) entry['x-bridgeway-roles'] = route.roles;
    (paths[openApiPath(op.path)] ??= {})[op.method.toLowerCase()] = entry;
  }
  const tags = [...new Set(routes.flatMap((route) => route.tags ?? []))].sort().map((name) => {
    const description = info.tags?.[name];
    if (!description) throw new Error(`The tag "${name}" has no description: add it to the \`tags\` of its route module.`);
    return { name, description };
  });
  return {
    openapi: '3.1.0',
    info: {
      title: info.title ?? 'Bridgeway API',
      version: info.version,
      description: info.description ?? 'The backend contract of the Bridgeway widgets. Errors are application/problem+json (RFC 9457) with a stable `code`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    // Relative: the paths are served by whatever host serves this document.
    servers: [{ url: '/', description: 'The server that serves this document.' }],
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    tags,
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: {
        publishableKey: { type: 'http', scheme: 'bearer', bearerFormat: 'pk_...', description: 'A publishable key: safe in a web page, reads public catalogues.' },
        secretKey: { type: 'http', scheme: 'bearer', bearerFormat: 'sk_...', description: 'A secret key: only on the host\'s own server; mints user tokens.' },
        userToken: { type: 'http', scheme: 'bearer', bearerFormat: 'ut_...', description: 'A short-lived user token from POST /v1/tokens; acts for one user.' },
      },
    },
  };
}
