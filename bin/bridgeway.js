#!/usr/bin/env node
// `npx bridgeway serve` runs the reference server from the built package;
// `npx bridgeway catalogue validate|import` checks and imports catalogue data files.
import { existsSync } from 'node:fs';

const built = new URL('../dist/server/cli.js', import.meta.url);
if (!existsSync(built)) {
  console.error('bridgeway: dist/server/cli.js is missing. Run `npm run build` first (or `npm start` in a checkout).');
  process.exit(1);
}
const { main } = await import(built.href);
const { code } = await main(process.argv.slice(2));
process.exitCode = code;
