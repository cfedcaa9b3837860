/**
 * Requirements a body's decision takes away: the NMBA's Self-check places a nurse in Stream A,
 * B or C, and a Stream A nurse sits neither the MCQ nor the OSCE. A requirement lists the
 * outcomes that mean it is not asked (`notAskedWhen`); a completed assessment by that body
 * with one of them recorded makes it met, with its own reason. Until the decision is recorded
 * the requirement stands, and a reason says the decision may take it away.
 */
import type { AssessmentOutcomes, Requirement } from '../../api/catalogue.js';
import type { LocalizedText } from '../../api/common.js';
import type { Profile, Reason } from '../../api/gap.js';
import { completedBy, list, reason, type Evaluation, type EvaluationContext } from './context.js';

/**
 * A catalogue text as reason parameters: `key` in English (the id where none is given) and
 * `key.<locale>` in each other language the catalogue has it in, so a widget names it in its reader's.
 */
function localized(key: string, texts: ReadonlyArray<LocalizedText | undefined>, ids: readonly string[]): Record<string, string> {
  const locales = new Set(texts.flatMap((t) => Object.keys(t ?? {}).filter((l) => l !== 'en')));
  const join = (locale: string) => list(texts.map((t, i) => t?.[locale] ?? t?.en ?? ids[i]));
  return Object.fromEntries([[key, join('en')], ...[...locales].map((l) => [`${key}.${l}`, join(l)])]);
}

/** The decision's name and its outcomes' labels as reason parameters, from the regulation's list. */
function names(body: string, outcomeIds: readonly string[], ctx: EvaluationContext, labelKey: string): { english: { decision: string; labels: string }; params: Record<string, string> } {
  const known = ctx.outcomes?.find((o: AssessmentOutcomes) => o.body === body);
  const decision = localized('decision', [known?.decision], [body]);
  const labels = localized(labelKey, outcomeIds.map((id) => known?.outcomes.find((o) => o.id === id)?.label), outcomeIds);
  return { english: { decision: decision.decision, labels: labels[labelKey] }, params: { ...decision, ...labels } };
}

/** The completed assessments by `body` dated no later than the analysis, newest first. */
function decisions(profile: Profile, body: string, asOf: string) {
  return (profile.assessments ?? [])
    .filter((a) => a.body === body && a.outcome && completedBy(a, asOf))
    .sort((a, b) => (b.completedOn ?? '').localeCompare(a.completedOn ?? ''));
}

/** Met, with its reason, when a recorded outcome means the requirement is not asked of this person. */
export function notAsked(requirement: Requirement, profile: Profile, ctx: EvaluationContext): Evaluation | undefined {
  for (const rule of requirement.criteria.notAskedWhen ?? []) {
    const decided = decisions(profile, rule.body, ctx.asOf)[0];
    if (!decided?.outcome || !rule.outcomes.includes(decided.outcome)) continue;
    const { english, params } = names(rule.body, [decided.outcome], ctx, 'label');
    return {
      status: 'met',
      reasons: [reason('requirement.notAsked', { body: rule.body, outcome: decided.outcome, ...params }, `Your ${english.decision} placed you in ${english.labels}: this step is not asked of you.`)],
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
      const { english, params } = names(rule.body, rule.outcomes, ctx, 'outcomes');
      return reason(
        'requirement.dependsOnDecision',
        { body: rule.body, ...params },
        `Whether this step is asked of you depends on your ${english.decision}: it is not asked of people it places in ${english.labels}. Record its outcome once you have it.`,
      );
    });
}
