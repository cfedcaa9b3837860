/**
 * First render of each element with its data, against a hand-written DOM baseline that
 * renders the same markup with the same styles, in the same headless Chromium run
 * (budget: at most 1.5x, BUDGETS.md).
 *
 * Each element first renders once against the reference server through a recording
 * fetch; the measured runs replay those responses from memory, so the figures are
 * the element's own work (validation, state, templates, styles, layout), not the
 * network or the database. The baseline clones the markup the element produced into a
 * fresh shadow root with the element's stylesheets and forces the same layout.
 * Writes bench/results/first-render.json and .md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { openBenchPage } from './lib/browser.js';
import { demoTokens, FIRST_RENDER_CASES as CASES, type FirstRenderCase } from './lib/first-render-cases.js';
import { summarise } from './lib/stats.js';

const RUNS = 25;
const BUDGET_RATIO = 1.5;


const { page, server, close } = await openBenchPage(new URL('./first-render.page.js', import.meta.url));
const tokens = await demoTokens(server.url);

interface Measured {
  elementMs: number[];
  baselineMs: number[];
  defined: boolean;
}

async function measure(testCase: FirstRenderCase): Promise<Measured> {
  return page.evaluate(
    (options) => (window as unknown as { measureFirstRender(o: unknown): Promise<Measured> }).measureFirstRender(options),
    { testCase, endpoint: server.url, token: testCase.role ? tokens[testCase.role] : '', runs: RUNS },
  );
}

const rows = [];
for (const testCase of CASES) {
  const { elementMs, baselineMs, defined } = await measure(testCase);
  if (!defined) {
    rows.push({ element: testCase.tag, skipped: 'not in the CDN bundle yet' });
    continue;
  }
  const element = summarise(elementMs);
  const baseline = summarise(baselineMs);
  rows.push({ element: testCase.tag, elementMs: element, baselineMs: baseline, ratioP50: Math.round((element.p50 / baseline.p50) * 100) / 100 });
}
await close();

const measured = rows.filter((row): row is typeof row & { ratioP50: number } => 'ratioP50' in row);
const loadAverage = loadavg().map((value) => Math.round(value * 100) / 100);
const result = { measuredAt: new Date().toISOString(), runs: RUNS, loadAverage, budgetRatio: BUDGET_RATIO, rows, withinBudget: measured.every((row) => row.ratioP50 <= BUDGET_RATIO) };
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/first-render.json', `${JSON.stringify(result, null, 2)}\n`);
const lines = ['| element | element p50 (ms) | baseline p50 (ms) | ratio | element p95 | baseline p95 |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
for (const row of rows) {
  if ('skipped' in row) lines.push(`| ${row.element} | ${row.skipped} | | | | |`);
  else lines.push(`| ${row.element} | ${row.elementMs!.p50} | ${row.baselineMs!.p50} | ${row.ratioP50} | ${row.elementMs!.p95} | ${row.baselineMs!.p95} |`);
}
const table = lines.join('\n');
await writeFile('bench/results/first-render.md', `# First render with data\n\nHeadless Chromium, ${RUNS} runs per element after one recorded run; responses replayed from memory. Load average ${loadAverage.join(' ')} at the end. Budget: element at most ${BUDGET_RATIO}x the hand-written DOM baseline.\n\n${table}\n`);
console.log(table);
if (!result.withinBudget) process.exitCode = 1;
