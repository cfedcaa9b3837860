// Runs the Node-side tests (contract, core logic, server over HTTP, tooling) with
// node:test, two files at a time, in the order below. Browser tests under test/ui and
// test/widgets run in Chromium via `wtr`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { run } from 'node:test';
import { spec, tap } from 'node:test/reporters';

const browserFolders = new Set(['test/ui', 'test/widgets']);

function findTests(dir) {
  if (browserFolders.has(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * The longest files, longest first. Files start two at a time in the order given to `run()`
 * (`node --test` would sort them), so a long file started last runs alone while the other core
 * sits idle: in alphabetical order the packed package (about 100 s), the PostgreSQL tests and the
 * seed CLI came near the end. Started first, the long files run beside each other and the short
 * ones fill in behind them, so both workers finish together. The files that build the shared CDN
 * bundle (test/e2e) are spread out, so that one is not left waiting for another's build. Files not
 * listed follow in alphabetical order. Order from December 2026's measurements: a full run's
 * report, and each file alone on the shared machine, compared under the same load. Re-measure a
 * file with `node --import tsx --test <file>` when it grows, and move it here.
 */
const LONGEST_FIRST = [
  'test/server/backup.test.ts',
  'test/tooling/package.test.ts',
  'test/server/openapi-conformance.test.ts',
  'test/server/postgres.test.ts',
  'test/server/two-instances.test.ts',
  'test/server/seed-cli.test.ts',
  'test/server/outcome-facts.test.ts',
  'test/server/outcome-routes.test.ts',
  'test/server/catalogue-cli.test.ts',
  'test/e2e/demo-page.test.ts',
  'test/server/narrative-store.test.ts',
  'test/server/data-dir.test.ts',
  'test/server/outcome-waits.test.ts',
  'test/server/narrative-routes.test.ts',
  'test/e2e/program-walk.test.ts',
  'test/server/narrative-paging.test.ts',
  'test/server/admin-cli.test.ts',
  'test/e2e/demo-requests.test.ts',
  'test/server/mentorship-routes.test.ts',
  'test/server/fuzz.test.ts',
];

/** The files in the order to start them: the longest first, then the rest alphabetically. */
function inStartingOrder(found) {
  const rank = (file) => {
    const at = LONGEST_FIRST.indexOf(file);
    return at === -1 ? LONGEST_FIRST.length : at;
  };
  return [...found].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

for (const file of LONGEST_FIRST) {
  if (!existsSync(file)) console.warn(`run-node-tests: ${file} is listed in LONGEST_FIRST but no longer exists.`);
}
const files = process.argv.length > 2 ? process.argv.slice(2) : inStartingOrder(findTests('test'));
if (files.length === 0) {
  console.error('No node tests found under test/.');
  process.exit(1);
}
if (process.env.BRIDGEWAY_NODE_TESTS !== 'started') {
  // The test files' processes take their flags from this one: start again with tsx loaded.
  const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...files], {
    stdio: 'inherit',
    env: { ...process.env, BRIDGEWAY_NODE_TESTS: 'started' },
  });
  process.exit(result.status ?? 1);
}
const stream = run({ files: files.map((file) => resolve(file)), concurrency: 2 });
stream.on('test:fail', (failed) => {
  if (!failed.todo) process.exitCode = 1;
});
// As `node --test` reports: spec on a terminal, TAP otherwise.
stream.compose(process.stdout.isTTY ? spec : tap).pipe(process.stdout);
