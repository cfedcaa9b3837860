// Rollup plugin for the self-contained CDN bundles. @lit/localize's runtime (init/runtime.js)
// sets up its own state when it loads (a Deferred it resolves at once), which rollup must count
// as a side effect: the module then followed the package's barrel into every element's first
// download, though only src/ui/locale-runtime.ts, loaded with the first translated locale, calls
// it. Its top level touches nothing outside the module, so it is declared free of side effects
// and goes with its one importer (about 0.6 kB gzip out of every first download).
const RUNTIME = /[\\/]node_modules[\\/]@lit[\\/]localize[\\/]init[\\/]runtime\.js$/;

export default function localizeRuntimeOnDemand() {
  return {
    name: 'localize-runtime-on-demand',
    transform: (_code, id) => (RUNTIME.test(id) ? { moduleSideEffects: false } : null),
  };
}
