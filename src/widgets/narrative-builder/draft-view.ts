/**
 * The builder's view, a part fetched at connect beside the draft session's code
 * (draft-session.ts, with the template language) and the template and draft reads: the
 * template catalogue waits for all of them, and the element shows its loading state in the
 * view's shape meanwhile. The picker, the guided form, the live preview, the action bar, and
 * the tools, hints and exports it loads on demand. It uses the element through `ViewHost`, never the
 * element class, and the session it is given.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { NarrativeKind } from '../../api/narrative.js';
import { badgeStyles, cardStyles, fieldStyles, headingStyles, joinStyles, renderBadge, statusStyles, toolbarStyles, visuallyHiddenStyles } from '../../ui/blocks.js';
import { LazyPart } from '../../ui/lazy.js';
import { renderError } from '../../ui/states.js';
import { loaders as narrativeMoreLocales } from '../../generated/locales/narrative-more/index.js';
import { renderActionBar } from './action-bar.js';
import type { OpenerHost } from './draft-opener.js';
import type { DraftSession } from './draft-session.js';
import type { DraftTools, ToolsHost } from './draft-tools.js';
import type { ExportHost } from './exports.js';
import type { CompetenciesHost } from './story-competencies.js';
import type { HintsHost } from './writing-hints.js';
import { pickerShelf, renderForm, renderPicker } from './editor.js';
import { GapOffer } from './gap-offer.js';
import type { GapAnalysisSource } from './gap-source.js';
import { progressLabel, statusOf } from './messages.js';
import { renderPrefill } from './prefill-view.js';
import { renderPreview } from './preview.js';
import { renderSkeleton } from './skeleton-view.js';
import type { TemplateShelf } from './template-shelf.js';
import { viewStyles } from './view.styles.js';

/** Adopted when this part arrives: the blocks the editor, preview and action bar show (the button is the base's), and the view's own styles (view.styles.ts). The tools bring the dialog and the checkbox. */
export const partStyles = [joinStyles(visuallyHiddenStyles, fieldStyles, badgeStyles, headingStyles, cardStyles, toolbarStyles, statusStyles), viewStyles];

/** What the view uses of the element. */
export interface ViewHost extends ToolsHost, HintsHost, CompetenciesHost, OpenerHost, ExportHost {
  kind: NarrativeKind;
  templateId?: string;
  draftId?: string;
  readonly mentors: ReadonlyArray<{ id: string; name: string }>;
  readonly gap: GapAnalysisSource;
}

export class DraftView {
  /** Review, versions and conflict, loaded on demand with their translations. */
  readonly draftTools: LazyPart<typeof import('./draft-tools.js')>;

  /** The exports and the Word writer, loaded when a person first asks for an export. */
  readonly exports: LazyPart<typeof import('./exports.js')>;

  /** The hiring-convention hints, loaded once the draft has text to advise on. */
  readonly writingHints: LazyPart<typeof import('./writing-hints.js')>;

  /** A STAR story's competency tags and the target occupation's coverage, loaded when the draft shows them. */
  readonly competencies: LazyPart<typeof import('./story-competencies.js')>;

  /** Filling the credential-equivalency statement in from the gap analysis. */
  readonly gapOffer: GapOffer;

  /** The mentor chosen to ask for a review. */
  private shareTo = '';

  /** The action that waited for a part's code when it did not load, by part: "Try again" runs it again. */
  private readonly waiting = new Map<object, () => void>();

  constructor(
    private readonly host: ViewHost,
    /** The draft being edited: its copy on this device, the server draft, reviews, versions, saving. */
    readonly session: DraftSession,
  ) {
    this.draftTools = new LazyPart(host, () => import('./draft-tools.js'), narrativeMoreLocales);
    this.exports = new LazyPart(host, () => import('./exports.js'), narrativeMoreLocales);
    this.writingHints = new LazyPart(host, () => import('./writing-hints.js'), narrativeMoreLocales);
    this.competencies = new LazyPart(host, () => import('./story-competencies.js'), narrativeMoreLocales);
    this.gapOffer = new GapOffer(host);
  }

  /** The narrative as a Word document (the exports' code loads on first use). */
  async wordDocument(): Promise<Blob> {
    return (await this.exports.require()).wordDocument(this.host);
  }

  // ---- the tools and exports, loaded on demand -----------------------------------------

  /** Runs an action once its part's code is there; when the code did not load, "Try again" runs the action again. */
  private act<M>(part: LazyPart<M>, action: (code: M) => unknown): void {
    this.waiting.set(part, () => this.act(part, action));
    void part.load().then((loaded) => {
      if (!loaded) return;
      this.waiting.delete(part);
      void action(loaded);
    });
  }

  /** Runs an action of the tools once their code is there (as `act`). */
  private useTools(action: (tools: DraftTools) => unknown): void {
    this.act(this.draftTools, (code) => action(code.toolsFor(this.host)));
  }

  /** A view of the tools once their code is there (their loading and error states show once, in renderPartState). */
  private withTools(view: (tools: DraftTools) => unknown): unknown {
    const loaded = this.draftTools.module;
    return this.draftTools.status === 'ready' && loaded ? view(loaded.toolsFor(this.host)) : nothing;
  }

