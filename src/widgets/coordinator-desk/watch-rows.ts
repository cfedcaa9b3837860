/** Rows the coordinator watches: active mentorships, mentor load, mentees waiting, due follow-ups (names and dates, never answers). */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DeskMentorship, MentorLoad, MentorLoadState, WaitingMentee } from '../../api/coordinator-desk.js';
import type { DueFollowUp } from '../../api/outcomes.js';
import { renderBadge, type BadgeTone } from '../../ui/blocks.js';
import { plural } from '../../ui/plural.js';
import type { DeskFormat } from './host.js';

function loadStateLabel(state: MentorLoadState): string {
  switch (state) {
    case 'full':
      return msg('Full', { id: 'desk.load.full' });
    case 'idle':
      return msg('Idle', { id: 'desk.load.idle' });
    case 'paused':
      return msg('Paused', { id: 'desk.load.paused' });
    default:
      return msg('Has places', { id: 'desk.load.available' });
  }
}

const loadStateTone = (state: MentorLoadState): BadgeTone => (state === 'full' ? 'danger' : state === 'idle' ? 'warning' : 'neutral');

const days = (count: number) => plural(msg('{count, plural, one {# day} other {# days}}', { id: 'desk.days' }), count);

export function mentorshipRow(mentorship: DeskMentorship, f: DeskFormat): TemplateResult {
  return html`<div class="row-main">
      <p class="name">${msg(str`${mentorship.mentee.displayName} with ${mentorship.mentor.displayName}`, { id: 'desk.pair' })}</p>
      <p class="bw-muted">
        ${mentorship.lastCheckIn
          ? msg(str`Last check-in: ${f.date(mentorship.lastCheckIn)} (${days(mentorship.quietDays)} ago)`, { id: 'desk.lastCheckIn' })
          : msg(str`No check-in since the start (${days(mentorship.quietDays)} ago)`, { id: 'desk.noCheckIn' })}
      </p>
    </div>
    <div class="row-side">${mentorship.stuck ? renderBadge('danger', msg('Stuck', { id: 'desk.stuck' })) : renderBadge('success', msg('On track', { id: 'desk.onTrack' }))}</div>`;
}

export function loadRow(load: MentorLoad, f: DeskFormat): TemplateResult {
  return html`<div class="row-main">
      <p class="name">${load.displayName}</p>
      <p class="bw-muted">
        ${msg(str`Places used: ${f.number(load.placesUsed)} of ${f.number(load.capacity)}. Mentorships: ${f.number(load.mentorships)}. Open requests: ${f.number(load.openRequests)}.`, { id: 'desk.places' })}
      </p>
      <meter class="meter" part="meter" aria-hidden="true" min="0" max=${Math.max(load.capacity, 1)} value=${Math.min(load.placesUsed, Math.max(load.capacity, 1))}></meter>
    </div>
    <div class="row-side">${renderBadge(loadStateTone(load.state), loadStateLabel(load.state))}</div>`;
}

export function waitingRow(waiting: WaitingMentee, f: DeskFormat, now = Date.now()): TemplateResult {
  const waited = Math.max(0, Math.floor((now - Date.parse(waiting.waitingSince)) / 86_400_000));
  return html`<div class="row-main">
    <p class="name">${waiting.mentee.displayName}</p>
    <p class="bw-muted">
      ${msg(str`Waiting since ${f.date(waiting.waitingSince)} (${days(waited)}). Open requests: ${f.number(waiting.openRequests)}.`, { id: 'desk.waitingSince' })}
    </p>
  </div>`;
}

export function followUpRow(followUp: DueFollowUp, f: DeskFormat): TemplateResult {
  return html`<div class="row-main">
    <p class="name">${followUp.menteeName}</p>
    <p class="bw-muted">${msg(str`Follow-up of month ${f.number(followUp.month)}, due ${f.date(followUp.dueOn)}`, { id: 'desk.followUpDue' })}</p>
  </div>`;
}
