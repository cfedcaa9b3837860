import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../src/server/index.js';
import { main } from '../../src/server/cli.js';
import { withHelpers } from './helpers.js';

const dirs: string[] = [];
after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function counts(db: { query: (sql: string) => Promise<{ rows: any[] }> }) {
  const { rows } = await db.query(`SELECT
    (SELECT count(*)::int FROM organisations) AS organisations,
    (SELECT count(*)::int FROM users WHERE external_id NOT LIKE 'demo-cohort-%' AND external_id NOT LIKE 'demo-desk-%') AS users,
    (SELECT count(*)::int FROM users WHERE external_id LIKE 'demo-cohort-%') AS cohort,
    (SELECT count(*)::int FROM users WHERE external_id LIKE 'demo-desk-%') AS desk,
    (SELECT count(*)::int FROM api_keys) AS keys,
    (SELECT count(*)::int FROM schema_migrations) AS migrations,
    (SELECT allowed_origins FROM organisations WHERE id = 'demo') AS origins`);
  return rows[0];
}

describe('seed and CLI on an on-disk data folder', () => {
  it('seeds idempotently across two starts, the second through `bridgeway serve --demo`', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'bridgeway-seed-'));
    dirs.push(dataDir);
    const first = await startServer({ port: 0, host: '127.0.0.1', dataDir, extraOrigins: ['https://host.example'], seedDemo: true });
    const before = await counts(first.db);
    await first.close();
    // The three demo users, the synthetic cohort behind the metrics (src/server/seed/outcomes/cohort.ts)
    // and the mentees of the coordinator desk's demo lists (src/server/seed/mentors/desk.ts).
    assert.deepEqual({ ...before, origins: undefined }, { organisations: 1, users: 3, cohort: 360, desk: 8, keys: 2, migrations: before.migrations, origins: undefined });
    assert.ok(before.migrations >= 1);
    assert.ok(before.origins.includes('https://host.example'));
    assert.ok(before.origins.includes('http://localhost:6006'));

    let output = '';
    const { code, server } = await main(['serve', '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir, '--demo'], { out: (text) => (output += text), err: (text) => (output += text) });
    assert.equal(code, 0);
    assert.ok(server);
    const second = withHelpers(server);
    try {
      assert.match(output, new RegExp(`listening on ${second.url.replace(/[.:/]/g, '\\$&')}`));
      assert.match(output, /pk_demo_bridgeway/);
      assert.match(output, /sk_demo_bridgeway/);
      const afterSecond = await counts(second.db);
      assert.deepEqual(afterSecond, before, 'a second start adds nothing and keeps extra origins');

      const names = await second.db.query<{ external_id: string; display_name: string }>(`SELECT external_id, display_name FROM users WHERE organisation_id = 'demo' AND external_id NOT LIKE 'demo-cohort-%' AND external_id NOT LIKE 'demo-desk-%' ORDER BY role`);
      assert.deepEqual(names.rows.map((row) => [row.external_id, row.display_name]), [
        ['demo-coordinator', 'Priya Natarajan'],
        ['demo-mentee', 'Amara Okafor'],
        ['demo-mentor', 'Daniel Reyes'],
      ]);
      const demoToken = await second.request('/demo/token', { body: { role: 'mentee' } });
      assert.equal(demoToken.status, 201);
      const me = await second.request('/v1/me', { token: demoToken.body.token });
      assert.equal(me.body.user.displayName, 'Amara Okafor');
      assert.equal(me.body.organisation.name, 'Bridgeway Demo Association');
      // The demo page posts from its own origin, whatever port the server got.
      const sameOrigin = await second.request('/demo/token', { body: { role: 'mentor' }, headers: { origin: `http://127.0.0.1:${second.port}` } });
      assert.equal(sameOrigin.status, 201);
    } finally {
      process.removeAllListeners('SIGINT');
      process.removeAllListeners('SIGTERM');
      await second.close();
    }
  });

  it('seeds the demo organisation and its keys only with --demo, and says loudly whenever the demo keys are live', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'bridgeway-nodemo-'));
    dirs.push(dataDir);
    const start = async (...extra: string[]) => {
      let out = '';
      let err = '';
      const { code, server } = await main(['serve', '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir, ...extra], { out: (text) => (out += text), err: (text) => (err += text) });
      assert.equal(code, 0);
      process.removeAllListeners('SIGINT');
      process.removeAllListeners('SIGTERM');
      return { server: withHelpers(server!), out, err };
    };

    const plain = await start();
    try {
      const { rows } = await plain.server.db.query<{ n: number }>(`SELECT (SELECT count(*)::int FROM organisations) + (SELECT count(*)::int FROM api_keys) AS n`);
      assert.equal(rows[0].n, 0, 'no organisation and no key without --demo');
      const tokens = await plain.server.request('/v1/tokens', { token: 'sk_demo_bridgeway', body: { externalId: 'x', role: 'coordinator' } });
      assert.equal(tokens.status, 401);
      assert.doesNotMatch(plain.out + plain.err, /sk_demo_bridgeway/);
      assert.equal(plain.server.demoKeysLive, false);
    } finally {
      await plain.server.close();
    }

    const demo = await start('--demo');
    try {
      assert.equal(demo.server.demoKeysLive, true);
      assert.match(demo.err, /WARNING: THE DEMO KEYS ARE LIVE/);
    } finally {
      await demo.server.close();
    }

    // A later start without --demo on the same database still warns: the keys are still there.
    const after = await start();
    try {
      assert.match(after.err, /WARNING: THE DEMO KEYS ARE LIVE/);
      assert.match(after.err, /earlier --demo start/);
    } finally {
      await after.server.close();
    }
  });

  it('prints help and refuses unknown options', async () => {
    let output = '';
    const io = { out: (text: string) => (output += text), err: (text: string) => (output += text) };
    assert.equal((await main(['--help'], io)).code, 0);
    assert.match(output, /bridgeway serve/);
    assert.match(output, /--data-dir/);
    assert.equal((await main(['serve', '--bogus'], io)).code, 2);
    assert.match(output, /Unknown option --bogus/);
  });
});
