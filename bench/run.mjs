// `npm run bench` (this file): builds, records the size table (failing over budget), then runs every
// bench/*.bench.ts and records its figures in bench/results/.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { runSizeBench } from './size.mjs';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const only = process.argv.slice(2);
let failed = [];

if (!only.length || only.includes('size')) {
  if (run(process.execPath, ['scripts/clean.mjs']) || run('npm', ['run', '--silent', 'localize:build']) || run('node_modules/.bin/rollup', ['-c', '--silent'], { BUILD_ONLY: 'lib,cdn,elements,reference', SIZE_STATS: '1' })) {
    process.exit(1);
  }
  console.log('\n## Bundle sizes');
  const { over } = runSizeBench();
  if (over.length) failed.push(`size: over budget: ${over.map((row) => row.name).join(', ')}`);
}

const benches = readdirSync('bench').filter((name) => name.endsWith('.bench.ts') || name.endsWith('.bench.mjs')).sort();
for (const file of benches) {
  const name = file.replace(/\.bench\.(ts|mjs)$/, '');
  if (only.length && !only.includes(name)) continue;
  console.log(`\n## ${name}`);
  const status = run(process.execPath, ['--import', 'tsx', '--expose-gc', `bench/${file}`]);
  if (status !== 0) failed.push(`${name}: exited ${status}`);
}

if (failed.length) {
  console.error(`\nbench: ${failed.length} failure(s)\n- ${failed.join('\n- ')}`);
  process.exit(1);
}
console.log('\nbench: every bench ran; its figures, each marked within or OVER its budget, are in bench/results/');
