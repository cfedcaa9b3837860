/**
 * Where each answer of the gap map comes from, and what it will cost beside the fees:
 * the source and the day it was checked beside each requirement ("Not verified — check
 * with …" where the catalogue could not confirm it), the catalogue release once, the
 * notice that the rules changed since a saved map was made, the projected day a validity
 * rule is measured at, and the usual extra costs (certified translation, travel to an exam
 * abroad) as lines of their own with totals per currency. Backend text is always text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { pickText, type MoneyRange } from '../../api/common.js';
import type { CriticalPathStep, GapAnalysis, RequirementResult } from '../../api/gap.js';
import type { Formatters } from '../../ui/format.js';
import { safeUrl } from '../../ui/links.js';

/** The link to a source page: a new tab that cannot reach back into the host page. */
function sourceLink(url: string, text: string): TemplateResult | string {
  const href = safeUrl(url);
  return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>` : text;
}

/** A source's name: its title, else the host name of its address. */
function sourceName(source: { url: string; title?: string }): string {
  if (source.title) return source.title;
  try {
    return new URL(source.url).hostname.replace(/^www\./, '');
  } catch {
    return source.url;
  }
}

type FactLine = NonNullable<NonNullable<RequirementResult['provenance']>['facts']>[number];

/** One fact checked on its own: "Fee checked on 5 Dec 2026." (linked to its page), or "Time is an estimate." */
function factText(line: FactLine, format: Formatters): string {
  const on = line.checkedOn ? format.date(line.checkedOn) : '';
  if (!line.verified || !on) {
    if (line.fact === 'fee') return msg('Fee is an estimate.', { id: 'gap.map.fact.fee.estimate' });
    if (line.fact === 'duration') return msg('Time is an estimate.', { id: 'gap.map.fact.duration.estimate' });
    if (line.fact === 'countries') return msg('Which countries count is not confirmed.', { id: 'gap.map.fact.countries.estimate' });
    return msg('Minimums not confirmed.', { id: 'gap.map.fact.threshold.estimate' });
  }
  if (line.fact === 'fee') return msg(str`Fee checked on ${on}.`, { id: 'gap.map.fact.fee.checked' });
  if (line.fact === 'duration') return msg(str`Time checked on ${on}.`, { id: 'gap.map.fact.duration.checked' });
  if (line.fact === 'countries') return msg(str`Countries that count checked on ${on}.`, { id: 'gap.map.fact.countries.checked' });
  return msg(str`Minimums checked on ${on}.`, { id: 'gap.map.fact.threshold.checked' });
}

/** The facts checked one by one, each with its own status, and its page where it has one. */
function renderFacts(p: NonNullable<RequirementResult['provenance']>, format: Formatters): TemplateResult | typeof nothing {
  if (!p.facts?.length) return nothing;
  // The sentence before ends without a full stop when no fact follows; with facts it gets one.
  return html`. <span class="provenance__facts"
    >${p.facts.map(
      (line) =>
        html`<span data-fact=${line.fact} data-verified=${String(line.verified)}
          >${line.source && line.verified ? sourceLink(line.source.url, factText(line, format)) : factText(line, format)}</span
        > `,
    )}</span
  >`;
}

/** "Source: College of Nurses of Ontario, checked on 5 Dec 2026", or "Not verified — check with …". */
export function renderProvenance(analysis: GapAnalysis, result: RequirementResult, format: Formatters): TemplateResult | typeof nothing {
  const p = result.provenance;
  if (!p) return nothing;
  const checked = format.date(p.lastVerified);
  // An entry from the organisation's own layer (its course, a fee it knows better) says whose it is.
  const addedBy = p.addedBy
    ? html` <span class="provenance__added" part="added-by">${msg(str`Added by ${p.addedBy.name}.`, { id: 'gap.map.source.addedBy' })}</span>`
    : nothing;
  if (p.verified) {
    return html`<p class="provenance" part="provenance" data-verified="true">
      ${msg('Source:', { id: 'gap.map.source' })} ${sourceLink(p.source.url, sourceName(p.source))}<span class="provenance__checked"
        >, ${msg(str`checked on ${checked}`, { id: 'gap.map.source.checked' })}</span
      >${renderFacts(p, format)}${addedBy}
    </p>`;
  }
  const body = analysis.regulation.body;
  const whom = body ? sourceLink(body.link.url, pickText(body.name, format.locale)) : sourceLink(p.source.url, sourceName(p.source));
  return html`<p class="provenance" part="provenance" data-verified="false">
    ${msg('Not verified — check with', { id: 'gap.map.source.unverified' })} ${whom}.
    <span class="provenance__checked">${msg(str`Last looked at on ${checked}:`, { id: 'gap.map.source.lookedAt' })} ${sourceLink(p.source.url, sourceName(p.source))}</span>${renderFacts(p, format)}${addedBy}
  </p>`;
}

/** The catalogue release, once per map. */
export function renderCatalogueVersion(analysis: GapAnalysis): TemplateResult | typeof nothing {
  const version = analysis.catalogueVersion ?? analysis.results.find((r) => r.provenance?.catalogueVersion)?.provenance?.catalogueVersion;
  if (!version) return nothing;
  return html`<span class="catalogue-version">${msg(str`Catalogue version ${version}.`, { id: 'gap.map.catalogueVersion' })}</span>`;
}

/** A saved map whose rules changed since: say so, with one action to run it again. */
export function renderRulesChanged(analysis: GapAnalysis, onRerun: (() => void) | undefined): TemplateResult | typeof nothing {
  if (!analysis.rulesChanged?.changed) return nothing;
  return html`<div class="notice bw-status" data-tone="warning" part="rules-changed" role="status">
    <p>${msg('The rules changed since this map was made.', { id: 'gap.map.rulesChanged' })}</p>
    ${onRerun ? html`<button type="button" class="bw-button" part="button rerun" @click=${onRerun}>${msg('Run it again', { id: 'gap.map.rerun' })}</button>` : nothing}
  </div>`;
}

/** The projected days a validity rule of this requirement is measured at. */
export function renderProjectedDate(analysis: GapAnalysis, result: RequirementResult, format: Formatters): TemplateResult | typeof nothing {
  const projected = analysis.projectedDates?.find((d) => d.requirementId === result.requirementId);
  if (!projected) return nothing;
  const earliest = format.date(projected.earliest);
  const latest = format.date(projected.latest);
  return html`<p class="bw-muted projected">
    ${projected.earliest === projected.latest
      ? msg(str`Measured at the step it depends on, planned for ${earliest}.`, { id: 'gap.map.projected.one' })
      : msg(str`Measured at the step it depends on, planned between ${earliest} and ${latest}.`, { id: 'gap.map.projected' })}
  </p>`;
}

type ExtraCostLine = NonNullable<CriticalPathStep['extraCosts']>[number];

/** One usual extra cost of a step, on its own line. */
function renderExtraCost(cost: ExtraCostLine, format: Formatters): TemplateResult {
  const label = pickText(cost.label, format.locale);
  const amount = cost.cost ? format.moneyRange(cost.cost) : msg('amount not known', { id: 'gap.map.extraCost.unknown' });
  return html`<li class="extra-cost" part="extra-cost" data-kind=${cost.kind}>
    ${label}: ${amount}${cost.applies === 'maybe' ? html` <span class="bw-muted">${msg('(may apply to you)', { id: 'gap.map.extraCost.maybe' })}</span>` : nothing}
  </li>`;
}

export function renderExtraCosts(step: CriticalPathStep, format: Formatters): TemplateResult | typeof nothing {
  if (!step.extraCosts?.length) return nothing;
  return html`<ul class="extra-costs" aria-label=${msg('Usual extra costs', { id: 'gap.map.extraCosts' })}>
    ${step.extraCosts.map((cost) => renderExtraCost(cost, format))}
  </ul>`;
}

/** Amounts per currency, each labelled, as a list: never one mixed sum. */
export function perCurrency(format: Formatters, ranges: readonly MoneyRange[]): string {
  return ranges.length ? format.list(ranges.map((r) => format.moneyRange(r)), 'conjunction') : msg('No fee listed', { id: 'gap.map.noFee' });
}

type DecisionTotals = NonNullable<GapAnalysis['criticalPath']['byDecision']>[number];

/** The plan's totals for each outcome of a decision not yet recorded (the Self-check's streams), named as the regulation names them. */
function renderByDecision(analysis: GapAnalysis, totals: readonly DecisionTotals[], format: Formatters): TemplateResult[] {
  return [...new Set(totals.map((t) => t.body))].map((body) => {
    const known = analysis.regulation.assessmentOutcomes?.find((o) => o.body === body);
    const decision = known ? pickText(known.decision, format.locale) : body;
    const label = (outcome: string) => {
      const named = known?.outcomes.find((o) => o.id === outcome)?.label;
      return named ? pickText(named, format.locale) : outcome;
    };
    return html`<p>${msg(str`Your ${decision} decides which steps are yours. The totals for each outcome:`, { id: 'gap.map.totals.byDecision' })}</p>
      <ul class="by-decision">
        ${totals
          .filter((t) => t.body === body)
          .map((t) => html`<li data-outcome=${t.outcome}>${msg(str`${label(t.outcome)}: ${format.durationRange(t.totalDuration)}, ${perCurrency(format, t.totalCost)}.`, { id: 'gap.map.totals.outcome' })}</li>`)}
      </ul>`;
  });
}

/** The totals of the critical path: fees per currency (per outcome of a decision still to come), then the usual extra costs per currency. */
export function renderTotals(analysis: GapAnalysis, format: Formatters): TemplateResult {
  const path = analysis.criticalPath;
  return html`<div class="totals" part="totals">
    <p>${msg(str`In total: ${format.durationRange(path.totalDuration)}, ${perCurrency(format, path.totalCost)}.`, { id: 'gap.map.totals' })}</p>
    ${path.byDecision?.length ? renderByDecision(analysis, path.byDecision, format) : nothing}
    ${path.totalExtraCost?.length
      ? html`<p>${msg(str`Usual extra costs on top: ${perCurrency(format, path.totalExtraCost)}.`, { id: 'gap.map.totals.extra' })}</p>`
      : nothing}
    ${path.totalCost.length > 1 ? html`<p class="bw-muted">${msg('Amounts in different currencies are shown apart, never added together.', { id: 'gap.map.totals.currencies' })}</p>` : nothing}
  </div>`;
}
