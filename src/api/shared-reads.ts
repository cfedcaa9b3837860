/**
 * One request where several readers ask the same thing. Clients given the same `SharedReads`
 * (every element of a page: see `pageReads`) send an identical read once while it is in flight,
 * and reuse its answer for a short freshness window (2 s by default). A write drops what it
 * changes, by path prefix, as its operation declares (`changes`, beside its own resource).
 *
 * What is shared is the answer as it came (the client keeps its text), never a reader's object:
 * every reader parses its own copy and validates it with its own schema, so one element
 * mutating its data never reaches another.
 * The key holds everything that can change the answer: method, URL, body, credential, language
 * and the fetch in use, so two tokens, keys or organisations never share an answer.
 */

export interface SharedReadsOptions {
  /** How long a settled answer is reused, in milliseconds. Default 2,000; 0 shares only reads in flight. */
  freshForMs?: number;
  /** For tests: the clock. */
  now?: () => number;
}

interface Entry {
  /** The answer as it came (immutable: the client shares text), resolved once. */
  readonly answer: Promise<unknown>;
  /** The path under which writes find it (`/v1/plans/p_1`). */
  readonly path: string;
  readonly controller: AbortController;
  /** Readers still waiting; when the last one gives up, the request is cancelled. */
  waiting: number;
  /** When the answer stops being fresh; undefined while in flight. */
  freshUntil?: number;
  /** The answer, once it came (what `answer` resolved to). */
  value?: unknown;
}

/** What identifies a read; two reads with equal keys get the same answer. */
export interface ReadKey {
  method: string;
  url: string;
  /** The path of the URL, without its query (for invalidation). */
  path: string;
  body?: string;
  credential?: string;
  locale?: string;
  /** The fetch function in use: a host's own fetch may add credentials of its own. */
  fetch?: object;
  /** How long this answer stays fresh, when longer than `freshForMs` (reference data). */
  freshForMs?: number;
}

function abortError(): DOMException {
  return new DOMException('The read was cancelled.', 'AbortError');
}

export class SharedReads {
  /** How long a settled answer is reused, in milliseconds. */
  freshForMs: number;
  private readonly now: () => number;
  private readonly entries = new Map<string, Entry>();
  private readonly fetchIds = new WeakMap<object, number>();
  private nextFetchId = 1;

  constructor(options: SharedReadsOptions = {}) {
    this.freshForMs = options.freshForMs ?? 2000;
    this.now = options.now ?? Date.now;
  }

  private keyOf(read: ReadKey): string {
    let fetchId = 0;
    if (read.fetch) {
      fetchId = this.fetchIds.get(read.fetch) ?? this.nextFetchId++;
      this.fetchIds.set(read.fetch, fetchId);
    }
    return JSON.stringify([read.method, read.url, read.body ?? '', read.credential ?? '', read.locale ?? '', fetchId]);
  }

  /**
   * The answer to `read`: the one in flight or still fresh, or a new one from `send` (which
   * gets a signal of its own, aborted only when every reader has given up). What `send`
   * resolves to must be immutable: every reader gets the same value.
   */
  read(read: ReadKey, send: (signal: AbortSignal) => Promise<unknown>, signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(abortError());
    const key = this.keyOf(read);
    this.forgetStale();
    let entry = this.entries.get(key);
    if (!entry) entry = this.start(key, read.path, Math.max(this.freshForMs, read.freshForMs ?? 0), send);
    return this.wait(key, entry, signal);
  }

  private start(key: string, path: string, freshForMs: number, send: (signal: AbortSignal) => Promise<unknown>): Entry {
    const controller = new AbortController();
    const entry: Entry = { answer: send(controller.signal), path, controller, waiting: 0 };
    this.entries.set(key, entry);
    entry.answer.then(
      (value) => {
        if (this.entries.get(key) !== entry) return;
        entry.value = value;
        entry.freshUntil = this.now() + freshForMs;
      },
      () => {
        // A failure is never reused: the next reader (a retry) asks again.
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return entry;
  }

  /**
   * Drops the answers past their window. Done on every read rather than by a timer: an element
   * removed from the page leaves no timer running, and the few answers kept are only text.
   */
  private forgetStale(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.freshUntil !== undefined && entry.freshUntil <= now) this.entries.delete(key);
  }

  private wait(key: string, entry: Entry, signal?: AbortSignal): Promise<unknown> {
    entry.waiting++;
    return new Promise<unknown>((resolve, reject) => {
      let done = false;
      const finish = () => {
        done = true;
        entry.waiting--;
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        if (done) return;
        finish();
        reject(abortError());
        if (entry.waiting === 0 && entry.freshUntil === undefined) {
          if (this.entries.get(key) === entry) this.entries.delete(key);
          entry.controller.abort();
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      entry.answer.then(
        (json) => {
          if (done) return;
          finish();
          resolve(json);
        },
        (error: unknown) => {
          if (done) return;
          finish();
          reject(error);
        },
      );
    });
  }

  /**
   * The answer to `read` when it has come and is still fresh, at once (no promise to wait for):
   * an element can show it in the update that would have shown its loading state.
   */
  held(read: ReadKey): unknown {
    const entry = this.entries.get(this.keyOf(read));
    return entry?.freshUntil !== undefined && entry.freshUntil > this.now() ? entry.value : undefined;
  }

  /** Forgets the answer to `read`: a reader found it broken, so the next one (a retry) asks again. */
  forget(read: ReadKey): void {
    this.entries.delete(this.keyOf(read));
  }

  /**
   * Forgets every read under one of `paths` (path prefixes such as `/v1/plans`), in flight or
   * settled: a write changed them. Readers already waiting keep the answer they asked for.
   * Without paths, forgets everything.
   */
  invalidate(paths?: readonly string[]): void {
    for (const [key, entry] of this.entries) {
      if (!paths || paths.some((prefix) => entry.path === prefix || entry.path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`))) {
        this.entries.delete(key);
      }
    }
  }

  /** How many reads are held (for tests). */
  get size(): number {
    return this.entries.size;
  }
}

/** The resource a path belongs to: `/v1/plans/p_1/milestones` -> `/v1/plans`. */
export function resourceOf(path: string): string {
  const segments = path.split(/[?#]/)[0].split('/').filter(Boolean);
  return `/${segments.slice(0, segments[0] === 'v1' ? 2 : 1).join('/')}`;
}

/**
 * The reads every Bridgeway element of this page (this copy of the library) shares. Set
 * `pageReads.freshForMs` to change the freshness window (0 shares only reads in flight).
 */
export const pageReads = /* @__PURE__ */ new SharedReads();
