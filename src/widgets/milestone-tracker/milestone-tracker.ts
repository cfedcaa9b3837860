import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import * as z from 'zod/mini';
import { Me } from '../../api/identity.js';
import {
  CheckIn, CheckInPage, Comment, CommentPage, GapPlanRequest, Milestone, MilestoneList, PlanDetail, PlanPage, RecalibrationList, RecalibrationResult,
  type Evidence, type MilestoneKind, type MilestoneStatus, type Plan, type Recalibration,
} from '../../api/plan.js';
import { ApiError } from '../../api/errors.js';
import { backoffDelay } from '../../api/client.js';
import { dateOf } from '../../core/plan/dates.js';
import { moveItem, sortByPosition } from '../../core/plan/order.js';
import { summarizeProgress } from '../../core/plan/progress.js';
import { nextStatuses } from '../../core/plan/status.js';
import { WriteQueue, type NewWrite, type QueuedWrite } from '../../core/plan/write-queue.js';
import { BridgewayElement } from '../../ui/base-element.js';
import { compactHeadingStyles, renderBadge } from '../../ui/blocks.js';
import { renderEmpty } from '../../ui/states.js';
import { KINDS, STATUSES, kindLabel, statusLabel, statusTone } from './labels.js';
import { trackerStyles } from './milestone-tracker.styles.js';
import { loaders as planLocales } from '../../generated/locales/plan/index.js';
import { loaders as planMoreLocales } from '../../generated/locales/plan-more/index.js';
import { LazyPart } from '../../ui/lazy.js';

type Entity = Record<string, unknown> & { version?: number };
type View = 'auto' | 'mentee' | 'mentor';

interface Loaded {
  me: Me;
  plans: Plan[];
  detail: PlanDetail | null;
}

/** Which schema a write's answer must satisfy, from its path. */
function responseFor(path: string): z.ZodMiniType {
  if (path.endsWith('/recalibrations')) return RecalibrationResult;
  if (path.endsWith('/comments')) return Comment;
  if (path.endsWith('/check-ins')) return CheckIn;
  if (path.endsWith('/bulk')) return MilestoneList;
  if (path.endsWith('/reorder') || path.endsWith('/from-gap')) return PlanDetail;
  return Milestone;
}

const today = () => dateOf(new Date());
const localId = () => `local_${crypto.randomUUID().replaceAll('-', '')}`;
const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/**
 * A mentee's credential-recognition plan: milestones with due dates, status, evidence and
 * comments, check-ins with a mentor, recalibration of dates with their history, a list and
 * a timeline view, and calendar export. Offline-safe: every edit shows at once, is queued
 * in `localStorage` (per endpoint and user) and sent in order with its idempotency key;
 * failed sends stay queued and are replayed on `online`, on reload and on a retry timer.
 * A write the server refuses as stale shows both versions and lets the person choose.
 *
 * Listens on the document for `bw-gap-plan-requested` (from `bw-credential-gap-mapper`,
 * any copy of the library) and offers to add those milestones; when it can (a valid
 * request, a mentee's plan loaded) it calls `preventDefault()` to take the request over,
 * so the gap mapper does not save the same items a second time.
 *
 * Keyboard: Alt+ArrowUp / Alt+ArrowDown on a milestone moves it (announced); the move
 * buttons do the same; milestones can also be dragged.
 *
 * @summary Credential-recognition plan with milestones, check-ins and recalibration.
 * @tagname bw-milestone-tracker
 * @fires bw-plan-saved - when a queued write was saved; `detail` is `{ key, path }`.
 * @fires bw-plan-conflict - when the server holds a newer version of something edited here; `detail` is `{ key, path }`.
 * @fires bw-error - when loading or saving failed (see `BridgewayElement`).
 * @csspart header - the plan's title and the view switches.
 * @csspart progress - the progress summary.
 * @csspart sync - the "not saved yet" indicator.
 * @csspart list - the list of milestones.
 * @csspart item - one milestone.
 * @csspart timeline - the timeline view.
 * @csspart button - buttons.
 * @csspart input - inputs, selects and text areas.
 * @csspart dialog - the recalibration dialog.
 * @csspart conflict - a conflict between this edit and the server's version.
 * @csspart gap-offer - the offer to add milestones from the gap map.
 * @cssprop --bw-color-primary - buttons, progress, links.
 * @cssprop --bw-color-warning - the "not saved yet" indicator and conflicts.
 * @cssprop --bw-color-danger - overdue milestones.
 */
export class BridgewayMilestoneTracker extends BridgewayElement {
  static override styles = [...(BridgewayElement.styles as []), compactHeadingStyles, trackerStyles];
  static override localeArea = planLocales;

  @state() private loaded?: Loaded;
  @state() private server: Record<string, Entity> = {};
  @state() private queue = new WriteQueue();
  @state() private checkIns: CheckIn[] = [];
  @state() private history: Recalibration[] = [];
  @state() private comments: Record<string, Comment[]> = {};
  @state() private selectedPlan?: string;
  @state() private layout: 'list' | 'timeline' = 'list';
  @state() private kindFilter: MilestoneKind | '' = '';
  @state() private statusFilter: MilestoneStatus | '' = '';
  @state() private announcement = '';
  @state() private saveError = '';
  @state() private gapOffer?: GapPlanRequest;
  @state() private recalibrating?: { milestoneId: string | null };
  @state() private editing?: string;
  @state() private dragged?: string;
  @query('dialog') private dialog?: HTMLDialogElement;
  /** Dialog, conflicts, timeline, editing, check-ins and the gap offer: loaded after the first view. */
  private more = new LazyPart(this, () => import('./more.js'), planMoreLocales);

