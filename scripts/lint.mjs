// `npm run lint`: the whole project's type check, the server's check without the DOM's types
// (tsconfig.server.json) and the source rules (check-source.mjs), side by side. Each tsc runs on
// one core for most of its time, so on two cores the pair takes about as long as the longer one
// where one after the other took both. Each check's output is printed whole when it ends (never
// interleaved), and lint fails when any check fails.
//
// Both tsc runs are incremental: each keeps what it learnt in .tmp/tsc/ (gitignored) and the next
// run checks again only the files that changed (by content) and the files whose types depend on
// them, and reports the stored errors of the rest. Without changes the pair costs about 12 s of
// CPU instead of 44 s; a file many import (src/ui/format.ts) or a changed compiler option costs more.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const buildInfo = (name) => ['--incremental', '--tsBuildInfoFile', fileURLToPath(new URL(`../.tmp/tsc/${name}.tsbuildinfo`, import.meta.url))];
const checks = [
  { name: 'tsc --noEmit -p .', args: [tsc, '--noEmit', '-p', '.', ...buildInfo('project')] },
  { name: 'tsc -p tsconfig.server.json', args: [tsc, '-p', 'tsconfig.server.json', ...buildInfo('server')] },
  { name: 'check-source', args: ['scripts/check-source.mjs'] },
];

function runCheck({ name, args }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ name, code: 1, output: String(error) }));
    child.on('close', (code, signal) => resolve({ name, code: code ?? 1, signal, output: Buffer.concat(output).toString() }));
  });
}

const results = await Promise.all(checks.map(runCheck));
for (const { name, code, signal, output } of results) {
  if (output.trim()) process.stdout.write(`${output.trimEnd()}\n`);
  if (code !== 0) console.error(`lint: ${name} failed (${signal ?? `exit ${code}`}).`);
}
process.exitCode = results.some((result) => result.code !== 0) ? 1 : 0;
