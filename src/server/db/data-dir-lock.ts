/**
 * One server per embedded data directory, as PostgreSQL does with `postmaster.pid`: two PGlite
 * instances on one folder both accept writes, diverge and can leave it unopenable. The lock is a
 * file created exclusively in the folder, naming the process, host and start time. A lock left by
 * a process that no longer runs (kill -9, a crash) is cleared; one held by a live process refuses.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, open, readFile, rmdir, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'bridgeway.lock';

export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  /** Tells this holder's lock from a later one with the same pid. */
  token: string;
  command?: string;
}

/** A data directory another live process holds: the message says which, and what to do. */
export class DataDirInUse extends Error {
  readonly owner: LockOwner;
  constructor(dataDir: string, owner: LockOwner, why: string) {
    super(
      `The data directory ${dataDir} is in use by process ${owner.pid} on ${owner.host} (started ${owner.startedAt}${owner.command ? `: ${owner.command}` : ''}). ${why}\n` +
        `Stop that server first, or give this one its own --data-dir. If you are sure no server uses the folder, delete ${join(dataDir, LOCK_FILE)}.`,
    );
    this.name = 'DataDirInUse';
    this.owner = owner;
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): Promise<void>;
}

/** Folders this process holds, so a second open in the same process refuses too. */
const heldHere = new Map<string, string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (Number.isInteger(owner.pid) && typeof owner.host === 'string' && typeof owner.token === 'string') return owner as LockOwner;
  } catch {
    // Not ours (the lock is always written whole): treated as stale.
  }
  return null;
}

/** Why the lock's holder still runs, or null when the lock is stale. */
function liveReason(owner: LockOwner | null, path: string): string | null {
  if (!owner) return null;
  if (owner.host !== hostname()) return 'That host cannot be checked from here, so the lock is kept.';
  if (owner.pid === process.pid) return heldHere.get(path) === owner.token ? 'This process already has it open.' : null;
  return isAlive(owner.pid) ? 'That process is still running.' : null;
}

async function readOwner(path: string): Promise<{ text: string; owner: LockOwner | null } | null> {
  try {
    const text = await readFile(path, 'utf8');
    return { text, owner: parseOwner(text) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Clears a stale lock under a guard folder, so two servers clearing the same stale lock at once
 * cannot delete the fresh lock one of them has just taken. Returns false when another process
 * is clearing it right now (the caller tries again).
 */
async function clearStale(path: string, staleText: string): Promise<boolean> {
  const guard = `${path}.clearing`;
  try {
    await mkdir(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A guard older than a few seconds belongs to a process that died while clearing.
    const age = Date.now() - (await stat(guard).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (age > 5_000) await rmdir(guard).catch(() => {});
    return false;
  }
  try {
    const now = await readOwner(path);
    if (now && now.text === staleText) await unlink(path);
    return true;
  } finally {
    await rmdir(guard).catch(() => {});
  }
}

/**
 * Writes the lock whole under a temporary name, then links it into place: `link` fails when the
 * lock exists, and a reader never sees a half-written one. False when the lock exists.
 */
async function placeLock(path: string, owner: LockOwner): Promise<boolean> {
  const draft = `${path}.${owner.token}`;
  const file = await open(draft, 'wx');
  try {
    await file.writeFile(`${JSON.stringify(owner)}\n`);
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await link(draft, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(draft).catch(() => {});
  }
}

/** Takes the folder's lock or throws {@link DataDirInUse}. */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), token: randomUUID(), command: process.argv.slice(1).join(' ').slice(0, 200) };
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await placeLock(path, owner)) {
      heldHere.set(path, owner.token);
      const releaseOnExit = () => releaseSync(path, owner.token);
      process.once('exit', releaseOnExit);
      return {
        path,
        async release() {
          process.removeListener('exit', releaseOnExit);
          releaseSync(path, owner.token);
        },
      };
    }
    const existing = await readOwner(path);
    if (!existing) continue;
    const reason = liveReason(existing.owner, path);
    if (reason) throw new DataDirInUse(dataDir, existing.owner!, reason);
    if (!(await clearStale(path, existing.text))) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Could not take the lock ${path}: other processes keep taking and clearing it.`);
}

/** Removes the lock only while it is still this holder's. Synchronous so it also runs at exit. */
function releaseSync(path: string, token: string): void {
  if (heldHere.get(path) !== token) return;
  heldHere.delete(path);
  try {
    if (parseOwner(readFileSync(path, 'utf8'))?.token === token) unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/** Where the automatic backups of a data directory are kept: beside it, not in it. */
export function backupsDirOf(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, '')}-backups`;
}

/** A data directory PGlite cannot open: a short message with what to do, not the library's source. */
export class DataDirUnreadable extends Error {
  constructor(dataDir: string, cause: unknown) {
    const reason = String((cause as Error)?.message ?? cause).split('\n')[0].slice(0, 200);
    super(
      `The database in ${dataDir} could not be opened (${reason}). The folder may be damaged, for example by two servers writing to it at once or a full disk.\n` +
        `What to do: keep a copy of the folder as it is, then restore your latest backup into a new folder:\n` +
        `  npx bridgeway restore <backup-file> --data-dir <new-folder>\n` +
        `Backups taken automatically before each upgrade are in ${backupsDirOf(dataDir)}/.`,
      { cause },
    );
    this.name = 'DataDirUnreadable';
  }
}

/** The start failures whose message is the whole story (no stack trace needed). */
export function isDataDirProblem(error: unknown): error is DataDirInUse | DataDirUnreadable {
  return error instanceof DataDirInUse || error instanceof DataDirUnreadable;
}
