/**
 * Stand-ins for a lazily loaded part's chunk in browser tests (src/ui/lazy.ts): one that does not
 * arrive, as `import()` rejects when the network drops, and one held back until the test lets it.
 */

/** Anything loaded through an importer a test may replace (a LazyPart). */
interface Imported<M> {
  importer: () => Promise<M>;
}

/** What `import()` rejects with when a chunk does not arrive. */
export const chunkFailure = (): Promise<never> => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** Makes `part`'s chunk fail until the returned `restore()` puts the real importer back. */
export function failChunk<M>(part: Imported<M>): () => void {
  const real = part.importer;
  part.importer = chunkFailure;
  return () => {
    part.importer = real;
  };
}

/**
 * Holds `part`'s chunk back: every import waits until `release()`, then loads the real chunk, or fails
 * as a dropped network does with `release(true)`. `restore()` puts the real importer back.
 */
export function holdChunk<M>(part: Imported<M>) {
  const real = part.importer;
  let release!: (fail?: boolean) => void;
  const gate = new Promise<boolean>((resolve) => (release = (fail = false) => resolve(fail)));
  part.importer = () => gate.then((fail) => (fail ? chunkFailure() : real()));
  return {
    real,
    release,
    restore: () => {
      part.importer = real;
    },
  };
}
