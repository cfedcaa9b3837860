/**
 * `PlanSync`: the tracker's offline write queue (src/core/plan/write-queue.ts) and what it
 * is laid over. Every edit shows at once, is stored in `localStorage` (per endpoint and
 * user) and sent in order with its idempotency key; failed sends stay queued and are
 * replayed on `online`, on reload and on a retry timer. A write the server refuses as stale
 * is kept beside the server's version until the person chooses. None of the queue's code is in
 * the first download: the writes held, shown and stored (queued-writes.ts) come with the panels,
 * which load beside the data and bring every edit (the session waits for them when storage holds
 * writes); the code that sends (plan-send.ts, with write-queue.ts) loads the first time the queue
 * has something to send: the person's first edit, or writes an earlier visit left in storage. A
 * chunk that does not arrive counts as a failed send, and the writes wait, stored.
 */
import type { ReactiveController } from 'lit';
import { msg } from '@lit/localize';
import { backoffDelay } from '../../api/client.js';
import type { Comment, Milestone } from '../../api/plan.js';
import type { CommentCreate } from '../../api/plan.js';
import { sortByPosition } from '../../core/plan/order.js';
import type { NewWrite, QueuedWrite, QueuedWrites } from '../../core/plan/queued-writes.js';
import type { WriteQueue } from '../../core/plan/write-queue.js';
import type { LazyPart } from '../../ui/lazy.js';
import type { TrackerHost } from './host.js';
import type { Outbox } from './plan-send.js';
import { isMilestone, isPlan, planKey, ServerPlan, type Entity, type PlanEntity } from './server-plan.js';

/** The code that holds, shows and stores writes (queued-writes.ts): it comes with the panels, and with the sending code. */
export type QueueCode = Pick<typeof import('../../core/plan/queued-writes.js'), 'QueuedWrites' | 'readStoredWrites'>;

/** A queued comment or check-in, shown with "Not saved yet" until the server has it. */
export interface QueuedComment extends CommentCreate {
  milestoneId: string;
}

/** A date move on its way: the milestone (null for the plan's target date), the new date and why. */
export interface QueuedDateMove {
  milestoneId: string | null;
  toDate: string;
  reason: string;
}

export interface SyncOptions {
  /** Loads the plan again (after a write was refused for good). */
  reload(): void;
  /** A write landed in another plan than the one shown (the gap map started a new one). */
  showPlan(planId: string): void;
}

export class PlanSync implements ReactiveController {
  /** What the server last said. */
  readonly server = new ServerPlan();
  /** Why the last send failed, while writes wait. */
  saveError = '';

  /** The writes held, shown and stored, oldest first: none until the queue's code is there. */
  private queue?: QueuedWrites;
  /** What storage held when the queue was opened, until the queue's code reads it. */
  private stored: string | null = null;
  /** The queue's code, once the panels (or the sending code) brought it. */
  private code?: QueueCode;
  /** The same writes once the queue's sending code has loaded (with plan-send.ts): the queue from then on. */
  private sendable?: WriteQueue;
  /** Milestones created here, by the server's id: their provisional id, which keeps rendering them in the same place. */
  private provisional = new Map<string, string>();
  private flushing = false;
  private timer?: ReturnType<typeof setTimeout>;
  private storageKey?: string;
  /** The sending code, loaded when the queue first has something to send. */
  private readonly sender: LazyPart<typeof import('./plan-send.js')>;
  /** What the sending code may use of this controller. */
  private readonly outbox: Outbox;

