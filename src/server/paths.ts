/**
 * Where the server finds its files. This module sits directly in `src/server/` so that the
 * same relative URLs hold in the source tree and in the bundle (`dist/server/index.js`, with
 * the migrations copied next to it).
 */
export const migrationsDir = new URL('./migrations/', import.meta.url);
export const packageRoot = new URL('../../', import.meta.url);
/** The catalogue data files (`catalogue/index.json` and the files it lists), shipped in the package. */
export const catalogueDir = new URL('catalogue/', packageRoot);
