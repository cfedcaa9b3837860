/**
 * The README's first command on a fresh clone: `npm start` serves the demo page and its bundle
 * from a checkout that has never been built (no src/generated, no dist), on a new database
 * folder. Run in a copy of the tracked files, so the files the other tests read stay as they are.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort } from '../support/ports.js';
import { repo, underLoad } from './package/packed.js';

const clone = mkdtempSync(join(tmpdir(), 'bridgeway-fresh-start-'));
let server: ChildProcess | undefined;
let base = '';

async function served(path: string, until: number, headers: Record<string, string> = {}): Promise<Response | undefined> {
  while (Date.now() < until && server?.exitCode === null) {
    try {
      const answer = await fetch(`${base}${path}`, { headers });
      if (answer.ok) return answer;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return undefined;
}

describe('npm start on a fresh clone', () => {
  before(async () => {
    const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
    for (const file of tracked) {
      if (!existsSync(join(repo, file))) continue;
      mkdirSync(dirname(join(clone, file)), { recursive: true });
      cpSync(join(repo, file), join(clone, file));
    }
    symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['scripts/start.mjs', '--port', String(port), '--data-dir', join(clone, '.data')], { cwd: clone, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  });

  after(() => {
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    rmSync(clone, { recursive: true, force: true });
  });

  it('builds what it needs and serves the demo page, its bundle and the demo data', async () => {
    assert.ok(!existsSync(join(clone, 'src/generated')), 'the copy starts unbuilt');
    let errors = '';
    server!.stderr!.on('data', (chunk) => (errors += String(chunk)));
    // A hang guard, not a timing: generous, and larger under load.
    const until = Date.now() + underLoad(180_000);
    const page = await served('/', until);
    assert.ok(page, `the demo page never came up; the server said:\n${errors}`);
    assert.match(await page.text(), /<bw-credential-gap-mapper/);
    const bundle = await served('/cdn/bridgeway.js', until);
    assert.ok(bundle, `the bundle was never served; the server said:\n${errors}`);
    // The demo page's own publishable key (demo/index.html).
    const occupations = await served('/v1/occupations?q=nurse', until, { authorization: 'Bearer pk_demo_bridgeway' });
    assert.ok(occupations, `the demo API did not answer; the server said:\n${errors}`);
    assert.match(await occupations.text(), /registered-nurse/);
  });
});
