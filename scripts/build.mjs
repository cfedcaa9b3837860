// `npm run build`: everything the package ships, into dist/ (see rollup.config.mjs), then
// the types beside the modules (tsc), the custom-elements manifest, and the React and Vue
// typings generated from it.
//
//   node scripts/build.mjs [--out DIR] [--only lib,server] [--types-unchecked]
//
// --out builds into another folder (the manifest goes into its parent, as custom-elements.json
// sits beside dist/); --only picks rollup's builds (lib, cdn, elements, server). The package
// test uses both to build what it packs into a temp folder, without the CDN bundles.
// --types-unchecked writes the .d.ts files without type-checking the sources again (tsc
// --noCheck: the same declarations, a third less work). The package test uses it inside
// `npm test`, whose lint has just checked the same sources; a release build checks.
import { rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { writeFrameworkTypes } from './framework-types.mjs';
import { localizeBuildIsCurrent } from './localize-stamp.mjs';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, only: { type: 'string' }, 'types-unchecked': { type: 'boolean', default: false } } });
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
// src/generated/ as `npm run localize:build` last left it, when nothing it is made from has changed
// since (`npm test` builds it first, then the package test builds the package).
if (localizeBuildIsCurrent()) console.log('build: src/generated/ is current, localize:build skipped.');
else run('npm', ['run', '--silent', 'localize:build']);
run(bin('rollup'), ['-c', '--silent'], { BUILD_DIR: out, ...(values.only ? { BUILD_ONLY: values.only } : {}) });
run(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', out, ...(values['types-unchecked'] ? ['--noCheck'] : [])]);
run(bin('cem'), ['analyze', '--quiet', '--outdir', manifestDir]);
writeFrameworkTypes({ manifest: join(manifestDir, 'custom-elements.json'), out });
console.log(`build: ${out}/ and ${join(manifestDir, 'custom-elements.json')} written.`);
