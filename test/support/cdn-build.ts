/**
 * One CDN build per source state, shared by every end-to-end test and browser bench that serves it. Each test
 * file used to run rollup on its own (20–40 s on a shared 2-core machine); the build now
 * lands in `.tmp/cdn-builds/<hash of its inputs>/` and the next test reuses it. A folder is
 * written once and never rewritten, so a test never serves a bundle another one is changing:
 * a change to the sources makes a new hash and a new folder.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What the CDN bundle is made from. */
const INPUTS = ['src', 'locales', 'rollup.config.mjs', 'scripts', 'tsconfig.json', 'package-lock.json', 'lit-localize.json'];
const BUILDS = resolve('.tmp/cdn-builds');
const DAY_MS = 24 * 60 * 60 * 1000;
/** Longer than a CDN build takes on a loaded 2-core machine. */
const STALE_LOCK_MS = 5 * 60 * 1000;

function hashInputs(): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    hash.update(path).update('\0').update(readFileSync(path)).update('\0');
  };
  INPUTS.forEach(visit);
  return hash.digest('hex').slice(0, 16);
}

/** Removes builds of source states older than a day: nothing running still serves them. */
function pruneOldBuilds(keep: string) {
  for (const name of readdirSync(BUILDS)) {
    const path = join(BUILDS, name);
    if (name !== keep && !name.endsWith('.lock') && Date.now() - statSync(path).mtimeMs > DAY_MS) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * The `dist` folder of the CDN build of the current sources, building it when no test has yet.
 * Test files run side by side: the first one takes a lock (an atomic mkdir) and builds into a
 * folder of its own, renamed into place when whole; the others wait for it. A lock left by a
 * test that died is taken over once it is older than any build takes.
 */
export async function sharedCdnBuild(): Promise<string> {
  mkdirSync(BUILDS, { recursive: true });
  // The bundle's validators are generated from the contract: bring them up to date first (unchanged files are not rewritten).
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-validators.ts'], { stdio: 'ignore' });
  const key = hashInputs();
  const ready = join(BUILDS, key);
  const lock = `${ready}.lock`;
  while (!existsSync(ready)) {
    if (takeLock(lock)) {
      try {
        if (!existsSync(ready)) build(ready);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
      pruneOldBuilds(key);
      break;
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  return join(ready, 'dist');
}

function takeLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    const held = statSync(lock, { throwIfNoEntry: false });
    if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

function build(ready: string) {
  const building = `${ready}.${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/.bin/rollup', '-c', '--silent'], { env: { ...process.env, BUILD_ONLY: 'cdn', BUILD_DIR: join(building, 'dist') }, stdio: 'inherit' });
  renameSync(building, ready);
}

/** A folder to serve as the reference server's `staticRoot`: the demo page's files beside the shared CDN build. */
export interface CdnSite {
  root: string;
  /** Removes the folder (its links only: the shared build stays). */
  remove(): void;
}

/**
 * A site of the caller's own: links to the demo page's files and to the CDN build of the current
 * sources, which callers share and never write to.
 */
export async function cdnSite(): Promise<CdnSite> {
  const root = mkdtempSync(join(tmpdir(), 'bridgeway-site-'));
  symlinkSync(resolve('demo'), join(root, 'demo'), 'dir');
  symlinkSync(await sharedCdnBuild(), join(root, 'dist'), 'dir');
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