  constructor(
    private readonly host: TrackerHost,
    private readonly options: SyncOptions,
    /** The sending code's part (the element's `parts.sender`). */
    sender: LazyPart<typeof import('./plan-send.js')>,
  ) {
    host.addController(this);
    this.sender = sender;
    const sync = this;
    this.outbox = {
      host,
      server: this.server,
      get queue() {
        return sync.sendable!;
      },
      get saveError() {
        return sync.saveError;
      },
      set saveError(text: string) {
        sync.saveError = text;
      },
      persist: () => this.persist(),
      provisional: (savedId, localId) => this.provisional.set(savedId, localId),
      retryLater: (write, error) => this.retryLater(write, error),
      reload: () => options.reload(),
      showPlan: (planId) => options.showPlan(planId),
    };
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    void this.flush();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.timer);
  }

  // ------------------------------------------------------------------ what is shown

  /** Writes not yet saved (copies), oldest first. */
  get pending(): readonly QueuedWrite[] {
    return this.queue?.items ?? [];
  }

  /** Writes are held, or wait in storage for the queue's code to read them. */
  get holdsWrites(): boolean {
    return this.queue ? this.queue.size > 0 : this.stored !== null;
  }

  get conflicts(): QueuedWrite[] {
    return this.queue?.conflicts() ?? [];
  }

  /** Entity keys with a write not yet saved. */
  unsaved(): Set<string> {
    return this.queue?.unsavedEntities() ?? new Set();
  }

  /** The server's entities with every queued write laid over them. */
  view(): Record<string, Entity> {
    return this.queue ? this.queue.view(this.server.entities) : this.server.entities;
  }

  planIn(view: Record<string, Entity>): PlanEntity | undefined {
    const id = this.server.planId;
    const entity = id ? view[planKey(id)] : undefined;
    return entity && isPlan(entity) ? entity : undefined;
  }

  /** The milestones in their order (a queued reorder's order first). */
  milestonesIn(view: Record<string, Entity>): Milestone[] {
    const list: Milestone[] = [];
    for (const [key, entity] of Object.entries(view)) if (key.startsWith('milestone:') && isMilestone(entity)) list.push(entity);
    const order = this.planIn(view)?.order;
    if (!order) return sortByPosition(list);
    const rank = new Map(order.map((id, index) => [id, index]));
    return sortByPosition(list.map((m) => ({ ...m, position: rank.get(m.id) ?? order.length + m.position })));
  }

  get plan(): PlanEntity | undefined {
    return this.planIn(this.view());
  }

  get milestones(): Milestone[] {
    return this.milestonesIn(this.view());
  }

  /**
   * A stable key to render a milestone with: its provisional id when it was created here. So
   * the card that had the focus is the same element after the server gave it its id.
   */
  renderKey(milestoneId: string): string {
    return this.provisional.get(milestoneId) ?? milestoneId;
  }

  commentsOf(milestoneId: string): Comment[] | undefined {
    return this.server.comments.get(milestoneId);
  }

  /** Each milestone's comments as shown: those read, then `queued` (on their way); the count has those not read yet too. */
  commentsShown(queued: readonly QueuedComment[]): (milestone: Milestone) => { listed: (Comment | QueuedComment)[]; count: number } {
    return (m) => {
      const read = this.commentsOf(m.id);
      const mine = queued.filter((c) => c.milestoneId === m.id);
      return { listed: [...(read ?? []), ...mine], count: (read?.length ?? m.commentCount ?? 0) + mine.length };
    };
  }

  // ------------------------------------------------------------------ queue

  /** Opens the queue stored under `key` (per endpoint and user) and sends what it holds. */
  open(key: string): void {
    if (this.storageKey === key) return;
    this.storageKey = key;
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(key);
    } catch {
      // Storage may be blocked (privacy settings): the queue then lives as long as the page.
    }
    // The sending code loads only when storage holds writes (flush sends them).
    this.sendable = undefined;
    this.queue = undefined;
    this.stored = stored;
    this.readStored();
    queueMicrotask(() => void this.flush());
  }

  /** The queue's code arrived (with the panels): it holds what storage held, and every edit from now on. */
  useQueueCode(code: QueueCode): void {
    this.code ??= code;
    this.readStored();
  }

  /** Edits come from the panels' code, which brought the queue's: it is there. */
  enqueue(write: NewWrite): void {
    this.queue?.enqueue(write);
    this.persist();
    void this.flush();
  }

  /** Sends queued writes now, without waiting for the retry timer. */
  async sendPending(): Promise<void> {
    const now = Date.now();
    for (const write of this.pending) if (write.retryAt && write.retryAt > now) this.queue?.fail(write.key, write.lastError ?? '', undefined);
    await this.flush();
  }

  /** The person chose between their version and the server's. */
  resolveConflict(write: QueuedWrite, choice: 'mine' | 'theirs'): void {
    // A conflict comes from a send: the sending code is there.
    const sender = this.sender.module;
    if (!sender || !this.sendable) return;
    sender.resolveConflict(this.outbox, write, choice);
    void this.flush();
  }

  /** A comment list read from the server. */
  commentsLoaded(milestoneId: string, comments: Comment[]): void {
    this.server.comments.set(milestoneId, comments);
    this.host.requestUpdate();
  }

  /** The writes storage held, read once the queue's code is there (storage that held none is cleared). */
  private readStored(): void {
    if (this.queue || !this.code) return;
    const { stored } = this;
    this.queue = new this.code.QueuedWrites(this.code.readStoredWrites(stored));
    this.stored = null;
    if (stored && this.queue.size === 0) this.persist();
  }

  private persist(): void {
    this.host.requestUpdate();
    // Without the queue's code, storage keeps what it holds until the code reads it.
    if (!this.storageKey || !this.queue) return;
    try {
      if (this.queue.size === 0) localStorage.removeItem(this.storageKey);
      else localStorage.setItem(this.storageKey, this.queue.serialise());
    } catch {
      // Full or blocked storage: the write stays queued in memory.
    }
  }

  // ------------------------------------------------------------------ sending

  /** The queue with its code loaded, holding the writes kept until then. Rejects when the chunk did not arrive. */
  private async loadQueue(): Promise<WriteQueue> {
    const { WriteQueue, readStoredWrites } = await this.sender.require();
    this.sendable ??= WriteQueue.restore(this.queue?.stored ?? readStoredWrites(this.stored));
    this.queue = this.sendable;
    this.stored = null;
    return this.sendable;
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    // An empty queue (the usual case on first render): no code to load, nothing to send or store, no extra render.
    if (!this.holdsWrites) {
      clearTimeout(this.timer);
      return;
    }
    this.flushing = true;
    try {
      let queue: WriteQueue;
      let sender: typeof import('./plan-send.js');
      try {
        queue = await this.loadQueue();
        sender = await this.sender.require();
      } catch (error) {
        const first = this.pending.find((write) => write.state === 'pending');
        if (first) this.retryLater(first, error instanceof Error ? error.message : String(error));
        return;
      }
      for (let write = queue.next(); write; write = queue.next()) {
        if (!(await sender.sendWrite(this.outbox, write))) break;
        this.persist();
      }
    } finally {
      this.flushing = false;
      this.persist();
      this.scheduleRetry();
    }
  }

  /** A send that failed for now (no answer, a chunk that did not arrive): the write waits and is sent again later. */
  private retryLater(write: QueuedWrite, error: string): false {
    this.queue?.fail(write.key, error, Date.now() + Math.max(1000, backoffDelay(write.attempts + 1, 1000)));
    this.saveError =
      typeof navigator !== 'undefined' && !navigator.onLine
        ? msg('You are offline. Your changes are kept and will be sent when you are back online.', { id: 'plan.sync.offline' })
        : msg('Could not reach the server. Your changes are kept and will be sent again.', { id: 'plan.sync.retrying' });
    return false;
  }

  private scheduleRetry(): void {
    clearTimeout(this.timer);
    const waits = this.pending.filter((w) => w.state === 'pending' && w.retryAt).map((w) => w.retryAt!);
    if (waits.length === 0) return;
    this.timer = setTimeout(() => void this.flush(), Math.max(0, Math.min(...waits) - Date.now()));
  }

  private onOnline = (): void => {
    void this.sendPending();
  };
}
