/**
 * <bw-program-metrics> in real Chromium against the reference server's demo organisation, whose
 * synthetic cohort gives full figures: a coordinator sees the headline figures, charts with names
 * (never ids) and withheld groups marked, the same numbers as a table, a CSV export equal to that
 * table, filters offering only what the organisation has and asking the server again; a mentee is
 * told who may see the figures.
 */
import { expect } from '@open-wc/testing';
import '../../../src/widgets/program-metrics/define.js';
import type { BridgewayProgramMetrics, MetricsExportedDetail } from '../../../src/widgets/program-metrics/program-metrics.js';
import { $, $$, PK, api, button, endpoint, part, stalledFetch, unique, userToken, waitFor } from '../../support/browser.js';
import { until } from '../../support/leaks.js';
import { failChunk, holdChunk } from '../../support/lazy-parts.js';

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

async function metricsAs(role: 'coordinator' | 'mentee', props: Partial<BridgewayProgramMetrics> = {}): Promise<BridgewayProgramMetrics> {
  const el = document.createElement('bw-program-metrics');
  Object.assign(el, { endpoint, publishableKey: PK, locale: 'en', userToken: await userToken(role, unique(`metrics-${role}`)) }, props);
  document.body.append(el);
  mounted.push(el);
  return el;
}

/** The headline figures: the first answer of a file may take a while on a busy machine (the server computes the figures). */
const figuresOf = (el: HTMLElement) => waitFor(el, '[part~="summary"]', 'the headline figures', 15_000);

/** Parses the element's CSV (every cell quoted, CRLF line ends). */
function parseCsv(csv: string): string[][] {
  return csv.trimEnd().split('\r\n').map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((match) => match[1].replaceAll('""', '"')));
}

