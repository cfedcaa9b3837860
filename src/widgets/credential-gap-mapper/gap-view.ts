/**
 * The gap map of one analysis: regulation, readiness summary, requirements grouped by
 * kind with a status badge (icon + text + colour) and the reason, the pathways under each
 * open requirement (selectable for the plan), and the critical path as a timeline whose
 * parallel steps sit side by side. Render functions only: the element owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { pickText, type MoneyRange } from '../../api/common.js';
import type { Pathway } from '../../api/catalogue.js';
import type { GapAnalysis, RequirementResult } from '../../api/gap.js';
import { renderBadge } from '../../ui/blocks.js';
import { plural } from '../../ui/plural.js';
import { currencySymbol, type Formatters } from '../../ui/format.js';
import { durationRangeText } from '../../ui/duration-range.js';
import { deliveryLabel, kindLabel, pathwayKindLabel, REQUIREMENT_KINDS, STATUS_TONE, statusLabel } from './result-labels.js';
import type { ReasonText } from './reason-texts.js';
import { onlyPrepares, pathwayToTake } from '../../core/gap/recommend.js';
import { perCurrency, renderCatalogueVersion, renderExtraCosts, renderProjectedDate, renderProvenance, renderRulesChanged, renderTotals } from './provenance-view.js';

export interface GapViewContext {
  analysis: GapAnalysis;
  format: Formatters;
  /** Selection keys (`requirementId|pathwayId`) for "Add to my plan"; absent in the compare column. */
  selected?: ReadonlySet<string>;
  onToggle?: (key: string, on: boolean) => void;
  /** Prefix for element ids, unique per column. */
  idPrefix: string;
  /** Runs the analysis again (a saved map whose rules changed since); absent in the compare column. */
  onRerun?: () => void;
  /** The reasons in words (reason-texts.ts, a chunk of its own loaded with the view). */
  reasonText: ReasonText;
}

export const selectionKey = (requirementId: string, pathwayId?: string | null) => `${requirementId}|${pathwayId ?? ''}`;

const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

const costs = (format: Formatters, ranges: readonly MoneyRange[]): string => perCurrency(format, ranges);

/** Whether the entry records the fact as checked: its own check where it has one, else the entry's whole. */
function factVerified(pathway: Pathway, fact: 'fee' | 'duration'): boolean {
  const status = pathway.verification?.facts?.[fact]?.status ?? pathway.verification?.status;
  return status === 'verified';
}

/** "(estimate)" after a time or cost the catalogue could not confirm, so no figure reads as checked. */
const estimateMark = (verified: boolean) => (verified ? nothing : html` <span class="pathway__estimate">${msg('(estimate)', { id: 'gap.map.pathway.estimate' })}</span>`);

