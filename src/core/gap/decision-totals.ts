/**
 * Totals per outcome of a decision not yet recorded. The NMBA's Self-check places a nurse in one
 * stream: only Stream B sits the MCQ and the OSCE, only Stream C takes a qualification leading to
 * registration. Until the stream is recorded the map shows every stream's steps, each saying that
 * the Self-check decides; the time and cost must not add them up as if one person took them all.
 * So the plan is scheduled once per outcome, without the steps that outcome takes away, and the
 * headline totals span those plans.
 */
import type { AssessmentOutcomes, Requirement } from '../../api/catalogue.js';
import type { DurationRange, MoneyRange } from '../../api/common.js';
import type { CriticalPath, RequirementResult } from '../../api/gap.js';
import { schedule, type PathTask } from './critical-path.js';

export type DecisionTotals = NonNullable<CriticalPath['byDecision']>[number];

/** A step's requirements, by step id, and every requirement by id: what `buildCriticalPath` knows. */
export interface PathShape {
  tasks: readonly PathTask[];
  members: ReadonlyMap<string, readonly string[]>;
  requirementById: ReadonlyMap<string, Requirement>;
}

/** The bodies whose decision is not yet recorded and could take an open step away (`requirement.dependsOnDecision`). */
export function undecidedBodies(open: readonly RequirementResult[]): string[] {
  return [...new Set(open.flatMap((r) => r.reasons.filter((x) => x.code === 'requirement.dependsOnDecision').map((x) => String(x.params.body))))];
}

/** The plan's steps once `outcome` of `body` is known: a step goes when it takes away all it closes, and what waited on it waits on what it waited on. */
function tasksFor(shape: PathShape, body: string, outcome: string): PathTask[] {
  const takenAway = (requirementId: string) => shape.requirementById.get(requirementId)?.criteria.notAskedWhen?.some((rule) => rule.body === body && rule.outcomes.includes(outcome)) ?? false;
  const gone = new Set(shape.tasks.filter((t) => shape.members.get(t.id)!.every(takenAway)).map((t) => t.id));
  const byId = new Map(shape.tasks.map((t) => [t.id, t]));
  // The full plan was scheduled already, so its prerequisites form no cycle.
  const waitsOn = (id: string): string[] => (gone.has(id) ? byId.get(id)!.after.flatMap(waitsOn) : [id]);
  return shape.tasks.filter((t) => !gone.has(t.id)).map((t) => ({ ...t, after: [...new Set(t.after.flatMap(waitsOn))] }));
}

/** The outcomes a body's decision can have: the regulation's list, else the ones its rules name. */
function outcomesOf(body: string, shape: PathShape, known: readonly AssessmentOutcomes[] | undefined): string[] {
  const listed = known?.find((o) => o.body === body)?.outcomes.map((o) => o.id);
  if (listed?.length) return listed;
  const named = [...shape.requirementById.values()].flatMap((r) => (r.criteria.notAskedWhen ?? []).filter((rule) => rule.body === body).flatMap((rule) => rule.outcomes));
  return [...new Set(named)];
}

/** The totals for each outcome of each decision not yet recorded; empty when no outcome would change them. */
export function totalsByDecision(shape: PathShape, bodies: readonly string[], known: readonly AssessmentOutcomes[] | undefined): DecisionTotals[] {
  const totals = bodies.flatMap((body) =>
    outcomesOf(body, shape, known).map((outcome) => {
      const plan = schedule(tasksFor(shape, body, outcome));
      return { body, outcome, totalDuration: plan.totalDuration, totalCost: plan.totalCost };
    }),
  );
  const same = (a: DecisionTotals, b: DecisionTotals) => JSON.stringify([a.totalDuration, a.totalCost]) === JSON.stringify([b.totalDuration, b.totalCost]);
  return totals.every((t) => same(t, totals[0])) ? [] : totals;
}

/** The range every outcome's plan falls in: the shortest best case to the longest worst case, and per currency the least to the most (nothing, where a plan has no fee in it). */
export function spanOf(totals: readonly DecisionTotals[]): { totalDuration: DurationRange; totalCost: MoneyRange[] } {
  const totalDuration = { minDays: Math.min(...totals.map((t) => t.totalDuration.minDays)), maxDays: Math.max(...totals.map((t) => t.totalDuration.maxDays)) };
  const currencies = [...new Set(totals.flatMap((t) => t.totalCost.map((c) => c.currency)))];
  const totalCost = currencies.map((currency) => {
    const amounts = totals.map((t) => t.totalCost.find((c) => c.currency === currency));
    return { minMinor: Math.min(...amounts.map((a) => a?.minMinor ?? 0)), maxMinor: Math.max(...amounts.map((a) => a?.maxMinor ?? 0)), currency };
  });
  return { totalDuration, totalCost };
}
