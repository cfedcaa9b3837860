/**
 * JS heap growth of a mentor finder showing 10,000 results, scrolled end to end, in
 * headless Chromium (budget: under 50 MB, BUDGETS.md). Heap measured after a forced
 * garbage collection before the element is created and after it has shown everything.
 * Writes bench/results/mentor-finder-memory.json and .md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { openBenchPage } from './lib/browser.js';

const BUDGET_MB = 50;

const { page, server, close } = await openBenchPage(new URL('./mentor-finder-memory.page.js', import.meta.url));
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
await close();

const growth = Math.round((after - before) * 10) / 10;
const result = { measuredAt: new Date().toISOString(), results: 10_000, cardsInDom: shown.rendered, heapBeforeMb: Math.round(before * 10) / 10, heapAfterMb: Math.round(after * 10) / 10, growthMb: growth, budgetMb: BUDGET_MB, withinBudget: growth < BUDGET_MB };
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/mentor-finder-memory.json', `${JSON.stringify(result, null, 2)}\n`);
const table = `| mentor finder, 10,000 results | measured | budget |\n| --- | ---: | ---: |\n| JS heap growth after scrolling end to end | ${growth} MB | under ${BUDGET_MB} MB |\n| cards in the DOM at the end | ${shown.rendered} | (virtualised) |`;
await writeFile('bench/results/mentor-finder-memory.md', `# Mentor finder memory\n\n${table}\n`);
console.log(table);
if (!result.withinBudget) process.exitCode = 1;
