/**
 * `EditCode`: the code that turns an edit into a queued write (edit-writes.ts), loaded at the
 * person's first edit, or as soon as they reach for a control of the element (a pointer
 * down, a focus, a key), so it is usually there by the time the edit is made. An edit made
 * before it arrives is not lost: it waits here, in order, counted at once among the changes
 * not saved yet, and is made (shown, stored, sent) the moment the code arrives. A chunk that does not arrive for an edit is reported
 * (`bw-error`), and the edits go on waiting for the next try (the next edit, or the next reach
 * for a control).
 */
import { LazyPart } from '../../ui/lazy.js';
import type { TrackerHost } from './host.js';

export type EditWrites = typeof import('./edit-writes.js');

/** What the edit does with the code once it is there. */
export type Edit = (writes: EditWrites) => void;

export class EditCode {
  /** @internal Replaceable `importer` (tests simulate a chunk held back or failing). */
  readonly part: LazyPart<EditWrites>;
  private waiting: Edit[] = [];

  constructor(private readonly host: TrackerHost) {
    this.part = new LazyPart(host, () => import('./edit-writes.js'));
    for (const type of ['pointerdown', 'focusin', 'keydown']) host.addEventListener(type, this.prefetch);
  }

  /** How many edits wait for the code. */
  get waitingCount(): number {
    return this.waiting.length;
  }

  /** Makes the edit: at once when the code is here, else the moment it arrives, after the edits already waiting. */
  run(edit: Edit): void {
    this.waiting.push(edit);
    this.host.requestUpdate();
    if (this.part.module) this.makeWaiting(this.part.module);
    else void this.part.load().then((writes) => writes && this.makeWaiting(writes));
  }

  /** Starts loading the code ahead of an edit (a failure is reported only when an edit waits), and tries again for edits left waiting. */
  prefetch = (): void => {
    if (this.part.status === 'idle') void this.part.require().catch(() => undefined);
    else if (this.part.status === 'error' && this.waiting.length > 0) this.run(() => undefined);
  };

  private makeWaiting(writes: EditWrites): void {
    const edits = this.waiting;
    this.waiting = [];
    for (const edit of edits) edit(writes);
  }
}
