/**
 * The offline write queue behind the tracker: edits are applied to the screen at once,
 * kept in order, sent with their idempotency keys, kept when the network fails, and put
 * in front of the person when the server holds a newer version. It does no I/O: the
 * element sends what {@link WriteQueue.next} gives it and stores {@link WriteQueue.serialise}
 * wherever it likes (localStorage).
 *
 * Ordering: a write waits for every earlier write that touches one of its entities
 * (`entity` and `after`), so edits of one milestone reach the server in the order made,
 * while edits of different milestones do not hold each other up.
 */

import { QueuedWrites, readStoredWrites, REMEMBERED_KEYS, type NewWrite, type OutgoingRequest, type QueuedWrite, type StoredWrites, type WriteResult } from './queued-writes.js';

export type { NewWrite, OutgoingRequest, QueuedWrite, StoredWrites, WriteMethod, WriteResult, WriteState } from './queued-writes.js';

function replaceDeep(value: unknown, from: string, to: string): unknown {
  if (value === from) return to;
  if (Array.isArray(value)) return value.map((item) => replaceDeep(item, from, to));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceDeep(v, from, to)]));
  }
  return value;
}

function replaceInEntity(entity: string, from: string, to: string): string {
  const colon = entity.indexOf(':');
  return colon >= 0 && entity.slice(colon + 1) === from ? `${entity.slice(0, colon + 1)}${to}` : entity;
}

function scope(write: NewWrite): string[] {
  return [write.entity, ...(write.after ?? [])];
}

export class WriteQueue extends QueuedWrites {
  /**
   * The next write that may be sent at `now` (ms): pending, not waiting out a retry, and
   * with no earlier write on any of its entities still queued. Does not change the queue.
   */
  next(now: number = Date.now()): QueuedWrite | undefined {
    const busy = new Set<string>();
    for (const write of this.writes) {
      const entities = scope(write);
      const blocked = entities.some((entity) => busy.has(entity));
      entities.forEach((entity) => busy.add(entity));
      if (blocked || write.state !== 'pending') continue;
      if (write.retryAt !== undefined && write.retryAt > now) continue;
      return { ...write };
    }
    return undefined;
  }

  /** Every write that may be sent now, each on different entities. */
  ready(now: number = Date.now()): QueuedWrite[] {
    const busy = new Set<string>();
    const result: QueuedWrite[] = [];
    for (const write of this.writes) {
      const entities = scope(write);
      const blocked = entities.some((entity) => busy.has(entity));
      entities.forEach((entity) => busy.add(entity));
      if (!blocked && write.state === 'pending' && !(write.retryAt !== undefined && write.retryAt > now)) result.push({ ...write });
    }
    return result;
  }

  /** The request to send for a write: its body with `version` set to the base version. */
  request(key: string): OutgoingRequest | undefined {
    const write = this.find(key);
    if (!write) return undefined;
    const body = write.baseVersion === undefined ? write.body : { ...(write.body ?? {}), version: write.baseVersion };
    return { method: write.method, path: write.path, body, idempotencyKey: write.key };
  }

  /** Marks a write as on its way. */
  markSending(key: string): void {
    const write = this.find(key);
    if (write && write.state === 'pending') write.state = 'sending';
  }

  /**
   * The server saved the write: it leaves the queue. Later writes on the same entity are
   * rebased on the version the server returned (they were made on top of this one), and a
   * created entity's provisional id is replaced by the server's id everywhere.
   */
  ack(key: string, result: WriteResult = {}): void {
    const index = this.writes.findIndex((write) => write.key === key);
    if (index === -1) return;
    const [done] = this.writes.splice(index, 1);
    this.remember(key);
    const renamed = done.localId !== undefined && result.id !== undefined && result.id !== done.localId;
    const entity = renamed ? replaceInEntity(done.entity, done.localId!, result.id!) : done.entity;
    this.writes = this.writes.map((write) => {
      let next = write;
      if (renamed) {
        next = {
          ...next,
          entity: replaceInEntity(next.entity, done.localId!, result.id!),
          after: next.after?.map((e) => replaceInEntity(e, done.localId!, result.id!)),
          path: next.path.split('/').map((segment) => (segment === done.localId ? result.id! : segment)).join('/'),
          body: replaceDeep(next.body, done.localId!, result.id!) as Record<string, unknown> | undefined,
          optimistic: replaceDeep(next.optimistic, done.localId!, result.id!) as Record<string, unknown> | undefined,
        };
      }
      if (result.version !== undefined && next.entity === entity && next.baseVersion !== undefined && next.state !== 'conflict') {
        next = { ...next, baseVersion: result.version };
      }
      return next;
    });
  }

  /** The server holds a newer version: keep both until the person chooses. */
  conflict(key: string, theirs: { version: number } & Record<string, unknown>): void {
    const write = this.find(key);
    if (!write) return;
    write.state = 'conflict';
    write.theirs = theirs;
  }

  /**
   * The person chose. `mine`: send my edit again, based on the server's version.
   * `theirs`: drop my edit (the caller shows the server's version from now on).
   */
  resolve(key: string, choice: 'mine' | 'theirs'): void {
    const index = this.writes.findIndex((write) => write.key === key);
    if (index === -1) return;
    const write = this.writes[index];
    if (write.state !== 'conflict' || !write.theirs) return;
    if (choice === 'theirs') {
      this.writes.splice(index, 1);
      this.remember(key);
      return;
    }
    write.baseVersion = write.theirs.version;
    write.state = 'pending';
    write.retryAt = undefined;
    delete write.theirs;
  }

  /** Reads what {@link serialise} wrote. Anything unreadable gives an empty queue; malformed writes are left out. */
  static deserialise(text: string | null | undefined): WriteQueue {
    return new WriteQueue(readStoredWrites(text));
  }

  /** A queue holding writes read from storage (see {@link readStoredWrites}). */
  static restore(stored: StoredWrites): WriteQueue {
    return new WriteQueue(stored);
  }

  private remember(key: string): void {
    this.settled.push(key);
    if (this.settled.length > REMEMBERED_KEYS) this.settled.splice(0, this.settled.length - REMEMBERED_KEYS);
  }
}
