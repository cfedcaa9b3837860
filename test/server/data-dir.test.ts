/**
 * The embedded data directory with real `bridgeway serve` processes: a second server refuses a
 * folder in use and names the process; a lock left by a killed server is cleared; kill -9 during
 * writes loses nothing acknowledged; a folder PGlite cannot open gets a short message saying what to do.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirInUse, LOCK_FILE, PgliteDatabase } from '../../src/server/db/index.js';
import { DEMO_SECRET_KEY } from '../../src/server/index.js';
import { databaseSnapshot } from './helpers.js';
import { runCli, startServeProcess, type ServeProcess } from '../support/cli-process.js';

let root: string;
let seeded: string;
const running: ServeProcess[] = [];

/** A copy of a migrated, seeded data directory (made once from the test snapshot). */
async function dataDir(name: string): Promise<string> {
  const dir = join(root, name);
  await cp(seeded, dir, { recursive: true });
  return dir;
}

async function serve(dir: string): Promise<ServeProcess> {
  const server = await startServeProcess(['--data-dir', dir, '--no-seed']);
  running.push(server);
  return server;
}

async function mint(url: string, externalId: string): Promise<{ status: number; userId?: string }> {
  const response = await fetch(`${url}/v1/tokens`, { method: 'POST', headers: { authorization: `Bearer ${DEMO_SECRET_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify({ externalId, role: 'mentee' }) });
  const body = (await response.json()) as { user?: { id: string } };
  return { status: response.status, userId: body.user?.id };
}

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'bridgeway-datadir-'));
  seeded = join(root, 'seeded');
  const db = await PgliteDatabase.open({ dataDir: seeded, loadDataDir: await databaseSnapshot() });
  await db.close();
});

after(async () => {
  for (const server of running) if (server.child.exitCode === null && server.child.signalCode === null) await server.kill();
  await rm(root, { recursive: true, force: true });
});

describe('one server per embedded data directory', () => {
  it('refuses a second server on a folder in use, naming the process that holds it', async () => {
    const dir = await dataDir('shared');
    const first = await serve(dir);
    const second = runCli(['serve', '--port', '0', '--host', '127.0.0.1', '--data-dir', dir, '--no-seed']);
    const { code } = await second.exited;
    assert.equal(code, 1);
    assert.match(second.err, new RegExp(`in use by process ${first.child.pid} `));
    assert.match(second.err, /Stop that server first/);
    assert.ok(second.err.length < 1_000, `a short message, not a stack:\n${second.err}`);
    // The first goes on serving, its writes its own.
    assert.equal((await mint(first.url, 'after-refusal')).status, 201);
    await first.stop();
    assert.equal(first.child.exitCode, 0);
    await assert.rejects(readFile(join(dir, LOCK_FILE)), /ENOENT/, 'a clean stop removes the lock');
  });

  it('refuses a second open in the same process too', async () => {
    const dir = await dataDir('same-process');
    const db = await PgliteDatabase.open({ dataDir: dir });
    try {
      await assert.rejects(PgliteDatabase.open({ dataDir: dir }), (error: unknown) => error instanceof DataDirInUse && error.owner.pid === process.pid);
    } finally {
      await db.close();
    }
    const again = await PgliteDatabase.open({ dataDir: dir });
    await again.close();
  });

  it('loses nothing acknowledged when killed (-9) during writes, and the next start clears the dead server’s lock', async () => {
    const dir = await dataDir('killed');
    const first = await serve(dir);
    const acknowledged = new Map<string, string>();
    let stop = false;
    const writers = [0, 1, 2, 3].map(async (writer) => {
      for (let i = 0; !stop; i++) {
        const externalId = `k9-${writer}-${i}`;
        const result = await mint(first.url, externalId).catch(() => null);
        if (!result) return;
        if (result.status === 201 && result.userId) acknowledged.set(externalId, result.userId);
      }
    });
    while (acknowledged.size < 40) await new Promise((resolve) => setTimeout(resolve, 20));
    await first.kill();
    stop = true;
    await Promise.all(writers);
    const lock = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'));
    assert.equal(lock.pid, first.child.pid, 'the killed server left its lock');

    const second = await serve(dir);
    const newLock = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'));
    assert.equal(newLock.pid, second.child.pid, 'the stale lock was replaced');
    for (const [externalId, userId] of acknowledged) {
      const again = await mint(second.url, externalId);
      assert.deepEqual(again, { status: 201, userId }, `${externalId} was acknowledged before the kill`);
    }
    await second.stop();
  });

  it('clears a lock naming a process that no longer runs', async () => {
    const dir = await dataDir('stale');
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), startedAt: '2026-01-01T00:00:00.000Z', token: 'old' }));
    const server = await serve(dir);
    assert.equal((await fetch(`${server.url}/health`)).status, 200);
    await server.stop();
  });

  it('says in a few lines what to do when the folder cannot be opened', async () => {
    const dir = await dataDir('damaged');
    const control = await open(join(dir, 'global/pg_control'), 'r+');
    await control.write(Buffer.alloc(64, 0xab), 0, 64, 0);
    await control.close();
    const cli = runCli(['serve', '--port', '0', '--host', '127.0.0.1', '--data-dir', dir, '--no-seed']);
    const { code } = await cli.exited;
    assert.equal(code, 1);
    assert.match(cli.err, /could not be opened/);
    assert.match(cli.err, /npx bridgeway restore <backup-file> --data-dir <new-folder>/);
    assert.ok(cli.err.length < 1_200, `no library source in the message (${cli.err.length} characters):\n${cli.err.slice(0, 2_000)}`);
    await assert.rejects(readFile(join(dir, LOCK_FILE)), /ENOENT/, 'a failed open leaves no lock');
  });
});
