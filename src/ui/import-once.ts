/**
 * An importer that asks the module loader once per page, for a lazily loaded part several
 * elements (or the same one put back) fetch at connect: `import()` of a module already here still
 * resolves a task or more later, and an element's first view waited for that turn after its data
 * (the narrative builder's view code, 1.2 ms median in the first-render bench, up to 20 under load).
 * The next caller gets the same promise, answered at once. A failed import is asked again.
 */
export function importOnce<M>(load: () => Promise<M>): () => Promise<M> {
  let pending: Promise<M> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
