/**
 * `PlanEdits`: what a person changes in the plan (a milestone's status, title, kind,
 * descriptive fields and evidence, a new milestone, a comment, a check-in), each turned into one queued write
 * that shows once made. The writes are made by the edit-write code, loaded at the first edit
 * (`EditCode`); what the person sees at once (the form closing, the focus) does not wait for it.
 * Also which milestone's edit form is open.
 */
import type { Milestone, MilestoneKind, MilestoneStatus } from '../../api/plan.js';
import { dateOf } from '../../core/plan/dates.js';
import type { FocusAfterUpdate } from '../../ui/focus.js';
import { safeUrl } from '../../ui/links.js';
import type { DetailName } from './detail-fields.js';
import type { EditCode } from './edit-code.js';
import type { TrackerHost } from './host.js';
import type { PlanSession } from './plan-session.js';
import type { PlanSync } from './plan-sync.js';
import type { NewMilestone } from './plan-writes.js';

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

/** Also what the edit-write code writes through (`EditTarget`). */
export class PlanEdits {
  /** The milestone whose edit form is open. */
  editing?: string;

  constructor(
    readonly host: TrackerHost,
    private readonly session: PlanSession,
    readonly sync: PlanSync,
    readonly focus: FocusAfterUpdate,
    private readonly code: EditCode,
  ) {}

  /** Opens a milestone's edit form (the focus goes to its title) or closes it (the focus goes back to its Edit button). */
  toggleEditing(milestoneId: string): void {
    this.editing = this.editing === milestoneId ? undefined : milestoneId;
    if (this.editing) this.focus.focus(`#title-${CSS.escape(milestoneId)}`);
    else this.focusEditButton(milestoneId);
  }

  private focusEditButton(milestoneId: string): void {
    this.focus.focus(`[data-id="${CSS.escape(milestoneId)}"] [data-action="edit"]`, `[data-id="${CSS.escape(milestoneId)}"]`);
  }

  saveEdit(milestone: Milestone, edit: MilestoneEdit): void {
    this.editing = undefined;
    // The form closes: the focus goes back to where it was opened.
    this.focusEditButton(milestone.id);
    this.code.run((writes) => writes.saveEdit(this, milestone, edit));
  }

  addEvidence(milestone: Milestone, input: EvidenceInput): boolean {
    if (!input.text && !safeUrl(input.url)) return false;
    this.code.run((writes) => writes.addEvidence(this, milestone, input));
    return true;
  }

  addMilestone(fields: NewMilestone): boolean {
    const plan = this.sync.plan;
    if (!fields.title || !plan) return false;
    this.code.run((writes) => writes.addMilestone(this, plan.id, fields));
    return true;
  }

  addComment(milestoneId: string, text: string): boolean {
    if (!text) return false;
    this.code.run((writes) => writes.addComment(this, milestoneId, text));
    return true;
  }

  recordCheckIn(input: CheckInInput): boolean {
    const plan = this.sync.plan;
    const me = this.session.me;
    if (!plan || !me || !input.summary) return false;
    const checkIn = { ...input, date: input.date || dateOf(new Date()), participants: [...new Set([me.id, plan.menteeId])] };
    this.code.run((writes) => writes.recordCheckIn(this, plan.id, checkIn));
    return true;
  }

  setStatus(milestone: Milestone, status: MilestoneStatus): void {
    this.code.run((writes) => writes.setStatus(this, milestone, status));
  }
}