describe('<bw-program-metrics>', function () {
  this.timeout(30_000);

  it('shows a coordinator the headline figures and the fairness charts, groups named, never ids', async () => {
    const el = await metricsAs('coordinator');
    await figuresOf(el);
    const figures = $$(el, '[part~="figure"]').map((figure) => figure.textContent!.replace(/\s+/g, ' ').trim());
    expect(figures[0]).to.match(/Mentees in the figures \d{3} \d{3} people/);
    expect(figures[1]).to.match(/Credential gained \d+%/);
    expect(figures[2]).to.match(/Time to a first role in the field \(median\) \d+(\.\d)? (months|days|weeks)/);
    // The charts' code loads on demand, alongside the figures.
    await until(() => $$(el, '[part~="chart"]').length === 4, 'the charts');
    const charts = $$(el, '[part~="chart"]');
    expect(charts.length).to.equal(4);
    const origins = [...charts[1].querySelectorAll('.bar-label')].map((label) => label.textContent);
    expect(origins).to.include('Asia');
    expect(origins.join(' ')).not.to.match(/middle-east|registered-nurse/);
    expect(charts[0].textContent).to.contain('Registered nurse');
    expect(charts[1].querySelector('figcaption')!.textContent).to.match(/Lowest: .+; highest: .+\./);
    await expect(el).to.be.accessible();
  });

  it('shows the same numbers as a table, and exports exactly that table as CSV', async () => {
    const el = await metricsAs('coordinator');
    await figuresOf(el);
    button(el, 'Show as a table').click();
    const table = await waitFor(el, '[part~="table"] table');
    const shown = [...table.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
    expect(shown.length).to.be.greaterThan(10);
    expect(shown.some((row) => row[2] === 'Withheld')).to.equal(true, 'the demo has a group too small to show (mentor satisfaction)');
    let exported: MetricsExportedDetail | undefined;
    el.addEventListener('bw-metrics-exported', (event) => {
      exported = event.detail;
      event.preventDefault(); // The host takes the file; no download in the test.
    });
    button(el, 'Download CSV').click();
    expect(exported!.filename).to.equal('program-metrics.csv');
    expect(parseCsv(exported!.csv)).to.deep.equal(shown);
    await expect(el).to.be.accessible();
  });

  it('styles the charts and the table with the styles their part brings', async () => {
    const el = await metricsAs('coordinator');
    await until(() => $$(el, '[part~="chart"]').length === 4, 'the charts');
    const bar = $(el, '[part~="chart"] .bar')!;
    expect(getComputedStyle(bar).display).to.equal('grid');
    expect(getComputedStyle(bar.querySelector('.bar-svg') ?? bar.querySelector('.bar-withheld')!).inlineSize).not.to.equal('auto');
    button(el, 'Show as a table').click();
    const caption = await waitFor(el, '[part~="table"] caption');
    expect(caption.getBoundingClientRect().width, 'the caption is for screen readers only').to.be.at.most(1);
    expect(getComputedStyle($(el, '[part~="table"] td')!).textAlign).to.equal('start');
  });

  it('shows the title, the filters and the loading state from the first frame while the figures are on their way', async () => {
    const stalled = stalledFetch((url) => new URL(url).pathname === '/v1/program-metrics');
    const el = await metricsAs('coordinator', { fetch: stalled.fn } as never);
    // The first update marks the place busy and asks for the next frame; that frame's callback renders the loading state.
    await el.updateComplete;
    await new Promise((frame) => requestAnimationFrame(frame));
    await el.updateComplete;
    expect(part(el, 'state-loading'), 'the loading state from the first frame').not.to.equal(null);
    expect($(el, 'h2')!.textContent).to.equal('Program outcomes');
    expect(part(el, 'filters')).not.to.equal(null);
    stalled.release();
    await figuresOf(el);
    expect(part(el, 'state-loading')).to.equal(null);
  });

  it('asks the server again when a filter changes, and marks what the filter leaves too small', async () => {
    const requests: string[] = [];
    const el = await metricsAs('coordinator', { fetch: (url: string, init?: RequestInit) => (requests.push(url), fetch(url, init)) } as never);
    await figuresOf(el);
    const occupation = $<HTMLSelectElement>(el, '[part~="filters"] label:nth-of-type(2) select')!;
    occupation.value = 'pharmacist';
    occupation.dispatchEvent(new Event('change'));
    await until(() => requests.some((url) => url.includes('occupationId=pharmacist')), 'the filtered request');
    await until(() => $$(el, '[part~="chart"]').length === 4 && !part(el, 'state-loading'), 'the filtered figures');
    expect(el.occupation).to.equal('pharmacist');
    expect(requests.some((url) => url.includes('/v1/program-metrics?occupationId=pharmacist'))).to.equal(true, requests.join('\n'));
    // Pharmacists are 34 of 340: the filter shows, and its breakdown by gender withholds small groups.
    const genders = $$(el, '[part~="chart"]')[2];
    await expect(el).to.be.accessible();
    expect(genders.textContent).to.match(/Women|Men|Withheld/);
  });

  it('offers as filters only the cohorts, occupations and jurisdictions the organisation has, named, keeping a chosen value', async () => {
    const token = await userToken('coordinator', unique('metrics-filters'));
    const offered = await api<{ cohorts: string[]; occupationIds: string[]; jurisdictionIds: string[] }>('/v1/program-metrics/filters', token);
    expect(offered.occupationIds).to.include('pharmacist');
    const el = await metricsAs('coordinator', { cohort: '2001-Q1' });
    await figuresOf(el);
    const [cohort, occupation, jurisdiction] = $$<HTMLSelectElement>(el, '[part~="filters"] select');
    await until(() => occupation.options.length > 1, 'the filter options');
    const values = (select: HTMLSelectElement) => [...select.options].map((option) => option.value).filter(Boolean);
    expect(values(cohort)).to.deep.equal(['2001-Q1', ...offered.cohorts], 'the chosen cohort stays offered, then the organisation\'s, newest first');
    expect(cohort.value).to.equal('2001-Q1');
    expect(values(occupation)).to.deep.equal(offered.occupationIds);
    expect(values(jurisdiction)).to.deep.equal(offered.jurisdictionIds);
    const names = [...occupation.options].map((option) => option.textContent!.trim());
    expect(names).to.include('Registered nurse');
    expect(names.join(' ')).not.to.match(/registered-nurse|pharmacist/);
    await expect(el).to.be.accessible();
  });

  it('tells a mentee that only coordinators see the figures, with no retry that cannot help', async () => {
    const el = await metricsAs('mentee');
    const error = await waitFor(el, '[part~="state-error"]');
    expect(error.textContent).to.contain('Only the program\'s coordinators can see these figures');
    expect(part(el, 'retry')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('draws bars from the reading direction\'s start in Arabic, with names translated', async () => {
    const host = document.createElement('div');
    host.dir = 'rtl';
    document.body.append(host);
    mounted.push(host);
    const el = document.createElement('bw-program-metrics');
    Object.assign(el, { endpoint, publishableKey: PK, locale: 'ar', userToken: await userToken('coordinator', unique('metrics-rtl')) });
    host.append(el);
    await waitFor(el, '[part~="chart"]');
    await until(() => $(el, 'h2')?.textContent === 'نتائج البرنامج', 'the Arabic translations');
    const bar = $<SVGElement>(el, '.bar-svg')!;
    expect(getComputedStyle(bar).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect($$(el, '.bar-label').map((label) => label.textContent)).to.include('آسيا');
    await expect(el).to.be.accessible();
  });

  it('offers "Try again" in the figures\' place when their view\'s code does not arrive, and shows them after it', async () => {
    const el = document.createElement('bw-program-metrics');
    const restoreFigures = failChunk(el.lazyParts.figures);
    Object.assign(el, { endpoint, publishableKey: PK, locale: 'en', userToken: await userToken('coordinator', unique('metrics-chunk')) });
    document.body.append(el);
    mounted.push(el);
    const retry = await waitFor(el, '[part~="state-error"] [part~="retry"]', 'the error state', 15_000);
    expect($(el, 'h2')!.textContent).to.equal('Program outcomes');
    expect(part(el, 'filters'), 'the title and filters stay').not.to.equal(null);
    expect($$(el, '[part~="figure"]').length).to.equal(0, 'no figures without their view');
    await expect(el).to.be.accessible();
    restoreFigures();
    retry.click();
    await figuresOf(el);
    expect($$(el, '[part~="figure"]').length).to.equal(4);
    await until(() => $$(el, '[part~="chart"]').length === 4, 'the charts after "Try again"');
  });

  it('keeps a filter chosen while the figures\' view is on its way, and shows the figures it asked for', async () => {
    const requests: string[] = [];
    const el = document.createElement('bw-program-metrics');
    const { release: arrive } = holdChunk(el.lazyParts.figures);
    Object.assign(el, {
      endpoint, publishableKey: PK, locale: 'en', userToken: await userToken('coordinator', unique('metrics-early')),
      fetch: (url: string, init?: RequestInit) => (requests.push(url), fetch(url, init)),
    });
    document.body.append(el);
    mounted.push(el);
    await until(() => requests.some((url) => new URL(url).pathname === '/v1/program-metrics'), 'the figures asked for at connect, before their view arrives');
    const occupation = await waitFor<HTMLSelectElement>(el, '[part~="filters"] label:nth-of-type(2) select');
    await until(() => [...occupation.options].some((option) => option.value === 'pharmacist'), 'the filter options, which load without the view\'s code');
    occupation.value = 'pharmacist';
    occupation.dispatchEvent(new Event('change'));
    await until(() => requests.some((url) => url.includes('occupationId=pharmacist')), 'the filtered request');
    expect(part(el, 'summary'), 'no figures before their view\'s code').to.equal(null);
    arrive();
    await figuresOf(el);
    expect(el.occupation).to.equal('pharmacist');
    expect($<HTMLSelectElement>(el, '[part~="filters"] label:nth-of-type(2) select')!.value).to.equal('pharmacist');
    let exported: MetricsExportedDetail | undefined;
    el.addEventListener('bw-metrics-exported', (event) => ((exported = event.detail), event.preventDefault()));
    button(el, 'Download CSV').click();
    expect(parseCsv(exported!.csv).slice(1).find((row) => row[0] === 'Mentees in the figures')?.[2]).to.equal('34', 'the pharmacists\' figures (34 of 340)');
  });
});
