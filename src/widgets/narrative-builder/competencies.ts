/** The competencies a STAR story shows, and which of the target occupation's are covered by a story (loaded on demand). */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { pickText, type LocalizedText } from '../../api/common.js';
import type { CoverageReport } from '../../core/narrative/competencies.js';
import { renderBadge } from '../../ui/blocks.js';

/** A STAR competency in the reader's language; undefined for another id. */
function starCompetency(id: string): string | undefined {
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
      return undefined;
  }
}

/** An id written as words ("professional-accountability" -> "Professional accountability"), when nothing names it. */
function asWords(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

/**
 * A competency's name, never its id: the occupation's own label in the reader's language,
 * else the builder's translation, else the occupation's label in another language, else the
 * id written as words.
 */
export function competencyName(id: string, label: LocalizedText | undefined, locale: string): string {
  const language = locale.split('-')[0];
  const own = label && (Object.hasOwn(label, locale) ? label[locale] : Object.hasOwn(label, language) ? label[language] : undefined);
  return own || starCompetency(id) || (label ? pickText(label, locale) : asWords(id));
}

export interface CompetencyView {
  /** The tags a story can carry; none unless the draft is a STAR story. */
  tags?: readonly string[];
  chosen: readonly string[];
  readonly: boolean;
  /** The target occupation's competencies and whether a story covers each, when known. */
  coverage?: CoverageReport;
  label: (id: string) => string;
}

export function renderCompetencies(view: CompetencyView, onToggle: (id: string, on: boolean) => void): TemplateResult {
  const { tags, chosen, coverage, label } = view;
  return html`<div class="competencies" part="competencies">
    ${tags
      ? html`<fieldset>
          <legend>${msg('Competencies this story shows', { id: 'narrative.more.storyShows' })}</legend>
          ${tags.map(
            // A reviewing mentor reads the author's tags: read-only (announced so, still focusable), not disabled.
            (id) => html`<label class="check bw-check"><input type="checkbox" .checked=${live(chosen.includes(id))} aria-readonly=${view.readonly ? 'true' : nothing}
                @click=${(e: Event) => view.readonly && e.preventDefault()}
                @change=${(e: Event) => onToggle(id, (e.target as HTMLInputElement).checked)} /> <bdi>${label(id)}</bdi></label>`,
          )}
        </fieldset>`
      : nothing}
    ${coverage
      ? html`<h4>${msg('What the target occupation asks for', { id: 'narrative.more.asks' })}</h4>
          <ul class="coverage">
            ${coverage.items.map(
              (item) => html`<li><bdi>${label(item.competency)}</bdi>: ${item.covered
                ? renderBadge('success', msg('covered', { id: 'narrative.more.covered' }))
                : renderBadge('warning', msg('no story yet', { id: 'narrative.more.noStory' }))}</li>`,
            )}
          </ul>`
      : nothing}
  </div>`;
}
