/**
 * The narrative builder's parts that a person reaches by an action or that only some drafts
 * show, loaded with `import()` (src/ui/lazy.ts) with their own translations area
 * (`narrative.more.*`): mentor review (comments, suggestions, approval, sharing), version
 * history and restore, the conflict view, competency tags and coverage, hiring-convention
 * hints and the exports (file downloads, clipboard, print). The element keeps the state and
 * the server-write wrapper; these render it and act on it.
 * (Bracket access reads the element's private members with their types checked.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { pickText } from '../../api/common.js';
import { DraftVersionList, DraftWithReviews, NarrativeDraft, NarrativeReview, type DraftVersion, type NarrativeTemplate } from '../../api/narrative.js';
import { renderNarrative, type RenderedNarrative } from '../../core/narrative/render.js';
import { checkNorms, withoutDismissed, type NormsHint } from '../../core/narrative/norms.js';
import { competencyCoverage } from '../../core/narrative/competencies.js';
import { renderBadge } from '../../ui/blocks.js';
import { directionOf } from '../../ui/localization.js';
import { writeDismissed } from './local-draft.js';
import type { BridgewayNarrativeBuilder, NarrativeExportFormat, NarrativeExportedDetail } from './narrative-builder.js';

type Section = NarrativeTemplate['sections'][number];
type B = BridgewayNarrativeBuilder;

// ---- words for codes ------------------------------------------------------------------

function detailLabel(detail: string): string {
  switch (detail) {
    case 'photo':
      return msg('a photo', { id: 'narrative.more.detail.photo' });
    case 'date-of-birth':
    case 'age':
      return msg('your age or date of birth', { id: 'narrative.more.detail.age' });
    case 'marital-status':
    case 'children':
      return msg('your family situation', { id: 'narrative.more.detail.family' });
    case 'nationality':
      return msg('your nationality', { id: 'narrative.more.detail.nationality' });
    case 'religion':
      return msg('your religion', { id: 'narrative.more.detail.religion' });
    default:
      return msg('your gender', { id: 'narrative.more.detail.gender' });
  }
}

/** A norms hint in the reader's language. */
export function hintText(hint: NormsHint): string {
  const p = hint.params;
  switch (hint.code) {
    case 'norms.personal-detail': {
      const detail = detailLabel(String(p.detail));
      return msg(str`Employers here do not expect ${detail} in an application, and many prefer not to see it. Consider leaving it out.`, { id: 'narrative.more.hint.personalDetail' });
    }
    case 'norms.too-long': {
      const { words, usual } = p;
      return msg(str`This summary has ${words} words; summaries here usually have about ${usual}. Keep the strongest points.`, { id: 'narrative.more.hint.tooLong' });
    }
    case 'norms.foreign-title-without-equivalent': {
      const title = p.title;
      return msg(str`Add the local job title that matches "${title}", so an employer here knows what you did.`, { id: 'narrative.more.hint.foreignTitle' });
    }
    case 'norms.first-person':
      return msg('Résumé summaries here usually leave out "I" and "my": start with the job title or a verb.', { id: 'narrative.more.hint.firstPerson' });
    case 'norms.spoken-too-long': {
      const { seconds, usual } = p;
      return msg(str`Said aloud this takes about ${seconds} seconds; a pitch usually lasts about ${usual}. Shorten it.`, { id: 'narrative.more.hint.spokenTooLong' });
    }
  }
}

