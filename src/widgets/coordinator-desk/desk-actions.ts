/**
 * What a coordinator does at the desk: approve a mentor, and approve, pass to another mentor
 * or decline a queued request (the last two in a dialog loaded on demand). A row being
 * decided is busy; a decision that worked takes the row off, says so in the section's status
 * and the live region, and moves the focus to the next row (or the status). One that failed
 * keeps the row (and the dialog with what was typed) and says why beside it. Part of the
 * desk's view (desk-view.ts), fetched while the desk's first pages load.
 */
import { msg, str } from '@lit/localize';
import { ApiError } from '../../api/errors.js';
import type { MentorApplication } from '../../api/mentor-onboarding.js';
import type { QueueDecision, QueuedIntroduction } from '../../api/mentorship.js';
import { decideMentorApplication } from '../../generated/operations.js';
import { decideQueuedIntroduction } from '../../generated/operations.js';
import { errorMessage } from '../../ui/errors.js';
import type { FocusAfterUpdate } from '../../ui/focus.js';
import { LazyPart } from '../../ui/lazy.js';
import { loaders as deskMoreLocales } from '../../generated/locales/desk-more/index.js';
import type { DeskLists } from './desk-lists.js';
import type { DecisionMode, DialogState } from './decision-state.js';
import type { DeskHost } from './host.js';

/** The decision dialog's module (decision-dialog.ts), loaded the first time a dialog opens. */
export type DecisionDialogModule = typeof import('./decision-dialog.js');

/** Why a decision failed, in words a coordinator can act on. */
function failureText(error: unknown): string {
  const reason = (error as { problem?: { reason?: unknown } } | undefined)?.problem?.reason;
  if (reason === 'mentor-at-capacity' || reason === 'mentor-paused' || reason === 'mentor-not-ready') {
    return msg('That mentor cannot take this request now (full, paused or not ready). Choose another mentor.', { id: 'desk.failed.mentorUnavailable' });
  }
  if (reason === 'already-requested' || reason === 'already-mentored') {
    return msg('The mentee already has a request with, or a mentorship with, that mentor. Choose another mentor.', { id: 'desk.failed.alreadyPaired' });
  }
  if (error instanceof ApiError && error.kind === 'conflict') {
    return msg('This changed in the meantime (someone else may have decided it). Reload the desk to see where it stands.', { id: 'desk.failed.conflict' });
  }
  return errorMessage(error instanceof ApiError ? error.kind : 'unexpected', 'mentoring');
}

export class DeskActions {
  /** Rows being decided, by id. */
  readonly busy = new Set<string>();
  /** Why the last action on a row failed, by id. */
  readonly failures = new Map<string, string>();
  /** The last thing each section said (its status line), by list name. */
  readonly status = new Map<string, string>();
  dialog?: DialogState;
  /** The propose and decline dialog with its words (the desk-more area), loaded the first time one opens. */
  readonly dialogPart: LazyPart<DecisionDialogModule>;

  constructor(
    private readonly host: DeskHost,
    private readonly lists: DeskLists,
    private readonly focus: FocusAfterUpdate,
  ) {
    this.dialogPart = new LazyPart(host, () => import('./decision-dialog.js'), deskMoreLocales);
  }

  approveMentor = (application: MentorApplication): Promise<void> => {
    const mentorId = application.mentor.id;
    return this.act(mentorId, async () => {
      await this.host.client.call(decideMentorApplication, { params: { mentorId }, body: { version: application.version, decision: 'approve' } });
      this.done(this.lists.applications.name, mentorId, msg(str`${application.mentor.displayName} is approved. They appear in search once their training is complete.`, { id: 'desk.approvedMentor' }));
      this.host.emit('bw-desk-mentor-approved', { mentorId });
    });
  };

  approveRequest = (item: QueuedIntroduction): Promise<void> => this.decide(item, { action: 'approve', version: item.request.version });

  /** Opens the dialog to propose another mentor or decline with a reason. */
  openDialog = async (mode: DecisionMode, item: QueuedIntroduction): Promise<void> => {
    this.dialog = { mode, item, busy: false };
    this.host.requestUpdate();
    const module = await this.dialogPart.load();
    if (!module || mode !== 'propose' || this.dialog?.item !== item) return;
    try {
      const choices = await module.mentorChoices(this.host.client, item.mentor.id);
      if (this.dialog?.item === item) this.dialog = { ...this.dialog, choices };
    } catch (error) {
      if (this.dialog?.item === item) this.dialog = { ...this.dialog, choicesFailure: failureText(error) };
      this.host.reportError(error, 'load');
    }
    this.host.requestUpdate();
  };

  /** Closes the dialog without deciding; the focus goes back to the button that opened it. */
  closeDialog = (): void => {
    const dialog = this.dialog;
    if (!dialog) return;
    this.dialog = undefined;
    this.focus.focus(`#queue [data-id="${dialog.item.request.id}"] .${dialog.mode}`);
  };

  /** Sends the dialog's decision. */
  submitDialog = (decision: QueueDecision): void => {
    const dialog = this.dialog;
    if (!dialog || dialog.busy) return;
    void this.decide(dialog.item, decision);
  };

  private decide(item: QueuedIntroduction, decision: QueueDecision): Promise<void> {
    const id = item.request.id;
    const inDialog = this.dialog?.item === item;
    if (inDialog) this.dialog = { ...this.dialog!, busy: true, failure: undefined };
    return this.act(id, async () => {
      try {
        const decided = await this.host.client.call(decideQueuedIntroduction, { params: { introductionId: id }, body: decision });
        if (inDialog) this.dialog = undefined;
        const mentee = item.mentee.displayName;
        this.done(
          this.lists.queue.name,
          id,
          decision.action === 'approve'
            ? msg(str`${mentee}'s request is approved and passed to ${item.mentor.displayName}.`, { id: 'desk.approvedRequest' })
            : decision.action === 'propose'
              ? msg(str`${mentee}'s request is passed to the mentor you proposed.`, { id: 'desk.proposedRequest' })
              : msg(str`${mentee}'s request is declined; they see your reason.`, { id: 'desk.declinedRequest' }),
        );
        this.host.emit('bw-desk-request-decided', { introductionId: id, action: decision.action, ...(decision.action === 'decline' ? {} : { mentorId: decided.mentorId }) });
      } catch (error) {
        if (inDialog && this.dialog) this.dialog = { ...this.dialog, busy: false, failure: failureText(error) };
        throw error;
      }
    });
  }

  /** Runs an action on a row: busy while it runs; on failure the row stays and says why. */
  private async act(id: string, work: () => Promise<void>): Promise<void> {
    if (this.busy.has(id)) return;
    this.busy.add(id);
    this.failures.delete(id);
    this.host.requestUpdate();
    try {
      await work();
    } catch (error) {
      const why = failureText(error);
      this.failures.set(id, why);
      this.host.announce(why);
      this.host.reportError(error, 'load');
    } finally {
      this.busy.delete(id);
      this.host.requestUpdate();
    }
  }

  private done(list: string, id: string, text: string): void {
    this.status.set(list, text);
    this.host.announce(text);
    const desk = this.lists;
    (list === desk.applications.name ? desk.applications : desk.queue).remove(id);
  }
}
