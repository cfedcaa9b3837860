/**
 * An importer that asks the module loader once per page, for a lazily loaded part several
 * elements (or the same one put back) fetch at connect: `import()` of a module already here still
 * resolves a task or more later, and an element's first view waited for that turn after its data
 * (the narrative builder's view code, 1.2 ms median in the first-render bench, up to 20 under load).
 * The next caller gets the same promise, answered at once, and the module itself is `loaded` once
 * it has arrived (a `LazyPart` is then ready in the same turn: `LazyPart.atHand`). A failed import
 * is asked again.
 */
export function importOnce<M>(load: () => Promise<M>): OnceImporter<M> {
  let pending: Promise<M> | undefined;
  const importer: OnceImporter<M> = Object.assign(
    () =>
      (pending ??= load().then(
        (module) => (importer.loaded = module),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
    { loaded: undefined as M | undefined },
  );
  return importer;
}

/** An importer made by {@link importOnce}: `loaded` is its module once it has arrived on this page. */
export type OnceImporter<M> = (() => Promise<M>) & { loaded?: M };
