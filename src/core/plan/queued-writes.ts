/**
 * What the tracker needs of its offline write queue before the queue's sending code has loaded
 * (write-queue.ts loads with the first edit, or at start when storage holds queued writes):
 * the shape of a write, the writes held (`QueuedWrites`: added, shown over the server's
 * entities, counted, failed for now) and the storage format, read and written. `WriteQueue`
 * extends `QueuedWrites`, so a write is held, shown and stored the same way before and after
 * its code arrives.
 */

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type WriteState = 'pending' | 'sending' | 'conflict';

/** A write as the caller hands it over. */
export interface NewWrite {
  /** The Idempotency-Key; the same key is never queued twice. */
  key: string;
  /** The entity this write changes, e.g. `milestone:m_123`; the key of the local view. */
  entity: string;
  /** Other entities that must be settled first (a milestone create waits for its plan). */
  after?: string[];
  kind: 'create' | 'update' | 'delete';
  method: WriteMethod;
  path: string;
  /** The request body without `version`. */
  body?: Record<string, unknown>;
  /** The version the edit was based on; sent as `version` in the body. */
  baseVersion?: number;
  /** For a create: the provisional id used locally until the server gives the real one. */
  localId?: string;
  /** What to show at once: the whole entity for a create, the changed fields for an update. */
  optimistic?: Record<string, unknown>;
}

export interface QueuedWrite extends NewWrite {
  state: WriteState;
  attempts: number;
  lastError?: string;
  /** Not before this time (ms since the epoch), after a failure. */
  retryAt?: number;
  /** For a conflict: the server's current version of the entity. */
  theirs?: { version: number } & Record<string, unknown>;
}

export interface OutgoingRequest {
  method: WriteMethod;
  path: string;
  body?: Record<string, unknown>;
  idempotencyKey: string;
}

/** What the server answered to a successful write. */
export interface WriteResult {
  /** The id the server gave a created entity. */
  id?: string;
  /** The entity's version after the write. */
  version?: number;
}

const FORMAT = 'bw-write-queue';
const FORMAT_VERSION = 1;
/** How many settled keys are remembered, so a replayed write is recognised. */
export const REMEMBERED_KEYS = 500;

/** What storage holds: the writes not yet saved, and the keys of those settled (so a replay is recognised). */
export interface StoredWrites {
  writes: QueuedWrite[];
  settled: string[];
}

/**
 * The local view: the server's entities (by entity key) with every write applied in order.
 * Creates add the optimistic entity, updates merge their fields, deletes remove.
 */
export function applyWrites<T extends Record<string, unknown>>(server: Readonly<Record<string, T>>, writes: readonly NewWrite[]): Record<string, T> {
  const result: Record<string, T> = { ...server };
  for (const write of writes) {
    if (write.kind === 'delete') delete result[write.entity];
    else if (write.kind === 'create' && write.optimistic) result[write.entity] = { ...(write.optimistic as T) };
    else if (write.kind === 'update' && write.optimistic && result[write.entity]) {
      result[write.entity] = { ...result[write.entity], ...(write.optimistic as Partial<T>) };
    }
  }
  return result;
}

/** JSON for storage. A write that was being sent is stored as pending: its key makes a resend safe. */
export function serialiseWrites(writes: readonly QueuedWrite[], settled: readonly string[]): string {
  return JSON.stringify({
    format: FORMAT,
    v: FORMAT_VERSION,
    writes: writes.map((write) => (write.state === 'sending' ? { ...write, state: 'pending' } : write)),
    settled,
  });
}

/** Reads what {@link serialiseWrites} wrote. Anything unreadable gives no writes; malformed writes are left out. */
export function readStoredWrites(text: string | null | undefined): StoredWrites {
  const stored: StoredWrites = { writes: [], settled: [] };
  if (!text) return stored;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return stored;
  }
  if (!isRecord(data) || data.format !== FORMAT || data.v !== FORMAT_VERSION || !Array.isArray(data.writes)) return stored;
  if (Array.isArray(data.settled)) stored.settled = data.settled.filter((key): key is string => typeof key === 'string').slice(-REMEMBERED_KEYS);
  for (const raw of data.writes) {
    if (!isQueuedWrite(raw) || stored.writes.some((write) => write.key === raw.key)) continue;
    stored.writes.push({ ...raw, state: raw.state === 'sending' ? 'pending' : raw.state });
  }
  return stored;
}

