// `npm run build`: everything the package ships, into dist/ (see rollup.config.mjs), then
// the types beside the modules (tsc), the custom-elements manifest, and the React and Vue
// typings generated from it.
//
//   node scripts/build.mjs [--out DIR] [--only lib,server]
//
// --out builds into another folder (the manifest goes into its parent, as custom-elements.json
// sits beside dist/); --only picks rollup's builds (lib, cdn, elements, server). The package
// test uses both to build what it packs into a temp folder, without the CDN bundles.
import { rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { writeFrameworkTypes } from './framework-types.mjs';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, only: { type: 'string' } } });
const out = relative('.', values.out) || '.';
const manifestDir = dirname(out);
const bin = (name) => join('node_modules', '.bin', name);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`build: \`${command} ${args.join(' ')}\` failed.`);
    process.exit(result.status ?? 1);
  }
}

rmSync(out, { recursive: true, force: true });
run('npm', ['run', '--silent', 'localize:build']);
run(bin('rollup'), ['-c', '--silent'], { BUILD_DIR: out, ...(values.only ? { BUILD_ONLY: values.only } : {}) });
run(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', out]);
run(bin('cem'), ['analyze', '--quiet', '--outdir', manifestDir]);
writeFrameworkTypes({ manifest: join(manifestDir, 'custom-elements.json'), out });
console.log(`build: ${out}/ and ${join(manifestDir, 'custom-elements.json')} written.`);
