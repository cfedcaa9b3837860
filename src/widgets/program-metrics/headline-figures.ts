/** The headline figures and how their values read: the cards above the charts, and rows of the table. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Figure, ProgramMetrics } from '../../api/outcomes.js';
import type { Formatters } from '../../ui/format.js';
import { plural } from '../../ui/plural.js';
import { withheldLabel, withheldMark } from './labels.js';

/** The formatters the figures use (number and duration), so the element's download carries only those of src/ui/format.ts. */
export type MetricsFormat = Pick<Formatters, 'number' | 'duration'>;

export interface MetricsText {
  /** A number of days as a reader says it ("about 10 months"). */
  /** Null: fewer than half got there yet. */
  days(days: number | null): string;
  percent(share: number): string;
  satisfaction(mean: number): string;
  count(people: number | null): string;
}

export function metricsText(format: MetricsFormat): MetricsText {
  return {
    days: (days) => (days === null ? msg('Not reached yet (fewer than half so far)', { id: 'metrics.notReached' }) : format.duration(days)),
    percent: (share) => format.number(share, { style: 'percent', maximumFractionDigits: 0 }),
    satisfaction: (mean) => msg(str`${format.number(mean, { maximumFractionDigits: 1 })} of 5`, { id: 'metrics.outOfFive' }),
    count: (people) => (people === null ? '' : format.number(people)),
  };
}

export interface Headline {
  label: string;
  figure: Figure;
  value: (figure: Figure) => string;
}

/** The headline figures: the cards above the charts, and rows of the table. */
export function headlines(metrics: ProgramMetrics, text: MetricsText): Record<'mentees' | 'attainment' | 'firstRole' | 'satisfaction', Headline> {
  return {
    mentees: { label: msg('Mentees in the figures', { id: 'metrics.mentees' }), figure: metrics.mentees, value: (figure) => text.count(figure.people) },
    attainment: { label: msg('Credential gained', { id: 'metrics.attainment' }), figure: metrics.credentialAttainment, value: (figure) => text.percent(figure.value ?? 0) },
    firstRole: { label: msg('Time to a first role in the field (median)', { id: 'metrics.firstRole' }), figure: metrics.timeToFirstRole, value: (figure) => text.days(figure.value) },
    satisfaction: { label: msg('Mentee satisfaction', { id: 'metrics.menteeSatisfaction' }), figure: metrics.menteeSatisfaction, value: (figure) => text.satisfaction(figure.value ?? 0) },
  };
}

/** The headline figures, each with how many people it describes. */
export function renderHeadline(metrics: ProgramMetrics, text: MetricsText): TemplateResult {
  const card = ({ label, figure, value }: Headline) => html`<div class="figure bw-card" part="figure">
    <dt>${label}</dt>
    <dd>
      ${figure.withheld
        ? html`<span class="figure-value bw-muted" title=${withheldLabel(metrics.minCellSize)}>${withheldMark()}</span>`
        : html`<span class="figure-value">${value(figure)}</span>
            <span class="bw-muted">${plural(msg('{count, plural, one {# person} other {# people}}', { id: 'metrics.people' }), figure.people ?? 0)}</span>`}
    </dd>
  </div>`;
  const firstRole = metrics.timeToFirstRole;
  return html`<dl class="headline" part="summary">
    ${Object.values(headlines(metrics, text)).map(card)}
  </dl>
  ${firstRole.withheld
    ? nothing
    : html`<p class="bw-muted">${msg(
        str`Found a first role in their field: ${text.count(firstRole.reached)}. Still looking, or left without one (counted as still waiting): ${text.count(firstRole.stillWaiting)}.`,
        { id: 'metrics.firstRoleNote' },
      )}</p>`}`;
}