/**
 * The writes not yet saved, in order, and the keys of those settled: what the tracker shows,
 * counts and stores from its first render. `WriteQueue` adds what sending them takes.
 */
export class QueuedWrites {
  protected writes: QueuedWrite[];
  protected settled: string[];

  /** Holding the writes of `stored` (see {@link readStoredWrites}), or none. */
  constructor(stored: StoredWrites = { writes: [], settled: [] }) {
    this.writes = stored.writes.map((write) => ({ ...write }));
    this.settled = [...stored.settled];
  }

  /** The writes not yet saved, in order (copies). */
  get items(): readonly QueuedWrite[] {
    return this.writes.map((write) => ({ ...write }));
  }

  get size(): number {
    return this.writes.length;
  }

  /** What storage holds, for a queue that takes these writes over. */
  get stored(): StoredWrites {
    return { writes: this.writes, settled: this.settled };
  }

  /** Entities with a write not yet saved: what the "not saved yet" indicator shows. */
  unsavedEntities(): Set<string> {
    return new Set(this.writes.map((write) => write.entity));
  }

  /** Writes waiting for the person to choose between their version and the server's. */
  conflicts(): QueuedWrite[] {
    return this.writes.filter((write) => write.state === 'conflict').map((write) => ({ ...write }));
  }

  /**
   * Adds a write at the end. Returns false, and changes nothing, when a write with the
   * same key is queued or was settled already (a replay).
   */
  enqueue(write: NewWrite): boolean {
    if (this.writes.some((queued) => queued.key === write.key) || this.settled.includes(write.key)) return false;
    this.writes.push({ ...write, state: 'pending', attempts: 0 });
    return true;
  }

  /** Sending failed (network, timeout, server error, the sending code not arriving): the write stays queued, to be tried again. */
  fail(key: string, error: string, retryAt?: number): void {
    const write = this.find(key);
    if (!write) return;
    write.state = 'pending';
    write.attempts += 1;
    write.lastError = error;
    write.retryAt = retryAt;
  }

  /**
   * The local view: the server's entities (by entity key) with every queued write applied
   * in order. Creates add the optimistic entity, updates merge their fields, deletes remove.
   */
  view<T extends Record<string, unknown>>(server: Readonly<Record<string, T>>): Record<string, T> {
    return applyWrites(server, this.writes);
  }

  /** JSON for storage. A write that was being sent is stored as pending: its key makes a resend safe. */
  serialise(): string {
    return serialiseWrites(this.writes, this.settled);
  }

  protected find(key: string): QueuedWrite | undefined {
    return this.writes.find((write) => write.key === key);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KINDS = new Set(['create', 'update', 'delete']);
const STATES = new Set(['pending', 'sending', 'conflict']);

function isQueuedWrite(value: unknown): value is QueuedWrite {
  if (!isRecord(value)) return false;
  return (
    typeof value.key === 'string' &&
    value.key !== '' &&
    typeof value.entity === 'string' &&
    typeof value.path === 'string' &&
    METHODS.has(value.method as string) &&
    KINDS.has(value.kind as string) &&
    STATES.has(value.state as string) &&
    typeof value.attempts === 'number' &&
    (value.after === undefined || (Array.isArray(value.after) && value.after.every((e) => typeof e === 'string'))) &&
    (value.body === undefined || isRecord(value.body)) &&
    (value.optimistic === undefined || isRecord(value.optimistic)) &&
    (value.baseVersion === undefined || typeof value.baseVersion === 'number') &&
    (value.localId === undefined || typeof value.localId === 'string') &&
    (value.theirs === undefined || (isRecord(value.theirs) && typeof value.theirs.version === 'number')) &&
    (value.state !== 'conflict' || value.theirs !== undefined)
  );
}
