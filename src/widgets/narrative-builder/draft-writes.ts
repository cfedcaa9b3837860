/**
 * The draft's server writes, loaded on demand (the session's `writes` part): saving with
 * optimistic concurrency (a save based on a stale version ends in the conflict view, where the
 * person keeps theirs or takes the saved one), and the one-write-at-a-time runner the review
 * tools use too. The session loads this module when the person first changes the text (or
 * presses Save), so the first download carries no saving code; the tools import it directly.
 */
import { msg } from '@lit/localize';
import { isApiError } from '../../api/errors.js';
import { safeParse } from '../../api/validate.js';
import { NarrativeDraft } from '../../generated/contract.js';
import { createNarrativeDraft, updateNarrativeDraft } from '../../generated/operations.js';
import { errorKind, errorMessage } from '../../ui/errors.js';
import { moveFocus, type FocusTarget } from './focus-mover.js';
import type { NarrativeHost, WritableSession, WriteProgress } from './host.js';
import { localKey, readLocal, removeLocal, writeLocal } from './local-draft.js';

const made = new WeakMap<WritableSession, DraftWrites>();

/** The writes of a session (made once per session). */
export function writesFor(host: NarrativeHost, session: WritableSession): DraftWrites {
  let found = made.get(session);
  if (!found) made.set(session, (found = new DraftWrites(host, session)));
  return found;
}

export class DraftWrites {
  /** Kept until the save succeeds, so a retried save is applied once. */
  private saveKey?: string;

  constructor(
    private readonly host: NarrativeHost,
    private readonly session: WritableSession,
  ) {}

  /**
   * Runs a server write: busy meanwhile, saying what it is doing (`progress`); a stale version
   * shows the conflict, another failure says what went wrong. Focus then goes to what the
   * write brought (`focus`, default the status line), to the conflict or to the problem.
   */
  async write<T>(work: () => Promise<T>, done: (value: T) => void, options: { progress?: WriteProgress; focus?: FocusTarget } = {}): Promise<void> {
    const session = this.session;
    // One write at a time: the buttons stay focusable while busy (aria-disabled), so a second press lands here.
    if (session.busy) return;
    session.busy = true;
    session.progress = options.progress;
    session.problem = '';
    this.host.requestUpdate();
    let focus = options.focus ?? 'status';
    try {
      done(await work());
    } catch (error) {
      const parsed = isApiError(error) && error.kind === 'conflict' ? safeParse(NarrativeDraft, error.problem?.current) : undefined;
      if (parsed?.success) {
        session.conflict = parsed.data;
        session.problem = msg('This draft was changed somewhere else. Compare both versions and choose which to keep.', { id: 'narrative.conflict' });
        focus = 'conflict';
      } else {
        this.host.reportError(error, 'load');
        session.problem = errorMessage(errorKind(error));
        focus = 'problem';
      }
    } finally {
      session.busy = false;
      session.progress = undefined;
      this.host.requestUpdate();
      moveFocus(this.host, focus);
    }
  }

  /** Shows a new server version of the draft: this device's copy is no longer needed. */
  saved(draft: NarrativeDraft, notice = msg('Saved.', { id: 'narrative.saved' })): void {
    const session = this.session;
    const before = session.storageKey;
    session.draft = draft;
    session.values = draft.values;
    session.competencies = draft.competencies;
    session.dirty = false;
    session.conflict = undefined;
    session.versions = undefined;
    this.saveKey = undefined;
    if (before) removeLocal(before);
    const template = session.template;
    if (template) {
      removeLocal(localKey(template.id));
      // Remember which server draft belongs to this template on this device.
      writeLocal(localKey(template.id), { templateId: template.id, draftId: draft.id, version: draft.version, values: draft.values, competencies: draft.competencies, dirty: false });
    }
    session.notice = notice;
    this.host.requestUpdate();
    this.host.emit('bw-narrative-saved', { draft });
  }

  /** Saves on the server: creates the draft the first time, then a new version each time. */
  async save(baseVersion?: number): Promise<void> {
    const session = this.session;
    const template = session.template;
    if (!template) return;
    const values = session.cleanValues();
    const { draft, competencies } = session;
    this.saveKey ??= crypto.randomUUID();
    const idempotencyKey = this.saveKey;
    const client = this.host.client;
    await this.write(
      () =>
        draft
          ? client.call(updateNarrativeDraft, {
              params: { id: draft.id },
              body: { version: baseVersion ?? readLocal(localKey(template.id, draft.id))?.version ?? draft.version, values, competencies },
              idempotencyKey,
            })
          : client.call(createNarrativeDraft, { body: { templateId: template.id, title: template.title, values, competencies }, idempotencyKey }),
      (saved) => this.saved(saved),
      { progress: 'saving' },
    );
  }

  /** After a conflict: saves this device's text as a new version over the newer one. */
  keepMine(): void {
    const current = this.session.conflict;
    if (!current) return;
    this.session.draft = current;
    this.saveKey = undefined;
    void this.save(current.version);
  }

  /** After a conflict: drops this device's text for the saved one. */
  useSaved(notice: string): void {
    const current = this.session.conflict;
    if (!current) return;
    this.saved(current, notice);
    moveFocus(this.host, 'status');
  }
}
