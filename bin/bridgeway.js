#!/usr/bin/env node
// `npx bridgeway serve`: runs the reference server from the built package;
// `npx bridgeway catalogue validate|import`: checks catalogue data files, imports one;
// `backup`, `restore` and `admin`: the database and its organisations (`npx bridgeway help`).
//
// The server's database and HTTP stack (PGlite, pg, Hono) are optional peer dependencies:
// an app that only embeds the elements never installs them. This checks for them first and,
// when any is missing, names them and the command that installs them. Checking catalogue
// files needs none of them (only `catalogue import` writes to a database).
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const serverDependencies = Object.entries(pkg.peerDependencies ?? {});

/** Resolves `name` the way dist/server/ will (from this package's folder up). */
async function isInstalled(name) {
  try {
    if (typeof import.meta.resolve === 'function') import.meta.resolve(name);
    else await import(name);
    return true;
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return false;
    throw error;
  }
}

const args = process.argv.slice(2);
const needsServerStack = !(args[0] === 'catalogue' && args[1] !== 'import');
const missing = [];
for (const [name, range] of needsServerStack ? serverDependencies : []) {
  if (!(await isInstalled(name))) missing.push(`${name}@${range}`);
}
if (missing.length) {
  const names = missing.map((spec) => spec.slice(0, spec.lastIndexOf('@'))).join(', ');
  console.error(
    `bridgeway: the reference server needs packages that an install of the elements leaves out: ${names}.\n` +
      `Install them next to bridgeway, then run the command again:\n\n` +
      `  npm install ${missing.join(' ')}\n`,
  );
  process.exit(1);
}

const built = new URL('../dist/server/cli.js', import.meta.url);
if (!existsSync(built)) {
  console.error('bridgeway: dist/server/cli.js is missing. Run `npm run build` first (or `npm start` in a checkout).');
  process.exit(1);
}
const { main } = await import(built.href);
const { code } = await main(args);
process.exitCode = code;
