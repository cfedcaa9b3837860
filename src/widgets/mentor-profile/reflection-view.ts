/** The reflection log's view: the form for a new entry, then the entries, newest first, each shared or private. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Reflection } from '../../api/mentor-onboarding.js';
import { renderBadge } from '../../ui/blocks.js';
import type { Notice, ProfileFormat } from './host.js';

export interface EntryDraft {
  date: string;
  note: string;
  share: boolean;
}

export interface ReflectionViewData {
  entries: readonly Reflection[];
  draft: EntryDraft;
  errors: Partial<Record<'date' | 'note', string>>;
  hasMore: boolean;
  /** An entry being sent or changed (`new` for the form). */
  busy?: string;
  notice?: Notice;
  f: ProfileFormat;
}

export interface ReflectionCallbacks {
  onDraft(change: Partial<EntryDraft>): void;
  onAdd(): void;
  onToggleShare(entry: Reflection): void;
  onMore(): void;
}

function field(key: 'date' | 'note', data: ReflectionViewData) {
  const error = data.errors[key];
  return {
    describedBy: error ? `log-${key}-error` : nothing,
    invalid: error ? 'true' : 'false',
    error: error ? html`<span class="bw-field__error" part="error" id="log-${key}-error">${error}</span>` : nothing,
  };
}

function renderEntry(entry: Reflection, data: ReflectionViewData, on: ReflectionCallbacks): TemplateResult {
  const title = `entry-${entry.id}`;
  return html`<li class="entry bw-card" part="entry" data-id=${entry.id} data-shared=${entry.sharedWithCoordinators ? 'yes' : 'no'}>
    <p class="entry__head"><strong id=${title}>${data.f.date(entry.date)}</strong>
      ${entry.sharedWithCoordinators ? renderBadge('success', msg('Shared with your coordinator', { id: 'mentorProfile.log.shared' })) : renderBadge('neutral', msg('Private', { id: 'mentorProfile.log.private' }))}</p>
    <p class="entry__note">${entry.note}</p>
    <button type="button" class="bw-button bw-button--secondary" part="button" aria-describedby=${title} ?disabled=${data.busy !== undefined} @click=${() => on.onToggleShare(entry)}>
      ${entry.sharedWithCoordinators ? msg('Stop sharing', { id: 'mentorProfile.log.unshare' }) : msg('Share with my coordinator', { id: 'mentorProfile.log.share' })}
    </button>
  </li>`;
}

export function renderReflections(data: ReflectionViewData, on: ReflectionCallbacks): TemplateResult {
  const date = field('date', data);
  const note = field('note', data);
  return html`<p class="bw-muted">${msg('Only you read this log. Share an entry when you want your coordinator to read it; you can stop sharing at any time.', { id: 'mentorProfile.log.intro' })}</p>
    <form class="log-form" novalidate @submit=${(e: Event) => (e.preventDefault(), on.onAdd())}>
      <div class="bw-field">
        <label class="bw-field__label" for="log-date">${msg('Date', { id: 'mentorProfile.log.date' })}</label>
        <input id="log-date" type="date" class="bw-field__input" part="input" .value=${data.draft.date} aria-describedby=${date.describedBy} aria-invalid=${date.invalid}
          @input=${(e: Event) => on.onDraft({ date: (e.target as HTMLInputElement).value })} />
        ${date.error}
      </div>
      <div class="bw-field">
        <label class="bw-field__label" for="log-note">${msg('Note', { id: 'mentorProfile.log.note' })}</label>
        <textarea id="log-note" class="bw-field__input" part="input" rows="4" maxlength="5000" .value=${data.draft.note} aria-describedby=${note.describedBy} aria-invalid=${note.invalid}
          @input=${(e: Event) => on.onDraft({ note: (e.target as HTMLTextAreaElement).value })}></textarea>
        ${note.error}
      </div>
      <label class="bw-check"><input type="checkbox" id="log-share" .checked=${data.draft.share} @change=${(e: Event) => on.onDraft({ share: (e.target as HTMLInputElement).checked })} />
        ${msg('Share this entry with my coordinator', { id: 'mentorProfile.log.shareNew' })}</label>
      <div class="bw-toolbar">
        <button type="submit" class="bw-button" part="button" ?disabled=${data.busy === 'new'}>${data.busy === 'new' ? msg('Adding…', { id: 'mentorProfile.log.adding' }) : msg('Add to my log', { id: 'mentorProfile.log.add' })}</button>
      </div>
      ${data.notice ? html`<p class="notice bw-status" part="notice" data-tone=${data.notice.tone}>${data.notice.text}</p>` : nothing}
    </form>
    ${data.entries.length
      ? html`<ul class="bw-list entries">${data.entries.map((entry) => renderEntry(entry, data, on))}</ul>`
      : html`<p class="bw-muted">${msg('No entries yet.', { id: 'mentorProfile.log.none' })}</p>`}
    ${data.hasMore ? html`<button type="button" class="bw-button bw-button--secondary" part="button" @click=${on.onMore}>${msg('Show older entries', { id: 'mentorProfile.log.more' })}</button>` : nothing}`;
}
