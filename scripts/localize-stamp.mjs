// What `npm run localize:build` last built from, so a build that needs src/generated/ can tell
// whether it is current without building it again (the package test's build used to rebuild
// it right after `npm test` had: 11 s of CPU, 30 s on a loaded 2-core machine).
//
//   node scripts/localize-stamp.mjs write     (the last step of `npm run localize:build`)
//   node scripts/localize-stamp.mjs current   (exits 0 when the build is current, 1 when it must run:
//                                              `npm test` builds only then)
//
// The stamp holds a hash of everything the generated files are made from and a hash of the
// generated files themselves: a changed source, translation, tool or lock file, or an output
// edited, deleted or left half-written, makes the stamp stale, and the build runs again.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const GENERATED = join(root, 'src', 'generated');
const STAMP = join(GENERATED, '.localize-build.json');
/**
 * What lit-localize (the messages of src/ui and src/widgets, the XLIFF files, its config and
 * the TypeScript settings it reads), split-locales and generate-validators (the contract in
 * src/api and its refinements) read, and the lock file that fixes the tools' versions. Not the
 * reference server (src/server): neither tool reads it (src/api, src/ui and src/widgets never import
 * it), so a change to the server alone leaves the build current.
 */
const INPUTS = ['src', 'locales', 'lit-localize.json', 'tsconfig.json', 'package-lock.json', 'scripts/split-locales.mjs', 'scripts/generate-validators.ts', 'scripts/contract-modules.ts', 'scripts/localize-stamp.mjs'];

function hashFiles(paths, skip = () => false) {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (skip(path) || !existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
  };
  paths.forEach(visit);
  return hash.digest('hex');
}

const NOT_READ = new Set([GENERATED, join(root, 'src', 'server')]);
const inputsHash = () => hashFiles(INPUTS.map((input) => join(root, input)), (path) => NOT_READ.has(path));
const outputsHash = () => hashFiles([GENERATED], (path) => path === STAMP);

export function writeLocalizeStamp() {
  writeFileSync(STAMP, `${JSON.stringify({ inputs: inputsHash(), outputs: outputsHash() }, null, 2)}\n`);
}

/** True when src/generated/ is what `npm run localize:build` makes of the current sources. */
export function localizeBuildIsCurrent() {
  if (!existsSync(STAMP)) return false;
  try {
    const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
    return stamp.inputs === inputsHash() && stamp.outputs === outputsHash();
  } catch {
    return false;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const command = process.argv[2];
  if (command === 'write') writeLocalizeStamp();
  else if (command === 'current') {
    const current = localizeBuildIsCurrent();
    if (current) console.log('localize:build skipped: src/generated/ is current (scripts/localize-stamp.mjs).');
    process.exitCode = current ? 0 : 1;
  } else {
    console.error('usage: node scripts/localize-stamp.mjs write|current');
    process.exitCode = 2;
  }
}
