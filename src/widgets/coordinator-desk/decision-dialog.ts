/**
 * Loaded on demand: the dialog in which a coordinator passes a queued request to another
 * mentor (one with a free place, the idlest first) or declines it with a reason the mentee
 * reads, each with an optional note. It is a modal `<dialog>` (top layer, Escape closes it);
 * a decision that fails keeps the dialog open with what was typed and says why.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ref } from 'lit/directives/ref.js';
import type { BridgewayClient } from '../../api/client.js';
import type { MentorLoad } from '../../api/coordinator-desk.js';
import type { DeclineReason } from '../../api/mentor.js';
import type { QueueDecision } from '../../api/mentorship.js';
import { listMentorLoad } from '../../generated/operations.js';
import { checkStyles, dialogStyles } from '../../ui/blocks.js';
import type { DialogState } from './decision-state.js';
import type { DeskFormat } from './host.js';

/** The blocks only the dialog shows, adopted by LazyPart when the part loads (src/ui/lazy.ts). */
export const partStyles = [dialogStyles, checkStyles];

const DECLINE_REASONS: readonly DeclineReason[] = ['at-capacity', 'outside-expertise', 'different-jurisdiction', 'not-available-now', 'better-match-elsewhere', 'other'];

/** Mentors who can take the request now, idlest first, without the one the mentee asked. */
export async function mentorChoices(client: BridgewayClient, askedMentorId: string): Promise<MentorLoad[]> {
  const page = await client.call(listMentorLoad, { query: { sort: 'idlest', limit: 100 } });
  return page.items.filter((mentor) => mentor.mentorId !== askedMentorId && (mentor.state === 'idle' || mentor.state === 'available'));
}

function reasonLabel(reason: DeclineReason): string {
  switch (reason) {
    case 'at-capacity':
      return msg('The mentor has no free place', { id: 'desk.more.reason.atCapacity' });
    case 'outside-expertise':
      return msg('The goal is outside the mentor\'s expertise', { id: 'desk.more.reason.outsideExpertise' });
    case 'different-jurisdiction':
      return msg('The mentor knows another province or country', { id: 'desk.more.reason.differentJurisdiction' });
    case 'not-available-now':
      return msg('The mentor is not available now', { id: 'desk.more.reason.notAvailableNow' });
    case 'better-match-elsewhere':
      return msg('Another mentor will match better', { id: 'desk.more.reason.betterMatchElsewhere' });
    default:
      return msg('Another reason (say which in the note)', { id: 'desk.more.reason.other' });
  }
}

export interface DialogCallbacks {
  onSubmit: (decision: QueueDecision) => void;
  onClose: () => void;
}

function submitted(event: SubmitEvent, state: DialogState, callbacks: DialogCallbacks): void {
  event.preventDefault();
  const form = new FormData(event.target as HTMLFormElement);
  const note = String(form.get('note') ?? '').trim() || undefined;
  const version = state.item.request.version;
  if (state.mode === 'propose') {
    const mentorId = String(form.get('mentor') ?? '');
    if (mentorId) callbacks.onSubmit({ action: 'propose', version, mentorId, note });
  } else {
    const reason = String(form.get('reason') ?? '') as DeclineReason;
    if (DECLINE_REASONS.includes(reason)) callbacks.onSubmit({ action: 'decline', version, reason, note });
  }
}

function mentorField(state: DialogState, f: DeskFormat): TemplateResult {
  if (state.choicesFailure) return html`<p class="bw-status" data-tone="danger" role="alert">${state.choicesFailure}</p>`;
  if (!state.choices) return html`<p class="bw-muted" role="status">${msg('Finding mentors with a free place…', { id: 'desk.more.loadingMentors' })}</p>`;
  if (state.choices.length === 0) return html`<p role="status">${msg('No other mentor has a free place now. Decline the request, or wait for a place.', { id: 'desk.more.noMentors' })}</p>`;
  return html`<div class="bw-field">
    <label class="bw-field__label" for="mentor">${msg('Mentor', { id: 'desk.more.mentor' })}</label>
    <select class="bw-field__input" id="mentor" name="mentor" required part="input">
      ${state.choices.map(
        (mentor) => html`<option value=${mentor.mentorId}>${msg(str`${mentor.displayName} (free places: ${f.number(mentor.capacity - mentor.placesUsed)} of ${f.number(mentor.capacity)})`, { id: 'desk.more.mentorChoice' })}</option>`,
      )}
    </select>
  </div>`;
}

function reasonField(): TemplateResult {
  return html`<fieldset class="reasons">
    <legend>${msg('Reason the mentee reads', { id: 'desk.more.reason' })}</legend>
    ${DECLINE_REASONS.map(
      (reason, index) => html`<label class="bw-check"><input type="radio" name="reason" value=${reason} ?required=${index === 0} part="input" /> ${reasonLabel(reason)}</label>`,
    )}
  </fieldset>`;
}

/** The open dialog. */
export function renderDecisionDialog(state: DialogState, f: DeskFormat, callbacks: DialogCallbacks): TemplateResult {
  const mentee = state.item.mentee.displayName;
  const proposing = state.mode === 'propose';
  const title = proposing
    ? msg(str`Propose another mentor for ${mentee}`, { id: 'desk.more.proposeTitle' })
    : msg(str`Decline ${mentee}'s request to ${state.item.mentor.displayName}`, { id: 'desk.more.declineTitle' });
  const canSend = !state.busy && (!proposing || (state.choices?.length ?? 0) > 0);
  return html`<dialog
    class="decision bw-dialog"
    part="dialog"
    aria-labelledby="decision-title"
    ${ref((dialog) => dialog instanceof HTMLDialogElement && queueMicrotask(() => dialog.isConnected && !dialog.open && dialog.showModal()))}
    @close=${callbacks.onClose}
  >
    <form @submit=${(event: SubmitEvent) => submitted(event, state, callbacks)}>
      <h3 id="decision-title">${title}</h3>
      ${proposing ? mentorField(state, f) : reasonField()}
      <div class="bw-field">
        <label class="bw-field__label" for="note">${msg('Note (optional)', { id: 'desk.more.note' })}</label>
        <textarea class="bw-field__input" id="note" name="note" maxlength="1000" rows="3" part="input"></textarea>
        <p class="bw-field__hint">${proposing
          ? msg('The mentee and the mentor read it.', { id: 'desk.more.proposeNoteHint' })
          : msg('The mentee reads it with the reason.', { id: 'desk.more.declineNoteHint' })}</p>
      </div>
      ${state.failure ? html`<p class="failure bw-status" data-tone="danger" role="alert">${state.failure}</p>` : nothing}
      <div class="bw-toolbar">
        <button type="submit" class="bw-button" part="button" ?disabled=${!canSend}>
          ${proposing ? msg('Propose this mentor', { id: 'desk.more.propose' }) : msg('Decline the request', { id: 'desk.more.decline' })}
        </button>
        <button type="button" class="bw-button bw-button--secondary" part="button" @click=${callbacks.onClose}>${msg('Cancel', { id: 'desk.more.cancel' })}</button>
      </div>
    </form>
  </dialog>`;
}
