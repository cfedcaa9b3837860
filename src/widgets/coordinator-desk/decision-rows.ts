/** Rows the coordinator decides on: a mentor waiting for approval, a request in the queue. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MentorApplication } from '../../api/mentor-onboarding.js';
import type { QueuedIntroduction } from '../../api/mentorship.js';
import { renderBadge } from '../../ui/blocks.js';
import type { DeskFormat } from './host.js';

/** Whether a row is being decided, and why its last action failed. */
export interface RowState {
  busy: boolean;
  failure?: string;
}

function failureOf(state: RowState): TemplateResult | typeof nothing {
  return state.failure ? html`<p class="failure bw-status" data-tone="danger" role="alert">${state.failure}</p>` : nothing;
}

export function applicationRow(application: MentorApplication, state: RowState, f: DeskFormat, onApprove: () => void): TemplateResult {
  const { mentor } = application;
  return html`<div class="row-main">
      <p class="name">${mentor.displayName}</p>
      ${mentor.headline ? html`<p>${mentor.headline}</p>` : nothing}
      <p class="bw-muted">${msg(str`Signed up ${f.date(application.createdAt)}`, { id: 'desk.signedUp' })}</p>
    </div>
    <div class="row-side">
      ${application.trainingComplete
        ? renderBadge('success', msg('Training complete', { id: 'desk.trained' }))
        : renderBadge('warning', msg('Training not complete', { id: 'desk.untrained' }))}
      <button type="button" class="bw-button approve" part="button" ?disabled=${state.busy} @click=${onApprove}
        aria-label=${msg(str`Approve ${mentor.displayName}`, { id: 'desk.approveMentorLabel' })}>
        ${state.busy ? msg('Approving…', { id: 'desk.approving' }) : msg('Approve', { id: 'desk.approve' })}
      </button>
    </div>
    ${failureOf(state)}`;
}

export interface QueueRowCallbacks {
  onApprove: () => void;
  onPropose: () => void;
  onDecline: () => void;
}

export function queueRow(item: QueuedIntroduction, state: RowState, f: DeskFormat, callbacks: QueueRowCallbacks): TemplateResult {
  const mentee = item.mentee.displayName;
  return html`<div class="row-main">
      <p class="name">${msg(str`${mentee} asks ${item.mentor.displayName}`, { id: 'desk.asks' })}</p>
      <p class="message">${item.request.message}</p>
      <p class="bw-muted">${msg(str`Sent ${f.date(item.request.createdAt)}`, { id: 'desk.sent' })}</p>
    </div>
    <div class="row-side bw-toolbar" role="group" aria-label=${msg(str`Decide ${mentee}'s request`, { id: 'desk.decideLabel' })}>
      <button type="button" class="bw-button approve" part="button" ?disabled=${state.busy} @click=${callbacks.onApprove}>${msg('Approve', { id: 'desk.approve' })}</button>
      <button type="button" class="bw-button bw-button--secondary propose" part="button" ?disabled=${state.busy} @click=${callbacks.onPropose}>
        ${msg('Propose another mentor', { id: 'desk.proposeOther' })}
      </button>
      <button type="button" class="bw-button bw-button--secondary decline" part="button" ?disabled=${state.busy} @click=${callbacks.onDecline}>${msg('Decline', { id: 'desk.decline' })}</button>
    </div>
    ${failureOf(state)}`;
}
