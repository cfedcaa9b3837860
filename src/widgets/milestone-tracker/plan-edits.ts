/**
 * `PlanEdits`: what a person changes in the plan (a milestone's status, title, kind,
 * descriptive fields and evidence, a new milestone, a comment, a check-in), each turned into one queued write
 * that shows at once. Also which milestone's edit form is open.
 */
import { msg, str } from '@lit/localize';
import type { Evidence, Milestone, MilestoneKind, MilestoneStatus } from '../../api/plan.js';
import { milestoneDetails } from '../../generated/contract.js';
import { dateOf } from '../../core/plan/dates.js';
import type { FocusAfterUpdate } from '../../ui/focus.js';
import { safeUrl } from '../../ui/links.js';
import type { DetailName } from './detail-fields.js';
import type { TrackerHost } from './host.js';
import type { PlanSession } from './plan-session.js';
import type { PlanSync } from './plan-sync.js';
import { checkInCreate, commentCreate, milestoneCreate, milestoneUpdate, type NewMilestone } from './plan-writes.js';
import { milestoneKey } from './server-plan.js';

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
    this.editing = this.editing === milestoneId ? undefined : milestoneId;
    if (this.editing) this.focus.focus(`#title-${CSS.escape(milestoneId)}`);
    else this.focusEditButton(milestoneId);
  }

  private focusEditButton(milestoneId: string): void {
    this.focus.focus(`[data-id="${CSS.escape(milestoneId)}"] [data-action="edit"]`, `[data-id="${CSS.escape(milestoneId)}"]`);
  }

  setStatus(milestone: Milestone, status: MilestoneStatus): void {
    this.update(milestone, { status });
  }

  saveEdit(milestone: Milestone, edit: MilestoneEdit): void {
    // What differs from the milestone; an empty value clears a descriptive field (sent as `null`), never the title or kind.
    const changes: Record<string, string | null> = {};
    for (const [name, value] of Object.entries(edit)) {
      const next = value || null;
      if (next === null && !(name in milestoneDetails)) continue;
      if (next !== ((milestone as Record<string, unknown>)[name] ?? null)) changes[name] = next;
    }
    this.editing = undefined;
    // The form closes: the focus goes back to where it was opened.
    this.focusEditButton(milestone.id);
    if (Object.keys(changes).length === 0) return;
    // A cleared field is shown as absent at once; the server is sent `null`.
    const shown = Object.fromEntries(Object.entries(changes).map(([name, value]) => [name, value ?? undefined])) as Partial<Milestone>;
    this.update(milestone, shown, changes);
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

  recordCheckIn(input: CheckInInput): boolean {
    const plan = this.sync.plan;
    const me = this.session.me;
    if (!plan || !me || !input.summary) return false;
    const participants = [...new Set([me.id, plan.menteeId])];
    this.sync.enqueue(checkInCreate(plan.id, { ...input, date: input.date || dateOf(new Date()), participants }));
    return true;
  }

  private update(milestone: Milestone, changes: Partial<Milestone>, body: Record<string, unknown> = changes): void {
    const baseVersion = this.sync.server.versionOf(milestoneKey(milestone.id)) ?? 1;
    this.sync.enqueue(milestoneUpdate(milestone.id, changes, body, baseVersion));
  }
}
