/** The list of milestones: each with its status, dates, evidence, actions, comments and evidence forms. */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { Milestone, MilestoneStatus } from '../../api/plan.js';
import { nextStatuses } from '../../core/plan/status.js';
import { renderBadge } from '../../ui/blocks.js';
import { safeUrl } from '../../ui/links.js';
import { selectOptions } from '../../ui/select-options.js';
import { kindLabel, roleLabel, statusLabel, statusTone } from './labels.js';
import { commentCount, evidenceCount } from './counted.js';
import { renderDateMove, type DateMoveShown } from './date-history.js';
import { shownDetails } from './detail-fields.js';
import type { EvidenceInput } from './plan-edits.js';
import type { Role } from './plan-session.js';

/** A comment as listed: saved ones carry their author's role, queued ones do not yet. */
export interface ListedComment {
  text: string;
  authorRole?: Role;
}

export interface MilestoneListData {
  locale: string;
  /** The milestones shown (filtered), in plan order. */
  shown: Milestone[];
  /** Each milestone's position in the whole plan, and how many there are. */
  position: Map<Milestone, number>;
  count: number;
  editable: boolean;
  unsaved: Set<string>;
  overdue: Set<string>;
  date: (value: string) => string;
  /** A milestone's comments read so far and those on their way, and how many it has in all (before they are read too). */
  comments: (milestone: Milestone) => { listed: ListedComment[]; count: number };
  /** The latest move of a milestone's due date, with its reason. */
  dateMove: (milestoneId: string) => DateMoveShown | undefined;
  /** The key a milestone renders under (stable when its provisional id becomes the server's). */
  keyOf: (milestoneId: string) => string;
  editing?: string;
  dragged?: string;
  /** The edit form of the milestone being edited (a lazily loaded view). */
  editForm: (milestone: Milestone) => unknown;
}

export interface MilestoneListCallbacks {
  onKeydown(event: KeyboardEvent, id: string): void;
  onDragStart(event: DragEvent, id: string): void;
  onDragEnd(): void;
  onDrop(event: DragEvent, id: string): void;
  onMove(id: string, move: 'up' | 'down'): void;
  onStatus(milestone: Milestone, status: MilestoneStatus): void;
  onMoveDate(milestoneId: string, opener: EventTarget | null): void;
  onToggleEdit(milestoneId: string): void;
  onCommentsOpened(milestoneId: string): void;
  /** Returns true when the comment was queued (the form is then cleared). */
  /** Resolve true when queued (the form is then cleared). */
  onComment(milestoneId: string, text: string): Promise<boolean>;
  onEvidence(milestone: Milestone, input: EvidenceInput): Promise<boolean>;
}

const value = (form: FormData, name: string): string => String(form.get(name) ?? '').trim();

/** Submits a form's values; clears it when they were taken. */
function submitted(take: (form: FormData) => Promise<boolean>) {
  return (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    void take(new FormData(form)).then((taken) => taken && form.reset());
  };
}

export function renderMilestoneList(data: MilestoneListData, on: MilestoneListCallbacks): TemplateResult {
  return html`<ol class="list bw-list" part="list" aria-label=${msg('Milestones', { id: 'plan.milestones' })}>
    ${repeat(data.shown, (m) => data.keyOf(m.id), (m) => renderMilestone(m, data, on))}
  </ol>`;
}

