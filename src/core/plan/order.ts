/**
 * Ordering of milestones. Positions are dense (0, 1, 2 ...) after every move, and the
 * sort is stable: equal positions keep creation order, then id order.
 */
export interface Positioned {
  id: string;
  position: number;
  createdAt?: string;
}

/** Sorts by position, then creation time, then id; returns a new array. */
export function sortByPosition<T extends Positioned>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => a.position - b.position || (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Renumbers positions 0..n-1 in the current order; items whose position did not change are returned as they were. */
export function normalisePositions<T extends Positioned>(items: readonly T[]): T[] {
  return sortByPosition(items).map((item, index) => (item.position === index ? item : { ...item, position: index }));
}

export type Move = 'up' | 'down' | 'first' | 'last' | { to: number };

/**
 * Moves one milestone and returns the list in its new order with dense positions.
 * Moving past either end stays at that end; an unknown id leaves the order unchanged.
 */
export function moveItem<T extends Positioned>(items: readonly T[], id: string, move: Move): T[] {
  const ordered = sortByPosition(items);
  const from = ordered.findIndex((item) => item.id === id);
  if (from === -1) return normalisePositions(ordered);
  const last = ordered.length - 1;
  let to: number;
  if (move === 'up') to = from - 1;
  else if (move === 'down') to = from + 1;
  else if (move === 'first') to = 0;
  else if (move === 'last') to = last;
  else to = Math.trunc(move.to);
  to = Math.max(0, Math.min(last, to));
  const [moved] = ordered.splice(from, 1);
  ordered.splice(to, 0, moved);
  return ordered.map((item, index) => (item.position === index ? item : { ...item, position: index }));
}

/** The ids in order: the body of a reorder request. */
export function orderOf(items: readonly Positioned[]): string[] {
  return sortByPosition(items).map((item) => item.id);
}

/**
 * Applies an order (a list of ids) to items: listed ids take positions in list order,
 * unlisted ones follow in their previous order. Unknown ids in `order` are ignored.
 */
export function applyOrder<T extends Positioned>(items: readonly T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, index) => [id, index] as const));
  const listed = items.filter((item) => rank.has(item.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  const rest = sortByPosition(items.filter((item) => !rank.has(item.id)));
  return [...listed, ...rest].map((item, index) => (item.position === index ? item : { ...item, position: index }));
}