  private flushing = false;
  private timer?: ReturnType<typeof setTimeout>;
  private storageKey?: string;
  private returnFocus?: HTMLElement | null;
  private focusAfterMove?: string;

  /** The plan to show; default: the mentee's latest plan, or the first plan shared with a mentor. */
  @property({ attribute: 'plan-id' }) planId?: string;

  /** `mentee` (edit the plan), `mentor` (pick a mentee's plan, comment, record check-ins) or `auto` (from the signed-in user's role). */
  @property() view: View = 'auto';

  private data = this.createLoader({
    args: () => [this.client, this.selectedPlan ?? this.planId] as const,
    load: async ([client, wanted], signal) => {
      // The secondary panels' chunk loads beside the data, not after the first view asks for it.
      if (this.more.status === 'idle') void this.more.load();
      // Who is signed in and their plans, side by side; a missing user still ends in `plan.needsUser`.
      const mePending = client.request({ path: '/me', response: Me, signal });
      const plansPending = client.request({ path: '/plans', query: { limit: 100 }, response: PlanPage, signal });
      plansPending.catch(() => undefined);
      const me = await mePending;
      if (!me.user) throw new ApiError('auth', msg('Sign in to see your plan: the page must give this element a user token.', { id: 'plan.needsUser' }));
      const plans = (await plansPending).items;
      const id = wanted && plans.some((p) => p.id === wanted) ? wanted : me.user.role === 'mentee' ? plans.at(-1)?.id : plans[0]?.id;
      let detail: PlanDetail | null = null;
      if (id) {
        const [d, checkIns, history] = await Promise.all([
          client.request({ path: `/plans/${id}`, response: PlanDetail, signal }),
          client.request({ path: `/plans/${id}/check-ins`, response: CheckInPage, signal }),
          client.request({ path: `/plans/${id}/history`, response: RecalibrationList, signal }),
        ]);
        detail = d;
        this.checkIns = checkIns.items;
        this.history = history.items;
      }
      this.adopt(detail);
      this.openQueue(`bw-plan-queue:${this.config.endpoint}:${me.user.id}`);
      this.loaded = { me, plans, detail };
      return this.loaded;
    },
    isEmpty: (value) => value.detail === null,
  });