function renderPathway(ctx: GapViewContext, result: RequirementResult, pathway: Pathway, recommended: boolean): TemplateResult {
  const { format } = ctx;
  const key = selectionKey(result.requirementId, pathway.id);
  const checkId = `${ctx.idPrefix}-pick-${result.requirementId}-${pathway.id}`;
  const title = pickText(pathway.title, format.locale);
  const url = safeUrl(pathway.link.url);
  const feeChecked = factVerified(pathway, 'fee');
  const timeChecked = factVerified(pathway, 'duration');
  return html`<li class="pathway bw-card bw-card--inset" part="pathway" data-pathway=${pathway.id} data-checked=${String(feeChecked && timeChecked)}>
    <div class="pathway__head">
      ${ctx.onToggle
        ? html`<input
            type="checkbox"
            id=${checkId}
            class="pathway__check"
            .checked=${ctx.selected?.has(key) ?? false}
            @change=${(event: Event) => ctx.onToggle!(key, (event.target as HTMLInputElement).checked)}
          /><label for=${checkId} class="pathway__title">${title}</label>`
        : html`<span class="pathway__title">${title}</span>`}
      ${recommended ? html`<span class="pathway__recommended">${msg('Recommended', { id: 'gap.map.recommended' })}</span>` : nothing}
    </div>
    <p class="pathway__kind">${pathwayKindLabel(pathway.kind)} · ${deliveryLabel(pathway.delivery)}</p>
    ${onlyPrepares(result.kind, pathway)
      ? html`<p class="pathway__prepares" part="prepares">${msg('Prepares for the exam; it does not replace it. You still sit and pass the exam.', { id: 'gap.map.pathway.prepares' })}</p>`
      : nothing}
    <dl class="facts">
      <div><dt>${msg('Provider', { id: 'gap.map.pathway.provider' })}</dt><dd>${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${pathway.provider}</a>` : pathway.provider}</dd></div>
      <div><dt>${msg('Time', { id: 'gap.map.pathway.time' })}</dt><dd>${format.durationRange(pathway.duration)}${estimateMark(timeChecked)}</dd></div>
      <div><dt>${msg('Cost', { id: 'gap.map.pathway.cost' })}</dt><dd>${costs(format, pathway.cost)}${estimateMark(feeChecked)}</dd></div>
    </dl>
    ${feeChecked && timeChecked
      ? nothing
      : html`<p class="bw-muted pathway__unverified">${msg(str`Not verified: check with ${pathway.provider} before you pay or plan around it.`, { id: 'gap.map.pathway.unverified' })}</p>`}
  </li>`;
}

function renderResult(ctx: GapViewContext, result: RequirementResult, pathways: Map<string, Pathway>): TemplateResult {
  const { format } = ctx;
  const open = result.status !== 'met';
  const options = result.recommendedPathways.map((id) => pathways.get(id)).filter((p): p is Pathway => p !== undefined);
  const taken = pathwayToTake(result, pathways);
  const key = selectionKey(result.requirementId);
  const checkId = `${ctx.idPrefix}-pick-${result.requirementId}`;
  return html`<li class="requirement bw-card" part="requirement" data-status=${result.status}>
    <div class="requirement__head bw-toolbar">
      <h4 class="requirement__title">${pickText(result.title, format.locale)}</h4>
      ${renderBadge(STATUS_TONE[result.status], statusLabel(result.status))}
      ${result.advisory ? html`<span class="advisory">${msg('Advice, not required', { id: 'gap.map.advisory' })}</span>` : nothing}
    </div>
    ${result.reasons.map((reason) => html`<p class="reason">${ctx.reasonText(reason, format)}</p>`)}
    ${renderProjectedDate(ctx.analysis, result, format)} ${renderProvenance(ctx.analysis, result, format)}
    ${open && options.length
      ? html`<p class="pathways__label">${msg('Ways to close this gap', { id: 'gap.map.pathways' })}</p>
          <ul class="pathways">${options.map((p) => renderPathway(ctx, result, p, p.id === taken))}</ul>`
      : nothing}
    ${open && !options.length && ctx.onToggle
      ? html`<div class="pathway__head">
          <input type="checkbox" id=${checkId} .checked=${ctx.selected?.has(key) ?? false} @change=${(event: Event) => ctx.onToggle!(key, (event.target as HTMLInputElement).checked)} />
          <label for=${checkId}>${msg('Add this step to my plan', { id: 'gap.map.addStep' })}</label>
        </div>`
      : nothing}
  </li>`;
}

export function renderRegulation(ctx: Pick<GapViewContext, 'analysis' | 'format' | 'idPrefix'>): TemplateResult {
  const { analysis, format } = ctx;
  const r = analysis.regulation;
  const body = r.body;
  const url = body ? safeUrl(body.link.url) : undefined;
  const bodyName = body ? pickText(body.name, format.locale) : '';
  return html`<div class="regulation" part="regulation">
    <p>
      ${r.regulated
        ? msg('This occupation is regulated here: you need the regulator’s licence or registration to work under its title.', { id: 'gap.map.regulated' })
        : msg('This occupation is not regulated here: no licence is needed. The points below are what employers usually expect.', { id: 'gap.map.unregulated' })}
    </p>
    ${r.protectedTitles?.length ? html`<p>${msg('Protected titles:', { id: 'gap.map.protectedTitles' })} ${format.list(r.protectedTitles)}</p>` : nothing}
    ${body
      ? html`<p>
          ${r.regulated ? msg('Regulator:', { id: 'gap.map.regulator' }) : msg('Credential assessment:', { id: 'gap.map.assessingBody' })}
          ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${bodyName}</a>` : bodyName}
        </p>`
      : nothing}
  </div>`;
}

