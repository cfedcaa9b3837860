/**
 * What each element fetches before it shows its data: the size table's second reading.
 *
 * The size table (bench/size.mjs) counts what an element's first render needs: its CDN entry and
 * every chunk that entry imports statically. An element may render its loading state from that
 * and fetch the code of its data view as a part, at connect, beside its data request. This bench
 * counts what that reading leaves out: each element's CDN bundle is loaded on its own in a fresh
 * headless Chromium context, the element is created against the reference server (the demo
 * seed, the person of its role, English) and, at the moment it first shows its data with nothing
 * in flight, every script the page has fetched is counted (gzip level 9, as the size table). Parts
 * a person's action loads (editors, dialogs) are not fetched by then, and what the page prefetches
 * while idle is left out (idle callbacks never run on the bench page), so neither is counted.
 * The four original elements are measured again together from one bundle. Writes
 * bench/results/first-view.md and .json. Budgets are the size table's (20 kB per element, 40 kB
 * for the four): this bench reports against them but does not fail, since the budget is judged
 * on the first render.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error: a plain .mjs helper without type declarations
import { requireChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
// @ts-expect-error: a plain .mjs module without type declarations
import { closure, measure, ORIGINAL_FOUR } from './size.mjs';
import { startServer } from '../src/server/index.js';
import { PgliteDatabase } from '../src/server/db/pglite.js';
import { demoTokens, FIRST_RENDER_CASES, type FirstRenderCase } from './lib/first-render-cases.js';

const KB = 1000;
const ELEMENT_BUDGET = 20 * KB;
const FOUR_BUDGET = 40 * KB;

// A build of its own (the CDN's per-element bundles and the four-in-one reference), from the current sources.
const site = mkdtempSync(join(tmpdir(), 'bridgeway-first-view-'));
const dist = join(site, 'dist');
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-validators.ts'], { stdio: 'ignore' });
execFileSync(process.execPath, ['node_modules/.bin/rollup', '-c', '--silent'], { env: { ...process.env, BUILD_ONLY: 'elements,reference', BUILD_DIR: dist }, stdio: 'inherit' });
mkdirSync(join(dist, 'cdn'), { recursive: true });
// The server serves dist/cdn/ only: the reference bundle is reached through it.
symlinkSync(join(dist, 'reference'), join(dist, 'cdn/reference'), 'dir');
symlinkSync(resolve('demo'), join(site, 'demo'), 'dir');

const db = await PgliteDatabase.open({ dataDir: 'memory://' });
const server = await startServer({ db, port: 0, host: '127.0.0.1', log: false, demo: true, staticRoot: site });
const tokens = await demoTokens(server.url);
const pageScript = readFileSync(new URL('./first-view.page.js', import.meta.url), 'utf8');
const browser: Browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });

interface Shown {
  /** Every script the page had fetched when the elements first showed their data, as served paths. */
  scripts: string[];
  shown: boolean;
}

/** Loads `bundle` on a fresh page (no cache) and creates `cases`; the scripts fetched by the time all show their data. */
async function scriptsUntilShown(bundle: string, cases: readonly FirstRenderCase[]): Promise<Shown> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const pageUrl = `${server.url}/__first-view`;
    const scriptUrl = `${server.url}/__first-view.js`;
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url() === pageUrl) {
        void request.respond({ status: 200, contentType: 'text/html', body: `<!doctype html><html lang="en"><body><script src="/__first-view.js"></script><script type="module" src="${bundle}"></script></body></html>` });
      } else if (request.url() === scriptUrl) void request.respond({ status: 200, contentType: 'text/javascript', body: pageScript });
      else void request.continue();
    });
    await page.goto(pageUrl);
    const specs = cases.map((testCase) => ({ ...testCase, token: testCase.role ? tokens[testCase.role] : '' }));
    const shown = await page.evaluate(
      (specs, endpoint) => (window as unknown as { scriptsUntilShown(s: unknown, e: string): Promise<Shown> }).scriptsUntilShown(specs, endpoint),
      specs,
      server.url,
    );
    // The entry itself is fetched by the page's module script, before the resource timeline starts for some builds.
    return { ...shown, scripts: [...new Set([bundle, ...shown.scripts])] };
  } finally {
    await context.close();
  }
}

