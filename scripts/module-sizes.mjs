// Rollup plugin for the size table (bench/size.mjs): beside each build's output it writes
// `<first entry>.modules.json`: each chunk with its static and dynamic imports and, per source
// module, its minified bytes in the chunk (attributed through the chunk's source map, as
// bench/analyze.mjs does) and rollup's rendered length (tree-shaken, before terser). The table
// shares a chunk's gzip bytes among its modules in proportion to their minified bytes.
import { dirname, relative, resolve } from 'node:path';
import { decode } from '@jridgewell/sourcemap-codec';

/** `src/ui/theme.ts`, or `node_modules/lit-html/lit-html.js` wherever the install lives. */
const sourceName = (path) => {
  const name = relative(process.cwd(), path.replace(/^\0/, '')).split('\\').join('/');
  const inPackage = name.lastIndexOf('node_modules/');
  return inPackage === -1 ? name : name.slice(inPackage);
};

/** Minified bytes of each source module in a chunk, read from its source map. */
function minifiedBytes(chunk, outDir) {
  if (!chunk.map) return undefined;
  const bytes = {};
  const lines = chunk.code.split('\n');
  const sources = chunk.map.sources.map((source) => sourceName(resolve(outDir, dirname(chunk.fileName), source)));
  decode(chunk.map.mappings).forEach((segments, lineIndex) => {
    const length = lines[lineIndex]?.length ?? 0;
    segments.forEach(([column, source], i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : length;
      const name = source === undefined ? '(unmapped)' : sources[source];
      bytes[name] = (bytes[name] ?? 0) + Math.max(0, end - column);
    });
  });
  return bytes;
}

export default function moduleSizes() {
  return {
    name: 'module-sizes',
    // The source maps that attribute the minified bytes; 'hidden' adds no comment to the code.
    outputOptions: (options) => ({ ...options, sourcemap: options.sourcemap || 'hidden' }),
    generateBundle(options, bundle) {
      const chunks = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .map((chunk) => ({
          fileName: chunk.fileName,
          isEntry: chunk.isEntry,
          isDynamicEntry: chunk.isDynamicEntry,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          minified: minifiedBytes(chunk, options.dir),
          rendered: Object.fromEntries(
            Object.entries(chunk.modules)
              .filter(([, module]) => module.renderedLength > 0)
              .map(([id, module]) => [sourceName(id), module.renderedLength]),
          ),
        }));
      const entry = chunks.find((chunk) => chunk.isEntry);
      this.emitFile({
        type: 'asset',
        fileName: `${entry.fileName.replace(/\.js$/, '')}.modules.json`,
        source: `${JSON.stringify({ chunks }, null, 1)}\n`,
      });
    },
  };
}
