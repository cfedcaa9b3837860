/**
 * The gap map's result view, loaded through LazyPart (analysis-session.ts) when the first
 * analysis is asked for: the map itself (gap-view.ts), the compare column, print, and the
 * selection for "Add to my plan". The element's controllers keep the state; this module
 * renders it and carries the code that only the result needs. Saving the selection to the
 * plan (plan-save.ts) and the JSON export (export.ts) load when a person asks for them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { pickText } from '../../api/common.js';
import type { Jurisdiction } from '../../api/catalogue.js';
import type { GapAnalysis, RequirementResult } from '../../api/gap.js';
import type { GapPlanRequest, MilestoneFromGap } from '../../api/plan.js';
import { milestoneKindFor } from '../../core/plan/kinds.js';
import type { Formatters } from '../../ui/format.js';
import type { LoaderRenderers } from '../../ui/loader.js';
import { renderError, renderLoading } from '../../ui/states.js';
import { activeLocale, onTemplatesLoaded } from '../../ui/localization.js';
import { analysisTitle, renderAnalysis, renderRegulation, selectionKey } from './gap-view.js';
import { addDays } from '../../core/plan/dates.js';
import { plural } from '../../ui/plural.js';
import type { ReasonText } from './reason-texts.js';
import { pathwayToTake } from '../../core/gap/recommend.js';

export { printOnly } from '../../ui/print-only.js';


/** Counts translations that arrived after a locale switch: the map's words may have changed. */
let templatesLoaded = 0;
onTemplatesLoaded(() => templatesLoaded++);

export type PlanState = { status: 'idle' | 'saving' | 'done' | 'error'; message?: string };

/** What the result view reads from the element and calls back on it. */
export interface ResultHost {
  analysis: GapAnalysis;
  format: Formatters;
  selected: ReadonlySet<string>;
  onToggle: (key: string, on: boolean) => void;
  plan: PlanState;
  onAddToPlan: () => void;
  compareWith: string;
  compareLoader: { render(renderers: LoaderRenderers<GapAnalysis>): unknown };
  /** Runs the analysis again under today's rules. */
  onRerun: () => void;
  /** The reasons in words: the view's own (`ResultView['reasonText']`), from the chunk loaded beside it. */
  reasonText: ReasonText;
}

/** The recommended pathway of every open, required result: what "Add to my plan" starts with. */
export function initialSelection(analysis: GapAnalysis): Set<string> {
  const pathways = new Map(analysis.pathways.map((p) => [p.id, p]));
  return new Set(analysis.results.filter((r) => r.status !== 'met' && !r.advisory).map((r) => selectionKey(r.requirementId, pathwayToTake(r, pathways))));
}

/** The selected steps, each with its result and pathway id ('' for the requirement's own step), in the order of the analysis's results. */
function selectedSteps(analysis: GapAnalysis, selected: ReadonlySet<string>): { result: RequirementResult; pathwayId: string }[] {
  const keys = [...selected].map((key) => key.split('|'));
  return analysis.results.flatMap((result) => keys.filter(([requirementId]) => requirementId === result.requirementId).map(([, pathwayId]) => ({ result, pathwayId })));
}

/** How many steps "Add to my plan" would add: `planRequest(...)?.items.length`, without writing each item (the button says it at every render). */
function selectedStepCount(analysis: GapAnalysis, selected: ReadonlySet<string>): number {
  return selected.size === 0 ? 0 : selectedSteps(analysis, selected).length;
}

/** The `GapPlanRequest` for a selection, or undefined when nothing is selected. */
export function planRequest(analysis: GapAnalysis, selected: ReadonlySet<string>, locale: string): GapPlanRequest | undefined {
  if (selected.size === 0) return undefined;
  const pathways = new Map(analysis.pathways.map((p) => [p.id, p]));
  const finish = new Map<string, number>();
  for (const step of analysis.criticalPath.steps) for (const id of step.closes) finish.set(id, step.earliestFinish.maxDays);
  const items: MilestoneFromGap[] = [];
  for (const { result, pathwayId } of selectedSteps(analysis, selected)) {
    const { requirementId } = result;
    const pathway = pathwayId ? pathways.get(pathwayId) : undefined;
    const item: MilestoneFromGap = {
      title: pickText(pathway ? pathway.title : result.title, locale).slice(0, 200),
      kind: milestoneKindFor(result.kind),
      source: pathway ? { requirementId, pathwayId: pathway.id } : { requirementId },
    };
    const days = finish.get(requirementId);
    if (days !== undefined) item.dueDate = addDays(analysis.asOf, days);
    items.push(item);
  }
  if (!items.length) return undefined;
  const request: GapPlanRequest = { occupationId: analysis.target.occupation.id, jurisdictionId: analysis.target.jurisdiction.id, items };
  if (analysis.id) request.analysisId = analysis.id;
  return request;
}

