// Size table of every entry point (gzip -9 and brotli), with the budgets of
// ../shared/BUDGETS.md enforced: an entry over its budget fails the benchmark.
// An entry's size counts the entry and every chunk it imports statically; chunks
// loaded on demand (locales, heavy parts) are reported on their own lines.
// The budgets are the CDN bundles' (dist/cdn/), which carry Lit, zod and @lit/*. The npm
// entries (dist/) import those packages instead of bundling them, so their rows count
// Bridgeway's own modules only: what an app's bundler adds on top of the Lit it already has.
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const KB = 1000;
export const BUDGETS = {
  element: 20 * KB,
  allElements: 40 * KB,
  locale: 4 * KB,
};

function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const found = new Set();
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
    found.add(resolve(dirname(file), match[1]));
  }
  return [...found];
}

/** The entry file and all it pulls in statically, each once. */
export function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  visit(resolve(entry));
  return [...seen];
}

export function measure(files) {
  const code = Buffer.concat(files.map((file) => readFileSync(file)));
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;

export function sizeTable({ root = 'dist', pkg }) {
  const rows = [];
  const add = (name, entryFile, budget, kind, alone = false) => {
    if (!existsSync(entryFile)) {
      // An entry point that the exports map promises but the build did not produce.
      rows.push({ name, kind, file: entryFile, missing: true, raw: 0, gzip: 0, brotli: 0, budget });
      return;
    }
    // A chunk loaded on demand is counted alone: what it imports is already on the page.
    const files = alone ? [resolve(entryFile)] : closure(entryFile);
    rows.push({ name, kind, file: relative('.', entryFile), files: files.length, ...measure(files), budget });
  };

  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target !== 'object' || target.import.startsWith('./dist/server/') || target.import.startsWith('./dist/frameworks/')) continue;
    add(`bridgeway${subpath.slice(1)} (npm, own code)`, target.import, undefined, 'npm entry');
  }
  add('CDN: all elements (dist/cdn/bridgeway.js)', join(root, 'cdn/bridgeway.js'), BUDGETS.allElements, 'cdn');
  // The smallest widget on the shared base: what every element pays before its own code.
  const reference = join(root, 'reference/trivial-widget.js');
  if (existsSync(reference)) add('reference: trivial widget on the shared base', reference, undefined, 'reference');
  const elementsDir = join(root, 'cdn/elements');
  if (existsSync(elementsDir)) {
    for (const file of readdirSync(elementsDir).filter((name) => name.endsWith('.js'))) {
      add(`CDN: ${file.replace(/\.js$/, '')} alone`, join(elementsDir, file), BUDGETS.element, 'cdn element');
    }
  }
  const chunksDir = join(root, 'cdn/chunks');
  if (existsSync(chunksDir)) {
    for (const file of readdirSync(chunksDir).filter((name) => name.endsWith('.js'))) {
      // `<area>-<locale>-<hash>.js` (rollup.config.mjs names them so).
      const [, area, locale] = /^(?:([a-z]+(?:-[a-z]+)*)-)?(fr|es|ar|uk|zh-Hans|pt-BR|hi)-[\w-]{8}\.js$/.exec(file) ?? [];
      if (locale) add(`locale ${locale}${area ? `, ${area}` : ''} (on demand)`, join(chunksDir, file), BUDGETS.locale, 'locale', true);
      else if (!staticallyReachable(join(root, 'cdn/bridgeway.js'), join(chunksDir, file))) add(`on demand: ${file}`, join(chunksDir, file), undefined, 'lazy', true);
    }
  }
  return rows;
}

function staticallyReachable(entry, file) {
  return existsSync(entry) && closure(entry).includes(resolve(file));
}

export function formatTable(rows) {
  const lines = ['| entry | gzip | brotli | raw | budget (gzip) | |', '| --- | ---: | ---: | ---: | ---: | --- |'];
  for (const row of rows) {
    const verdict = row.missing ? '**MISSING**' : row.budget === undefined ? '' : row.gzip <= row.budget ? 'ok' : '**OVER**';
    lines.push(`| ${row.name} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${kb(row.raw)} | ${row.budget ? kb(row.budget) : ''} | ${verdict} |`);
  }
  return lines.join('\n');
}

export function runSizeBench({ resultsDir = 'bench/results' } = {}) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const rows = sizeTable({ pkg });
  const table = formatTable(rows);
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'size.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'size.md'), `# Bundle sizes\n\nGenerated by \`npm run bench\` (rollup + terser; gzip level 9, brotli quality 11). An entry counts every chunk it imports statically. Budgets apply to the CDN bundles, which are self-contained; the npm entries import Lit, zod and @lit/* from the app's own node_modules, so their rows count Bridgeway's own code only.\n\n${table}\n`);
  console.log(table);
  const over = rows.filter((row) => row.missing || (row.budget !== undefined && row.gzip > row.budget));
  return { rows, over };
}
