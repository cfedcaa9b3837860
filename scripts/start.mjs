// `npm start`: runs the reference server on the embedded database with the demo page,
// and builds the CDN bundle the page loads when the sources are newer than it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';

const bin = (name) => join('node_modules', '.bin', name);

function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) readdirSync(path).forEach((name) => visit(join(path, name)));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => {
      if (code !== 0) {
        console.error(`bridgeway: \`${command} ${args.join(' ')}\` failed; the demo page needs the CDN bundle.`);
        process.exit(code ?? 1);
      }
      resolve();
    });
  });
}

if (!existsSync('node_modules')) {
  console.error('bridgeway: dependencies are missing. Run `npm install` first.');
  process.exit(1);
}

const localesStale = !existsSync('src/generated/locales') || newest(['locales', 'lit-localize.json']) > mtime('src/generated/locales');
// The compact validators and operations are generated from the contract (scripts/generate-validators.ts).
// The server reads them too (it checks its answers against them in development), so they are made
// before it starts: on a fresh clone it would otherwise fail to find them.
const validatorsStale = !existsSync('src/generated/operations.ts') || newest(['src/api', 'scripts/generate-validators.ts', 'scripts/contract-modules.ts']) > mtime('src/generated/operations.ts');
const bundleStale = localesStale || validatorsStale || newest(['src', 'locales', 'package.json', 'rollup.config.mjs']) > mtime('dist/cdn/bridgeway.js');
if (validatorsStale) await run(process.execPath, ['--import', 'tsx', 'scripts/generate-validators.ts']);

// The server runs from source (through tsx) while the CDN bundle builds beside it: on a
// first start the database is created at the same time as the bundle, not after it.
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'serve', '--demo', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

if (bundleStale) {
  console.log('Building the CDN bundle for the demo page ...');
  if (localesStale) {
    await run(bin('lit-localize'), ['build']);
    await run(process.execPath, ['scripts/split-locales.mjs']);
  }
  // Not minified: the same code as the published bundle, built in a third of the time.
  await run(bin('rollup'), ['-c', '--silent'], { BUILD_ONLY: 'cdn', BUILD_MINIFY: '0' });
  console.log('CDN bundle built.');
}
