// Size table with the budgets of ../shared/BUDGETS.md enforced: anything over its budget fails
// the benchmark. For each element's CDN bundle (dist/cdn/elements/<name>.js) it lists what the
// first render needs (the entry and every chunk it imports statically) and what loads later
// (its dynamic chunks: lazy parts and locale chunks), and splits the first-render bytes among
// library, base and element. The split comes from each module's minified bytes in rollup's output
// (scripts/module-sizes.mjs reads them from the chunks' source maps and writes them beside each
// build when SIZE_STATS=1): a closure's gzip bytes are shared among its modules in proportion to
// them, so the columns add up to the measured total but each is an estimate.
// The npm entries (dist/) import Lit, zod and @lit/* instead of bundling them, so their rows
// count Bridgeway's own modules only: what an app's bundler adds on top of the Lit it has.
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve, relative, basename } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const KB = 1000;
export const BUDGETS = {
  element: 20 * KB,
  originalFour: 40 * KB,
  lazyPart: 10 * KB,
  locale: 4 * KB,
};
/** The four original elements, in bench/fixtures/original-four.ts: the 40 kB budget's row. */
export const ORIGINAL_FOUR = ['credential-gap-mapper', 'milestone-tracker', 'mentor-finder', 'narrative-builder'];
const LOCALE_CHUNK = /^(?:([a-zA-Z]+(?:-[a-zA-Z]+)*)-)?(fr|es|ar|uk|zh-Hans|pt-BR|hi)-[\w-]{8}\.js$/;

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

/** Which share of the bytes a source module belongs to. */
export function groupOf(source) {
  const inPackage = source.lastIndexOf('node_modules/');
  if (inPackage !== -1) {
    const name = source.slice(inPackage + 'node_modules/'.length);
    if (name.startsWith('@lit/localize')) return 'localize';
    if (name.startsWith('@lit/context')) return 'context';
    if (/^(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(name)) return 'lit';
    if (name.startsWith('zod/')) return 'zod';
    return 'other library';
  }
  if (/^src\/(widgets\/|generated\/locales\/(?!base\/))/.test(source) || source.startsWith('bench/')) return 'element';
  // The compact validators and client operations generated from the contract are the api's (one module each under contract/ and operations/).
  if (source.startsWith('src/api/') || /^src\/generated\/(contract|operations)(\.ts|\/)/.test(source)) return 'api';
  if (source.startsWith('src/core/')) return 'core';
  return 'ui'; // src/ui, src/version.ts, the base locale loaders
}
const LIBRARY = ['lit', 'localize', 'context', 'zod', 'other library'];
const BASE = ['ui', 'api', 'core'];

/** One build's chunks (scripts/module-sizes.mjs), by file name. */
function readStats(entryFile) {
  const statsFile = entryFile.replace(/\.js$/, '.modules.json');
  if (!existsSync(statsFile)) return undefined;
  const { chunks } = JSON.parse(readFileSync(statsFile, 'utf8'));
  return { dir: dirname(entryFile), chunks: new Map(chunks.map((chunk) => [chunk.fileName, chunk])) };
}

function staticChunks(stats, fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of stats.chunks.get(fileName)?.imports ?? []) staticChunks(stats, imported, seen);
  return seen;
}

/** Gzip bytes of these chunks, shared among groups by the rendered length of their modules. */
function attribute(stats, fileNames, gzip) {
  const lengths = {};
  const modules = {};
  for (const fileName of fileNames) {
    const chunk = stats.chunks.get(fileName);
    for (const [source, length] of Object.entries(chunk?.minified ?? chunk?.rendered ?? chunk?.modules ?? {})) {
      const group = groupOf(source);
      lengths[group] = (lengths[group] ?? 0) + length;
      modules[source] = (modules[source] ?? 0) + length;
    }
  }
  const total = Object.values(lengths).reduce((sum, length) => sum + length, 0) || 1;
  const share = (length) => Math.round((gzip * length) / total);
  return {
    groups: Object.fromEntries(Object.entries(lengths).map(([group, length]) => [group, share(length)])),
    // The heaviest modules: where the next cut is.
    top: Object.entries(modules).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([source, length]) => ({ source, gzip: share(length) })),
  };
}

/**
 * The chunks already there when the part `fileName` loads: the first render's and, for a part that
 * only other parts load (the finder's introduction dialog, from the mentee's desk), the chunks every
 * one of those has brought, since rollup puts what a part shares with the part that loads it in the
 * latter's chunks. A part the first render loads itself gets the first render's only.
 */
