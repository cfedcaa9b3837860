/**
 * Where the server finds its files, in the source tree (`src/server/`) and in the bundle
 * (`dist/server/index.js`, or a shared chunk in `dist/server/chunks/`, with the migrations
 * copied to `dist/server/migrations/`): the first candidate where a known file exists.
 */
import { existsSync } from 'node:fs';

function locate(candidates: readonly string[], probe: string): URL {
  for (const candidate of candidates) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(new URL(probe, url))) return url;
  }
  return new URL(candidates[0], import.meta.url);
}

export const migrationsDir = locate(['./migrations/', '../migrations/'], '001_foundation.sql');
export const packageRoot = locate(['../../', '../../../'], 'package.json');
/** The catalogue data files (`catalogue/index.json` and the files it lists), shipped in the package. */
export const catalogueDir = new URL('catalogue/', packageRoot);
