/**
 * Requirements a body's decision takes away: the NMBA's Self-check places a nurse in Stream A,
 * B or C, and a Stream A nurse sits neither the MCQ nor the OSCE. A requirement lists the
 * outcomes that mean it is not asked (`notAskedWhen`); a completed assessment by that body
 * with one of them recorded makes it met, with its own reason. Until the decision is recorded
 * the requirement stands, and a reason says the decision may take it away.
 */
import type { AssessmentOutcomes, Requirement } from '../../api/catalogue.js';
import type { Profile, Reason } from '../../api/gap.js';
import { list, reason, type Evaluation, type EvaluationContext } from './context.js';

/** The decision's name and an outcome's label in English, for the reason's text and parameters. */
function names(body: string, outcomeIds: readonly string[], ctx: EvaluationContext): { decision: string; labels: string[] } {
  const known = ctx.outcomes?.find((o: AssessmentOutcomes) => o.body === body);
  const label = (id: string) => known?.outcomes.find((o) => o.id === id)?.label.en ?? id;
  return { decision: known?.decision.en ?? body, labels: outcomeIds.map(label) };
}

/** The completed assessments by `body` dated no later than the analysis, newest first. */
function decisions(profile: Profile, body: string, asOf: string) {
  return (profile.assessments ?? [])
    .filter((a) => a.body === body && a.status === 'completed' && a.outcome && !(a.completedOn && a.completedOn > asOf))
    .sort((a, b) => (b.completedOn ?? '').localeCompare(a.completedOn ?? ''));
}

/** Met, with its reason, when a recorded outcome means the requirement is not asked of this person. */
export function notAsked(requirement: Requirement, profile: Profile, ctx: EvaluationContext): Evaluation | undefined {
  for (const rule of requirement.criteria.notAskedWhen ?? []) {
    const decided = decisions(profile, rule.body, ctx.asOf)[0];
    if (!decided?.outcome || !rule.outcomes.includes(decided.outcome)) continue;
    const { decision, labels } = names(rule.body, [decided.outcome], ctx);
    return {
      status: 'met',
      reasons: [reason('requirement.notAsked', { body: rule.body, decision, outcome: decided.outcome, label: labels[0] }, `Your ${decision} placed you in ${labels[0]}: this step is not asked of you.`)],
    };
  }
  return undefined;
}

/**
 * For a requirement still asked: a reason for each decision not yet recorded that could take it
 * away, so the answer says plainly that it depends on that decision.
 */
export function dependsOnDecision(requirement: Requirement, profile: Profile, ctx: EvaluationContext): Reason[] {
  return (requirement.criteria.notAskedWhen ?? [])
    .filter((rule) => decisions(profile, rule.body, ctx.asOf).length === 0)
    .map((rule) => {
      const { decision, labels } = names(rule.body, rule.outcomes, ctx);
      return reason(
        'requirement.dependsOnDecision',
        { body: rule.body, decision, outcomes: list(labels) },
        `Whether this step is asked of you depends on your ${decision}: it is not asked of people it places in ${list(labels)}. Record its outcome once you have it.`,
      );
    });
}
