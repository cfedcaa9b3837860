/** Every paged list answers a cursor it did not issue the same way: 400 `invalid_request` naming `cursor`. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type * as z from 'zod/mini';
import type { AnyOperation } from '../../src/api/operation.js';
import { operations } from '../../src/api/operations/index.js';
import { encodeCursor } from '../../src/core/cursor.js';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let token: string;

before(async () => {
  server = await startTestServer();
  token = await server.tokenFor('mentee', 'cursor-mentee');
});
after(() => server.close());

const takesCursor = (schema: z.ZodMiniType | undefined) => Boolean(schema && 'shape' in schema && (schema.shape as Record<string, unknown>).cursor);
const listOperations = operations.filter((operation: AnyOperation) => takesCursor(operation.query) || takesCursor(operation.body));

const base64url = (text: string) => Buffer.from(text).toString('base64url');
const LISTS = ['plans', 'occupations', 'gap-analyses', 'mentors', 'other'];

/** Cursors no list issued: not base64, not JSON, the wrong shape, fields of the wrong type, another list's. */
const badCursors = [
  '!!!',
  'zzz',
  base64url('null'),
  base64url('{"createdAt":"2026-01-01T00:00:00Z","id":"plan_1"}'),
  base64url('[]'),
  ...LISTS.flatMap((list) => [
    encodeCursor(list, []),
    encodeCursor(list, ['not-a-date', 'not-a-number', 'x', 'y', 'z', 'w']),
    encodeCursor(list, [-1]),
    encodeCursor(list, [1.5, 'x']),
    base64url(JSON.stringify([list, null, { id: 1 }])),
  ]),
];

describe('cursors', () => {
  it('finds the list operations in the contract', () => {
    assert.deepEqual(listOperations.map((operation) => `${operation.method} ${operation.path}`).sort(), [
      'GET /v1/gap-analyses',
      'GET /v1/occupations',
      'GET /v1/plans',
      'POST /v1/mentors/search',
    ]);
  });

  for (const operation of listOperations) {
    it(`${operation.method} ${operation.path} refuses every cursor it did not issue with 400 naming cursor`, async () => {
      for (const cursor of badCursors) {
        const response = operation.method === 'GET'
          ? await server.request(`${operation.path}?cursor=${encodeURIComponent(cursor)}`, { token })
          : await server.request(operation.path, { method: operation.method, token, body: { cursor } });
        assert.equal(response.status, 400, `${cursor}: ${response.text}`);
        assert.equal(response.body.code, 'invalid_request', cursor);
        assert.ok(response.body.errors.some((issue: { path: string }) => issue.path === 'cursor'), `${cursor} names cursor: ${response.text}`);
      }
    });
  }
});
