/**
 * A horizontal bar chart people can read: one row per group with its name, an SVG bar scaled to
 * the largest value (drawn from the reading direction's start, themable through the primary
 * colour), and the value as text; withheld groups say so instead of drawing a bar. The chart
 * has a text summary, and the same numbers are in the table view.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';

export interface Bar {
  label: string;
  /** Null for a withheld group. */
  value: number | null;
  /** The value as people read it. */
  text: string;
}

export function renderBarChart(title: string, summary: string, bars: readonly Bar[], withheldText: string): TemplateResult {
  const max = Math.max(0, ...bars.map((bar) => bar.value ?? 0)) || 1;
  return html`<figure class="chart" part="chart">
    <figcaption><span class="chart-title">${title}</span> <span class="bw-muted">${summary}</span></figcaption>
    <div class="bars" role="list">
      ${bars.map(
        (bar) => html`<div class="bar" role="listitem">
          <span class="bar-label"><bdi>${bar.label}</bdi></span>
          ${bar.value === null
            ? html`<span class="bar-withheld bw-muted">${withheldText}</span>`
            : html`<svg class="bar-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                ${svg`<rect class="bar-track" x="0" y="0" width="100" height="10"></rect><rect class="bar-fill" x="0" y="0" width=${(100 * bar.value) / max} height="10"></rect>`}
              </svg>`}
          ${bar.value === null ? nothing : html`<span class="bar-value">${bar.text}</span>`}
        </div>`,
      )}
    </div>
  </figure>`;
}
