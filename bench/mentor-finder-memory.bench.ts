/**
 * JS heap growth of a mentor finder showing 10,000 results, scrolled end to end, in
 * headless Chromium (budget: under 50 MB, BUDGETS.md). Heap measured after a forced
 * garbage collection before the element is created and after it has shown everything.
 * Writes bench/results/mentor-finder-memory.json and .md.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
// @ts-expect-error: a plain .mjs helper without type declarations
import { requireChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { startServer } from '../src/server/index.js';
import { PgliteDatabase } from '../src/server/db/pglite.js';

const BUDGET_MB = 50;
const PAGE_SCRIPT = await readFile(new URL('./mentor-finder-memory.page.js', import.meta.url), 'utf8');

if (!existsSync('dist/cdn/bridgeway.js')) {
  execFileSync(process.execPath, ['node_modules/.bin/rollup', '-c', '--silent'], { env: { ...process.env, BUILD_ONLY: 'cdn' }, stdio: 'inherit' });
}
const db = await PgliteDatabase.open({ dataDir: 'memory://' });
const server = await startServer({ db, port: 0, host: '127.0.0.1', log: false, demo: true });
const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 1000 });
const PAGE = `${server.url}/__mentor-memory-bench`;
await page.setRequestInterception(true);
page.on('request', (request) => {
  if (request.url() === PAGE) {
    void request.respond({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><body><script type="module" src="/cdn/bridgeway.js"></script><script src="/__mentor-memory.page.js"></script></body></html>',
    });
  } else if (request.url() === `${server.url}/__mentor-memory.page.js`) {
    void request.respond({ status: 200, contentType: 'text/javascript', body: PAGE_SCRIPT });
  } else void request.continue();
});
await page.goto(PAGE);
await page.waitForFunction(() => customElements.get('bw-mentor-finder') !== undefined);

const cdp = await page.createCDPSession();
async function heapMb(): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1_000_000;
}

const before = await heapMb();
const shown = await page.evaluate((endpoint) => (window as unknown as { showTenThousand(o: unknown): Promise<{ rendered: number; setSize: string }> }).showTenThousand({ endpoint }), server.url);
const after = await heapMb();
await browser.close();
await server.close();
await db.close();

const growth = Math.round((after - before) * 10) / 10;
const result = { measuredAt: new Date().toISOString(), results: 10_000, cardsInDom: shown.rendered, heapBeforeMb: Math.round(before * 10) / 10, heapAfterMb: Math.round(after * 10) / 10, growthMb: growth, budgetMb: BUDGET_MB, withinBudget: growth < BUDGET_MB };
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/mentor-finder-memory.json', `${JSON.stringify(result, null, 2)}\n`);
const table = `| mentor finder, 10,000 results | measured | budget |\n| --- | ---: | ---: |\n| JS heap growth after scrolling end to end | ${growth} MB | under ${BUDGET_MB} MB |\n| cards in the DOM at the end | ${shown.rendered} | (virtualised) |`;
await writeFile('bench/results/mentor-finder-memory.md', `# Mentor finder memory\n\n${table}\n`);
console.log(table);
if (!result.withinBudget) process.exitCode = 1;
