// Builds dist/ from the package's own `exports` map, so an entry point cannot be
// declared without being built:
//   - the library: one ES module per source module (src/ui/base-element.ts ->
//     dist/ui/base-element.js, its types beside it from tsc), minified; its dependencies (Lit,
//     zod, @lit/localize, @lit/context) stay imports, so an app that also uses Lit bundles one
//     copy of it, and the custom-elements manifest can name the file each class ships in;
//   - the CDN: dist/cdn/bridgeway.js (every element, one <script type="module">) and one
//     bundle per element in dist/cdn/elements/ (what a page embedding one element loads),
//     self-contained: the dependencies are bundled in;
//   - the server: dist/server/ for Node, dependencies left external, migrations copied.
// BUILD_DIR writes somewhere else than dist/ (the package test builds into a temp folder).
import { readFileSync, readdirSync, existsSync, mkdirSync, copyFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyCssLiterals from './scripts/minify-css-literals.mjs';
import minifyHtmlLiterals from './scripts/minify-html-literals.mjs';
import moduleSizes from './scripts/module-sizes.mjs';
import stripRequestSchemas from './scripts/strip-request-schemas.mjs';
import explicitMessageIds from './scripts/explicit-message-ids.mjs';
import localizeRuntimeOnDemand from './scripts/localize-runtime-on-demand.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const only = process.env.BUILD_ONLY?.split(',');
const wanted = (name) => !only || only.includes(name);
const out = process.env.BUILD_DIR ?? 'dist';

/** `./dist/ui/provider/provider.js` -> `src/ui/provider/provider.ts` */
const sourceOf = (distPath) => distPath.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts');

/** Entries rollup builds: not the server's (built for Node below), not the framework typings (scripts/framework-types.mjs). */
const isBrowserEntry = (target) =>
  typeof target === 'object' && !target.import.startsWith('./dist/server/') && !target.import.startsWith('./dist/frameworks/');

const browserEntries = Object.fromEntries(
  Object.values(pkg.exports)
    .filter(isBrowserEntry)
    .map((target) => [target.import.replace(/^\.\/dist\//, '').replace(/\.js$/, ''), sourceOf(target.import)]),
);

export const browserPlugins = () => [
  nodeResolve({ browser: true }),
  minifyCssLiterals(),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  minifyHtmlLiterals(),
  // `npm start` skips minifying (BUILD_MINIFY=0): the local demo comes up seconds sooner.
  ...(process.env.BUILD_MINIFY === '0' ? [] : [terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } })]),
];

/**
 * The generated contract one module per validator and per operation (src/generated/contract.split.ts,
 * operations.split.ts) where the source imports the single files: rollup never splits a module, so
 * with one contract.ts every validator any lazy part used joined the element's first download.
 * Node and the tests keep reading the single files, which load in a fraction of the time.
 */
function splitContract() {
  const generated = fileURLToPath(new URL('./src/generated/', import.meta.url));
  const split = new Map(['contract', 'operations'].map((name) => [`${generated}${name}.ts`, `${generated}${name}.split.ts`]));
  return {
    name: 'split-contract',
    async resolveId(source, importer, options) {
      if (!/\/(contract|operations)\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && split.has(resolved.id) ? { id: split.get(resolved.id) } : null;
    },
  };
}

/**
 * Lit's `css`, `unsafeCSS` and `svg` tags only build values: a module's styles or icons that no
 * element of the bundle adopts are dropped (rollup keeps a tagged template it cannot prove pure,
 * so before this every block's CSS came along with any one block imported from src/ui/blocks.ts).
 */
function pureLitTags() {
  return {
    name: 'pure-lit-tags',
    options: (options) => ({
      ...options,
      treeshake: { ...(typeof options.treeshake === 'object' ? options.treeshake : {}), manualPureFunctions: ['css', 'unsafeCSS', 'svg'] },
    }),
  };
}

/**
 * The self-contained CDN bundles: the browser plugins, the split contract, operations without
 * their request schemas, @lit/localize without the message-id hash no message of ours needs and
 * with its runtime where it is called, and Lit's style and icon tags treated as pure.
 */
export const cdnPlugins = () => {
  const plugins = [pureLitTags(), localizeRuntimeOnDemand(), splitContract(), explicitMessageIds(), ...browserPlugins()];
  plugins.splice(plugins.findIndex((plugin) => plugin.name === 'esbuild') + 1, 0, stripRequestSchemas());
  return plugins;
};

/** Locale chunks carry their area: `base-fr-<hash>.js`, `plan-fr-<hash>.js` (see scripts/split-locales.mjs). */
const chunkNames = (prefix) => (chunk) => {
  const area = /\/generated\/locales\/([^/]+)\/[^/]+\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
  return `${prefix}${area ? `${area}-` : ''}[name]-[hash].js`;
};

const widgetDefines = existsSync('src/widgets')
  ? readdirSync('src/widgets').filter((name) => existsSync(`src/widgets/${name}/define.ts`))
  : [];

function copyMigrations() {
  return {
    name: 'copy-migrations',
    writeBundle() {
      mkdirSync(`${out}/server/migrations`, { recursive: true });
      for (const file of readdirSync('src/server/migrations')) {
        if (file.endsWith('.sql')) copyFileSync(`src/server/migrations/${file}`, `${out}/server/migrations/${file}`);
      }
    },
  };
}

/** A bare specifier (`lit`, `lit/decorators.js`, `zod/mini`): a package, not one of our files. */
const isBareSpecifier = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
const nodeExternal = (id) => builtinModules.includes(id) || id.startsWith('node:') || isBareSpecifier(id);

// Circular imports inside dependencies (zod's core) are theirs to keep; ours are not.
function onwarn(warning, warn) {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  // zod's comments that mention @__PURE__ in prose; rollup drops the comments, nothing else.
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  warn(warning);
}

// The size benchmark (SIZE_STATS=1) asks each browser build for its modules' rendered sizes.
const sizeStats = () => (process.env.SIZE_STATS === '1' ? [moduleSizes()] : []);

const configs = [];

if (wanted('lib')) {
  configs.push({
    input: browserEntries,
    external: isBareSpecifier,
    output: { dir: out, format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js', sourcemap: true },
    plugins: browserPlugins(),
    onwarn,
  });
}

if (wanted('cdn')) {
  configs.push({
    input: { bridgeway: 'src/define.ts' },
    output: { dir: `${out}/cdn`, format: 'es', entryFileNames: '[name].js', chunkFileNames: chunkNames('chunks/'), sourcemap: true },
    plugins: [...cdnPlugins(), ...sizeStats()],
    onwarn,
  });
}

if (wanted('elements')) {
  for (const name of widgetDefines) {
    configs.push({
      input: { [name]: `src/widgets/${name}/define.ts` },
      output: { dir: `${out}/cdn/elements`, format: 'es', entryFileNames: '[name].js', chunkFileNames: chunkNames(`${name}/`) },
      plugins: [...cdnPlugins(), ...sizeStats()],
      onwarn,
    });
  }
}

// The smallest widget on the shared base (bench/fixtures/trivial-widget.ts): what every
// element pays before its own code. Built only when asked for (the size benchmark does),
// never by `npm run build`, so it is not published.
if (only?.includes('reference')) {
  configs.push({
    input: { 'trivial-widget': 'bench/fixtures/trivial-widget.ts' },
    output: { dir: `${out}/reference`, format: 'es', entryFileNames: '[name].js', chunkFileNames: chunkNames('trivial-widget/') },
    plugins: [...cdnPlugins(), ...sizeStats()],
    onwarn,
  });
  // The four original elements in one bundle (bench/fixtures/original-four.ts): the 40 kB budget's row.
  configs.push({
    input: { 'original-four': 'bench/fixtures/original-four.ts' },
    output: { dir: `${out}/reference`, format: 'es', entryFileNames: '[name].js', chunkFileNames: chunkNames('original-four/') },
    plugins: [...cdnPlugins(), ...sizeStats()],
    onwarn,
  });
}

if (wanted('server')) {
  configs.push({
    input: { index: 'src/server/index.ts', cli: 'src/server/cli.ts' },
    external: nodeExternal,
    output: { dir: `${out}/server`, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    plugins: [esbuild({ target: 'node20', tsconfig: 'tsconfig.json' }), copyMigrations()],
    onwarn,
  });
}

export default configs;
