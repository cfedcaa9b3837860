/**
 * What an evaluation needs besides the profile and the rule: the analysis date, and where
 * a rule measures validity at a later day (registration, an application), that day as
 * projected from the plan. Also the shared shape of an evaluation and its reasons.
 */
import type { DurationRange } from '../../api/common.js';
import type { AssessmentOutcomes, DateAnchor, PathwayKind } from '../../api/catalogue.js';
import type { Reason, RequirementStatus } from '../../api/gap.js';
import { addDays } from './dates.js';

/** Days from the analysis date when each open requirement's step starts and finishes, best to worst case. */
export type Projection = ReadonlyMap<string, { start: DurationRange; finish: DurationRange }>;

export interface EvaluationContext {
  /** The analysis date, `YYYY-MM-DD`. */
  asOf: string;
  /** From the plan; absent in the first pass, when every anchor reads as the analysis date. */
  projection?: Projection;
  /** The decisions of assessing bodies the target's regulation lists, with their outcomes' names (`notAskedWhen`). */
  outcomes?: readonly AssessmentOutcomes[];
}

export interface Evaluation {
  status: RequirementStatus;
  reasons: Reason[];
  /**
   * For "needs evidence": the kinds of pathway that produce the evidence (a new test
   * sitting for an expired result). Absent or empty: the step is gathering documents.
   */
  evidenceBy?: readonly PathwayKind[];
}

type Params = Record<string, string | number>;

export function reason(code: string, params: Params, en: string): Reason {
  return { code, params, text: { en } };
}

export const list = (items: readonly string[]) => items.join(', ');

/** A completed assessment whose report is dated no later than `asOf`: one dated after the analysis cannot be complete yet. */
export const completedBy = (a: { status: string; completedOn?: string }, asOf: string): boolean => a.status === 'completed' && !(a.completedOn && a.completedOn > asOf);

export function contextOf(asOfOrContext: string | EvaluationContext): EvaluationContext {
  return typeof asOfOrContext === 'string' ? { asOf: asOfOrContext } : asOfOrContext;
}

export interface AnchorDates {
  earliest: string;
  latest: string;
  /** True when the dates come from the plan rather than the analysis date. */
  projected: boolean;
}

/** The day (best and worst case) an anchor names; the analysis date where nothing is projected. */
export function anchorDates(anchor: DateAnchor | undefined, ctx: EvaluationContext): AnchorDates {
  const today = { earliest: ctx.asOf, latest: ctx.asOf, projected: false };
  if (!anchor || anchor.at === 'analysis') return today;
  const step = ctx.projection?.get(anchor.of);
  if (!step) return today;
  const range = anchor.at === 'start' ? step.start : step.finish;
  return { earliest: addDays(ctx.asOf, range.minDays), latest: addDays(ctx.asOf, range.maxDays), projected: true };
}
