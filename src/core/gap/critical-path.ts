/**
 * The critical path over prerequisites: steps in topological order, grouped into
 * stages that can run in parallel, with earliest start and finish as ranges (best case
 * with every step at its minimum, worst case at its maximum) and the totals of time
 * and cost. Prerequisites that form a cycle are rejected with the cycle named.
 */
import type { DurationRange, MoneyRange } from '../../api/common.js';

export interface PathTask {
  id: string;
  duration: DurationRange;
  cost: readonly MoneyRange[];
  /** Ids of tasks that must finish before this one starts. */
  after: readonly string[];
}

export interface ScheduledTask extends PathTask {
  stage: number;
  earliestStart: DurationRange;
  earliestFinish: DurationRange;
  critical: boolean;
}

export interface Schedule {
  /** In topological order (by stage, then in input order). */
  tasks: ScheduledTask[];
  stages: string[][];
  totalDuration: DurationRange;
  totalCost: MoneyRange[];
}

export class PrerequisiteCycleError extends Error {
  override readonly name = 'PrerequisiteCycleError';
  constructor(readonly cycle: readonly string[]) {
    super(`Prerequisites form a cycle: ${cycle.join(' -> ')}. Remove one of these prerequisites.`);
  }
}

/** Sums cost ranges per currency, in the order currencies first appear. */
export function sumCosts(costs: Iterable<MoneyRange>): MoneyRange[] {
  const totals = new Map<string, MoneyRange>();
  for (const c of costs) {
    const t = totals.get(c.currency);
    if (t) {
      t.minMinor += c.minMinor;
      t.maxMinor += c.maxMinor;
    } else totals.set(c.currency, { ...c });
  }
  return [...totals.values()];
}

function findCycle(ids: readonly string[], deps: Map<string, readonly string[]>): string[] {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const dep of deps.get(id) ?? []) {
      if (state.get(dep) === 'visiting') return [...stack.slice(stack.indexOf(dep)), dep];
      if (!state.has(dep)) {
        const found = visit(dep);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  };
  for (const id of ids) {
    if (state.has(id)) continue;
    const found = visit(id);
    // Depth-first follows "after" edges backwards; report the cycle in the order work would flow.
    if (found) return found.reverse();
  }
  return [];
}

export function schedule(input: readonly PathTask[]): Schedule {
  const byId = new Map<string, PathTask>();
  for (const task of input) {
    if (byId.has(task.id)) throw new Error(`Step "${task.id}" appears twice.`);
    byId.set(task.id, task);
  }
  for (const task of input) {
    for (const dep of task.after) {
      if (!byId.has(dep)) throw new Error(`Step "${task.id}" waits for "${dep}", which is not a step.`);
    }
    if (task.duration.minDays > task.duration.maxDays) throw new Error(`Step "${task.id}" has a duration whose minimum exceeds its maximum.`);
  }

  // Kahn's algorithm, one stage (wave) at a time: a task's stage is its longest chain of prerequisites.
  const remaining = new Map<string, number>();
  const dependants = new Map<string, string[]>();
  for (const task of input) {
    const unique = [...new Set(task.after)];
    remaining.set(task.id, unique.length);
    for (const dep of unique) dependants.set(dep, [...(dependants.get(dep) ?? []), task.id]);
  }
  const stages: string[][] = [];
  let wave = input.filter((t) => remaining.get(t.id) === 0).map((t) => t.id);
  let placed = 0;
  while (wave.length > 0) {
    stages.push(wave);
    placed += wave.length;
    const next: string[] = [];
    for (const id of wave) {
      for (const child of dependants.get(id) ?? []) {
        const left = remaining.get(child)! - 1;
        remaining.set(child, left);
        if (left === 0) next.push(child);
      }
    }
    const order = new Map(input.map((t, i) => [t.id, i]));
    wave = next.sort((a, b) => order.get(a)! - order.get(b)!);
  }
  if (placed < input.length) {
    const stuck = input.filter((t) => remaining.get(t.id)! > 0).map((t) => t.id);
    throw new PrerequisiteCycleError(findCycle(stuck, new Map(input.map((t) => [t.id, t.after]))));
  }

  const scheduled = new Map<string, ScheduledTask>();
  stages.forEach((ids, stage) => {
    for (const id of ids) {
      const task = byId.get(id)!;
      const deps = task.after.map((d) => scheduled.get(d)!);
      const start = {
        minDays: Math.max(0, ...deps.map((d) => d.earliestFinish.minDays)),
        maxDays: Math.max(0, ...deps.map((d) => d.earliestFinish.maxDays)),
      };
      scheduled.set(id, {
        ...task,
        stage,
        earliestStart: start,
        earliestFinish: { minDays: start.minDays + task.duration.minDays, maxDays: start.maxDays + task.duration.maxDays },
        critical: false,
      });
    }
  });

  const tasks = stages.flat().map((id) => scheduled.get(id)!);
  const totalDuration = {
    minDays: Math.max(0, ...tasks.map((t) => t.earliestFinish.minDays)),
    maxDays: Math.max(0, ...tasks.map((t) => t.earliestFinish.maxDays)),
  };
  // Mark the worst-case chain: from the last finisher back through the prerequisite that finishes last.
  let cursor = tasks.filter((t) => t.earliestFinish.maxDays === totalDuration.maxDays).at(-1);
  while (cursor) {
    cursor.critical = true;
    const start = cursor.earliestStart.maxDays;
    cursor = cursor.after.map((d) => scheduled.get(d)!).find((d) => d.earliestFinish.maxDays === start);
  }
  return { tasks, stages, totalDuration, totalCost: sumCosts(tasks.flatMap((t) => t.cost)) };
}
