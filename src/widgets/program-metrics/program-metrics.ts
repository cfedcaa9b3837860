import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { getMetricsFilterOptions, getProgramMetrics } from '../../generated/operations.js';
import type { MetricsFilterOptions, ProgramMetrics } from '../../api/outcomes.js';
import { BridgewayElement } from '../../ui/base-element.js';
import { joinStyles, buttonStyles, fieldStyles, headingStyles, sectionStyles } from '../../ui/blocks.js';
import { formatDuration, formatNumber, perLocale } from '../../ui/format.js';
import { catalogueNames, heldCatalogueNames, type CatalogueNames } from '../../ui/catalogue-names.js';
import { LazyPart } from '../../ui/lazy.js';
import { LoadingFromNextFrame } from '../../ui/loading-from-next-frame.js';
import { renderLoadFailure, renderLoading } from '../../ui/states.js';
import { loaders as metricsLocales } from '../../generated/locales/metrics/index.js';
import type { MetricsFormat } from './headline-figures.js';
import { renderFilters, type FilterValues } from './filters-view.js';
import { programMetricsStyles } from './program-metrics.styles.js';

export type { MetricsExportedDetail } from './events.js';

/** The two formatters the figures use, bound once per locale. */
const metricsFormatFor = /* @__PURE__ */ perLocale((locale): MetricsFormat => ({
  number: (value, options) => formatNumber(locale, value, options),
  duration: (days) => formatDuration(locale, days),
}));

/**
 * The figures a mentoring program is judged by, for its coordinators: credential attainment,
 * the median time from entry to a first role in the field (a Kaplan–Meier estimate, so people
 * still waiting count as waiting), pay change from intake to 12 months per currency, mentee and
 * mentor satisfaction, and fair access: time to a first match by occupation, origin region and
 * (where shared with consent) gender, and mentors' load. Filters by cohort, occupation and
 * jurisdiction. Only consenting mentees count, and every figure that describes too few people,
 * or could be worked out from the others, is withheld by the server and says so. Charts have a
 * text summary and the same numbers are in a table, which exports as CSV.
 *
 * Needs a coordinator's user token (`userToken`); anyone else sees why they cannot.
 *
 * @summary Program outcomes and fairness of access for coordinators, with small numbers withheld.
 * @tagname bw-program-metrics
 * @fires bw-metrics-exported - when the table was exported; `detail` has the `csv` and its `filename`.
 * @fires bw-error - when loading failed (from the base element).
 * @csspart filters - the cohort, occupation and jurisdiction filters.
 * @csspart summary - the headline figures.
 * @csspart figure - one headline figure.
 * @csspart chart - one bar chart with its summary.
 * @csspart table - the table view.
 * @csspart actions - the view switch and the export button.
 * @csspart button - every button.
 * @cssprop --bw-metrics-bar-color - the colour of the bars (default: the primary colour).
 */
export class BridgewayProgramMetrics extends BridgewayElement {
  // The blocks of its first render: title and filters (the figures' part brings the cards, toolbar and small text with its own styles).
  static override styles = [...(BridgewayElement.styles as []), joinStyles(buttonStyles, fieldStyles, headingStyles, sectionStyles), programMetricsStyles];

  // Properties are declared with `static properties`, as the base element's are (the mentor finder's too):
  // no decorators' code in the download. TypeScript asks a subclass's `properties` to hold the base's too.
  static override properties = {
    ...BridgewayElement.properties,
    cohort: {},
    occupation: {},
    jurisdiction: {},
    view: { state: true },
  };

  /**
   * Intl formatters bound to `resolvedLocale`: only the two its figures use, `this.formatters.number(...)` and
   * `this.formatters.duration(...)`, so its download carries none of the others of src/ui/format.ts.
   */
  get formatters(): MetricsFormat {
    return metricsFormatFor(this.resolvedLocale);
  }
  static override localeArea = metricsLocales;

  /** Only mentees who entered in this quarter (`2025-Q3`). */
  declare cohort?: string;

  /** Only mentees aiming at this occupation (a catalogue id). */
  declare occupation?: string;

  /** Only mentees aiming at this jurisdiction (a catalogue id). */
  declare jurisdiction?: string;

  /** `charts` (with the headline figures) or `table` (every number, as exported). */
  private view: 'charts' | 'table' = 'charts';

