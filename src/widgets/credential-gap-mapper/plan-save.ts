/**
 * Saving the steps selected on the map to the person's plan, loaded when they choose "Add to my
 * plan" (the map shows without it): the plan area's messages and the POST to /v1/plans/from-gap.
 */
import { msg } from '@lit/localize';
import type { BridgewayClient } from '../../api/client.js';
import type { GapPlanRequest } from '../../api/plan.js';
import { createPlanFromGap } from '../../generated/operations.js';
import { errorKind, errorMessage } from '../../ui/errors.js';
import { plural } from '../../ui/plural.js';
import type { PlanState } from './result-view.js';

/** Messages of the plan area while and after saving. */
export const planMessages = {
  noneSelected: () => msg('Select at least one step first.', { id: 'gap.map.plan.noneSelected' }),
  sent: (count: number) => plural(msg('{count, plural, one {# step sent to your plan.} other {# steps sent to your plan.}}', { id: 'gap.map.plan.sentSteps' }), count),
  saving: () => msg('Adding the steps to your plan…', { id: 'gap.map.plan.saving' }),
  handedOver: (count: number) =>
    plural(msg('{count, plural, one {# step sent to your plan on this page: confirm it there.} other {# steps sent to your plan on this page: confirm them there.}}', { id: 'gap.map.plan.handedOverSteps' }), count),
};

/** POSTs the request to /v1/plans/from-gap; the state to show after. */
export async function savePlan(client: () => BridgewayClient, detail: GapPlanRequest, idempotencyKey: string, report: (error: unknown) => void): Promise<PlanState> {
  try {
    const result = await client().call(createPlanFromGap, { body: detail, idempotencyKey });
    return {
      status: 'done',
      message: plural(
        msg('{added, plural, one {Added # step to your plan.} other {Added # steps to your plan.}} {total, plural, one {It now has # milestone.} other {It now has # milestones.}}', { id: 'gap.map.plan.done' }),
        { added: detail.items.length, total: result.milestones.length },
      ),
    };
  } catch (error) {
    report(error);
    return { status: 'error', message: `${msg('Your plan was not changed.', { id: 'gap.map.plan.failed' })} ${errorMessage(errorKind(error))}` };
  }
}
