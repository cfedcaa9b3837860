// Runs the Node-side tests (contract, core logic, server over HTTP, tooling) with
// node:test. Browser tests under test/ui and test/widgets run in Chromium via `wtr`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const browserFolders = new Set(['test/ui', 'test/widgets']);

function findTests(dir) {
  if (browserFolders.has(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = process.argv.length > 2 ? process.argv.slice(2) : findTests('test').sort();
if (files.length === 0) {
  console.error('No node tests found under test/.');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
