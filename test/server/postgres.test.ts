/**
 * The DATABASE_URL path against a real, throwaway PostgreSQL 15 cluster on a loopback port.
 * initdb and postgres refuse to run as root, so as root they run as the `postgres` user
 * on a folder that user owns. Skips, saying why, when the binaries are not installed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startServer } from '../../src/server/index.js';
import { migrationsDir } from '../../src/server/paths.js';
import { withHelpers, type TestServer } from './helpers.js';

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;

function whyUnavailable(): string | null {
  if (!existsSync(join(BIN, 'initdb')) || !existsSync(join(BIN, 'postgres'))) {
    return `PostgreSQL server binaries not found in ${BIN} (install Debian's postgresql-15 or set PG_BIN); the DATABASE_URL path is NOT tested here.`;
  }
  if (asRoot) {
    if (spawnSync('id', ['-u', 'postgres']).status !== 0) return 'running as root but there is no `postgres` user to run initdb as; the DATABASE_URL path is NOT tested here.';
    if (spawnSync('runuser', ['--help']).error) return 'running as root but `runuser` is missing; the DATABASE_URL path is NOT tested here.';
  }
  return null;
}

function command(binary: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', join(BIN, binary), ...args]] : [join(BIN, binary), args];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as { port: number }).port;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForConnection(url: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`postgres did not accept connections in 20 s: ${(error as Error).message}\n${log()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const unavailable = whyUnavailable();
if (unavailable) console.log(`# SKIP postgres.test.ts: ${unavailable}`);

describe('on PostgreSQL (DATABASE_URL)', { skip: unavailable ?? false }, () => {
  let folder: string;
  let postgres = false;
  let databaseUrl: string;
  let dataFolder: string;
  const servers: TestServer[] = [];

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bridgeway-pg-'));
    if (asRoot) {
      const uid = Number(spawnSync('id', ['-u', 'postgres']).stdout.toString().trim());
      const gid = Number(spawnSync('id', ['-g', 'postgres']).stdout.toString().trim());
      await chown(folder, uid, gid);
    }
    const data = join(folder, 'data');
    dataFolder = data;
    const [initCmd, initArgs] = command('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
    const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' });
    assert.equal(init.status, 0, `initdb failed:\n${init.stdout}\n${init.stderr}`);
    const port = await freePort();
    let output = '';
    // pg_ctl daemonises the server and stops it by its pid file, so nothing is left running.
    const [pgCmd, pgArgs] = command('pg_ctl', ['start', '-D', data, '-l', join(folder, 'postgres.log'), '-o', `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`]);
    const started = spawnSync(pgCmd, pgArgs, { encoding: 'utf8' });
    output = `${started.stdout}\n${started.stderr}`;
    assert.equal(started.status, 0, `pg_ctl start failed:\n${output}`);
    postgres = true;
    databaseUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    await waitForConnection(databaseUrl, () => output);
  });

  after(async () => {
    for (const server of servers) await server.close().catch(() => {});
    if (postgres) {
      const [stopCmd, stopArgs] = command('pg_ctl', ['stop', '-D', dataFolder, '-m', 'immediate', '-w']);
      spawnSync(stopCmd, stopArgs, { encoding: 'utf8' });
    }
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('migrates and seeds once when two instances start at the same time', async () => {
    const started = await Promise.all([
      startServer({ port: 0, host: '127.0.0.1', databaseUrl }),
      startServer({ port: 0, host: '127.0.0.1', databaseUrl }),
    ]);
    servers.push(...started.map((server) => withHelpers(server)));
    const expected = (await readdir(fileURLToPath(migrationsDir))).filter((file) => file.endsWith('.sql')).length;
    const { rows } = await started[0].db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    assert.equal(rows.length, expected);
    const users = await started[0].db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE organisation_id = 'demo'`);
    assert.equal(users.rows[0].n, 3);
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
});