const fileOf = (path: string) => join(dist, path.replace(/^\/cdn\//, 'cdn/'));
const chunkName = (path: string) => path.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');

interface Row {
  name: string;
  firstRender: number;
  withData: number;
  budget: number;
  /** Chunks fetched before the data showed that the first render does not import. */
  beyond: string[];
  shown: boolean;
}

async function row(name: string, bundle: string, cases: readonly FirstRenderCase[], budget: number): Promise<Row> {
  const entry = fileOf(bundle);
  const staticFiles: string[] = closure(entry);
  const { scripts, shown } = await scriptsUntilShown(bundle, cases);
  const fetched = scripts.filter((path) => path.startsWith('/cdn/')).map(fileOf);
  const all = [...new Set([...staticFiles, ...fetched])];
  return {
    name,
    firstRender: measure(staticFiles).gzip,
    withData: measure(all).gzip,
    budget,
    beyond: all.filter((file) => !staticFiles.includes(file)).map((file) => chunkName(file)).sort(),
    shown,
  };
}

const rows: Row[] = [];
try {
  for (const testCase of FIRST_RENDER_CASES) {
    const name = testCase.tag.replace(/^bw-/, '');
    rows.push(await row(name, `/cdn/elements/${name}.js`, [testCase], ELEMENT_BUDGET));
  }
  const four = FIRST_RENDER_CASES.filter((testCase) => (ORIGINAL_FOUR as string[]).includes(testCase.tag.replace(/^bw-/, '')));
  rows.push(await row(`the four together (${four.map((testCase) => testCase.tag.replace(/^bw-/, '')).join(', ')})`, '/cdn/reference/original-four.js', four, FOUR_BUDGET));
} finally {
  await browser.close();
  await server.close();
  await db.close();
  rmSync(site, { recursive: true, force: true });
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const measuredAt = new Date().toISOString();
const loadAverage = loadavg().map((value) => Math.round(value * 100) / 100);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/first-view.json', `${JSON.stringify({ measuredAt, loadAverage, rows }, null, 1)}\n`);
const lines = [
  '# What each element fetches before it shows its data',
  '',
  `Generated by \`node bench/run.mjs first-view\` (${measuredAt}). Each element's CDN bundle (\`dist/cdn/elements/<name>.js\`;`,
  'the four together: `dist/reference/original-four.js`) is loaded alone in a fresh headless Chromium context, the',
  'element is created against the reference server (demo seed, the person of its role, English) and, when it first',
  'shows its data with nothing in flight, every script the page fetched is counted (gzip level 9, kB = 1000 bytes).',
  'Parts loaded by a person\'s action are not fetched by then; what an element prefetches while the page is idle is left out',
  '(idle callbacks never run on the bench page). "First render" is the size table\'s figure (the entry and',
  'its static imports: what the loading state needs); the budget (../shared/BUDGETS.md) is judged on it, and this table',
  'shows what the data view adds, fetched beside the data request.',
  '',
  '| element | first render | first view with its data | budget | with its data against the budget | chunks fetched beside the data |',
  '| --- | ---: | ---: | ---: | --- | --- |',
  ...rows.map((row) => `| ${row.name} | ${kb(row.firstRender)} | ${row.shown ? kb(row.withData) : `${kb(row.withData)} (data not shown in 30 s)`} | ${kb(row.budget)} | ${row.withData <= row.budget ? 'within' : 'over'} | ${row.beyond.join(', ') || 'none'} |`),
  '',
];
writeFileSync('bench/results/first-view.md', lines.join('\n'));
console.log(lines.join('\n'));
