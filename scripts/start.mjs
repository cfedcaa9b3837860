// `npm start`: builds what the demo needs when the sources are newer than the build,
// then runs the reference server on the embedded database with the demo page.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync, spawn } from 'node:child_process';

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
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('node_modules')) {
  console.error('bridgeway: dependencies are missing. Run `npm install` first.');
  process.exit(1);
}

if (newest(['locales', 'lit-localize.json']) > mtime('src/generated/locales') || !existsSync('src/generated/locales')) {
  console.log('Building locales ...');
  run(bin('lit-localize'), ['build']);
}

const sources = newest(['src', 'locales', 'package.json', 'rollup.config.mjs']);
const built = Math.min(mtime('dist/cdn/bridgeway.js'), mtime('dist/server/cli.js'));
if (sources > built) {
  console.log('Building the CDN bundle and the server ...');
  run(bin('rollup'), ['-c', '--silent'], { BUILD_ONLY: 'cdn,server' });
}

const server = spawn(process.execPath, ['bin/bridgeway.js', 'serve', '--demo', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
