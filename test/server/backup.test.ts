/**
 * `bridgeway backup` and `bridgeway restore` as real processes, on PGlite and on PostgreSQL (and
 * from one to the other): every table comes back as it was, a database that holds data is
 * refused without --force, a cut-short file is refused and changes nothing, and an existing
 * embedded database is backed up before a start migrates it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { backupsDirOf, loadMigrations, migrate, PgliteDatabase } from '../../src/server/db/index.js';
import { BackupRefused, DEMO_SECRET_KEY, restoreBackup, startServer, writeBackup } from '../../src/server/index.js';
import { backupTables } from '../../src/server/backup/tables.js';
import type { Database } from '../../src/server/db/types.js';
import { databaseSnapshot, openTestDatabase } from './helpers.js';
import { runCli, startServeProcess } from '../support/cli-process.js';
import { postgresUnavailable, startThrowawayCluster, type ThrowawayCluster } from '../support/postgres-cluster.js';

let root: string;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'bridgeway-backup-'));
});
after(() => rm(root, { recursive: true, force: true }));

async function cli(args: string[], env: Record<string, string> = {}) {
  const run = runCli(args, { cwd: root, env });
  const { code } = await run.exited;
  return { code, out: run.out, err: run.err };
}

/** Every backed-up table's rows as PostgreSQL renders them, sorted; how many search rows the trigger made; and the outcome facts, cells and waits rebuilt. */
async function contents(db: Database): Promise<Record<string, string[] | number>> {
  const result: Record<string, string[] | number> = {};
  for (const table of await backupTables(db)) {
    const { rows } = await db.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${table.name}" t`);
    result[table.name] = rows.map((row) => row.row).sort();
  }
  result.mentor_search = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM mentor_search')).rows[0].n;
  // Not backed up: rebuilt once when the restore commits (facts upkeep is paused while it loads).
  for (const derived of ['outcome_facts', 'outcome_cells', 'outcome_waits']) {
    const { rows } = await db.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${derived}" t`);
    result[derived] = rows.map((row) => row.row).sort();
  }
  return result;
}