/** A STAR competency id in the reader's language (unknown ids are shown as written). */
export function competencyLabel(id: string): string {
  switch (id) {
    case 'communication':
      return msg('Communication', { id: 'narrative.more.competency.communication' });
    case 'teamwork':
      return msg('Teamwork', { id: 'narrative.more.competency.teamwork' });
    case 'problem-solving':
      return msg('Problem solving', { id: 'narrative.more.competency.problemSolving' });
    case 'leadership':
      return msg('Leadership', { id: 'narrative.more.competency.leadership' });
    case 'patient-safety':
      return msg('Patient safety', { id: 'narrative.more.competency.patientSafety' });
    case 'client-service':
      return msg('Client service', { id: 'narrative.more.competency.clientService' });
    case 'adaptability':
      return msg('Adaptability', { id: 'narrative.more.competency.adaptability' });
    case 'cultural-competence':
      return msg('Cultural competence', { id: 'narrative.more.competency.culturalCompetence' });
    case 'quality-improvement':
      return msg('Quality improvement', { id: 'narrative.more.competency.qualityImprovement' });
    case 'technical-expertise':
      return msg('Technical expertise', { id: 'narrative.more.competency.technicalExpertise' });
    case 'ethics':
      return msg('Ethics', { id: 'narrative.more.competency.ethics' });
    case 'time-management':
      return msg('Time management', { id: 'narrative.more.competency.timeManagement' });
    default:
      return id.replaceAll('-', ' ');
  }
}

// ---- actions --------------------------------------------------------------------------

export function keepMine(t: B): void {
  const current = t['conflict'];
  if (!current) return;
  t['draft'] = current;
  t['saveKey'] = undefined;
  void t.save(current.version);
}

export function useSaved(t: B): void {
  const current = t['conflict'];
  if (!current) return;
  t['saveKey'] = undefined;
  t['saved'](current, msg('Showing the saved version.', { id: 'narrative.more.usingSaved' }));
}

export async function showVersions(t: B): Promise<void> {
  const draft = t['draft'];
  if (!draft) return;
  await t['write'](
    () => t.client.request({ path: `/narrative-drafts/${draft.id}/versions`, response: DraftVersionList }),
    (list) => (t['versions'] = list.items),
  );
}

async function restore(t: B, version: number): Promise<void> {
  const draft = t['draft'];
  if (!draft) return;
  await t['write'](
    () => t.client.request({ method: 'POST', path: `/narrative-drafts/${draft.id}/restore`, body: { version: draft.version, restore: version }, response: NarrativeDraft, idempotencyKey: true }),
    (restored) => t['saved'](restored, msg(str`Version ${version} restored as a new version.`, { id: 'narrative.more.restored' })),
  );
}

export async function share(t: B): Promise<void> {
  const draft = t['draft'];
  const mentor = t['shareTo'] || t.mentors[0]?.id;
  if (!draft || !mentor) return;
  await t['write'](
    () => t.client.request({ method: 'POST', path: `/narrative-drafts/${draft.id}/shares`, body: { mentorIds: [mentor] }, response: NarrativeDraft, idempotencyKey: true }),
    (shared) => {
      t['draft'] = shared;
      t['notice'] = msg('Sent to your mentor for review.', { id: 'narrative.more.shared' });
    },
  );
}

async function accept(t: B, review: NarrativeReview): Promise<void> {
  const draft = t['draft'];
  if (!draft) return;
  await t['write'](
    () => t.client.request({ method: 'POST', path: `/narrative-drafts/${draft.id}/reviews/${review.id}/accept`, body: { version: draft.version }, response: DraftWithReviews, idempotencyKey: true }),
    (result) => {
      t['reviews'] = result.reviews;
      t['saved'](result.draft, msg('Suggestion accepted.', { id: 'narrative.more.accepted' }));
    },
  );
}

async function resolve(t: B, review: NarrativeReview): Promise<void> {
  const draft = t['draft'];
  if (!draft) return;
  await t['write'](
    () => t.client.request({ method: 'POST', path: `/narrative-drafts/${draft.id}/reviews/${review.id}/resolve`, body: {}, response: DraftWithReviews, idempotencyKey: true }),
    (result) => {
      t['reviews'] = result.reviews;
      t['draft'] = result.draft;
      t['notice'] = msg('Marked as resolved.', { id: 'narrative.more.resolved' });
    },
  );
}

