/**
 * Small numbers protected: which figures of the program's metrics may be shown.
 *
 * The people behind the figures are counted in "atoms": one count per combination of the
 * dimensions a person can be filtered or broken down by (cohort, occupation, jurisdiction,
 * origin region, gender). A figure describes the atoms that match its constraints. It is shown
 * only when
 * - it describes at least `k` people (primary suppression), and
 * - every broader view the same person could ask for (the same figure with some of the filters
 *   dropped) differs from it by no one or by at least `k` people, so subtracting two filtered
 *   views never isolates fewer than `k` people.
 * In a breakdown, withheld groups are then completed (complementary suppression): if a single
 * group is withheld, or the withheld groups together describe fewer than `k` people, the smallest
 * shown groups are withheld too, because the total minus the shown groups would reveal them.
 */

/** The value of each dimension of an atom: `null` where the person did not give it. */
export type Dimensions = Readonly<Record<string, string | null>>;

/** People with the same dimensions, counted once per measure (a measure counts those a figure can use). */
export interface Atom {
  dimensions: Dimensions;
  people: Readonly<Record<string, number>>;
}

/** What a figure is about: the values it requires of some dimensions. */
export type Constraints = Readonly<Record<string, string>>;

/** The people of `measure` in the atoms that meet `constraints`. */
export function population(atoms: readonly Atom[], constraints: Constraints, measure: string): number {
  let total = 0;
  for (const atom of atoms) {
    if (Object.entries(constraints).every(([dimension, value]) => atom.dimensions[dimension] === value)) total += atom.people[measure] ?? 0;
  }
  return total;
}

/** Every subset of `keys` but the whole set itself: the filters a broader view keeps. */
function properSubsets(keys: readonly string[]): string[][] {
  const subsets: string[][] = [];
  for (let mask = 0; mask < (1 << keys.length) - 1; mask++) subsets.push(keys.filter((_key, index) => mask & (1 << index)));
  return subsets;
}

/**
 * Whether a figure of `measure` over `constraints` may be shown. `filters` names the
 * dimensions among the constraints that the person chose as filters (they can drop them to
 * get a broader view); the others (a breakdown's group) stay fixed.
 */
export function mayShow(atoms: readonly Atom[], constraints: Constraints, filters: readonly string[], measure: string, k: number): boolean {
  const people = population(atoms, constraints, measure);
  if (people < k) return false;
  const chosen = filters.filter((dimension) => dimension in constraints);
  const fixed = Object.fromEntries(Object.entries(constraints).filter(([dimension]) => !chosen.includes(dimension)));
  for (const kept of properSubsets(chosen)) {
    const broader = { ...fixed, ...Object.fromEntries(kept.map((dimension) => [dimension, constraints[dimension]])) };
    const difference = population(atoms, broader, measure) - people;
    if (difference > 0 && difference < k) return false;
  }
  return true;
}

export interface GroupCount {
  group: string;
  people: number;
  /** Passed {@link mayShow} on its own. */
  safe: boolean;
}

/**
 * The groups of a breakdown to withhold: the unsafe ones, completed with the smallest shown
 * groups until no lone group is withheld and the withheld groups together describe no one or at
 * least `k` people.
 */
export function withheldGroups(groups: readonly GroupCount[], k: number): Set<string> {
  const withheld = new Set(groups.filter((group) => !group.safe).map((group) => group.group));
  const shown = groups.filter((group) => !withheld.has(group.group)).sort((a, b) => a.people - b.people || a.group.localeCompare(b.group));
  const hiddenPeople = () => groups.reduce((sum, group) => sum + (withheld.has(group.group) ? group.people : 0), 0);
  while (withheld.size > 0 && shown.length > 0 && (withheld.size === 1 || hiddenPeople() < k)) {
    withheld.add(shown.shift()!.group);
  }
  return withheld;
}