async function withPglite<T>(dataDir: string, work: (db: PgliteDatabase) => Promise<T>): Promise<T> {
  const db = await PgliteDatabase.open({ dataDir });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

async function mint(url: string, externalId: string): Promise<{ token: string; userId: string }> {
  const response = await fetch(`${url}/v1/tokens`, { method: 'POST', headers: { authorization: `Bearer ${DEMO_SECRET_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify({ externalId, role: 'mentee', displayName: `Backed ${externalId}` }) });
  assert.equal(response.status, 201);
  const body = (await response.json()) as { token: string; user: { id: string } };
  return { token: body.token, userId: body.user.id };
}

describe('backup and restore on PGlite', () => {
  let source: string;
  let backup: string;
  let minted: { token: string; userId: string };
  let sourceRead: ReturnType<typeof contents> | undefined;
  /** The source's contents, read once: nothing writes to the source after its set-up (each restore goes to a folder or database of its own). */
  const sourceContents = () => (sourceRead ??= withPglite(source, contents));

  before(async () => {
    source = join(root, 'source');
    const db = await PgliteDatabase.open({ dataDir: source, loadDataDir: await databaseSnapshot() });
    await db.close();
    const server = await startServeProcess(['--data-dir', source, '--no-seed']);
    try {
      minted = await mint(server.url, 'backed-up-1');
    } finally {
      await server.stop();
    }
    backup = join(root, 'pglite.jsonl.gz');
  });

  it('backs up to a file a person can read and restores it into a new folder, every table as it was', async () => {
    const saved = await cli(['backup', backup, '--data-dir', source]);
    assert.equal(saved.code, 0, saved.err);
    assert.match(saved.out, /Backed up \d+ rows of \d+ tables \(pglite, migrations up to \d{3}\)/);
    const lines = gunzipSync(await readFile(backup)).toString('utf8').trim().split('\n');
    const header = JSON.parse(lines[0]);
    assert.equal(header.format, 'bridgeway-backup');
    assert.deepEqual(JSON.parse(lines.at(-1)!), { end: true, rows: lines.length - 2 });
    assert.ok(lines.some((line) => line.includes('"display_name":"Backed backed-up-1"')));

    const target = join(root, 'restored');
    const restored = await cli(['restore', backup, '--data-dir', target]);
    assert.equal(restored.code, 0, restored.err);
    const [before, after] = [await sourceContents(), await withPglite(target, contents)];
    assert.deepEqual(after, before);
    assert.ok((before.users as string[]).length > 3 && (before.mentor_search as number) > 0);

    // The restored database serves: the same signing secret, so a token from before still works.
    const server = await startServeProcess(['--data-dir', target, '--no-seed']);
    try {
      const me = await fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${minted.token}` } });
      assert.equal(me.status, 200);
      assert.equal(((await me.json()) as { user: { id: string } }).user.id, minted.userId);
    } finally {
      await server.stop();
    }

    const refused = await cli(['restore', backup, '--data-dir', target]);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /already holds data.*--force/s);
    const forced = await cli(['restore', backup, '--data-dir', target, '--force']);
    assert.equal(forced.code, 0, forced.err);
    assert.deepEqual(await withPglite(target, contents), before);
  });

  it('refuses a cut-short backup and leaves the database as it was', async () => {
    const whole = gunzipSync(await readFile(backup)).toString('utf8').trim().split('\n');
    const cut = join(root, 'cut.jsonl');
    await writeFile(cut, `${whole.slice(0, Math.floor(whole.length / 2)).join('\n')}\n`);
    const db = await openTestDatabase('blank');
    try {
      await assert.rejects(restoreBackup(db, cut), (error: unknown) => error instanceof BackupRefused && /cut short/.test(error.message));
      const { rows } = await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`);
      assert.deepEqual(rows, [], 'nothing of the failed restore is left');
    } finally {
      await db.close();
    }
  });

  it('backs up an existing embedded database before a start migrates it, keeping the last five', async () => {
    const migrations = await loadMigrations();
    const older = migrations.slice(0, -1);
    const dataDir = join(root, 'older');
    const db = await PgliteDatabase.open({ dataDir });
    await migrate(db, older);
    await db.query(`INSERT INTO organisations (id, name) VALUES ('before-upgrade', 'Before the upgrade')`);
    await db.close();
    const backups = backupsDirOf(dataDir);
    await cp(join(root, 'cut.jsonl'), join(backups, 'not-automatic.jsonl'));
    for (let day = 1; day <= 5; day++) await writeFile(join(backups, `2026010${day}T000000Z-before-migrations-001.jsonl.gz`), '');

    const server = await startServer({ dataDir, port: 0, host: '127.0.0.1', seed: false, log: false });
    try {
      assert.ok(server.backupBeforeMigrating?.startsWith(backups));
      assert.match(server.backupBeforeMigrating!, new RegExp(`before-migrations-${String(migrations.at(-1)!.version).padStart(3, '0')}\\.jsonl\\.gz$`));
    } finally {
      await server.close();
    }
    const kept = (await readdir(backups)).sort();
    assert.equal(kept.length, 6, kept.join(', '));
    assert.ok(kept.includes('not-automatic.jsonl'), 'files of its own are never pruned');
    assert.ok(!kept.includes('20260101T000000Z-before-migrations-001.jsonl.gz'), 'the oldest automatic one went');

    const restored = await openTestDatabase('blank');
    try {
      const header = await restoreBackup(restored, server.backupBeforeMigrating!);
      assert.deepEqual(header.migrations, older.map((migration) => migration.version));
      const { rows } = await restored.query<{ name: string }>(`SELECT name FROM organisations WHERE id = 'before-upgrade'`);
      assert.deepEqual(rows, [{ name: 'Before the upgrade' }]);
      const applied = await restored.query('SELECT version FROM schema_migrations');
      assert.equal(applied.rows.length, migrations.length, 'a restore brings the schema up to this version');
    } finally {
      await restored.close();
    }
  });

  const unavailable = postgresUnavailable();
  if (unavailable) console.log(`# SKIP backup on PostgreSQL: ${unavailable}; that round trip is NOT tested here.`);

  describe('on PostgreSQL (DATABASE_URL)', { skip: unavailable ?? false }, () => {
    let cluster: ThrowawayCluster;
    const urlOf = (name: string) => cluster.databaseUrl.replace(/\/postgres$/, `/${name}`);
    before(async () => {
      cluster = await startThrowawayCluster();
      const admin = new pg.Client({ connectionString: cluster.databaseUrl });
      await admin.connect();
      for (const name of ['source', 'target', 'from_pglite']) await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
    });
    after(() => cluster?.stop());

    it('round-trips through the CLI, and loads a PGlite backup too', async () => {
      const server = await startServer({ databaseUrl: urlOf('source'), port: 0, host: '127.0.0.1', seedDemo: true, log: false });
      let before: Awaited<ReturnType<typeof contents>>;
      try {
        await mint(server.url, 'on-postgres');
        before = await contents(server.db);
      } finally {
        await server.close();
      }
      const file = join(root, 'postgres.jsonl');
      const saved = await cli(['backup', file], { DATABASE_URL: urlOf('source') });
      assert.equal(saved.code, 0, saved.err);
      assert.match(saved.out, /\(postgres, migrations up to/);
      const restored = await cli(['restore', file], { DATABASE_URL: urlOf('target') });
      assert.equal(restored.code, 0, restored.err);
      const target = await startServer({ databaseUrl: urlOf('target'), port: 0, host: '127.0.0.1', seed: false, log: false });
      try {
        assert.deepEqual(await contents(target.db), before);
      } finally {
        await target.close();
      }
      const refused = await cli(['restore', file], { DATABASE_URL: urlOf('target') });
      assert.equal(refused.code, 1);
      assert.match(refused.err, /already holds data/);

      const fromPglite = await cli(['restore', backup], { DATABASE_URL: urlOf('from_pglite') });
      assert.equal(fromPglite.code, 0, fromPglite.err);
      const pgCopy = await startServer({ databaseUrl: urlOf('from_pglite'), port: 0, host: '127.0.0.1', seed: false, log: false });
      try {
        const counts = (value: Record<string, string[] | number>) => Object.fromEntries(Object.entries(value).map(([name, rows]) => [name, Array.isArray(rows) ? rows.length : rows]));
        assert.deepEqual(counts(await contents(pgCopy.db)), counts(await sourceContents()));
        const me = await fetch(`${pgCopy.url}/v1/me`, { headers: { authorization: `Bearer ${minted.token}` } });
        assert.equal(me.status, 200, 'a token minted on PGlite works on the PostgreSQL copy');
      } finally {
        await pgCopy.close();
      }
    });
  });
});
