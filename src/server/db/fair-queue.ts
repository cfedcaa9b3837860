/**
 * Fair turns at the embedded database. PGlite runs one statement at a time, synchronously, on
 * the event loop: while a statement runs, no socket is read. Left to itself, the next statement
 * starts in the same turn of the loop as the last one ended, so requests reach the database in
 * whatever order their sockets happen to be read, and under 50 clients at once some waited
 * 8 s while later ones passed them (mentor search bench). This queue runs one job at a time,
 * the oldest request's first, and lets the loop read every ready socket between two jobs, so a
 * request waits for the requests that came before it and no longer.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** When the current request arrived (`performance.now()`); set once per request by the app. */
const arrivals = new AsyncLocalStorage<number>();

/** Runs `work` as part of a request that arrived at `arrivedAt`: its database jobs queue by that time. */
export function asRequest<T>(arrivedAt: number, work: () => T): T {
  return arrivals.run(arrivedAt, work);
}

interface Job {
  arrivedAt: number;
  order: number;
  run: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

export class FairQueue {
  /** Waiting jobs, oldest request first (then in the order they were queued). */
  readonly #waiting: Job[] = [];
  #busy = false;
  #queued = 0;

  /** Jobs waiting for their turn (not counting the one running). */
  get waiting(): number {
    return this.#waiting.length;
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const job: Job = { arrivedAt: arrivals.getStore() ?? performance.now(), order: this.#queued++, run: work, resolve: resolve as (value: unknown) => void, reject };
      // Few jobs wait at once (one or two per request in flight): a sorted insert is enough.
      let at = this.#waiting.length;
      while (at > 0 && this.#waiting[at - 1].arrivedAt > job.arrivedAt) at--;
      this.#waiting.splice(at, 0, job);
      this.#next();
    });
  }

  #next(): void {
    if (this.#busy || this.#waiting.length === 0) return;
    this.#busy = true;
    // The turn is given after the loop has read what is ready, so a request that arrived while the
    // last job ran is queued (in its place) before the next one is chosen.
    setImmediate(() => {
      const job = this.#waiting.shift()!;
      Promise.resolve()
        .then(job.run)
        .then(job.resolve, job.reject)
        .finally(() => {
          this.#busy = false;
          this.#next();
        });
    });
  }
}
