/**
 * The edits made in views of the panels (plan-panels.ts): a milestone's edit form and a new
 * check-in (with the check-ins panel that records one). Their code comes with those views, so it
 * is there whenever they can be used.
 */
import type { TemplateResult } from 'lit';
import type { CheckInCreate, Milestone } from '../../api/plan.js';
import { milestoneDetails } from '../../generated/contract.js';
import { createCheckIn } from '../../generated/operations.js';
import type { NewWrite } from '../../core/plan/write-queue.js';
import { dateOf } from '../../core/plan/dates.js';
import type { CheckInInput, MilestoneEdit, PlanEdits } from './plan-edits.js';
import type { PlanSync } from './plan-sync.js';
import type { MoreState } from './show-more.js';
import type { Formatters } from '../../ui/format.js';
import { renderCheckIns } from './check-ins.js';
import { queuedCheckIns } from './queued-bodies.js';
import { localId, newKey, target } from './plan-writes.js';
import { planKey } from './server-plan.js';

/** The edit form's save: what differs from the milestone; an empty value clears a descriptive field (sent as `null`), never the title or kind. */
export function saveEdit(edits: PlanEdits, milestone: Milestone, edit: MilestoneEdit): void {
  const changes: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(edit)) {
    const next = value || null;
    if (next === null && !(name in milestoneDetails)) continue;
    if (next !== ((milestone as Record<string, unknown>)[name] ?? null)) changes[name] = next;
  }
  // The form closes: the focus goes back to where it was opened.
  edits.closeEditing(milestone.id);
  if (Object.keys(changes).length === 0) return;
  // A cleared field is shown as absent at once; the server is sent `null`.
  const shown = Object.fromEntries(Object.entries(changes).map(([name, value]) => [name, value ?? undefined])) as Partial<Milestone>;
  edits.update(milestone, shown, changes);
}

export function checkInCreate(planId: string, body: CheckInCreate): NewWrite {
  const id = localId();
  return { key: newKey(), entity: `checkin:${id}`, after: [planKey(planId)], kind: 'create', ...target(createCheckIn, { planId }), body, localId: id, optimistic: { id, ...body } };
}

/** A check-in, with the person who records it and the plan's mentee as its participants. */
export function recordCheckIn(sync: PlanSync, me: { readonly id: string } | null | undefined, input: CheckInInput): boolean {
  const plan = sync.plan;
  if (!plan || !me || !input.summary) return false;
  const participants = [...new Set([me.id, plan.menteeId])];
  sync.enqueue(checkInCreate(plan.id, { ...input, date: input.date || dateOf(new Date()), participants }));
  return true;
}

/** The plan's check-ins (the server's, then those on their way, a page at a time) and the form that records one. */
export function renderPlanCheckIns(sync: PlanSync, me: { readonly id: string } | null | undefined, more: MoreState, onMore: () => void, format: Formatters): TemplateResult {
  return renderCheckIns(
    { checkIns: sync.server.checkIns, queued: queuedCheckIns(sync.pending), format, ...(sync.server.checkInsCursor ? { more } : {}) },
    { onRecord: (input) => recordCheckIn(sync, me, input), onMore },
  );
}
