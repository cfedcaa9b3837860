/**
 * An importer for a part loaded on demand (`LazyPart`, src/ui/lazy.ts) that keeps its module for
 * the page once it has loaded. `import()` of a module the page has already loaded still settles a
 * task later, and an element whose first view waits for its parts (the mentor profile's form and
 * view) then shows its data a task later, often after a frame painted its loading state. The
 * next element that needs the part (put back on the page, or another one) gets it in the same
 * task, through a resolved promise, so LazyPart still adopts its styles and its translations.
 */
export function rememberedImport<M>(load: () => Promise<M>): () => Promise<M> {
  let loaded: M | undefined;
  return () => (loaded ? Promise.resolve(loaded) : load().then((module) => (loaded = module)));
}
