/**
 * A throwaway PostgreSQL cluster in a temp folder on a free loopback port, for the
 * DATABASE_URL tests and benchmarks. initdb and postgres refuse to run as root, so as
 * root they run as the `postgres` user on a folder that user owns. pg_ctl daemonises
 * the server and `stop()` ends it by its pid file, so nothing is left running.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './ports.js';

export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;

/** Why a cluster cannot be started here, or null when it can. */
export function postgresUnavailable(): string | null {
  if (!existsSync(join(PG_BIN, 'initdb')) || !existsSync(join(PG_BIN, 'postgres'))) {
    return `PostgreSQL server binaries not found in ${PG_BIN} (install Debian's postgresql-15 or set PG_BIN)`;
  }
  if (asRoot) {
    if (spawnSync('id', ['-u', 'postgres']).status !== 0) return 'running as root but there is no `postgres` user to run initdb as';
    if (spawnSync('runuser', ['--help']).error) return 'running as root but `runuser` is missing';
  }
  return null;
}

function run(binary: string, args: string[]): { status: number | null; output: string } {
  const [command, commandArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, binary), ...args]] : [join(PG_BIN, binary), args];
  const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

async function waitForConnection(url: string, log: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`postgres did not accept connections in 20 s: ${(error as Error).message}\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export interface ThrowawayCluster {
  databaseUrl: string;
  /** `postgres --version` of the binaries used. */
  version: string;
  stop(): Promise<void>;
}

/** initdb + pg_ctl start with durability off (fsync, synchronous commit): for tests and benchmarks only. */
export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const folder = await mkdtemp(join(tmpdir(), 'bridgeway-pg-'));
  const data = join(folder, 'data');
  let started = false;
  const stop = async () => {
    if (started) run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
    await rm(folder, { recursive: true, force: true });
  };
  try {
    if (asRoot) {
      const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres']).stdout.toString().trim());
      await chown(folder, id('-u'), id('-g'));
    }
    const init = run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
    if (init.status !== 0) throw new Error(`initdb failed:\n${init.output}`);
    const port = await freePort();
    const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    const start = run('pg_ctl', ['start', '-w', '-D', data, '-l', join(folder, 'postgres.log'), '-o', options]);
    if (start.status !== 0) throw new Error(`pg_ctl start failed:\n${start.output}`);
    started = true;
    const databaseUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    await waitForConnection(databaseUrl, start.output);
    const version = spawnSync(join(PG_BIN, 'postgres'), ['--version'], { encoding: 'utf8' }).stdout.trim();
    return { databaseUrl, version, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
