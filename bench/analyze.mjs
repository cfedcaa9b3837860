// Which module costs what in a bundle: `node bench/analyze.mjs <entry.ts> [--all]`.
// Bundles the entry as rollup.config.mjs bundles the CDN (same plugins, terser included, the entry and the chunks it imports statically),
// then attributes every byte of the minified output to its source module through the
// source map. For each module: its minified bytes, and what the bundle's gzip size would
// lose without them ("gzip marginal"), which accounts for gzip's shared dictionary.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { decode } from '@jridgewell/sourcemap-codec';
import { cdnPlugins } from '../rollup.config.mjs';

const args = process.argv.slice(2);
const all = args.includes('--all');
const entries = args.filter((a) => !a.startsWith('--'));
const bundle = await rollup({ input: entries, plugins: cdnPlugins(), onwarn: () => {} });
const { output } = await bundle.generate({ format: 'es', sourcemap: true, inlineDynamicImports: false });
// What the first render loads: the entry chunk and every chunk it imports statically (an entry
// that shares its code with its lazy parts is a facade over one such chunk), in one text as the
// size table counts them.
const byName = new Map(output.map((c) => [c.fileName, c]));
const firstRender = [];
const visit = (c) => {
  if (firstRender.includes(c)) return;
  firstRender.push(c);
  c.imports.forEach((file) => visit(byName.get(file)));
};
visit(output.find((c) => c.type === 'chunk' && c.isEntry));
const code = firstRender.map((c) => c.code).join('');
/** For each character of `code`, the source module it came from (through each chunk's source map). */
const owner = new Array(code.length).fill('(unmapped)');
let start = 0;
for (const { code: chunkCode, map } of firstRender) {
  let offset = start;
  start += chunkCode.length;
  const lines = chunkCode.split('\n');
  const sourceName = map.sources.map((source) => relative('.', source.replace(/^(\.\.\/)+/, '')).replace(/^.*node_modules\//, '~'));
  decode(map.mappings).forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    for (let i = 0; i < segments.length; i++) {
      const [col, source] = segments[i];
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      for (let c = col; c < end; c++) owner[offset + c] = source === undefined ? '(unmapped)' : sourceName[source];
    }
    offset += line.length + 1;
  });
}
const groupOf = (id) => (id.startsWith('~') ? id.split('/').slice(0, id.startsWith('~@') ? 2 : 1).join('/') : id.split('/').slice(0, 2).join('/'));
const gz = (s) => gzipSync(s, { level: 9 }).length;
const total = gz(code);
function table(keyOf) {
  const keys = new Map();
  for (let i = 0; i < code.length; i++) {
    const k = keyOf(owner[i]);
    keys.set(k, (keys.get(k) ?? 0) + 1);
  }
  const rows = [...keys].map(([k, bytes]) => {
    let without = '';
    for (let i = 0; i < code.length; i++) if (keyOf(owner[i]) !== k) without += code[i];
    return { k, bytes, marginal: total - gz(without) };
  });
  rows.sort((a, b) => b.marginal - a.marginal);
  return rows.map((r) => `| ${r.k} | ${r.bytes} | ${r.marginal} |`).join('\n');
}
console.log(`bundle: ${code.length} B minified, ${total} B gzip\n`);
console.log('| group | min B | gzip marginal B |\n| --- | ---: | ---: |\n' + table(groupOf));
console.log('\n| module | min B | gzip marginal B |\n| --- | ---: | ---: |\n' + table((id) => id));
