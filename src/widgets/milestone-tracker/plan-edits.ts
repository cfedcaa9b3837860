/**
 * `PlanEdits`: what a person changes in the plan (a milestone's status, title, kind,
 * descriptive fields and evidence, a new milestone, a comment, the milestones' order, the gap
 * map's steps taken), each turned into one queued write that shows at once. Also which
 * milestone's edit form is open. It comes with the panels (plan-panels.ts), which load beside
 * the plan's data: the writes' code is not part of the first download, and is there before
 * a person can act (the element waits for it otherwise).
 */
import { msg, str } from '@lit/localize';
import type { Evidence, GapPlanRequest, Milestone, MilestoneKind, MilestoneStatus } from '../../api/plan.js';
import { moveItem } from '../../core/plan/order.js';
import type { FocusAfterUpdate } from '../../ui/focus.js';
import { safeUrl } from '../../ui/links.js';
import { addingFromGap } from './counted.js';
import type { DetailName } from './detail-fields.js';
import type { TrackerHost } from './host.js';
import type { Move } from './milestone-order.js';
import type { PlanSession } from './plan-session.js';
import type { PlanSync } from './plan-sync.js';
import { commentCreate, milestoneCreate, milestoneReorder, milestoneUpdate, planFromGap, type NewMilestone } from './plan-writes.js';
import { milestoneKey, planKey } from './server-plan.js';

/** What the edit form sends: each input's trimmed value by its name (`''` clears a descriptive field). */
export type MilestoneEdit = { title: string; kind: MilestoneKind } & Record<DetailName, string>;

export interface EvidenceInput {
  text: string;
  url?: string;
}

export interface CheckInInput {
  date: string;
  summary: string;
  confidence: number;
  nextSteps: string;
}

export class PlanEdits {
  /** The milestone whose edit form is open. */
  editing?: string;

  constructor(
    private readonly host: TrackerHost,
    private readonly session: PlanSession,
    private readonly sync: PlanSync,
    private readonly focus: FocusAfterUpdate,
  ) {}

  /** Opens a milestone's edit form (the focus goes to its title) or closes it (the focus goes back to its Edit button). */
  toggleEditing(milestoneId: string): void {
    if (this.editing === milestoneId) return this.closeEditing(milestoneId);
    this.editing = milestoneId;
    this.focus.focus(`#title-${CSS.escape(milestoneId)}`);
  }

  /** Closes a milestone's edit form; the focus goes back to its Edit button. */
  closeEditing(milestoneId: string): void {
    this.editing = undefined;
    this.focusEditButton(milestoneId);
  }

  private focusEditButton(milestoneId: string): void {
    this.focus.focus(`[data-id="${CSS.escape(milestoneId)}"] [data-action="edit"]`, `[data-id="${CSS.escape(milestoneId)}"]`);
  }

  setStatus(milestone: Milestone, status: MilestoneStatus): void {
    this.update(milestone, { status });
  }

  addEvidence(milestone: Milestone, input: EvidenceInput): boolean {
    const url = safeUrl(input.url);
    if (!input.text && !url) return false;
    const addedAt = new Date().toISOString();
    const evidence: Evidence = url ? { kind: 'link', url, text: input.text || url, addedAt } : { kind: 'note', text: input.text, addedAt };
    this.update(milestone, { evidence: [...milestone.evidence, evidence] });
    return true;
  }

  addMilestone(fields: NewMilestone): boolean {
    const plan = this.sync.plan;
    const title = fields.title;
    if (!title || !plan) return false;
    const write = milestoneCreate(plan.id, fields, this.sync.milestones.length);
    this.sync.enqueue(write);
    this.host.announce(msg(str`Added ${title}.`, { id: 'plan.added' }));
    // The new milestone takes the focus (the list may be filtered or a timeline: then the status).
    this.focus.focus(`[part~="list"] [data-id="${CSS.escape(write.localId!)}"]`, '[part~="sync"]');
    return true;
  }

  addComment(milestoneId: string, text: string): boolean {
    if (!text) return false;
    this.sync.enqueue(commentCreate(milestoneId, text));
    return true;
  }

  /** Moves a milestone within the plan (one reorder of the plan, announced); false when nothing moved. */
  move(id: string, move: Move): boolean {
    const plan = this.sync.plan;
    if (!plan || !this.session.canEdit) return false;
    const before = this.sync.milestones;
    const after = moveItem(before, id, move);
    const order = after.map((m) => m.id);
    if (order.join() === before.map((m) => m.id).join()) return false;
    this.sync.enqueue(milestoneReorder(plan.id, order, this.sync.server.versionOf(planKey(plan.id)) ?? plan.version));
    const index = order.indexOf(id);
    const title = after[index].title;
    this.host.announce(msg(str`${title} moved to position ${index + 1} of ${order.length}.`, { id: 'plan.moved' }));
    return true;
  }

  /** Adds the gap map's steps (one write; the server finds or starts the plan). */
  addFromGap(offer: GapPlanRequest): void {
    this.sync.enqueue(planFromGap(offer, this.sync.plan?.id));
    this.host.announce(addingFromGap(this.host.viewFormatters.locale, offer));
    // The offer is gone: the focus goes to the status that tells when the milestones are saved.
    this.focus.focus('[part~="sync"]', '#plan-title');
  }

  /** Queues a change of a milestone's fields: `changes` shows at once, `body` is sent. */
  update(milestone: Milestone, changes: Partial<Milestone>, body: Record<string, unknown> = changes): void {
    const baseVersion = this.sync.server.versionOf(milestoneKey(milestone.id)) ?? 1;
    this.sync.enqueue(milestoneUpdate(milestone.id, changes, body, baseVersion));
  }
}
