/**
 * The edit-write code: what each edit writes (plan-writes.ts) and what it says and where the
 * focus goes once written: a milestone's fields, status and evidence, a new milestone, a
 * comment, a check-in, a move in the order, a date move, the gap map's steps. Loaded through
 * `EditCode` (edit-code.ts) at the person's first edit, so a plan that is only read never
 * downloads it; the controllers that call it (plan-edits.ts, milestone-order.ts,
 * date-moves.ts, gap-hand-off.ts) keep what must answer at once (a form that closes, the focus).
 */
import { msg, str } from '@lit/localize';
import type { CheckInCreate, Evidence, GapPlanRequest, Milestone, MilestoneStatus, Plan } from '../../api/plan.js';
import { milestoneDetails } from '../../generated/contract.js';
import { moveItem } from '../../core/plan/order.js';
import type { FocusAfterUpdate } from '../../ui/focus.js';
import { safeUrl } from '../../ui/links.js';
import type { TrackerHost } from './host.js';
import type { Move } from './milestone-order.js';
import type { EvidenceInput, MilestoneEdit } from './plan-edits.js';
import type { PlanSync } from './plan-sync.js';
import {
  checkInCreate, commentCreate, milestoneCreate, milestoneReorder, milestoneUpdate, planFromGap, recalibration, type DateMove, type NewMilestone,
} from './plan-writes.js';
import { milestoneKey, planKey } from './server-plan.js';

/** What the edits write through and report to. */
export interface EditTarget {
  readonly host: TrackerHost;
  readonly sync: PlanSync;
  readonly focus: FocusAfterUpdate;
}

/** What most edits need: the queue. */
type Queue = Pick<EditTarget, 'sync'>;

function update(to: Queue, milestone: Milestone, changes: Partial<Milestone>, body: Record<string, unknown> = changes): void {
  const baseVersion = to.sync.server.versionOf(milestoneKey(milestone.id)) ?? 1;
  to.sync.enqueue(milestoneUpdate(milestone.id, changes, body, baseVersion));
}

export function setStatus(to: Queue, milestone: Milestone, status: MilestoneStatus): void {
  update(to, milestone, { status });
}

/** Writes what the edit form changed; an empty value clears a descriptive field (sent as `null`, shown as absent at once), never the title or kind. */
export function saveEdit(to: Queue, milestone: Milestone, edit: MilestoneEdit): void {
  const changes: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(edit)) {
    const next = value || null;
    if (next === null && !(name in milestoneDetails)) continue;
    if (next !== ((milestone as Record<string, unknown>)[name] ?? null)) changes[name] = next;
  }
  if (Object.keys(changes).length === 0) return;
  const shown = Object.fromEntries(Object.entries(changes).map(([name, value]) => [name, value ?? undefined])) as Partial<Milestone>;
  update(to, milestone, shown, changes);
}

/** Adds a link (an http(s) address) or a note to the milestone's evidence. */
export function addEvidence(to: Queue, milestone: Milestone, input: EvidenceInput): void {
  const url = safeUrl(input.url);
  const addedAt = new Date().toISOString();
  const evidence: Evidence = url ? { kind: 'link', url, text: input.text || url, addedAt } : { kind: 'note', text: input.text, addedAt };
  update(to, milestone, { evidence: [...milestone.evidence, evidence] });
}

export function addMilestone(to: EditTarget, planId: string, fields: NewMilestone): void {
  const write = milestoneCreate(planId, fields, to.sync.milestones.length);
  to.sync.enqueue(write);
  to.host.announce(msg(str`Added ${fields.title}.`, { id: 'plan.added' }));
  // The new milestone takes the focus (the list may be filtered or a timeline: then the status).
  to.focus.focus(`[part~="list"] [data-id="${CSS.escape(write.localId!)}"]`, '[part~="sync"]');
}

export function addComment(to: Queue, milestoneId: string, text: string): void {
  to.sync.enqueue(commentCreate(milestoneId, text));
}

export function recordCheckIn(to: Queue, planId: string, checkIn: CheckInCreate): void {
  to.sync.enqueue(checkInCreate(planId, checkIn));
}

/** Moves a milestone in the plan's order and says where it went; returns whether it moved. */
export function move(to: Pick<EditTarget, 'host' | 'sync'>, plan: Plan, id: string, where: Move): boolean {
  const before = to.sync.milestones;
  const after = moveItem(before, id, where);
  const order = after.map((m) => m.id);
  if (order.join() === before.map((m) => m.id).join()) return false;
  to.sync.enqueue(milestoneReorder(plan.id, order, to.sync.server.versionOf(planKey(plan.id)) ?? plan.version));
  const index = order.indexOf(id);
  const title = after[index].title;
  to.host.announce(msg(str`${title} moved to position ${index + 1} of ${order.length}.`, { id: 'plan.moved' }));
  return true;
}

/** Moves a milestone's due date, or the plan's target date when `milestoneId` is null. */
export function moveDate(to: Queue, plan: Plan, milestoneId: string | null, change: DateMove): void {
  const entity = milestoneId ? milestoneKey(milestoneId) : planKey(plan.id);
  to.sync.enqueue(recalibration(plan, milestoneId, change, to.sync.server.versionOf(entity) ?? 1));
}

/** The gap map's steps, into the plan shown (the server finds or starts the plan). */
export function addFromGap(to: Queue, offer: GapPlanRequest): void {
  to.sync.enqueue(planFromGap(offer, to.sync.plan?.id));
}