export function renderReadiness(ctx: GapViewContext): TemplateResult {
  const { analysis, format } = ctx;
  const rd = analysis.readiness;
  const c = rd.counts;
  return html`<section class="readiness bw-section" part="readiness" aria-labelledby="${ctx.idPrefix}-readiness ${ctx.idPrefix}-title">
    <h3 id="${ctx.idPrefix}-readiness">${msg('Readiness', { id: 'gap.map.readiness' })}</h3>
    <p class="readiness__headline">
      ${rd.ready
        ? msg('You meet every requirement listed.', { id: 'gap.map.ready' })
        : msg(str`${format.number(rd.percentMet)}% of the requirements are met.`, { id: 'gap.map.percentMet' })}
    </p>
    <ul class="counts">
      <li>${renderBadge('success', msg(str`Met: ${c.met}`, { id: 'gap.map.count.met' }))}</li>
      <li>${renderBadge('warning', msg(str`Partly met: ${c['partly-met']}`, { id: 'gap.map.count.partlyMet' }))}</li>
      <li>${renderBadge('danger', msg(str`Gaps: ${c.gap}`, { id: 'gap.map.count.gap' }))}</li>
      <li>${renderBadge('neutral', msg(str`Needs evidence: ${c['needs-evidence']}`, { id: 'gap.map.count.needsEvidence' }))}</li>
    </ul>
    ${rd.ready
      ? nothing
      : html`<p>
          ${msg(str`Estimated time to be ready: ${format.durationRange(rd.estimate.duration)}. Estimated cost: ${costs(format, rd.estimate.cost)}.`, {
            id: 'gap.map.estimate',
          })}
        </p>`}
  </section>`;
}

export function renderTimeline(ctx: GapViewContext): TemplateResult | typeof nothing {
  const { analysis, format } = ctx;
  const path = analysis.criticalPath;
  if (!path.steps.length) return nothing;
  const pathways = new Map(analysis.pathways.map((p) => [p.id, p]));
  const titles = new Map(analysis.results.map((r) => [r.requirementId, pickText(r.title, format.locale)]));
  const results = new Map(analysis.results.map((r) => [r.requirementId, r]));
  const stepById = new Map(path.steps.map((s) => [s.requirementId, s]));
  return html`<section class="timeline bw-section" part="timeline" aria-labelledby="${ctx.idPrefix}-timeline ${ctx.idPrefix}-title">
    <h3 id="${ctx.idPrefix}-timeline">${msg('Your critical path', { id: 'gap.map.timeline' })}</h3>
    <p class="bw-muted">${msg('Steps in the same stage can run at the same time.', { id: 'gap.map.timeline.hint' })}</p>
    <ol class="stages">
      ${path.stages.map(
        (ids, index) => html`<li class="stage" part="stage">
          <h4 class="stage__title">${msg(str`Stage ${index + 1}`, { id: 'gap.map.stage' })}</h4>
          <ul class="stage__steps">
            ${ids.map((id) => {
              const step = stepById.get(id);
              if (!step) return nothing;
              const pathway = step.pathwayId ? pathways.get(step.pathwayId) : undefined;
              return html`<li class="step bw-card" part="step" data-critical=${step.critical ? 'true' : 'false'}>
                <strong>${pathway ? pickText(pathway.title, format.locale) : msg(str`Gather evidence: ${titles.get(id) ?? id}`, { id: 'gap.map.step.evidence' })}</strong>
                <span>${format.list(step.closes.map((c) => titles.get(c) ?? c))}</span>
                <span>${msg(str`Takes ${format.durationRange(step.duration)}`, { id: 'gap.map.step.duration' })}</span>
                <span
                  >${msg(str`Done after ${format.durationRange(step.earliestFinish)} from the start`, { id: 'gap.map.step.finish' })}</span
                >
                ${step.cost.length ? html`<span>${costs(format, step.cost)}</span>` : nothing}
                ${pathway ? nothing : step.closes.flatMap((c) => results.get(c)?.reasons ?? []).map((reason) => html`<span class="step__route">${ctx.reasonText(reason, format)}</span>`)}
                ${renderExtraCosts(step, format)}
                ${step.critical ? html`<span class="step__critical">${msg('On the critical path: a delay here delays readiness', { id: 'gap.map.step.critical' })}</span>` : nothing}
              </li>`;
            })}
          </ul>
        </li>`,
      )}
    </ol>
    ${renderTotals(analysis, format)}
  </section>`;
}

/** Requirements grouped by kind, in the order a person works through them. */
export function renderGroups(ctx: GapViewContext): TemplateResult {
  const { analysis } = ctx;
  const pathways = new Map(analysis.pathways.map((p) => [p.id, p]));
  const groups = REQUIREMENT_KINDS.map((kind) => [kind, analysis.results.filter((r) => r.kind === kind)] as const).filter(([, list]) => list.length);
  return html`<div class="groups" part="groups">
    ${groups.map(
      ([kind, list]) => html`<section class="group bw-section" part="group">
        <h3>${kindLabel(kind)}</h3>
        <ul class="requirements">${list.map((r) => renderResult(ctx, r, pathways))}</ul>
      </section>`,
    )}
  </div>`;
}

export function analysisTitle(analysis: GapAnalysis, locale: string): string {
  const occupation = pickText(analysis.target.occupation.name, locale);
  const place = pickText(analysis.target.jurisdiction.name, locale);
  return msg(str`${occupation} in ${place}`, { id: 'gap.map.target' });
}

