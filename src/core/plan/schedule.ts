/**
 * Scheduling of plan steps (from the gap map or a template): each step starts when all its
 * prerequisites are finished; steps without a prerequisite between them run in parallel.
 * Input types are local on purpose, so this does not depend on the gap-map schema.
 */
import type { IsoDate } from '../../api/common.js';
import { addDays } from './dates.js';
import { topologicalOrder } from './dependencies.js';

export interface ScheduleStep {
  key: string;
  minDays: number;
  maxDays: number;
  /** Keys of steps that must finish first. */
  prerequisites: readonly string[];
}

export interface ScheduledStep {
  key: string;
  /** Earliest start: the start date or the latest earliest finish of its prerequisites. */
  earliestStart: IsoDate;
  /** Earliest finish if every step takes its minimum: the due date to propose. */
  earliestFinish: IsoDate;
  /** Finish if every step on its way takes its maximum: a realistic latest date. */
  latestFinish: IsoDate;
}

export interface Schedule {
  steps: ScheduledStep[];
  /** When everything is done, at the minimum and maximum durations. */
  earliestFinish: IsoDate;
  latestFinish: IsoDate;
}

/**
 * Schedules steps from `start`. Returns steps in input order. Throws a RangeError on
 * a dependency cycle, an unknown prerequisite, or a negative or inverted duration.
 */
export function scheduleSteps(steps: readonly ScheduleStep[], start: IsoDate): Schedule {
  for (const step of steps) {
    if (!(step.minDays >= 0 && step.maxDays >= step.minDays) || !Number.isInteger(step.minDays) || !Number.isInteger(step.maxDays)) {
      throw new RangeError(`Step ${step.key} needs whole days with 0 <= minDays <= maxDays`);
    }
  }
  const nodes = steps.map((step) => ({ ...step, id: step.key, dependsOn: step.prerequisites }));
  const finishMin = new Map<string, number>();
  const finishMax = new Map<string, number>();
  const startMin = new Map<string, number>();
  for (const node of topologicalOrder(nodes)) {
    const begin = Math.max(0, ...node.prerequisites.map((key) => finishMin.get(key)!));
    const beginMax = Math.max(0, ...node.prerequisites.map((key) => finishMax.get(key)!));
    startMin.set(node.key, begin);
    finishMin.set(node.key, begin + node.minDays);
    finishMax.set(node.key, beginMax + node.maxDays);
  }
  return {
    steps: steps.map((step) => ({
      key: step.key,
      earliestStart: addDays(start, startMin.get(step.key)!),
      earliestFinish: addDays(start, finishMin.get(step.key)!),
      latestFinish: addDays(start, finishMax.get(step.key)!),
    })),
    earliestFinish: addDays(start, Math.max(0, ...finishMin.values())),
    latestFinish: addDays(start, Math.max(0, ...finishMax.values())),
  };
}