async function review(t: B, sectionId: string, form: HTMLFormElement): Promise<void> {
  const draft = t['draft'];
  if (!draft) return;
  const data = new FormData(form);
  const text = String(data.get('text') ?? '').trim();
  const suggested = String(data.get('suggested') ?? '').trim();
  const fieldId = String(data.get('field') ?? '');
  if (!text && !suggested) return;
  await t['write'](
    () =>
      suggested
        ? t.client.request({ method: 'POST', path: `/narrative-drafts/${draft.id}/suggestions`, body: { sectionId, fieldId, text, suggestedText: suggested }, response: NarrativeReview, idempotencyKey: true })
        : t.client.request({ method: 'POST', path: `/narrative-drafts/${draft.id}/comments`, body: { sectionId, text }, response: NarrativeReview, idempotencyKey: true }),
    (sent) => {
      t['reviews'] = [...t['reviews'], sent];
      const current = t['draft'];
      if (sent.kind === 'suggestion' && current) t['draft'] = { ...current, status: 'changes-requested' };
      form.reset();
      t['notice'] = msg('Your review was sent.', { id: 'narrative.more.reviewSent' });
    },
  );
}

export async function approve(t: B): Promise<void> {
  const draft = t['draft'];
  if (!draft) return;
  await t['write'](
    () => t.client.request({ method: 'POST', path: `/narrative-drafts/${draft.id}/approval`, body: { version: draft.version }, response: DraftWithReviews, idempotencyKey: true }),
    (result) => {
      t['reviews'] = result.reviews;
      t['draft'] = result.draft;
      t['notice'] = msg('You approved this draft.', { id: 'narrative.more.approvedNotice' });
    },
  );
}

function toggleCompetency(t: B, id: string, on: boolean): void {
  const current = t['storyCompetencies'];
  t['storyCompetencies'] = on ? [...new Set([...current, id])] : current.filter((c) => c !== id);
  t['dirty'] = true;
  t['keepLocal']();
}

function dismiss(t: B, hint: NormsHint): void {
  t['dismissed'] = [...t['dismissed'], hint.id];
  writeDismissed(t['dismissed']);
  t['notice'] = msg('Hint dismissed.', { id: 'narrative.more.hintDismissed' });
}

