/**
 * The tools around a draft that a person reaches by an action, or that only some drafts
 * show: mentor review, the version history and the conflict view. The element loads this module on demand through a `LazyPart` (src/ui/lazy.ts),
 * with the translations area `narrative-more` (the `narrative.more.*` messages), so the
 * words arrive with the code. The tools act on the element's controllers through
 * `ToolsHost`, never on the element class. The hiring-convention hints (writing-hints.ts),
 * the competencies (story-competencies.ts) and the exports (exports.ts, with the Word writer)
 * are parts of their own.
 */
import { nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { DraftVersion, NarrativeDraft, NarrativeTemplate, TemplateSection } from '../../api/narrative.js';
import { renderNarrative } from '../../core/narrative/render.js';
import { listDraftVersions, restoreDraftVersion } from '../../generated/operations.js';
import { renderConflict } from './conflict-view.js';
import type { DraftSession } from './draft-session.js';
import type { NarrativeHost } from './host.js';
import { writesFor, type DraftWrites } from './draft-writes.js';
import { ReviewDesk } from './review-desk.js';
import { renderApprovalDialog, renderReviewForm, renderReviews, type ApprovalQuestion } from './review-view.js';
import { renderVersions } from './versions-view.js';
import { toolStyles } from './parts.styles.js';
import { dialogStyles, joinStyles } from '../../ui/blocks.js';
import { formatDate } from '../../ui/format.js';
import { oncePerElement } from './once-per-element.js';

/** Adopted by the element's LazyPart when this part loads, with the block only the tools show (the approval dialog): one sheet. */
export const partStyles = joinStyles(dialogStyles, toolStyles);

/** What the tools use of the element. */
export interface ToolsHost extends NarrativeHost {
  readonly session: DraftSession;
}

/** The tools of an element (made once per element). */
export const toolsFor: (host: ToolsHost) => DraftTools = oncePerElement((host: ToolsHost) => new DraftTools(host));

export class DraftTools {
  private readonly review: ReviewDesk;
  /** Each version's text, rendered once (the history is drawn again at every keystroke). */
  private readonly previews = new WeakMap<DraftVersion, string>();
  /** The approval being confirmed. */
  private approval?: ApprovalQuestion;

  constructor(private readonly host: ToolsHost) {
    this.review = new ReviewDesk(host);
  }

  private get session(): DraftSession {
    return this.host.session;
  }

  private get writes(): DraftWrites {
    return writesFor(this.host, this.host.session);
  }

  // ---- actions the element's buttons reach ---------------------------------------------

  /** Fetches the server's versions of the draft, to show the history (here, not in the session: only the tools show it). */
  async showVersions(): Promise<void> {
    const session = this.session;
    const draft = session.draft;
    if (!draft) return;
    await this.writes.write(
      () => this.host.client.call(listDraftVersions, { params: { id: draft.id } }),
      (list) => session.apply({ versions: list.items }),
      { progress: 'loading', focus: 'versions' },
    );
  }

  /** Restores an earlier version as a new one. */
  private async restore(version: number, notice: string): Promise<void> {
    const session = this.session;
    const draft = session.draft;
    if (!draft) return;
    const writes = this.writes;
    await writes.write(
      () => this.host.client.call(restoreDraftVersion, { params: { id: draft.id }, body: { version: draft.version, restore: version } }),
      (restored) => writes.saved(restored, notice),
      { progress: 'saving' },
    );
  }

  /** Asks the mentor to confirm the approval (mentioning their own open comments and suggestions), in a modal dialog once drawn. */
  async askApproval(): Promise<void> {
    this.approval = { openByMe: await this.review.openByMe() };
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.confirm');
    if (dialog && !dialog.open) dialog.showModal();
  }

  share(mentorId: string): Promise<void> {
    return this.review.share(mentorId);
  }

  // ---- views --------------------------------------------------------------------------

  /** The comments and suggestions of a section (`null`: of the whole draft). */
  renderReviews(sectionId: string | null): unknown {
    const { busy, dirty, reviews } = this.session;
    const items = reviews.filter((r) => r.sectionId === sectionId && r.kind !== 'approval');
    return renderReviews(items, { busy, dirty, reviewing: this.host.reviewing }, { onAccept: (r) => void this.review.accept(r), onResolve: (r) => void this.review.resolve(r) });
  }

  /** The approval's confirmation, while asked. */
  renderApproval(): unknown {
    const approval = this.approval;
    return approval
      ? renderApprovalDialog(approval, (approve) => {
          this.approval = undefined;
          this.host.requestUpdate();
          if (approve) void this.review.approve();
        })
      : nothing;
  }

  renderReviewForm(section: TemplateSection): unknown {
    return renderReviewForm(section, this.session.busy, (form) => void this.review.send(section.id, form));
  }

  renderConflict(template: NarrativeTemplate, current: NarrativeDraft): unknown {
    const session = this.session;
    const lang = template.locale;
    return renderConflict(
      { mine: session.rendered(template, lang).text, saved: renderNarrative(template, current.values, lang).text, current, lang },
      () => this.writes.keepMine(),
      () => this.writes.useSaved(msg('Showing the saved version.', { id: 'narrative.more.usingSaved' })),
    );
  }

  renderVersions(template: NarrativeTemplate, versions: readonly DraftVersion[]): unknown {
    const { draft, busy, dirty } = this.session;
    const lang = template.locale;
    const preview = (version: DraftVersion) => {
      let text = this.previews.get(version);
      if (text === undefined) this.previews.set(version, (text = renderNarrative(template, version.values, lang).text));
      return text;
    };
    return renderVersions(versions, { current: draft?.version, reviewing: this.host.reviewing, busy, dirty, date: (value) => formatDate(this.host.resolvedLocale, value, { dateStyle: 'medium', timeStyle: 'short' }), preview, lang }, (version) => {
      void this.restore(version, msg(str`Version ${version} restored as a new version.`, { id: 'narrative.more.restored' }));
    });
  }
}
