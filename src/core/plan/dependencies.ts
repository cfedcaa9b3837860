/** Dependencies between milestones: every id known, no milestone depending on itself, no cycle. */

export interface DependencyNode {
  id: string;
  dependsOn: readonly string[];
}

export type DependencyCheck =
  | { ok: true }
  | { ok: false; reason: 'unknown'; id: string; unknown: string[] }
  | { ok: false; reason: 'self'; id: string }
  | { ok: false; reason: 'cycle'; cycle: string[] };

/**
 * Finds one cycle in a dependency graph and returns its ids in dependency order, the first
 * id repeated at the end (`['a', 'b', 'a']`: a depends on b, b on a); null when there is none.
 * Edges to unknown ids are ignored.
 */
export function findCycle(nodes: readonly DependencyNode[]): string[] | null {
  const edges = new Map(nodes.map((node) => [node.id, node.dependsOn] as const));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];

  const visit = (id: string): string[] | null => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      if (!edges.has(next)) continue;
      const seen = state.get(next);
      if (seen === 'visiting') return [...stack.slice(stack.indexOf(next)), next];
      if (seen === undefined) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  };

  for (const node of nodes) {
    if (state.has(node.id)) continue;
    const found = visit(node.id);
    if (found) return found;
  }
  return null;
}

/** Checks a whole graph: unknown ids first, then self-dependencies, then cycles. */
export function validateDependencies(nodes: readonly DependencyNode[]): DependencyCheck {
  const ids = new Set(nodes.map((node) => node.id));
  for (const node of nodes) {
    const unknown = node.dependsOn.filter((dep) => !ids.has(dep));
    if (unknown.length > 0) return { ok: false, reason: 'unknown', id: node.id, unknown };
    if (node.dependsOn.includes(node.id)) return { ok: false, reason: 'self', id: node.id };
  }
  const cycle = findCycle(nodes);
  return cycle ? { ok: false, reason: 'cycle', cycle } : { ok: true };
}

/** Checks the graph as it would be after `id` got `dependsOn`: what a server checks before an update. */
export function validateDependencyChange(nodes: readonly DependencyNode[], id: string, dependsOn: readonly string[]): DependencyCheck {
  const next = nodes.some((node) => node.id === id)
    ? nodes.map((node) => (node.id === id ? { id, dependsOn } : node))
    : [...nodes, { id, dependsOn }];
  return validateDependencies(next);
}

/** Dependencies of a milestone that are not done yet (dropped ones do not hold anything up). */
export function unmetDependencies(
  milestone: DependencyNode,
  all: ReadonlyArray<DependencyNode & { status: string }>,
): string[] {
  const byId = new Map(all.map((m) => [m.id, m] as const));
  return milestone.dependsOn.filter((dep) => {
    const status = byId.get(dep)?.status;
    return status !== undefined && status !== 'done' && status !== 'dropped';
  });
}

/**
 * Orders nodes so that every node comes after what it depends on; among nodes that are
 * ready at the same time, input order is kept. Throws on a cycle or an unknown id.
 */
export function topologicalOrder<T extends DependencyNode>(nodes: readonly T[]): T[] {
  const check = validateDependencies(nodes);
  if (!check.ok) {
    throw new RangeError(
      check.reason === 'cycle'
        ? `Dependency cycle: ${check.cycle.join(' -> ')}`
        : check.reason === 'self'
          ? `${check.id} depends on itself`
          : `${check.id} depends on unknown ${check.unknown.join(', ')}`,
    );
  }
  const placed = new Set<string>();
  const result: T[] = [];
  while (result.length < nodes.length) {
    for (const node of nodes) {
      if (!placed.has(node.id) && node.dependsOn.every((dep) => placed.has(dep))) {
        placed.add(node.id);
        result.push(node);
      }
    }
  }
  return result;
}