/** Compare, print and export: the toolbar controls that need an analysis. */
export function renderToolbarControls(options: {
  analysis: GapAnalysis;
  locale: string;
  compareWith: string;
  others: Jurisdiction[];
  onFocusCompare: () => void;
  onCompare: (id: string) => void;
  onExport: () => void;
  onPrint: () => void;
}): TemplateResult {
  const { locale, compareWith } = options;
  return html`<div class="bw-field">
      <label class="bw-field__label" for="compare">${msg('Compare with', { id: 'gap.map.compare' })}</label>
      <select id="compare" class="bw-field__input" part="input" @focus=${options.onFocusCompare} @change=${(event: Event) => options.onCompare((event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!compareWith}>${msg('No comparison', { id: 'gap.map.compare.none' })}</option>
        ${options.others.map((j) => html`<option value=${j.id} ?selected=${compareWith === j.id}>${pickText(j.name, locale)}</option>`)}
      </select>
    </div>
    <button type="button" class="bw-button bw-button--secondary" part="button" @click=${options.onPrint}>${msg('Print', { id: 'gap.map.print' })}</button>
    <button type="button" class="bw-button bw-button--secondary" part="button" @click=${options.onExport}>${msg('Export as JSON', { id: 'gap.map.export' })}</button>`;
}

function renderCompareColumn(host: ResultHost): unknown {
  if (!host.compareWith) return nothing;
  return host.compareLoader.render({
    ready: (analysis) => renderAnalysis({ analysis, format: host.format, idPrefix: 'cmp', reasonText: host.reasonText }),
    loading: () => renderLoading(msg('Analysing the second place…', { id: 'gap.map.compare.loading' })),
    error: (kind, retry) => renderError(kind, retry),
  });
}

function renderPlan(host: ResultHost): TemplateResult {
  const count = selectedStepCount(host.analysis, host.selected);
  const tone = host.plan.status === 'error' ? 'bw-field__error' : '';
  return html`<section class="actions no-print bw-toolbar" part="plan" aria-labelledby="plan-title">
    <h3 id="plan-title" class="bw-visually-hidden">${msg('Add to my plan', { id: 'gap.map.addToPlan' })}</h3>
    <button type="button" class="bw-button" part="button add-to-plan" ?disabled=${host.plan.status === 'saving'} @click=${host.onAddToPlan}>
      ${plural(msg('{count, plural, one {Add # selected step to my plan} other {Add # selected steps to my plan}}', { id: 'gap.map.addToPlan.steps' }), count, host.format.locale)}
    </button>
    <p class="bw-muted">
      ${msg(str`The steps go into your plan for ${analysisTitle(host.analysis, host.format.locale)}, after the milestones it already has. If you have no plan for it yet, a new one is started.`, { id: 'gap.map.plan.where' })}
    </p>
    <p class=${tone} role="status" aria-live="polite">${host.plan.message ?? ''}</p>
  </section>`;
}

/** The map with its compare column and the plan area. The map renders again only when what it shows changes (not when the toolbar or plan area does). */
export function renderReady(host: ResultHost): TemplateResult {
  return html`<div class="columns">
      ${guard([host.analysis, host.format, host.selected, host.onToggle, activeLocale(), templatesLoaded], () =>
        renderAnalysis({ analysis: host.analysis, format: host.format, idPrefix: 'main', selected: host.selected, onToggle: host.onToggle, onRerun: host.onRerun, reasonText: host.reasonText }),
      )}
      ${renderCompareColumn(host)}
    </div>
    ${renderPlan(host)}`;
}

/** An analysis with no requirements listed: the regulation and what to do. */
export function renderEmptyAnalysis(analysis: GapAnalysis, format: Formatters): TemplateResult {
  return html`<article class="analysis bw-section" part="analysis" aria-labelledby="main-title">
    <h2 id="main-title">${analysisTitle(analysis, format.locale)}</h2>
    ${renderRegulation({ analysis, format, idPrefix: 'main' })}
    <p role="status" part="state state-empty">${msg('The catalogue lists no requirements for this occupation here. Check with the body named above.', { id: 'gap.map.empty' })}</p>
  </article>`;
}
