/**
 * A bounded top-k of rank positions: the page plus one of a search, kept while every candidate is
 * seen once. Shared by the server's in-memory search index and the bench's limit reference.
 */
import { compareRank, type RankPosition } from './ranking.js';

/** A heap entry: a rank position, its score and where the candidate lives in its index. */
export interface TopKCandidate extends RankPosition {
  row: number;
  score: number;
}

/** A max-heap on rank order (the worst ranked on top), bounded to `capacity`. */
export class WorstOnTopHeap {
  readonly items: TopKCandidate[] = [];
  constructor(readonly capacity: number) {}

  get full(): boolean {
    return this.items.length >= this.capacity;
  }
  get worst(): TopKCandidate {
    return this.items[0];
  }

  offer(candidate: TopKCandidate): void {
    const items = this.items;
    if (items.length < this.capacity) {
      items.push(candidate);
      let i = items.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (compareRank(items[parent], items[i]) >= 0) break;
        [items[parent], items[i]] = [items[i], items[parent]];
        i = parent;
      }
      return;
    }
    if (compareRank(candidate, items[0]) >= 0) return;
    items[0] = candidate;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < items.length && compareRank(items[left], items[largest]) > 0) largest = left;
      if (right < items.length && compareRank(items[right], items[largest]) > 0) largest = right;
      if (largest === i) break;
      [items[largest], items[i]] = [items[i], items[largest]];
      i = largest;
    }
  }

  /** The candidates in rank order, best first. */
  ranked(): TopKCandidate[] {
    return [...this.items].sort(compareRank);
  }
}
