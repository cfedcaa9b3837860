// Which module costs what in a bundle: `node bench/analyze.mjs <entry.ts> [--all]`.
// Bundles the entry as rollup.config.mjs bundles the CDN (same plugins, terser included, one file),
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
const chunk = output.find((c) => c.type === 'chunk' && c.isEntry);
const { code, map } = chunk;
const lines = code.split('\n');
const owner = new Array(code.length).fill(-1);
let offset = 0;
decode(map.mappings).forEach((segments, lineIndex) => {
  const line = lines[lineIndex] ?? '';
  for (let i = 0; i < segments.length; i++) {
    const [col, source] = segments[i];
    const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
    for (let c = col; c < end; c++) owner[offset + c] = source ?? -1;
  }
  offset += line.length + 1;
});
const name = (i) => (i < 0 ? '(unmapped)' : relative('.', map.sources[i].replace(/^(\.\.\/)+/, '/work/wt/sizebase/'.replace(/\/work\/wt\/sizebase\//, ''))).replace(/^.*node_modules\//, '~'));
const groupOf = (id) => (id.startsWith('~') ? id.split('/').slice(0, id.startsWith('~@') ? 2 : 1).join('/') : id.split('/').slice(0, 2).join('/'));
const gz = (s) => gzipSync(s, { level: 9 }).length;
const total = gz(code);
function table(keyOf) {
  const keys = new Map();
  for (let i = 0; i < code.length; i++) {
    const k = keyOf(name(owner[i]));
    keys.set(k, (keys.get(k) ?? 0) + 1);
  }
  const rows = [...keys].map(([k, bytes]) => {
    let without = '';
    for (let i = 0; i < code.length; i++) if (keyOf(name(owner[i])) !== k) without += code[i];
    return { k, bytes, marginal: total - gz(without) };
  });
  rows.sort((a, b) => b.marginal - a.marginal);
  return rows.map((r) => `| ${r.k} | ${r.bytes} | ${r.marginal} |`).join('\n');
}
console.log(`bundle: ${code.length} B minified, ${total} B gzip\n`);
console.log('| group | min B | gzip marginal B |\n| --- | ---: | ---: |\n' + table(groupOf));
console.log('\n| module | min B | gzip marginal B |\n| --- | ---: | ---: |\n' + table((id) => id));