function loadedBefore(stats, fileName, first, seen = new Set()) {
  const importers = [...stats.chunks.values()].filter((chunk) => chunk.dynamicImports?.includes(fileName));
  if (!importers.length || seen.has(fileName) || importers.some((chunk) => first.has(chunk.fileName))) return first;
  seen.add(fileName);
  const brought = importers.map((chunk) => new Set([...staticChunks(stats, chunk.fileName), ...loadedBefore(stats, chunk.fileName, first, seen)]));
  return new Set([...brought[0]].filter((file) => brought.every((set) => set.has(file))));
}

/** First render and later loads of one CDN entry built with its stats. */
function entryRows(name, entryFile, budget) {
  const stats = readStats(entryFile);
  const entryName = basename(entryFile);
  if (!existsSync(entryFile)) return { first: { name, missing: true, budget, raw: 0, gzip: 0, brotli: 0 }, later: [] };
  const firstChunks = stats ? [...staticChunks(stats, entryName)] : [entryName];
  const firstFiles = stats ? firstChunks.map((fileName) => join(stats.dir, fileName)) : closure(entryFile);
  const size = measure(firstFiles);
  const first = { name, file: relative('.', entryFile), chunks: firstFiles.length, ...size, budget, ...(stats ? attribute(stats, firstChunks, size.gzip) : {}) };
  const later = [];
  if (stats) {
    const loaded = new Set(firstChunks);
    for (const chunk of stats.chunks.values()) {
      if (!chunk.isDynamicEntry || loaded.has(chunk.fileName)) continue;
      const [, area, locale] = LOCALE_CHUNK.exec(basename(chunk.fileName)) ?? [];
      // What loading the part fetches: its chunk and the chunks it imports that neither the first render nor the part that loads it brought.
      const before = loadedBefore(stats, chunk.fileName, loaded);
      const fetched = [...staticChunks(stats, chunk.fileName)].filter((fileName) => !before.has(fileName));
      later.push({
        element: name,
        name: locale ? `locale ${locale}, ${area ?? 'default'}` : chunk.fileName.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, ''),
        kind: locale ? 'locale' : 'lazy',
        area: locale ? area ?? 'default' : undefined,
        files: fetched,
        ...measure(fetched.map((fileName) => join(stats.dir, fileName))),
        budget: locale ? BUDGETS.locale : BUDGETS.lazyPart,
      });
    }
  }
  return { first, later };
}

export function sizeTable({ root = 'dist', pkg }) {
  const first = [];
  const later = [];
  const elementsDir = join(root, 'cdn/elements');
  const elements = existsSync(elementsDir) ? readdirSync(elementsDir).filter((file) => file.endsWith('.js')).map((file) => file.replace(/\.js$/, '')).sort() : [];
  for (const element of elements) {
    const rows = entryRows(element, join(elementsDir, `${element}.js`), BUDGETS.element);
    first.push({ ...rows.first, kind: 'element' });
    later.push(...rows.later);
  }
  const reference = join(root, 'reference/trivial-widget.js');
  if (existsSync(reference)) first.push({ ...entryRows('trivial widget on the shared base', reference).first, kind: 'reference' });
  const four = join(root, 'reference/original-four.js');
  if (existsSync(four)) first.push({ ...entryRows(`the four together (${ORIGINAL_FOUR.join(', ')})`, four, BUDGETS.originalFour).first, kind: 'four' });
  first.push({ ...entryRows('all seven together (dist/cdn/bridgeway.js)', join(root, 'cdn/bridgeway.js')).first, kind: 'all' });

  const npm = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target !== 'object' || target.import.startsWith('./dist/server/') || target.import.startsWith('./dist/frameworks/')) continue;
    if (!existsSync(target.import)) continue; // the size bench builds the CDN; `npm run build` builds these
    npm.push({ name: `bridgeway${subpath.slice(1)} (npm, own code)`, kind: 'npm entry', file: target.import, ...measure(closure(target.import)) });
  }
  return { first, later, npm };
}

const kb = (bytes) => (bytes === undefined ? '' : `${(bytes / KB).toFixed(1)}`);
const verdict = (row) => (row.missing ? '**MISSING**' : row.budget === undefined ? '' : row.gzip <= row.budget ? 'ok' : '**OVER**');