function download(t: B, blob: Blob, extension: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${t['template']?.kind ?? 'narrative'}.${extension}`;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportAs(t: B, format: NarrativeExportFormat): Promise<void> {
  const text = format === 'markdown' ? t.markdown() : t.plainText();
  try {
    if (format === 'clipboard') {
      await navigator.clipboard.writeText(text);
      t['notice'] = msg('Copied to the clipboard.', { id: 'narrative.more.copied' });
    } else if (format === 'text') {
      download(t, new Blob([text], { type: 'text/plain;charset=utf-8' }), 'txt');
    } else if (format === 'markdown') {
      download(t, new Blob([text], { type: 'text/markdown;charset=utf-8' }), 'md');
    } else if (format === 'docx') {
      download(t, await t.wordDocument(), 'docx');
    } else {
      const { printText } = await import('./docx.js');
      const locale = t.resolvedLocale;
      printText(t.shadowRoot ?? t, t['draft']?.title ?? t['template']?.title ?? '', text, { lang: locale, dir: directionOf(locale) });
    }
    t.dispatchEvent(new CustomEvent<NarrativeExportedDetail>('bw-narrative-exported', { bubbles: true, composed: true, detail: { format, text } }));
  } catch (error) {
    t.reportError(error, 'load');
    t['problem'] = msg('The export did not work. Try again, or copy the text from the preview.', { id: 'narrative.more.exportFailed' });
  }
}

// ---- views ----------------------------------------------------------------------------

export function renderReviews(t: B, sectionId: string | null): unknown {
  const items = t['reviews'].filter((r) => r.sectionId === sectionId && r.kind !== 'approval');
  if (!items.length) return nothing;
  const busy = t['busy'];
  return html`<ul class="reviews" part="reviews" aria-label=${msg('Mentor review', { id: 'narrative.more.reviews' })}>
    ${items.map(
      (item) => html`<li class="review" part="review" data-state=${item.state} data-review=${item.id}>
        <p>
          <strong>${item.kind === 'suggestion' ? msg('Suggestion', { id: 'narrative.more.suggestion' }) : msg('Comment', { id: 'narrative.more.comment' })}</strong>
          ${item.state !== 'open'
            ? renderBadge('neutral', item.state === 'accepted' ? msg('Accepted', { id: 'narrative.more.reviewAccepted' }) : msg('Resolved', { id: 'narrative.more.reviewResolved' }))
            : nothing}
        </p>
        ${item.text ? html`<p>${item.text}</p>` : nothing}
        ${item.suggestedText !== undefined ? html`<blockquote class="suggested">${item.suggestedText}</blockquote>` : nothing}
        ${item.state === 'open' && !t['reviewing']
          ? html`<div class="row">
              ${item.kind === 'suggestion'
                ? html`<button type="button" class="bw-button" part="button" ?disabled=${busy || t['dirty']} @click=${() => accept(t, item)}>${msg('Accept', { id: 'narrative.more.accept' })}</button>`
                : nothing}
              <button type="button" class="bw-button bw-button--secondary" part="button" ?disabled=${busy} @click=${() => resolve(t, item)}>${msg('Resolve', { id: 'narrative.more.resolve' })}</button>
            </div>`
          : nothing}
      </li>`,
    )}
  </ul>`;
}

export function renderReviewForm(t: B, section: Section): TemplateResult {
  const id = `review-${section.id}`;
  return html`<form class="review-form" @submit=${(e: Event) => {
    e.preventDefault();
    void review(t, section.id, e.target as HTMLFormElement);
  }}>
    <div class="bw-field">
      <label class="bw-field__label" for=${`${id}-text`}>${msg('Comment on this section', { id: 'narrative.more.commentLabel' })}</label>
      <textarea id=${`${id}-text`} name="text" class="bw-field__input" part="input" rows="2"></textarea>
    </div>
    <div class="bw-field">
      <label class="bw-field__label" for=${`${id}-field`}>${msg('Suggest new text for', { id: 'narrative.more.suggestFor' })}</label>
      <select id=${`${id}-field`} name="field" class="bw-field__input" part="input">
        ${section.fields.map((field) => html`<option value=${field.id}>${field.label}</option>`)}
      </select>
      <textarea id=${`${id}-suggested`} name="suggested" class="bw-field__input" part="input" rows="2" aria-label=${msg('Suggested text', { id: 'narrative.more.suggestedText' })}></textarea>
    </div>
    <button class="bw-button bw-button--secondary" part="button" ?disabled=${t['busy']}>${msg('Send', { id: 'narrative.more.send' })}</button>
  </form>`;
}

export function renderHints(t: B, template: NarrativeTemplate, rendered: RenderedNarrative, locale: string): unknown {
  const { words, spokenSeconds } = rendered;
  const hints = withoutDismissed(
    checkNorms({ kind: template.kind, country: t['targetCountry'], locale, text: rendered.text, values: t['cleanValues'](), words, spokenSeconds }),
    t['dismissed'],
  );
  return hints.length
    ? html`<ul class="hints" part="hints" aria-label=${msg('Hiring-convention hints', { id: 'narrative.more.hints' })}>
        ${hints.map(
          (hint) => html`<li class="hint" part="hint" data-hint=${hint.id}>
            <span>${hintText(hint)}</span>
            <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => dismiss(t, hint)}>${msg('Dismiss', { id: 'narrative.more.dismiss' })}</button>
          </li>`,
        )}
      </ul>`
    : nothing;
}

export function renderCompetencies(t: B, template: NarrativeTemplate, locale: string): unknown {
  const asked = t['occupationCompetencies'];
  const isStory = template.kind === 'star-story';
  const draft = t['draft'];
  const chosen = t['storyCompetencies'];
  const label = (id: string) => {
    const found = asked?.find((c) => c.id === id);
    return found ? pickText(found.label, locale) : competencyLabel(id);
  };
  const stories = [
    ...t['otherStories'].filter((d) => d.id !== draft?.id).map((d) => ({ id: d.id, title: d.title, competencies: d.competencies })),
    ...(isStory ? [{ id: draft?.id ?? 'current', title: template.title, competencies: chosen }] : []),
  ];
  const coverage = asked ? competencyCoverage(asked.map((c) => c.id), stories) : undefined;
  const tags = [...new Set([...(template.competencies ?? []), ...(asked ?? []).map((c) => c.id)])];
  return html`<div class="competencies" part="competencies">
    ${isStory
      ? html`<fieldset>
          <legend>${msg('Competencies this story shows', { id: 'narrative.more.storyShows' })}</legend>
          ${tags.map(
            (id) => html`<label class="check"><input type="checkbox" .checked=${live(chosen.includes(id))} ?disabled=${t['reviewing']}
                @change=${(e: Event) => toggleCompetency(t, id, (e.target as HTMLInputElement).checked)} /> ${label(id)}</label>`,
          )}
        </fieldset>`
      : nothing}
    ${coverage
      ? html`<h4>${msg('What the target occupation asks for', { id: 'narrative.more.asks' })}</h4>
          <ul class="coverage">
            ${coverage.items.map(
              (item) => html`<li>${label(item.competency)}: ${item.covered
                ? renderBadge('success', msg('covered', { id: 'narrative.more.covered' }))
                : renderBadge('warning', msg('no story yet', { id: 'narrative.more.noStory' }))}</li>`,
            )}
          </ul>`
      : nothing}
  </div>`;
}

export function renderConflict(t: B, template: NarrativeTemplate, current: NarrativeDraft, locale: string): TemplateResult {
  return html`<section class="conflict" part="conflict" aria-labelledby="conflict-title">
    <h3 id="conflict-title">${msg('Two versions', { id: 'narrative.more.conflictTitle' })}</h3>
    <div class="both">
      <div>
        <h4>${msg('Yours, on this device', { id: 'narrative.more.yours' })}</h4>
        <div class="preview-text">${renderNarrative(template, t['cleanValues'](), locale).text}</div>
        <button type="button" class="bw-button" part="button" @click=${() => keepMine(t)}>${msg('Keep mine', { id: 'narrative.more.keepMine' })}</button>
      </div>
      <div>
        <h4>${msg(str`Saved, version ${current.version}`, { id: 'narrative.more.theirs' })}</h4>
        <div class="preview-text">${renderNarrative(template, current.values, locale).text}</div>
        <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => useSaved(t)}>${msg('Use the saved one', { id: 'narrative.more.useSaved' })}</button>
      </div>
    </div>
  </section>`;
}

export function renderVersions(t: B, versions: DraftVersion[]): TemplateResult {
  const draft = t['draft'];
  return html`<section class="versions" part="versions" aria-labelledby="versions-title">
    <h3 id="versions-title">${msg('Version history', { id: 'narrative.history' })}</h3>
    <ol>
      ${versions.map(
        (v) => html`<li>
          ${msg(str`Version ${v.version}`, { id: 'narrative.more.version' })} · ${t.format.date(v.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
          ${v.version !== draft?.version && !t['reviewing']
            ? html`<button type="button" class="bw-button bw-button--secondary" part="button" ?disabled=${t['busy'] || t['dirty']} @click=${() => restore(t, v.version)}>${msg('Restore', { id: 'narrative.more.restore' })}</button>`
            : html`<span>${msg('(current)', { id: 'narrative.more.current' })}</span>`}
        </li>`,
      )}
    </ol>
  </section>`;
}
