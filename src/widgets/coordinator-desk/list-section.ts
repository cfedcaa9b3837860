/**
 * One section of the desk: its title, a labelled sort select, the rows (or what an empty list
 * means), "Show more" while pages follow, and the section's status line, where the focus
 * lands when its last row is decided. A sort or next page that failed says why, with "Try again".
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { errorMessage } from '../../ui/errors.js';
import { renderEmptyState } from '../../ui/blocks.js';
import { renderError, renderLoading } from '../../ui/states.js';
import type { DeskList } from './desk-list.js';
import { sortLabel } from './labels.js';

export interface SectionView<T, S extends string> {
  list: DeskList<T, S>;
  title: string;
  /** What the list is for, under the title. */
  hint: string;
  /** What an empty list means. */
  empty: string;
  /** The section's last status message. */
  status: string;
  row: (item: T) => TemplateResult;
}

export function renderSection<T, S extends string>(view: SectionView<T, S>): TemplateResult {
  const { list } = view;
  const name = list.name;
  const rows = list.busy === 'sorting'
    ? renderLoading(msg('Sorting…', { id: 'desk.sorting' }))
    : list.items.length
      ? html`<ul class="rows bw-list" part="list" aria-labelledby="${name}-title">
          ${list.items.map((item, index) => html`<li class="row bw-card" part="row" data-index=${index} data-id=${list.spec.idOf(item)} tabindex="-1">${view.row(item)}</li>`)}
        </ul>`
      : renderEmptyState(view.empty);
  return html`<section class="desk-section bw-section" part="section" id=${name} aria-labelledby="${name}-title">
    <div class="section-head bw-toolbar">
      <h3 id="${name}-title">${view.title}</h3>
      <label class="sort bw-field">
        <span class="bw-field__label" id="${name}-sort-label">${msg('Order', { id: 'desk.order' })}</span>
        <select class="bw-field__input" part="sort" aria-labelledby="${name}-sort-label ${name}-title" @change=${(event: Event) => void list.resort((event.target as HTMLSelectElement).value as S)}>
          ${list.spec.sorts.map((sort) => html`<option value=${sort} ?selected=${sort === list.sort}>${sortLabel(name, sort)}</option>`)}
        </select>
      </label>
    </div>
    <p class="bw-muted">${view.hint}</p>
    <p class="status bw-status" data-tone="success" id="${name}-status" part="status" tabindex="-1">${view.status}</p>
    ${rows}
    ${list.failure
      ? renderError(list.failure.kind, list.failure.retry, errorMessage(list.failure.kind, 'mentoring'))
      : list.nextCursor && list.busy !== 'sorting'
        ? html`<button type="button" class="bw-button bw-button--secondary more" part="button more" aria-describedby="${name}-title" ?disabled=${list.busy === 'more'} @click=${list.more}>
            ${list.busy === 'more' ? msg('Loading…', { id: 'state.loading' }) : msg('Show more', { id: 'desk.showMore' })}
          </button>`
        : ''}
  </section>`;
}
