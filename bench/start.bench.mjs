// How long `npm start` takes to serve the demo page: a first start (no build, a new
// database folder) and a second start (built, database exists). Budgets: 15 s and 5 s.
import { spawn } from 'node:child_process';
import { rmSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 8799;
const BUDGET = { first: 15_000, second: 5_000 };

async function waitForDemo(deadline) {
  while (Date.now() < deadline) {
    try {
      const page = await fetch(`http://127.0.0.1:${PORT}/`);
      const bundle = await fetch(`http://127.0.0.1:${PORT}/cdn/bridgeway.js`);
      if (page.ok && bundle.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function timeStart(dataDir) {
  const started = Date.now();
  const child = spawn(process.execPath, ['scripts/start.mjs', '--port', String(PORT), '--data-dir', dataDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const ok = await waitForDemo(started + 60_000);
  const elapsed = Date.now() - started;
  process.kill(-child.pid, 'SIGTERM');
  await new Promise((resolve) => child.on('exit', resolve));
  if (!ok) throw new Error('the demo page did not come up within 60 s');
  return elapsed;
}

const dataDir = mkdtempSync(join(tmpdir(), 'bridgeway-start-'));
// A first start: nothing built, no database yet.
rmSync('dist/cdn', { recursive: true, force: true });
rmSync('dist/server', { recursive: true, force: true });
rmSync('src/generated', { recursive: true, force: true });
const first = await timeStart(dataDir);
const second = await timeStart(dataDir);
rmSync(dataDir, { recursive: true, force: true });

const result = {
  measuredAt: new Date().toISOString(),
  firstStartMs: first,
  secondStartMs: second,
  budgetMs: BUDGET,
  withinBudget: first <= BUDGET.first && second <= BUDGET.second,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/start.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(`| npm start | measured | budget |\n| --- | ---: | ---: |\n| first start (build + new database) | ${(first / 1000).toFixed(1)} s | 15 s |\n| second start | ${(second / 1000).toFixed(1)} s | 5 s |`);
if (!result.withinBudget) process.exit(1);