  /** The figures' loading state, from the first frame on: figures, names and charts at hand within a frame show at once. */
  private readonly figuresLoading = new LoadingFromNextFrame(this);

  /** The figures' view (headline figures, charts, table, CSV export): its code is fetched alongside the figures, never after them. */
  private readonly figures = new LazyPart(this, () => import('./metrics-figures.js'));

  private readonly metrics = this.createLoader({
    args: () => [this.client, this.cohort, this.occupation, this.jurisdiction] as const,
    load: ([client, cohort, occupationId, jurisdictionId], signal) => {
      // The view's code travels while the figures do: one round trip, not two.
      if (this.figures.status === 'idle') void this.figures.load();
      return client.call(getProgramMetrics, { query: { cohort, occupationId, jurisdictionId }, signal });
    },
    held: ([client, cohort, occupationId, jurisdictionId]) => client.held(getProgramMetrics, { query: { cohort, occupationId, jurisdictionId } }),
  });

  /** What the organisation's figures can be filtered by; the filters offer only the chosen values if this fails. */
  private readonly filterOptions = this.createLoader({
    args: () => [this.client] as const,
    load: ([client], signal) => client.call(getMetricsFilterOptions, { signal }).catch((): MetricsFilterOptions | undefined => undefined),
    held: ([client]) => client.held(getMetricsFilterOptions),
  });

  /** Occupation and jurisdiction names; the figures show without them (ids) if they fail. */
  private readonly names = this.createLoader({
    args: () => [this.client, this.resolvedLocale] as const,
    load: ([client, locale], signal) => catalogueNames(client, locale, signal).catch((): CatalogueNames | undefined => undefined),
    held: ([client]) => heldCatalogueNames(client),
  });

  /** @internal The part loaded on demand; tests replace its `importer` to simulate a chunk that fails to load. */
  get lazyParts(): { figures: LazyPart<unknown> } {
    return { figures: this.figures };
  }

  private filter(change: FilterValues): void {
    if ('cohort' in change) this.cohort = change.cohort;
    if ('occupation' in change) this.occupation = change.occupation;
    if ('jurisdiction' in change) this.jurisdiction = change.jurisdiction;
  }

  private renderMetrics(metrics: ProgramMetrics) {
    return this.figures.render(({ renderFigures, exportCsv }) => {
      const figures = { metrics, names: this.names.value ?? undefined, format: this.formatters, view: this.view };
      return renderFigures(figures, () => (this.view = this.view === 'charts' ? 'table' : 'charts'), () => exportCsv(this, figures));
    });
  }

  private renderLoadingFigures() {
    return renderLoading(msg('Loading the program\'s figures…', { id: 'metrics.loading' }));
  }

  /** The figures are on their way, or their names or their view's code are (groups never show as ids first). */
  private get waitingForFigures(): boolean {
    const loading = (status: string) => status === 'loading' || status === 'idle';
    return loading(this.metrics.status) || (this.metrics.status === 'ready' && (loading(this.names.status) || loading(this.figures.status)));
  }

  protected override renderContent() {
    if (!this.waitingForFigures) this.figuresLoading.end();
    // Before the first figures, the title and filters wait for that frame too: when the figures, the
    // filters' options, the names and the charts' code answer within it, the section renders once.
    else if (this.metrics.value === undefined) return this.figuresLoading.render(() => this.renderSection());
    return this.renderSection();
  }

  private renderSection() {
    return html`<section class="metrics bw-section" aria-labelledby="title">
      <h2 id="title">${msg('Program outcomes', { id: 'metrics.title' })}</h2>
      ${renderFilters(
        { cohort: this.cohort, occupation: this.occupation, jurisdiction: this.jurisdiction }, this.filterOptions.value ?? undefined, this.names.value ?? undefined,
        (change) => this.filter(change),
      )}
      ${this.metrics.render({
        loading: () => this.figuresLoading.render(() => this.renderLoadingFigures()),
        ready: (metrics) => (this.waitingForFigures ? this.figuresLoading.render(() => this.renderLoadingFigures()) : this.renderMetrics(metrics)),
        error: (kind, retry) => renderLoadFailure(kind, retry, msg('Only the program\'s coordinators can see these figures. Sign in as a coordinator.', { id: 'metrics.coordinatorsOnly' })),
        empty: () => nothing,
      })}
    </section>`;
  }
}