function renderMilestone(m: Milestone, data: MilestoneListData, on: MilestoneListCallbacks): TemplateResult {
  const { editable, overdue, date } = data;
  const index = data.position.get(m) ?? -1;
  return html`<li
    class="item bw-card"
    part="item"
    tabindex="0"
    data-id=${m.id}
    aria-label=${m.title}
    aria-describedby="reorder-hint"
    ?data-overdue=${overdue.has(m.id)}
    ?data-dragging=${data.dragged === m.id}
    draggable=${editable ? 'true' : 'false'}
    @keydown=${(e: KeyboardEvent) => on.onKeydown(e, m.id)}
    @dragstart=${(e: DragEvent) => on.onDragStart(e, m.id)}
    @dragend=${() => on.onDragEnd()}
    @dragover=${(e: DragEvent) => e.preventDefault()}
    @drop=${(e: DragEvent) => on.onDrop(e, m.id)}
  >
    <div class="row bw-toolbar">
      <span class="title">${m.title}</span>
      ${renderBadge(statusTone(m.status), statusLabel(m.status))}
      ${overdue.has(m.id) ? renderBadge('danger', msg('Overdue', { id: 'plan.overdue' })) : nothing}
      ${data.unsaved.has(`milestone:${m.id}`) ? renderBadge('warning', msg('Not saved yet', { id: 'plan.unsaved' })) : nothing}
    </div>
    <p class="bw-muted">
      ${kindLabel(m.kind)} ·
      ${m.dueDate ? msg(str`Due ${date(m.dueDate)}`, { id: 'plan.due' }) : msg('No date yet', { id: 'plan.noDate' })}
      ${shownDetails(m, date).map((text) => ` · ${text}`)}
    </p>
    ${renderDateMove(data.dateMove(m.id), date)}
    ${m.evidence.length > 0
      ? html`<ul class="bw-list">
          ${m.evidence.map((e) => html`<li>${safeUrl(e.url) ? html`<a href=${safeUrl(e.url)!} target="_blank" rel="noopener noreferrer">${e.text}</a>` : e.text}</li>`)}
        </ul>`
      : nothing}
    ${editable
      ? html`<div class="actions bw-toolbar">
          <label class="bw-visually-hidden" for="status-${m.id}">${msg(str`Status of ${m.title}`, { id: 'plan.statusOf' })}</label>
          <select
            id="status-${m.id}"
            class="bw-field__input small"
            part="input"
            ${selectOptions([m.status, ...nextStatuses(m.status)].map((s) => [s, statusLabel(s)] as const), m.status)}
            @change=${(e: Event) => on.onStatus(m, (e.target as HTMLSelectElement).value as MilestoneStatus)}
          ></select>
          <button type="button" class="bw-button bw-button--secondary small" part="button" ?disabled=${index === 0} aria-label=${msg(str`Move ${m.title} up`, { id: 'plan.moveUp' })} @click=${() => on.onMove(m.id, 'up')}>↑</button>
          <button type="button" class="bw-button bw-button--secondary small" part="button" ?disabled=${index === data.count - 1} aria-label=${msg(str`Move ${m.title} down`, { id: 'plan.moveDown' })} @click=${() => on.onMove(m.id, 'down')}>↓</button>
          <button type="button" class="bw-button bw-button--secondary small" part="button" @click=${(e: Event) => on.onMoveDate(m.id, e.currentTarget)}>${msg('Move the date', { id: 'plan.recalibrate' })}</button>
          <button type="button" class="bw-button bw-button--secondary small" part="button" data-action="edit" aria-expanded=${data.editing === m.id ? 'true' : 'false'} @click=${() => on.onToggleEdit(m.id)}>${msg('Edit', { id: 'plan.edit' })}</button>
        </div>`
      : nothing}
    ${data.editing === m.id ? data.editForm(m) : nothing}
    ${renderFeedback(m, data, on)}
  </li>`;
}

/** Comments and evidence: a disclosure that shows how much is inside before it is opened. */
function renderFeedback(m: Milestone, data: MilestoneListData, on: MilestoneListCallbacks): TemplateResult {
  const { editable, locale } = data;
  const { listed, count } = data.comments(m);
  return html`<details class="feedback" part="feedback" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && on.onCommentsOpened(m.id)}>
    <summary>
      <span class="summary-label">${msg('Comments and evidence', { id: 'plan.details' })}</span>
      ${count > 0 ? html`<span class="count" part="count">${commentCount(locale, count)}</span>` : nothing}
      ${m.evidence.length > 0 ? html`<span class="count" part="count">${evidenceCount(locale, m.evidence.length)}</span>` : nothing}
    </summary>
    <ul class="bw-list">
      ${listed.map((c) => html`<li><span class="bw-muted">${c.authorRole ? roleLabel(c.authorRole) : msg('Not saved yet', { id: 'plan.unsaved' })}:</span> ${c.text}</li>`)}
    </ul>
    <form @submit=${submitted((form) => on.onComment(m.id, value(form, 'text')))}>
      <label class="bw-field__label" for="comment-${m.id}">${msg('Comment', { id: 'plan.comment' })}</label>
      <textarea id="comment-${m.id}" name="text" class="bw-field__input" part="input" required maxlength="5000"></textarea>
      <button type="submit" class="bw-button small" part="button">${msg('Add comment', { id: 'plan.addComment' })}</button>
    </form>
    ${editable
      ? html`<form @submit=${submitted((form) => on.onEvidence(m, { text: value(form, 'text'), url: value(form, 'url') }))}>
          <label class="bw-field__label" for="ev-text-${m.id}">${msg('Evidence note', { id: 'plan.evidence.text' })}</label>
          <input id="ev-text-${m.id}" name="text" class="bw-field__input" part="input" maxlength="2000" />
          <label class="bw-field__label" for="ev-url-${m.id}">${msg('Link (optional)', { id: 'plan.evidence.url' })}</label>
          <input id="ev-url-${m.id}" name="url" type="url" class="bw-field__input" part="input" />
          <button type="submit" class="bw-button bw-button--secondary small" part="button">${msg('Add evidence', { id: 'plan.evidence.add' })}</button>
        </form>`
      : nothing}
  </details>`;
}