export function formatTables({ first, later, npm }) {
  const out = [];
  out.push('## What the first render needs (kB gzip)', '');
  out.push('| entry | gzip | brotli | lit | localize | context | zod | base: ui | base: api | base: core | element | budget | |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const row of first) {
    const g = row.groups ?? {};
    const lib = (name) => kb(g[name] ?? 0);
    out.push(`| ${row.name} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${lib('lit')} | ${lib('localize')} | ${lib('context')} | ${kb((g.zod ?? 0) + (g['other library'] ?? 0))} | ${lib('ui')} | ${lib('api')} | ${lib('core')} | ${lib('element')} | ${kb(row.budget)} | ${verdict(row)} |`);
  }
  out.push('', '## What loads later (kB gzip; a part counts its chunk and the chunks it fetches that the first render, or the part that loads it, did not)', '');
  out.push('| element | part | gzip | brotli | budget | |', '| --- | --- | ---: | ---: | ---: | --- |');
  for (const row of later.filter((row) => row.kind === 'lazy')) {
    out.push(`| ${row.element} | ${row.name} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${kb(row.budget)} | ${verdict(row)} |`);
  }
  // Seven locales per area: one line per element and area, with the largest locale.
  const areas = new Map();
  for (const row of later.filter((row) => row.kind === 'locale')) {
    const key = `${row.element}|${row.area}`;
    if (!areas.has(key) || areas.get(key).gzip < row.gzip) areas.set(key, row);
  }
  for (const row of areas.values()) {
    const over = later.filter((other) => other.kind === 'locale' && other.element === row.element && other.area === row.area && other.gzip > other.budget);
    out.push(`| ${row.element} | locale chunk, ${row.area} (largest: ${row.name.split(',')[0].replace('locale ', '')}) | ${kb(row.gzip)} | ${kb(row.brotli)} | ${kb(row.budget)} | ${over.length ? '**OVER**' : 'ok'} |`);
  }
  out.push('', '## Heaviest modules of the first render (kB gzip, apportioned)', '');
  for (const row of first.filter((row) => row.top)) {
    out.push(`- ${row.name}: ${row.top.slice(0, 8).map((module) => `${module.source.replace(/^node_modules\//, '')} ${kb(module.gzip)}`).join(', ')}`);
  }
  if (npm.length) {
    out.push('', '## npm entries (Bridgeway\'s own code; Lit, zod and @lit/* come from the app)', '');
    out.push('| entry | gzip | brotli | raw |', '| --- | ---: | ---: | ---: |');
    for (const row of npm) out.push(`| ${row.name} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${kb(row.raw)} |`);
  }
  return out.join('\n');
}

const HEADER = `# Bundle sizes

Generated by \`node bench/run.mjs size\` (rollup + terser; gzip level 9, brotli quality 11; kB = 1000 bytes).
An element's first render counts its CDN entry (\`dist/cdn/elements/<name>.js\`) and every chunk it
imports statically; what loads later (lazy parts, locale chunks) is listed apart. The columns split the
first render's measured gzip bytes among lit (lit, lit-html, lit-element, @lit/reactive-element),
@lit/localize, @lit/context, zod, the base (src/ui with the base locale loaders, src/api with the validators and operations generated from it, src/core) and
the element (src/widgets/<name> and its locale loaders), in proportion to each module's minified bytes
in the chunks (rollup's output, attributed to source modules through the chunks' source maps by
scripts/module-sizes.mjs; rollup's \`renderedLength\`, before terser, undercounts packages shipped
minified), so they add up to the total but each is an estimate; minifier glue no module owns counts as ui. Budgets (../shared/BUDGETS.md): 20 kB per element, 40 kB
for the four original elements in one bundle, 10 kB per lazy part, 4 kB per locale chunk. What each element
has fetched by the time it shows its data (its first render plus the parts it fetches beside its data request)
is measured in Chromium by \`node bench/run.mjs first-view\`: bench/results/first-view.md.`;

/** `note`: text added under the tables (what was tried, measured by hand). */
export function runSizeBench({ resultsDir = 'bench/results', note = '' } = {}) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const tables = sizeTable({ pkg });
  const text = formatTables(tables);
  const loadAverage = existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : 'n/a';
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'size.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), loadAverage, ...tables }, null, 1)}\n`);
  writeFileSync(join(resultsDir, 'size.md'), `${HEADER}\n\nMeasured ${new Date().toISOString()} (load average ${loadAverage}; sizes do not depend on it).\n\n${text}\n${note}`);
  console.log(text);
  const rows = [...tables.first, ...tables.later.map((row) => ({ ...row, name: `${row.element}: ${row.name}` }))];
  const over = rows.filter((row) => row.missing || (row.budget !== undefined && row.gzip > row.budget));
  return { rows, over };
}
