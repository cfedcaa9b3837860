/**
 * The DATABASE_URL path against a real, throwaway PostgreSQL 15 cluster on a loopback port.
 * initdb and postgres refuse to run as root, so as root they run as the `postgres` user
 * on a folder that user owns. Skips, saying why, when the binaries are not installed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../src/server/index.js';
import { migrationsDir } from '../../src/server/paths.js';
import { createOrganisation, withHelpers, type TestServer } from './helpers.js';
import { postgresUnavailable, startThrowawayCluster, type ThrowawayCluster } from '../support/postgres-cluster.js';
import type { MentorProfile, MentorSearchQuery } from '../../src/api/mentor.js';
import type { MetricsFilterOptions } from '../../src/api/outcomes.js';
import { rankMentors } from '../../src/core/mentor/index.js';
import { getMentor, searchMentors, searchMentorsSql } from '../../src/server/store/mentors.js';

const unavailable = postgresUnavailable();
if (unavailable) console.log(`# SKIP postgres.test.ts: ${unavailable}; the DATABASE_URL path is NOT tested here.`);

describe('on PostgreSQL (DATABASE_URL)', { skip: unavailable ?? false }, () => {
  let cluster: ThrowawayCluster | undefined;
  let databaseUrl: string;
  const servers: TestServer[] = [];

  before(async () => {
    cluster = await startThrowawayCluster();
    databaseUrl = cluster.databaseUrl;
  });

  after(async () => {
    for (const server of servers) await server.close().catch(() => {});
    await cluster?.stop();
  });

  it('migrates and seeds once when two instances start at the same time', async () => {
    const started = await Promise.all([
      startServer({ port: 0, host: '127.0.0.1', databaseUrl, seedDemo: true }),
      startServer({ port: 0, host: '127.0.0.1', databaseUrl, seedDemo: true }),
    ]);
    servers.push(...started.map((server) => withHelpers(server)));
    const expected = (await readdir(fileURLToPath(migrationsDir))).filter((file) => file.endsWith('.sql')).length;
    const { rows } = await started[0].db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    assert.equal(rows.length, expected);
    // The three demo users, the synthetic cohort behind the metrics and the coordinator desk's demo people, each seeded once.
    const users = await started[0].db.query<{ users: number; cohort: number; desk: number }>(`SELECT
        count(*) FILTER (WHERE external_id NOT LIKE 'demo-cohort-%' AND external_id NOT LIKE 'demo-desk-%')::int AS users,
        count(*) FILTER (WHERE external_id LIKE 'demo-cohort-%')::int AS cohort,
        count(*) FILTER (WHERE external_id LIKE 'demo-desk-%')::int AS desk
      FROM users WHERE organisation_id = 'demo'`);
    assert.deepEqual(users.rows[0], { users: 3, cohort: 360, desk: 8 });
    const secrets = await started[0].db.query<{ n: number }>('SELECT count(*)::int AS n FROM server_secrets');
    assert.equal(secrets.rows[0].n, 1, 'both instances share one signing secret');
  });

  it('reports postgres in /health, mints a token and answers /v1/me', async () => {
    const [a, b] = servers;
    const health = await a.request('/health');
    assert.deepEqual([health.status, health.body.database], [200, 'postgres']);
    const token = await a.tokenFor('mentor');
    // A token minted by one instance works on the other: no state kept in memory.
    const me = await b.request('/v1/me', { token });
    assert.equal(me.status, 200, me.text);
    assert.equal(me.body.user.displayName, 'Daniel Reyes');
    assert.equal(me.body.organisation.id, 'demo');
  });

  it('ranks mentor searches exactly as the core does, from the integer-coded search table both instances kept', async () => {
    const db = servers[0].db;
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM mentors WHERE organisation_id = 'demo' AND approval = 'approved' ORDER BY id`);
    const all = (await Promise.all(rows.map((row) => getMentor(db, 'demo', row.id)))) as MentorProfile[];
    assert.ok(all.length >= 80);
    const queries: MentorSearchQuery[] = [
      {},
      { occupation: 'registered-nurse', jurisdiction: 'ca-on', credentialSteps: ['nnas', 'nclex-rn'], languages: ['tl'], originCountry: 'PH' },
      { occupation: 'professional-engineer', require: ['occupation'], format: 'in-person' },
      { jurisdiction: 'gb-eng', require: ['licensed'], languages: ['fr-CA', 'ar'], offers: ['plan-review'] },
      { occupation: 'no-such-occupation', languages: ['xx'], originCountry: 'ZZ', credentialSteps: ['no-such-step'] },
    ];
    for (const [index, query] of queries.entries()) {
      const items = [];
      let cursor: string | undefined;
      do {
        const page = await searchMentors(db, 'demo', { ...query, limit: 9, cursor }, { seed: index + 1 });
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const core = rankMentors(all, { ...query, limit: 100 }, { seed: index + 1 });
      assert.deepEqual(items.map((m) => [m.mentor.id, m.score, m.factors]), core.items.map((m) => [m.mentor.id, m.score, m.factors]), `query ${index}`);
    }
  });

  it('keeps each instance\'s in-memory search index as fresh as the database, even when a write commits after a later one', async () => {
    const [a, b] = servers.map((server) => server.db);
    // Each search's look goes as a prepared statement (planned once per connection): count them on `a`.
    let preparedLooks = 0;
    const prepared = a.queryPrepared!.bind(a);
    a.queryPrepared = (name, text, params) => {
      preparedLooks++;
      return prepared(name, text, params);
    };
    const query: MentorSearchQuery = { occupation: 'registered-nurse', limit: 30 };
    const sql = () => searchMentorsSql(a, 'demo', query, { seed: 5 });
    const ids = async (on: typeof a) => (await searchMentors(on, 'demo', query, { seed: 5 })).items.map((item) => item.mentor.id);
    assert.deepEqual(await ids(a), (await sql()).items.map((item) => item.mentor.id));
    assert.deepEqual(await ids(b), await ids(a));
    const [first, second] = await ids(a);
    // The earlier transaction pauses `first` and stays open while a later one pauses `second` and commits.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let wrote!: () => void;
    const written = new Promise<void>((resolve) => (wrote = resolve));
    const earlier = a.transaction(async (tx) => {
      await tx.query(`UPDATE mentors SET status = 'paused' WHERE id = $1`, [first]);
      wrote();
      await held;
    });
    await written;
    await b.query(`UPDATE mentors SET status = 'paused' WHERE id = $1`, [second]);
    assert.deepEqual(await ids(a), (await sql()).items.map((item) => item.mentor.id));
    assert.ok(!(await ids(a)).includes(second) && (await ids(a)).includes(first));
    release();
    await earlier;
    for (const on of [a, b]) {
      const found = await ids(on);
      assert.ok(!found.includes(first) && !found.includes(second), 'both pauses seen');
      assert.deepEqual(found, (await sql()).items.map((item) => item.mentor.id));
    }
    await a.query(`UPDATE mentors SET status = 'active' WHERE id = ANY($1)`, [[first, second]]);
    assert.deepEqual(await ids(b), (await sql()).items.map((item) => item.mentor.id));
    assert.ok(preparedLooks >= 5, `the looks were prepared statements (${preparedLooks})`);
  });

  it('computes the demo program’s metrics in SQL as PGlite does: every filter, suppression included', async () => {
    const embedded = withHelpers(await startServer({ port: 0, host: '127.0.0.1', dataDir: 'memory://', seedDemo: true }));
    servers.push(embedded);
    const [pg] = servers;
    const tokens = [await pg.tokenFor('coordinator'), await embedded.tokenFor('coordinator')];
    const filters = await pg.request('/v1/program-metrics/filters', { token: tokens[0] });
    assert.equal(filters.status, 200, filters.text);
    assert.deepEqual(filters.body, (await embedded.request('/v1/program-metrics/filters', { token: tokens[1] })).body);
    const { cohorts, occupationIds, jurisdictionIds } = filters.body as MetricsFilterOptions;
    const queries = ['', `?cohort=${cohorts[0]}`, `?occupationId=${occupationIds[0]}`, `?jurisdictionId=${jurisdictionIds[0]}`, `?cohort=${cohorts.at(-1)}&occupationId=${occupationIds.at(-1)}`];
    for (const query of queries) {
      const [onPostgres, onPglite] = await Promise.all([pg.request(`/v1/program-metrics${query}`, { token: tokens[0] }), embedded.request(`/v1/program-metrics${query}`, { token: tokens[1] })]);
      assert.equal(onPostgres.status, 200, onPostgres.text);
      // Everything but the moment each server answered.
      const figures = ({ generatedAt, ...rest }: { generatedAt: string }) => (assert.ok(generatedAt), rest);
      assert.deepEqual(figures(onPostgres.body), figures(onPglite.body), `metrics${query || ' without a filter'}`);
    }
  });

  it('holds a rate limit across two instances on one PostgreSQL', async () => {
    const limits = { tokens: { points: 3, durationSeconds: 60 } };
    const pair = await Promise.all([0, 1].map(() => startServer({ port: 0, host: '127.0.0.1', databaseUrl, rateLimits: limits }).then((server) => withHelpers(server))));
    servers.push(...pair);
    // A key of its own: the counters are shared by every instance, earlier tests' too.
    const organisation = await createOrganisation(pair[0].db, 'pg-limits');
    const mint = (instance: number) => pair[instance].request('/v1/tokens', { token: organisation.secretKey, body: { externalId: 'pg-limit', role: 'mentee' } });
    assert.deepEqual([(await mint(0)).status, (await mint(1)).status, (await mint(0)).status], [201, 201, 201]);
    const over = await mint(1);
    assert.equal(over.status, 429);
    assert.ok(Number(over.headers.get('retry-after')) >= 1);
  });
});
