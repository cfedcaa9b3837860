/**
 * The mentor's private reflection log, loaded on demand: entries (date and note), ten at a
 * time, newest first; a new entry; sharing an entry with the coordinators or no longer. A
 * failed send keeps the note typed; an entry changed meanwhile (409) is reloaded and said so.
 */
import type { ReactiveController, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ApiError } from '../../api/errors.js';
import type { Reflection } from '../../api/mentor-onboarding.js';
import { createReflection, listOwnReflections, updateReflection } from '../../generated/operations.js';
import { errorKind, errorMessage } from '../../ui/errors.js';
import { FocusAfterUpdate } from '../../ui/focus.js';
import { renderError, renderLoading } from '../../ui/states.js';
import type { MentorProfileHost, Notice } from './host.js';
import { renderReflections, type EntryDraft, type ReflectionViewData } from './reflection-view.js';

const PAGE = 10;

/** Today as `YYYY-MM-DD`, in the mentor's own time zone. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export class ReflectionLog implements ReactiveController {
  private entries: Reflection[] = [];
  private nextCursor: string | null = null;
  private status: 'loading' | 'ready' | 'error' = 'loading';
  private error?: unknown;
  private draft: EntryDraft = { date: today(), note: '', share: false };
  private errors: ReflectionViewData['errors'] = {};
  private busy?: string;
  private notice?: Notice;
  private readonly focus: FocusAfterUpdate;

  constructor(private readonly host: MentorProfileHost) {
    host.addController(this);
    this.focus = new FocusAfterUpdate(host);
    void this.load();
  }

  hostConnected(): void {}

  private async load(more = false): Promise<void> {
    try {
      const page = await this.host.client.call(listOwnReflections, { query: { limit: PAGE, cursor: more ? (this.nextCursor ?? undefined) : undefined } });
      this.entries = more ? [...this.entries, ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
      this.status = 'ready';
      if (more && page.items[0]) this.focus.focus(`.entry[data-id="${page.items[0].id}"]`);
    } catch (error) {
      this.status = 'error';
      this.error = error;
      this.host.reportError(error, 'load');
    }
    this.host.requestUpdate();
  }

  private say(tone: Notice['tone'], text: string): void {
    this.notice = { tone, text };
    this.host.announce(text);
    this.host.requestUpdate();
  }

  private async add(): Promise<void> {
    const note = this.draft.note.trim();
    this.errors = {
      ...(/^\d{4}-\d{2}-\d{2}$/.test(this.draft.date) ? {} : { date: msg('Give the date of this reflection.', { id: 'mentorProfile.log.dateError' }) }),
      ...(note ? {} : { note: msg('Write a note first.', { id: 'mentorProfile.log.noteError' }) }),
    };
    if (Object.keys(this.errors).length) {
      this.focus.focus('.log-form [aria-invalid="true"]');
      return this.host.requestUpdate();
    }
    this.busy = 'new';
    this.host.requestUpdate();
    try {
      const created = await this.host.client.call(createReflection, { body: { date: this.draft.date, note, sharedWithCoordinators: this.draft.share } });
      this.entries = [created, ...this.entries].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
      this.draft = { date: today(), note: '', share: false };
      this.say('success', created.sharedWithCoordinators
        ? msg('Added to your log and shared with your coordinator.', { id: 'mentorProfile.log.addedShared' })
        : msg('Added to your log. Only you can read it.', { id: 'mentorProfile.log.added' }));
    } catch (error) {
      this.say('danger', `${errorMessage(errorKind(error), 'mentoring')} ${msg('Your note is kept.', { id: 'mentorProfile.log.kept' })}`);
      this.host.reportError(error, 'load');
    } finally {
      this.busy = undefined;
      this.host.requestUpdate();
    }
  }

  private async toggleShare(entry: Reflection): Promise<void> {
    this.busy = entry.id;
    this.host.requestUpdate();
    try {
      const updated = await this.host.client.call(updateReflection, { params: { reflectionId: entry.id }, body: { version: entry.version, sharedWithCoordinators: !entry.sharedWithCoordinators } });
      this.entries = this.entries.map((e) => (e.id === updated.id ? updated : e));
      this.say('success', updated.sharedWithCoordinators
        ? msg('Shared: your coordinator can read this entry now.', { id: 'mentorProfile.log.sharedNotice' })
        : msg('No longer shared: only you can read this entry.', { id: 'mentorProfile.log.unsharedNotice' }));
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'conflict') {
        this.say('danger', msg('This entry changed elsewhere in the meantime. We reloaded your log: check it, then try again.', { id: 'mentorProfile.log.conflict' }));
        await this.load();
      } else {
        this.say('danger', errorMessage(errorKind(error), 'mentoring'));
        this.host.reportError(error, 'load');
      }
    } finally {
      this.busy = undefined;
      this.host.requestUpdate();
    }
  }

  render(): TemplateResult {
    if (this.status === 'loading') return renderLoading(msg('Loading your reflection log…', { id: 'mentorProfile.log.loading' }));
    if (this.status === 'error') return renderError(errorKind(this.error), () => ((this.status = 'loading'), void this.load()));
    return renderReflections(
      { entries: this.entries, draft: this.draft, errors: this.errors, hasMore: this.nextCursor !== null, busy: this.busy, notice: this.notice, f: this.host.formatters },
      {
        onDraft: (change) => {
          this.draft = { ...this.draft, ...change };
          this.host.requestUpdate();
        },
        onAdd: () => void this.add(),
        onToggleShare: (entry) => void this.toggleShare(entry),
        onMore: () => void this.load(true),
      },
    );
  }
}
