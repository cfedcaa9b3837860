/** Every paged list answers a cursor it did not issue the same way: 400 `invalid_request` naming `cursor`. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type * as z from 'zod/mini';
import { fillPath, type AnyOperation } from '../../src/api/operation.js';
import { operations } from '../../src/api/operations/index.js';
import { encodeCursor } from '../../src/core/cursor.js';
import { routeModules } from '../../src/server/routes/index.js';
import type { Role } from '../../src/api/identity.js';
import { startTestServer, type TestServer } from './helpers.js';
import { DEMO_SECRET_KEY } from '../support/demo.js';

let server: TestServer;
let token: string;
const tokens: Partial<Record<Role, string>> = {};
let pathParams: Record<string, string>;

before(async () => {
  server = await startTestServer();
  token = await server.tokenFor('mentee', 'cursor-mentee');
  tokens.mentee = token;
  tokens.mentor = await server.tokenFor('mentor', 'demo-mentor');
  tokens.coordinator = await server.tokenFor('coordinator', 'cursor-coordinator');
  const plan = await server.request('/v1/plans', { token, body: { goal: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2028-06-30' } } });
  const milestone = await server.request(`/v1/plans/${plan.body.plan.id}/milestones`, { token, body: { title: 'Exam', kind: 'exam-sitting', dueDate: '2027-03-01' } });
  pathParams = { planId: plan.body.plan.id, id: milestone.body.id, mentorId: (await server.request('/v1/me/mentor', { token: tokens.mentor })).body.id };
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
      'GET /v1/admin/keys',
      'GET /v1/audit-events',
      'GET /v1/desk/mentor-load',
      'GET /v1/desk/mentorships',
      'GET /v1/desk/waiting-mentees',
      'GET /v1/follow-ups/due',
      'GET /v1/gap-analyses',
      'GET /v1/introduction-queue',
      'GET /v1/introductions',
      'GET /v1/me/mentor/reflections',
      'GET /v1/mentor-applications',
      'GET /v1/mentor-applications/:mentorId/reflections',
      'GET /v1/mentor-introductions',
      'GET /v1/mentor-mentees',
      'GET /v1/mentorships',
      'GET /v1/milestones/:id/comments',
      'GET /v1/narrative-drafts',
      'GET /v1/narrative-drafts/:id/reviews',
      'GET /v1/narrative-templates',
      'GET /v1/occupations',
      'GET /v1/plans',
      'GET /v1/plans/:planId/check-ins',
      'GET /v1/plans/:planId/history',
      'GET /v1/plans/:planId/milestones',
      'GET /v1/training-modules',
      'POST /v1/mentors/search',
    ]);
  });

  for (const operation of listOperations) {
    it(`${operation.method} ${operation.path} refuses every cursor it did not issue with 400 naming cursor`, async () => {
      const path = fillPath(operation.path, pathParams);
      // The first role the route lets in: a coordinator's list is asked by a coordinator; a secret-key route by the secret key.
      const route = routeModules.flatMap((module) => module.routes).find((candidate) => candidate.operation === operation);
      const caller = route?.auth === 'secret' ? DEMO_SECRET_KEY : tokens[route?.roles?.[0] ?? 'mentee']!;
      for (const cursor of badCursors) {
        const response = operation.method === 'GET'
          ? await server.request(`${path}?cursor=${encodeURIComponent(cursor)}`, { token: caller })
          : await server.request(path, { method: operation.method, token: caller, body: { cursor } });
        assert.equal(response.status, 400, `${cursor}: ${response.text}`);
        assert.equal(response.body.code, 'invalid_request', cursor);
        assert.ok(response.body.errors.some((issue: { path: string }) => issue.path === 'cursor'), `${cursor} names cursor: ${response.text}`);
      }
    });
  }
});