  /**
   * A part's loading or error state, at one place ("Try again" runs the action that waited for it); `needed` starts
   * loading it, and `view` draws there once it is here.
   */
  private renderPartState<M>(part: LazyPart<M>, needed: boolean, view: (code: M) => unknown = () => nothing): unknown {
    if (part.status === 'error') return renderError('network', this.waiting.get(part) ?? part.retry);
    return needed || part.status === 'loading' ? part.render(view) : nothing;
  }

  // ---- composition --------------------------------------------------------------------

  private pickKind(kind: NarrativeKind): void {
    const host = this.host;
    host.kind = kind;
    host.templateId = undefined;
    host.draftId = undefined;
  }

  private pickTemplate(id: string): void {
    this.host.templateId = id;
    this.host.draftId = undefined;
  }

  private share(): void {
    const mentor = this.shareTo || this.host.mentors[0]?.id;
    if (mentor) this.useTools((tools) => tools.share(mentor));
  }

  /** The builder for a shelf of templates: the loading state until the draft is open. */
  render(shelf: TemplateShelf): unknown {
    const templates = shelf.items;
    const { session, host } = this;
    const { reviewing, hasUser, catalogue } = host;
    const { gapOffer } = this;
    const { template, draft, conflict, versions } = session;
    // `template` is the draft's own (its body, in the language it was written in); `guided` carries the guidance of the language shown.
    const guided = session.guided(templates);
    if (!template || !guided) return session.problem ? nothing : renderSkeleton();
    const locale = host.resolvedLocale;
    const rendered = session.rendered(template, template.locale);
    const status = draft ? statusOf(draft.status) : undefined;
    // Hints advise on what the person wrote (none before a field is filled); competencies show for a STAR story or a known target occupation.
    const hints = session.hasText();
    const competencies = template.kind === 'star-story' || !!host.targetOccupation;
    const reviewForm = reviewing && !!draft;
    const needsTools = reviewForm || !!conflict || !!versions || session.reviews.some((r) => r.kind !== 'approval');
    return html`
      <header class="header bw-toolbar" part="header">
        <h2><bdi>${guided.title}</bdi></h2>
        ${status ? renderBadge(status.tone, status.label) : nothing}
        ${session.dirty ? html`<span class="bw-field__hint">${msg('Unsaved changes (kept on this device)', { id: 'narrative.unsaved' })}</span>` : nothing}
      </header>
      ${reviewing
        ? nothing
        : renderPicker(pickerShelf(shelf, catalogue.loadingMore, host.templateId), template.kind, session.shownTemplateId(templates), {
            onKind: (kind) => this.pickKind(kind),
            onTemplate: (id) => this.pickTemplate(id),
            onShowMore: () => void catalogue.showMore(),
          })}
      ${guided.description ? html`<p class="description" dir="auto">${guided.description}</p>` : nothing}
      ${hasUser ? nothing : html`<p class="bw-field__hint">${msg('Your text is kept on this device. Sign in to save it, see versions and ask a mentor.', { id: 'narrative.signIn' })}</p>`}
      ${template.kind === 'credential-equivalency' && !reviewing
        ? renderPrefill(gapOffer.offer(guided), { onPrefill: () => void gapOffer.prefill(), onRetry: gapOffer.retry })
        : nothing}
      ${this.renderPartState(this.draftTools, needsTools, (code) => code.toolsFor(host).renderReviews(null))}
      <div class="layout">
        ${renderForm(
          guided,
          { values: session.values, rendered, readonly: reviewing },
          {
            onInput: (field, value) => session.setValue(field, value),
            besideSection: (section) => this.withTools((tools) => [tools.renderReviews(section.id), reviewForm ? tools.renderReviewForm(section) : nothing]),
          },
        )}
        ${renderPreview(template, rendered, [
          hints ? this.writingHints.render((loaded) => loaded.hintsFor(host).render(template, rendered, template.locale)) : nothing,
          competencies ? this.competencies.render((loaded) => loaded.competenciesFor(host).render(template, locale)) : nothing,
        ])}
      </div>
      ${conflict ? this.withTools((tools) => tools.renderConflict(template, conflict)) : nothing}
      ${versions ? this.withTools((tools) => tools.renderVersions(template, versions)) : nothing}
      ${reviewForm ? this.withTools((tools) => tools.renderApproval()) : nothing}
      ${this.renderPartState(this.exports, false)}
      ${renderActionBar(
        {
          canSave: hasUser && !reviewing,
          saved: !!draft,
          canApprove: reviewing && !!draft && draft.status !== 'approved',
          canShare: !!draft && !reviewing && hasUser,
          mentors: host.mentors,
          busy: session.busy,
          saving: session.progress === 'saving',
          dirty: session.dirty,
        },
        {
          onSave: () => void session.save(),
          onHistory: () => this.useTools((tools) => tools.showVersions()),
          onApprove: () => this.useTools((tools) => tools.askApproval()),
          onMentor: (id) => (this.shareTo = id),
          onShare: () => this.share(),
          onExport: (format) => this.act(this.exports, (code) => code.exportAs(host, format)),
        },
      )}
    `;
  }

  /** The status line's words: what a write under way does, else the last notice. */
  statusText(): string {
    const { notice, busy, progress } = this.session;
    return busy && progress ? progressLabel(progress) : notice;
  }
}
