import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'rollup/parseAst';
// @ts-expect-error: a plain .mjs build helper without type declarations
import { blankRequestSchemas } from '../../scripts/strip-request-schemas.mjs';

const blank = (code: string): string => blankRequestSchemas(code, parseAst(code));

describe('strip-request-schemas (CDN build)', () => {
  it("blanks an operation's params, query and body schemas and keeps its response schema and flags", () => {
    const source = "export const op = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/x/:id', params: XParams, query: PageQuery, body: XCreate, response: X, idempotent: true });";
    const out = blank(source);
    assert.match(out, /params: void 0 +, query: void 0 +, body: void 0 +, response: X, idempotent: true/);
    assert.doesNotMatch(out, /XParams|PageQuery|XCreate/);
  });

  it('keeps every position, so the source map stays exact, even for a schema written inline over lines', () => {
    const source = "const op = defineOperation({\n  method: 'GET',\n  query: z.object({\n    q: z.string(),\n  }),\n  response: Page,\n});";
    const out = blank(source);
    assert.equal(out.length, source.length);
    assert.deepEqual(out.split('\n').map((line) => line.length), source.split('\n').map((line) => line.length));
    assert.match(out, /query: void 0/);
    assert.doesNotMatch(out, /z\.(object|string)/);
    assert.match(out.split('\n')[5], /^ {2}response: Page,$/);
  });

  it('leaves calls of other functions and operations without request schemas alone', () => {
    const source = "const a = defineOperation({ method: 'GET', path: '/v1/me', response: Me }); const b = other({ body: Thing });";
    assert.equal(blank(source), source);
  });

  it('refuses the shorthand, whose key would go with its value', () => {
    assert.throws(() => blank("defineOperation({ method: 'GET', path: '/v1/x', body, response: X })"), /shorthand/);
  });
});