  // ------------------------------------------------------------------ lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('bw-gap-plan-requested', this.onGapRequest);
    window.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('bw-gap-plan-requested', this.onGapRequest);
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.timer);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterMove) {
      const id = this.focusAfterMove;
      this.focusAfterMove = undefined;
      this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus();
    }
  }

  // ------------------------------------------------------------------ public API

  /** Writes not yet saved (a copy), oldest first. */
  get pendingWrites(): readonly QueuedWrite[] {
    return this.queue.items;
  }

  /** Loads the plan again from the server (queued edits stay and are shown on top). */
  reload(): Promise<void> {
    return this.data.run();
  }

  /** Sends queued writes now, without waiting for the retry timer. Resolves when the queue has nothing more it can send. */
  async sendPending(): Promise<void> {
    const now = Date.now();
    for (const write of this.queue.items) if (write.retryAt && write.retryAt > now) this.queue.fail(write.key, write.lastError ?? '', undefined);
    await this.flush();
  }

  /** The plan as an iCalendar file (due dates, expiring results, the target date), in the element's language. */
  async calendar(): Promise<string> {
    const { planCalendar } = await import('./ics.js');
    const plan = this.plan;
    if (!plan) return '';
    return planCalendar(plan, this.milestones);
  }

  /** Downloads the calendar file (`.ics`). */
  async downloadCalendar(): Promise<void> {
    const text = await this.calendar();
    if (!text) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'recognition-plan.ics';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // ------------------------------------------------------------------ state

  private get userRole(): 'mentee' | 'mentor' | 'coordinator' {
    if (this.view === 'mentee' || this.view === 'mentor') return this.view;
    return this.loaded?.me.user?.role ?? 'mentee';
  }

  private get canEdit(): boolean {
    return this.userRole !== 'mentor' && this.loaded?.me.user?.role !== 'mentor';
  }

  private get viewState(): Record<string, Entity> {
    return this.queue.view(this.server);
  }

  private get plan(): (Plan & { order?: string[] }) | undefined {
    return this.planIn(this.viewState);
  }

  private get milestones(): Milestone[] {
    return this.milestonesIn(this.viewState);
  }

  private planIn(view: Record<string, Entity>): (Plan & { order?: string[] }) | undefined {
    const id = this.loaded?.detail?.plan.id;
    return id ? (view[`plan:${id}`] as unknown as Plan & { order?: string[] }) : undefined;
  }

  private milestonesIn(view: Record<string, Entity>): Milestone[] {
    const list = Object.entries(view)
      .filter(([key]) => key.startsWith('milestone:'))
      .map(([, value]) => value as unknown as Milestone);
    const order = this.planIn(view)?.order;
    if (!order) return sortByPosition(list);
    const rank = new Map(order.map((id, index) => [id, index]));
    return sortByPosition(list.map((m) => ({ ...m, position: rank.get(m.id) ?? order.length + m.position })));
  }

  private adopt(detail: PlanDetail | null): void {
    const server: Record<string, Entity> = {};
    if (detail) {
      server[`plan:${detail.plan.id}`] = detail.plan as unknown as Entity;
      for (const m of detail.milestones) server[`milestone:${m.id}`] = m as unknown as Entity;
    }
    this.server = server;
  }

  private openQueue(key: string): void {
    if (this.storageKey === key) return;
    this.storageKey = key;
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(key);
    } catch {
      // Storage may be blocked (privacy settings): the queue then lives as long as the page.
    }
    this.queue = WriteQueue.deserialise(stored);
    if (stored && this.queue.size === 0) this.persist();
    queueMicrotask(() => void this.flush());
  }

  private persist(): void {
    this.requestUpdate();
    if (!this.storageKey) return;
    try {
      if (this.queue.size === 0) localStorage.removeItem(this.storageKey);
      else localStorage.setItem(this.storageKey, this.queue.serialise());
    } catch {
      // Full or blocked storage: the write stays queued in memory.
    }
  }

  private enqueue(write: NewWrite): void {
    this.queue.enqueue(write);
    this.persist();
    void this.flush();
  }

  // ------------------------------------------------------------------ sending

  private async flush(): Promise<void> {
    if (this.flushing) return;
    // An empty queue (the usual case on first render): nothing to send or store, no extra render.
    if (this.queue.size === 0) {
      clearTimeout(this.timer);
      return;
    }
    this.flushing = true;
    try {
      for (let write = this.queue.next(); write; write = this.queue.next()) {
        const request = this.queue.request(write.key)!;
        this.queue.markSending(write.key);
        this.persist();
        let client;
        try {
          client = this.client;
        } catch {
          this.queue.fail(write.key, 'no endpoint', undefined);
          break;
        }
        try {
          const answer = await client.request({ method: request.method, path: request.path, body: request.body, idempotencyKey: request.idempotencyKey, response: responseFor(request.path) });
          this.applyAnswer(write, answer);
          this.saveError = '';
          this.dispatchEvent(new CustomEvent('bw-plan-saved', { bubbles: true, composed: true, detail: { key: write.key, path: write.path } }));
        } catch (error) {
          if (!this.handleFailure(write, error)) break;
        }
        this.persist();
      }
    } finally {
      this.flushing = false;
      this.persist();
      this.scheduleRetry();
    }
  }

  /** Returns true when the loop may go on with other writes. */
  private handleFailure(write: QueuedWrite, error: unknown): boolean {
    const api = error instanceof ApiError ? error : undefined;
    if (api?.kind === 'conflict' && api.problem?.current && typeof api.problem.current === 'object') {
      const current = api.problem.current as Record<string, unknown>;
      const theirs = 'plan' in current && 'milestones' in current ? { ...current, version: (current.plan as Plan).version } : current;
      if (typeof theirs.version === 'number') {
        this.queue.conflict(write.key, theirs as { version: number });
        this.dispatchEvent(new CustomEvent('bw-plan-conflict', { bubbles: true, composed: true, detail: { key: write.key, path: write.path } }));
        return true;
      }
    }
    if (!api || api.transient || api.kind === 'aborted') {
      const attempts = write.attempts + 1;
      this.queue.fail(write.key, api?.message ?? String(error), Date.now() + Math.max(1000, backoffDelay(attempts, 1000)));
      this.saveError = typeof navigator !== 'undefined' && !navigator.onLine ? msg('You are offline. Your changes are kept and will be sent when you are back online.', { id: 'plan.sync.offline' }) : msg('Could not reach the server. Your changes are kept and will be sent again.', { id: 'plan.sync.retrying' });
      return false;
    }
    // Refused for good (not allowed, invalid, gone): drop it and show what the server holds.
    this.queue.ack(write.key);
    this.saveError = msg(str`A change could not be saved: ${api.message}`, { id: 'plan.sync.refused' });
    this.reportError(api, 'load');
    void this.data.run();
    return true;
  }

  private applyAnswer(write: QueuedWrite, answer: unknown): void {
    const server = { ...this.server };
    let result: { id?: string; version?: number } = {};
    if (write.path.endsWith('/recalibrations')) {
      const r = answer as RecalibrationResult;
      this.history = [...this.history, r.recalibration];
      if (r.milestone) server[`milestone:${r.milestone.id}`] = r.milestone as unknown as Entity;
      if (r.plan) server[`plan:${r.plan.id}`] = r.plan as unknown as Entity;
      result = { version: (r.milestone ?? r.plan)?.version };
    } else if (write.path.endsWith('/comments')) {
      const c = answer as Comment;
      this.comments = { ...this.comments, [c.milestoneId]: [...(this.comments[c.milestoneId] ?? []).filter((x) => x.id !== c.id), c] };
    } else if (write.path.endsWith('/check-ins')) {
      const c = answer as CheckIn;
      this.checkIns = [c, ...this.checkIns.filter((x) => x.id !== c.id)];
    } else if (write.path.endsWith('/reorder') || write.path.endsWith('/from-gap')) {
      const d = answer as PlanDetail;
      if (write.path.endsWith('/from-gap') && d.plan.id !== this.loaded?.detail?.plan.id) {
        this.queue.ack(write.key);
        this.selectedPlan = d.plan.id;
        return;
      }
      for (const key of Object.keys(server)) if (key.startsWith('milestone:')) delete server[key];
      server[`plan:${d.plan.id}`] = d.plan as unknown as Entity;
      for (const m of d.milestones) server[`milestone:${m.id}`] = m as unknown as Entity;
      result = { version: d.plan.version };
    } else {
      const m = answer as Milestone;
      server[`milestone:${m.id}`] = m as unknown as Entity;
      result = { id: m.id, version: m.version };
    }
    this.server = server;
    this.queue.ack(write.key, result);
  }

  private scheduleRetry(): void {
    clearTimeout(this.timer);
    const waits = this.queue.items.filter((w) => w.state === 'pending' && w.retryAt).map((w) => w.retryAt!);
    if (waits.length === 0) return;
    this.timer = setTimeout(() => void this.flush(), Math.max(0, Math.min(...waits) - Date.now()));
  }

  private onOnline = (): void => {
    void this.sendPending();
  };

  // ------------------------------------------------------------------ edits

  private updateMilestone(milestone: Milestone, changes: Partial<Milestone>, body: Record<string, unknown> = changes): void {
    const serverVersion = (this.server[`milestone:${milestone.id}`]?.version as number | undefined) ?? 1;
    this.enqueue({
      key: crypto.randomUUID(),
      entity: `milestone:${milestone.id}`,
      kind: 'update',
      method: 'PATCH',
      path: `/milestones/${milestone.id}`,
      body,
      baseVersion: serverVersion,
      optimistic: changes,
    });
  }

  private addMilestone(form: HTMLFormElement): void {
    const data = new FormData(form);
    const title = String(data.get('title') ?? '').trim();
    const plan = this.plan;
    if (!title || !plan) return;
    const kind = String(data.get('kind')) as MilestoneKind;
    const dueDate = String(data.get('dueDate') ?? '') || undefined;
    const id = localId();
    const now = new Date().toISOString();
    this.enqueue({
      key: crypto.randomUUID(),
      entity: `milestone:${id}`,
      after: [`plan:${plan.id}`],
      kind: 'create',
      method: 'POST',
      path: `/plans/${plan.id}/milestones`,
      body: { title, kind, ...(dueDate ? { dueDate } : {}) },
      localId: id,
      optimistic: { id, planId: plan.id, title, kind, dueDate: dueDate ?? null, status: 'planned', evidence: [], position: this.milestones.length, dependsOn: [], version: 1, createdAt: now, updatedAt: now },
    });
    form.reset();
    this.announce(msg(str`Added ${title}.`, { id: 'plan.added' }));
  }

  private move(id: string, move: 'up' | 'down' | { to: number }): void {
    const plan = this.plan;
    if (!plan || !this.canEdit) return;
    const before = this.milestones;
    const after = moveItem(before, id, move);
    const order = after.map((m) => m.id);
    if (order.join() === before.map((m) => m.id).join()) return;
    this.enqueue({
      key: crypto.randomUUID(),
      entity: `plan:${plan.id}`,
      kind: 'update',
      method: 'POST',
      path: `/plans/${plan.id}/reorder`,
      body: { order },
      baseVersion: (this.server[`plan:${plan.id}`]?.version as number) ?? plan.version,
      optimistic: { order },
    });
    const index = order.indexOf(id);
    const title = after[index].title;
    this.focusAfterMove = id;
    this.announce(msg(str`${title} moved to position ${index + 1} of ${order.length}.`, { id: 'plan.moved' }));
  }

  private announce(text: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  private resolveConflict(write: QueuedWrite, choice: 'mine' | 'theirs'): void {
    const theirs = write.theirs as Record<string, unknown> | undefined;
    if (theirs) {
      const server = { ...this.server };
      if ('plan' in theirs && 'milestones' in theirs) {
        const d = theirs as unknown as PlanDetail;
        server[`plan:${d.plan.id}`] = d.plan as unknown as Entity;
        for (const m of d.milestones) server[`milestone:${m.id}`] = m as unknown as Entity;
      } else {
        server[write.entity] = theirs as Entity;
      }
      this.server = server;
    }
    this.queue.resolve(write.key, choice);
    this.persist();
    void this.flush();
  }

  private onItemKeydown(event: KeyboardEvent, id: string): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if (event.target !== event.currentTarget) return;
    event.preventDefault();
    this.move(id, event.key === 'ArrowUp' ? 'up' : 'down');
  }

  private onDrop(event: DragEvent, targetId: string): void {
    event.preventDefault();
    const id = this.dragged;
    this.dragged = undefined;
    if (!id || id === targetId) return;
    this.move(id, { to: this.milestones.findIndex((m) => m.id === targetId) });
  }

  private onGapRequest = (event: Event): void => {
    const parsed = GapPlanRequest.safeParse((event as CustomEvent).detail);
    if (!parsed.success || !this.canEdit || !this.loaded) return;
    // Ours to confirm and save: the gap mapper then does not save the same items itself.
    event.preventDefault();
    this.gapOffer = parsed.data;
  };

  private acceptGapOffer(): void {
    const offer = this.gapOffer;
    if (!offer) return;
    this.gapOffer = undefined;
    const planId = this.plan?.id;
    this.enqueue({
      key: crypto.randomUUID(),
      entity: `plan:${planId ?? 'new'}`,
      kind: 'update',
      method: 'POST',
      path: '/plans/from-gap',
      body: offer as unknown as Record<string, unknown>,
    });
    this.announce(msg(str`Adding ${offer.items.length} milestones to your plan.`, { id: 'plan.gap.adding' }));
  }

  private openRecalibration(milestoneId: string | null, opener: EventTarget | null): void {
    this.returnFocus = opener as HTMLElement | null;
    // The dialog's code loads first, so it can open at once.
    void this.more.load().then((part) => {
      if (!part) return;
      this.recalibrating = { milestoneId };
      void this.updateComplete.then(() => this.dialog?.showModal());
    });
  }

  private renderGapOffer(): unknown {
    return this.gapOffer ? this.more.render((part) => part.renderGapOffer(this)) : nothing;
  }

  private closeDialog(): void {
    this.dialog?.close();
  }

  private onDialogClose = (): void => {
    this.recalibrating = undefined;
    this.returnFocus?.focus();
  };

  private submitRecalibration(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const toDate = String(data.get('toDate') ?? '');
    const reason = String(data.get('reason') ?? '').trim();
    const target = this.recalibrating;
    const plan = this.plan;
    if (!target || !plan || !toDate || !reason) return;
    const entity = target.milestoneId ? `milestone:${target.milestoneId}` : `plan:${plan.id}`;
    const current = this.viewState[entity];
    this.enqueue({
      key: crypto.randomUUID(),
      entity,
      kind: 'update',
      method: 'POST',
      path: target.milestoneId ? `/milestones/${target.milestoneId}/recalibrations` : `/plans/${plan.id}/recalibrations`,
      body: { toDate, reason },
      baseVersion: (this.server[entity]?.version as number | undefined) ?? 1,
      optimistic: target.milestoneId ? { dueDate: toDate } : { goal: { ...(current as unknown as Plan).goal, targetDate: toDate } },
    });
    this.closeDialog();
  }

  private submitEdit(event: SubmitEvent, milestone: Milestone): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const title = String(data.get('title') ?? '').trim();
    const kind = String(data.get('kind')) as MilestoneKind;
    const expiresOn = String(data.get('expiresOn') ?? '') || null;
    const changes: Record<string, unknown> = {};
    if (title && title !== milestone.title) changes.title = title;
    if (kind !== milestone.kind) changes.kind = kind;
    if (expiresOn !== (milestone.expiresOn ?? null)) changes.expiresOn = expiresOn;
    this.editing = undefined;
    if (Object.keys(changes).length > 0) this.updateMilestone(milestone, { ...changes, expiresOn: expiresOn ?? undefined } as Partial<Milestone>, changes);
  }

  private submitEvidence(event: SubmitEvent, milestone: Milestone): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const text = String(data.get('text') ?? '').trim();
    const url = safeUrl(String(data.get('url') ?? '').trim());
    if (!text && !url) return;
    const evidence: Evidence = url ? { kind: 'link', url, text: text || url, addedAt: new Date().toISOString() } : { kind: 'note', text, addedAt: new Date().toISOString() };
    this.updateMilestone(milestone, { evidence: [...milestone.evidence, evidence] });
    form.reset();
  }

  private submitComment(event: SubmitEvent, milestoneId: string): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = String(new FormData(form).get('text') ?? '').trim();
    if (!text) return;
    const id = localId();
    this.enqueue({ key: crypto.randomUUID(), entity: `comment:${id}`, after: [`milestone:${milestoneId}`], kind: 'create', method: 'POST', path: `/milestones/${milestoneId}/comments`, body: { text }, localId: id, optimistic: { id, milestoneId, text } });
    form.reset();
  }

  private submitCheckIn(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const plan = this.plan;
    const me = this.loaded?.me.user;
    if (!plan || !me) return;
    const participants = [...new Set([me.id, plan.menteeId])];
    const id = localId();
    const body = {
      date: String(data.get('date') || today()),
      participants,
      summary: String(data.get('summary') ?? '').trim(),
      confidence: Number(data.get('confidence') ?? 3),
      nextSteps: String(data.get('nextSteps') ?? '').trim(),
    };
    if (!body.summary) return;
    this.enqueue({ key: crypto.randomUUID(), entity: `checkin:${id}`, after: [`plan:${plan.id}`], kind: 'create', method: 'POST', path: `/plans/${plan.id}/check-ins`, body, localId: id, optimistic: { id, ...body } });
    form.reset();
  }

  private async loadComments(milestoneId: string): Promise<void> {
    if (this.comments[milestoneId] || milestoneId.startsWith('local_')) return;
    try {
      const page = await this.client.request({ path: `/milestones/${milestoneId}/comments`, response: CommentPage });
      this.comments = { ...this.comments, [milestoneId]: page.items };
    } catch (error) {
      this.reportError(error, 'load');
    }
  }

  // ------------------------------------------------------------------ rendering





  private renderSync(): TemplateResult {
    const pending = this.queue.size;
    return html`<div class="sync" part="sync" role="status" ?data-pending=${pending > 0}>
      ${pending === 0
        ? msg('All changes saved.', { id: 'plan.sync.saved' })
        : html`${msg(str`${pending} changes not saved yet.`, { id: 'plan.sync.pending' })} ${this.saveError}
            <button type="button" class="bw-button bw-button--secondary small" part="button" @click=${() => this.sendPending()}>${msg('Send now', { id: 'plan.sync.sendNow' })}</button>`}
    </div>`;
  }

  private renderProgress(milestones: Milestone[], summary: ReturnType<typeof summarizeProgress>, date: (value: string) => string): TemplateResult {
    const title = (id: string) => milestones.find((m) => m.id === id)?.title ?? '';
    return html`<div class="progress" part="progress">
      <p><strong>${msg(str`${summary.done} of ${summary.total} milestones done`, { id: 'plan.progress.done' })}</strong></p>
      <progress max=${summary.total || 1} value=${summary.done} aria-label=${msg('Progress', { id: 'plan.progress.label' })}></progress>
      <p class="muted">
        ${summary.overdue.length > 0 ? msg(str`${summary.overdue.length} overdue.`, { id: 'plan.progress.overdue' }) : nothing}
        ${summary.nextDue ? msg(str`Next due: ${title(summary.nextDue.id)} on ${date(summary.nextDue.dueDate)}.`, { id: 'plan.progress.nextDue' }) : nothing}
      </p>
      ${summary.expiringSoon.length > 0
        ? html`<ul class="plain">
            ${summary.expiringSoon.map((e) => html`<li>${renderBadge('warning', msg(str`${title(e.id)}: result expires on ${date(e.expiresOn)}`, { id: 'plan.progress.expires' }))}</li>`)}
          </ul>`
        : nothing}
    </div>`;
  }

  private renderMilestone(m: Milestone, index: number, count: number, shared: ItemContext): TemplateResult {
    const { editable, unsaved, overdue, date } = shared;
    const comments = [...(this.comments[m.id] ?? []), ...(shared.queuedComments.get(`/milestones/${m.id}/comments`) ?? [])];
    return html`<li
      class="item"
      part="item"
      tabindex="0"
      data-id=${m.id}
      aria-label=${m.title}
      aria-describedby="reorder-hint"
      ?data-overdue=${overdue.has(m.id)}
      ?data-dragging=${this.dragged === m.id}
      draggable=${editable ? 'true' : 'false'}
      @keydown=${(e: KeyboardEvent) => this.onItemKeydown(e, m.id)}
      @dragstart=${(e: DragEvent) => {
        this.dragged = m.id;
        e.dataTransfer?.setData('text/plain', m.id);
      }}
      @dragend=${() => (this.dragged = undefined)}
      @dragover=${(e: DragEvent) => e.preventDefault()}
      @drop=${(e: DragEvent) => this.onDrop(e, m.id)}
    >
      <div class="row">
        <span class="title">${m.title}</span>
        ${renderBadge(statusTone(m.status), statusLabel(m.status))}
        ${overdue.has(m.id) ? renderBadge('danger', msg('Overdue', { id: 'plan.overdue' })) : nothing}
        ${unsaved.has(`milestone:${m.id}`) ? renderBadge('warning', msg('Not saved yet', { id: 'plan.unsaved' })) : nothing}
      </div>
      <p class="muted">
        ${kindLabel(m.kind)} ·
        ${m.dueDate ? msg(str`Due ${date(m.dueDate)}`, { id: 'plan.due' }) : msg('No date yet', { id: 'plan.noDate' })}
        ${m.expiresOn ? html` · ${msg(str`Valid until ${date(m.expiresOn)}`, { id: 'plan.validUntil' })}` : nothing}
      </p>
      ${m.evidence.length > 0
        ? html`<ul class="plain">
            ${m.evidence.map((e) => html`<li>${safeUrl(e.url) ? html`<a href=${safeUrl(e.url)!} target="_blank" rel="noopener noreferrer">${e.text}</a>` : e.text}</li>`)}
          </ul>`
        : nothing}
      ${editable
        ? html`<div class="actions">
            <label class="bw-visually-hidden" for="status-${m.id}">${msg(str`Status of ${m.title}`, { id: 'plan.statusOf' })}</label>
            <select id="status-${m.id}" class="bw-field__input small" part="input" @change=${(e: Event) => this.updateMilestone(m, { status: (e.target as HTMLSelectElement).value as MilestoneStatus })}>
              ${[m.status, ...nextStatuses(m.status)].map((s) => html`<option value=${s} ?selected=${s === m.status}>${statusLabel(s)}</option>`)}
            </select>
            <button type="button" class="bw-button bw-button--secondary small" part="button" ?disabled=${index === 0} aria-label=${msg(str`Move ${m.title} up`, { id: 'plan.moveUp' })} @click=${() => this.move(m.id, 'up')}>↑</button>
            <button type="button" class="bw-button bw-button--secondary small" part="button" ?disabled=${index === count - 1} aria-label=${msg(str`Move ${m.title} down`, { id: 'plan.moveDown' })} @click=${() => this.move(m.id, 'down')}>↓</button>
            <button type="button" class="bw-button bw-button--secondary small" part="button" @click=${(e: Event) => this.openRecalibration(m.id, e.currentTarget)}>${msg('Move the date', { id: 'plan.recalibrate' })}</button>
            <button type="button" class="bw-button bw-button--secondary small" part="button" aria-expanded=${this.editing === m.id ? 'true' : 'false'} @click=${() => (this.editing = this.editing === m.id ? undefined : m.id)}>${msg('Edit', { id: 'plan.edit' })}</button>
          </div>`
        : nothing}
      ${this.editing === m.id ? this.more.render((part) => part.renderEditForm(this, m)) : nothing}
      <details @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && this.loadComments(m.id)}>
        <summary>${msg('Comments and evidence', { id: 'plan.details' })}</summary>
        <ul class="plain">
          ${comments.map((c) => html`<li><span class="muted">${c.authorRole ? roleLabel(c.authorRole) : msg('Not saved yet', { id: 'plan.unsaved' })}:</span> ${c.text}</li>`)}
        </ul>
        <form @submit=${(e: SubmitEvent) => this.submitComment(e, m.id)}>
          <label class="bw-field__label" for="comment-${m.id}">${msg('Comment', { id: 'plan.comment' })}</label>
          <textarea id="comment-${m.id}" name="text" class="bw-field__input" part="input" required maxlength="5000"></textarea>
          <button type="submit" class="bw-button small" part="button">${msg('Add comment', { id: 'plan.addComment' })}</button>
        </form>
        ${editable
          ? html`<form @submit=${(e: SubmitEvent) => this.submitEvidence(e, m)}>
              <label class="bw-field__label" for="ev-text-${m.id}">${msg('Evidence note', { id: 'plan.evidence.text' })}</label>
              <input id="ev-text-${m.id}" name="text" class="bw-field__input" part="input" maxlength="2000" />
              <label class="bw-field__label" for="ev-url-${m.id}">${msg('Link (optional)', { id: 'plan.evidence.url' })}</label>
              <input id="ev-url-${m.id}" name="url" type="url" class="bw-field__input" part="input" />
              <button type="submit" class="bw-button bw-button--secondary small" part="button">${msg('Add evidence', { id: 'plan.evidence.add' })}</button>
            </form>`
          : nothing}
      </details>
    </li>`;
  }



  private renderKindSelect(id: string, value?: MilestoneKind): TemplateResult {
    return html`<label class="bw-field__label" for=${id}>${msg('Kind', { id: 'plan.field.kind' })}</label>
      <select id=${id} name="kind" class="bw-field__input" part="input">
        ${KINDS.map((k) => html`<option value=${k} ?selected=${k === value}>${kindLabel(k)}</option>`)}
      </select>`;
  }









  private renderPlanPicker(loaded: Loaded): unknown {
    if (loaded.plans.length < 2 && this.userRole === 'mentee') return nothing;
    return html`<label class="bw-field__label" for="plan-pick">${this.userRole === 'mentor' ? msg('Mentee plan', { id: 'plan.pickMentee' }) : msg('Plan', { id: 'plan.pick' })}</label>
      <select id="plan-pick" class="bw-field__input" part="input" @change=${(e: Event) => (this.selectedPlan = (e.target as HTMLSelectElement).value)}>
        ${loaded.plans.map((p) => html`<option value=${p.id} ?selected=${p.id === loaded.detail?.plan.id}>${p.goal.occupationId} · ${p.goal.jurisdictionId} · ${p.menteeId}</option>`)}
      </select>`;
  }

  private renderPlan(loaded: Loaded): TemplateResult {
    // Everything derived once per render: the local view, the sorted milestones, the progress summary.
    const view = this.viewState;
    const all = this.milestonesIn(view);
    const plan = this.planIn(view)!;
    const summary = summarizeProgress(all, today());
    const date = datesFor(this.format);
    const editable = this.canEdit;
    const queuedComments = new Map<string, Comment[]>();
    for (const w of this.queue.items) {
      if (!w.entity.startsWith('comment:')) continue;
      const list = queuedComments.get(w.path);
      if (list) list.push(w.optimistic as unknown as Comment);
      else queuedComments.set(w.path, [w.optimistic as unknown as Comment]);
    }
    const shared: ItemContext = { editable, unsaved: this.queue.unsavedEntities(), overdue: new Set(summary.overdue), date, queuedComments };
    const position = new Map(all.map((m, index) => [m, index]));
    const shown = all.filter((m) => (!this.kindFilter || m.kind === this.kindFilter) && (!this.statusFilter || m.status === this.statusFilter));
    return html`
      <div class="header" part="header">
        <div>
          <h2>${msg('My recognition plan', { id: 'plan.ics.calendarName' })}</h2>
          <p class="muted">${msg(str`Target date: ${date(plan.goal.targetDate)}`, { id: 'plan.targetDate' })}</p>
        </div>
        <div class="toolbar">
          ${this.renderPlanPicker(loaded)}
          <button type="button" class="bw-button bw-button--secondary small" part="button" aria-pressed=${this.layout === 'timeline' ? 'true' : 'false'} @click=${() => (this.layout = this.layout === 'list' ? 'timeline' : 'list')}>${msg('Timeline', { id: 'plan.timeline' })}</button>
          <button type="button" class="bw-button bw-button--secondary small" part="button" @click=${() => this.downloadCalendar()}>${msg('Add to calendar (.ics)', { id: 'plan.ics.download' })}</button>
          ${editable ? html`<button type="button" class="bw-button bw-button--secondary small" part="button" @click=${(e: Event) => this.openRecalibration(null, e.currentTarget)}>${msg('Move the target date', { id: 'plan.recal.titleGoal' })}</button>` : nothing}
        </div>
      </div>
      ${this.renderSync()} ${this.renderGapOffer()} ${this.queue.conflicts().length ? this.more.render((part) => part.renderConflicts(this)) : nothing} ${this.renderProgress(all, summary, date)}
      <div class="toolbar">
        <label class="bw-field__label" for="f-kind">${msg('Kind', { id: 'plan.field.kind' })}</label>
        <select id="f-kind" class="bw-field__input small" part="input" @change=${(e: Event) => (this.kindFilter = (e.target as HTMLSelectElement).value as MilestoneKind)}>
          <option value="">${msg('All', { id: 'plan.filter.all' })}</option>
          ${KINDS.map((k) => html`<option value=${k}>${kindLabel(k)}</option>`)}
        </select>
        <label class="bw-field__label" for="f-status">${msg('Status', { id: 'plan.field.status' })}</label>
        <select id="f-status" class="bw-field__input small" part="input" @change=${(e: Event) => (this.statusFilter = (e.target as HTMLSelectElement).value as MilestoneStatus)}>
          <option value="">${msg('All', { id: 'plan.filter.all' })}</option>
          ${STATUSES.map((s) => html`<option value=${s}>${statusLabel(s)}</option>`)}
        </select>
      </div>
      <p id="reorder-hint" class="bw-visually-hidden">${editable ? msg('Press Alt and the up or down arrow to move this milestone.', { id: 'plan.reorderHint' }) : ''}</p>
      ${this.layout === 'timeline'
        ? this.more.render((part) => part.renderTimeline(this, shown))
        : shown.length === 0
          ? renderEmpty(msg('No milestones match.', { id: 'plan.noMatch' }))
          : html`<ol class="list" part="list" aria-label=${msg('Milestones', { id: 'plan.milestones' })}>
              ${repeat(shown, (m) => m.id, (m) => this.renderMilestone(m, position.get(m) ?? -1, all.length, shared))}
            </ol>`}
      ${editable
        ? html`<section aria-labelledby="add-title">
            <h3 id="add-title">${msg('Add a milestone', { id: 'plan.add' })}</h3>
            <form @submit=${(e: SubmitEvent) => (e.preventDefault(), this.addMilestone(e.target as HTMLFormElement))}>
              <label class="bw-field__label" for="new-title">${msg('Title', { id: 'plan.field.title' })}</label>
              <input id="new-title" name="title" required maxlength="200" class="bw-field__input" part="input" />
              ${this.renderKindSelect('new-kind', 'custom')}
              <label class="bw-field__label" for="new-due">${msg('Due date', { id: 'plan.field.due' })}</label>
              <input id="new-due" name="dueDate" type="date" class="bw-field__input" part="input" />
              <button type="submit" class="bw-button" part="button">${msg('Add milestone', { id: 'plan.addButton' })}</button>
            </form>
          </section>`
        : nothing}
      ${this.more.render((part) => part.renderCheckIns(this))} ${this.recalibrating ? this.more.render((part) => part.renderDialog(this)) : nothing}
    `;
  }

  protected override renderContent(): unknown {
    return html`${this.data.render({
        ready: (loaded) => this.renderPlan(loaded),
        empty: () => html`${this.renderGapOffer()}${this.queue.size > 0 ? this.renderSync() : nothing}${renderEmpty(
            this.userRole === 'mentor'
              ? msg('No mentee has shared a plan with you yet.', { id: 'plan.empty.mentor' })
              : msg('You have no plan yet. Add milestones from your gap map to start one.', { id: 'plan.empty.mentee' }),
          )}`,
      })}
      <div class="bw-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}

interface ItemContext {
  editable: boolean;
  unsaved: Set<string>;
  overdue: Set<string>;
  date: (value: string) => string;
  /** Queued (not yet saved) comments by their path. */
  queuedComments: Map<string, Comment[]>;
}

/** Formatted dates per locale: a plan shows the same few dates on every render. */
const formattedDates = new Map<string, { format: (value: string) => string; seen: Map<string, string> }>();

function datesFor(format: { locale: string; date: (value: string) => string }): (value: string) => string {
  let entry = formattedDates.get(format.locale);
  if (!entry) {
    const seen = new Map<string, string>();
    const formatDate = format.date;
    entry = {
      seen,
      format: (value) => {
        let text = seen.get(value);
        if (text === undefined) {
          text = formatDate(value);
          if (seen.size > 500) seen.clear();
          seen.set(value, text);
        }
        return text;
      },
    };
    formattedDates.set(format.locale, entry);
  }
  return entry.format;
}

function roleLabel(role: 'mentee' | 'mentor' | 'coordinator'): string {
  return role === 'mentor' ? msg('Mentor', { id: 'plan.role.mentor' }) : role === 'coordinator' ? msg('Coordinator', { id: 'plan.role.coordinator' }) : msg('Mentee', { id: 'plan.role.mentee' });
}

declare global {
  interface HTMLElementEventMap {
    'bw-plan-saved': CustomEvent<{ key: string; path: string }>;
    'bw-plan-conflict': CustomEvent<{ key: string; path: string }>;
  }
}
