/** Times every in-memory ranking of the server's search index, for benches that split a search's cost. */
import { OrganisationIndex } from '../../src/server/store/mentors/search-index.js';

/**
 * Wraps `OrganisationIndex.prototype.rank` so each call reports its milliseconds under `rank (in memory)`;
 * the function returned puts the original back.
 */
export function timeIndexRanking(record: (kind: string, ms: number) => void): () => void {
  const rank = OrganisationIndex.prototype.rank;
  OrganisationIndex.prototype.rank = function (this: OrganisationIndex, ...args: Parameters<typeof rank>) {
    const started = performance.now();
    try {
      return rank.apply(this, args);
    } finally {
      record('rank (in memory)', performance.now() - started);
    }
  };
  return () => {
    OrganisationIndex.prototype.rank = rank;
  };
}