/**
 * The formatters for one analysis, with its duration and cost ranges and its days formatted once
 * each: the same ranges appear under the pathways, the steps and the totals, most requirements were
 * checked on one of a few days, and `Intl.NumberFormat#formatRange` is slow (duration ranges come
 * from `durationRangeText`, which asks it once per pattern). These texts are made again for each
 * analysis, never kept from one to the next: a person's first map pays all of it, and so does
 * every run of the first-render bench.
 */
const rangeMemo = new WeakMap<GapAnalysis, WeakMap<Formatters, Formatters>>();

function memoisedRanges(analysis: GapAnalysis, format: Formatters): Formatters {
  let byFormat = rangeMemo.get(analysis);
  if (!byFormat) rangeMemo.set(analysis, (byFormat = new WeakMap()));
  let memo = byFormat.get(format);
  if (!memo) {
    const durations = new Map<string, string>();
    const money = new Map<string, string>();
    const days = new Map<string, string>();
    memo = {
      ...format,
      // Calendar days in the default style (when it was checked, projected dates); anything else as it comes.
      date: (value, options) => {
        if (options || typeof value !== 'string') return format.date(value, options);
        let text = days.get(value);
        if (text === undefined) days.set(value, (text = format.date(value)));
        return text;
      },
      durationRange: (range) => {
        const key = `${range.minDays}|${range.maxDays}`;
        let text = durations.get(key);
        if (text === undefined) durations.set(key, (text = durationRangeText(format.locale, range)));
        return text;
      },
      moneyRange: (range) => {
        const key = `${range.currency}|${range.minMinor}|${range.maxMinor}`;
        let text = money.get(key);
        if (text === undefined) money.set(key, (text = labelledCurrency(format.moneyRange(range), range.currency, format.locale)));
        return text;
      },
    };
    byFormat.set(format, memo);
  }
  return memo;
}

/**
 * Every amount names its currency: where the locale writes a bare "$" (US dollars in
 * English), the symbol becomes the one that says which dollar ("US$", "CA$", "A$").
 */
function labelledCurrency(text: string, currency: string, locale: string): string {
  if (currencySymbol(locale, currency) !== '$') return text;
  const labelled = currencySymbol('en-GB', currency);
  return labelled && labelled !== '$' ? text.replace(/(^|[^A-Za-z])\$(?![A-Za-z])/g, `$1${labelled}`) : text;
}

/** One line at the top: "You are about 9–14 months from registration; 3 of 8 requirements met." */
export function renderSummaryLine(ctx: GapViewContext): TemplateResult {
  const { analysis, format } = ctx;
  const rd = analysis.readiness;
  const total = analysis.results.filter((r) => !r.advisory).length;
  const met = analysis.results.filter((r) => !r.advisory && r.status === 'met').length;
  const duration = format.durationRange(rd.estimate.duration);
  const text = rd.ready
    ? msg('You meet every requirement listed.', { id: 'gap.map.ready' })
    : analysis.regulation.regulated
      ? plural(msg(str`You are about ${duration} from registration; ${met} of {count, plural, one {# requirement} other {# requirements}} met.`, { id: 'gap.map.summaryLine' }), total, format.locale)
      : plural(msg(str`You are about ${duration} from what employers expect; ${met} of {count, plural, one {# point} other {# points}} met.`, { id: 'gap.map.summaryLine.unregulated' }), total, format.locale);
  return html`<p class="summary-line" part="summary">${text}</p>`;
}

/** One whole analysis. */
export function renderAnalysis(whole: GapViewContext): TemplateResult {
  const ctx = { ...whole, format: memoisedRanges(whole.analysis, whole.format) };
  const { analysis, format } = ctx;
  return html`<article class="analysis bw-section" part="analysis" aria-labelledby="${ctx.idPrefix}-title">
    <h2 id="${ctx.idPrefix}-title" class="analysis__title">${analysisTitle(analysis, format.locale)}</h2>
    ${renderSummaryLine(ctx)}
    <p class="bw-muted">
      ${msg(str`Assessed on ${format.date(analysis.asOf)}.`, { id: 'gap.map.asOf' })}
      ${analysis.illustrative ? msg('Illustrative catalogue data: check every requirement with the regulator.', { id: 'gap.map.illustrative' }) : nothing}
      ${renderCatalogueVersion(analysis)}
    </p>
    ${renderRulesChanged(analysis, ctx.onRerun)} ${renderRegulation(ctx)} ${renderReadiness(ctx)} ${renderGroups(ctx)} ${renderTimeline(ctx)}
  </article>`;
}
