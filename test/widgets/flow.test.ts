/**
 * The flow across elements, as a mentee lives it on one page against the reference
 * server: map the gaps, add the chosen steps to the plan, see them in the tracker.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/ui/provider/define.js';
import '../../src/widgets/credential-gap-mapper/define.js';
import '../../src/widgets/milestone-tracker/define.js';
import type { BridgewayCredentialGapMapper } from '../../src/widgets/credential-gap-mapper/credential-gap-mapper.js';
import type { BridgewayMilestoneTracker } from '../../src/widgets/milestone-tracker/milestone-tracker.js';
import { createClient } from '../../src/api/client.js';
import { PlanDetail, PlanPage } from '../../src/generated/contract.js';
import { demoProfile } from '../../src/server/seed/catalogue/demo-profile.js';
import { unique, userToken } from '../support/browser.js';

describe('from the gap map to the plan', () => {
  it('adds the selected steps once, after the person confirms them in the tracker', async function () {
    // A whole flow across two elements and the server: more than mocha's 5 s default on a busy machine.
    this.timeout(30_000);
    const token = await userToken('mentee', unique('flow'));
    const page = await fixture(html`<bw-provider endpoint=${location.origin} publishable-key="pk_demo_bridgeway" .userToken=${token} locale="en">
      <bw-credential-gap-mapper occupation="registered-nurse" jurisdiction="ca-on" .profile=${demoProfile}></bw-credential-gap-mapper>
      <bw-milestone-tracker></bw-milestone-tracker>
    </bw-provider>`);
    const mapper = page.querySelector('bw-credential-gap-mapper') as BridgewayCredentialGapMapper;
    const tracker = page.querySelector('bw-milestone-tracker') as BridgewayMilestoneTracker;
    const inMapper = (selector: string) => mapper.shadowRoot!.querySelector<HTMLElement>(selector);
    const inTracker = (selector: string) => tracker.shadowRoot!.querySelector<HTMLElement>(selector);

    await waitUntil(() => inMapper('[part~="add-to-plan"]'), 'the gap map did not render', { timeout: 10000 });
    // The tracker takes a request over only once its plans are loaded (before that the mapper
    // saves the steps itself): wait for it as a person would see it, loaded, before clicking.
    await waitUntil(() => inTracker('[part~="base"]') && !inTracker('[part~="state-loading"]'), 'the tracker did not load', { timeout: 10000 });
    const chosen = mapper.planRequest()!;
    expect(chosen.items.length).to.be.greaterThan(0);
    inMapper('[part~="add-to-plan"]')!.click();

    // The tracker took the request over: it asks before adding, and the mapper says so.
    await waitUntil(() => inTracker('[part="gap-offer"]'), 'the tracker did not offer the steps', { timeout: 10000 });
    // The mapper's plan messages come with its plan-saving code, loaded on the click: wait for the words.
    await waitUntil(() => inMapper('[part~="plan"] [role="status"]')?.textContent?.includes('confirm them there'), 'the mapper did not say the tracker took the steps', { timeout: 10000 });
    await expect(tracker).to.be.accessible();
    inTracker('[part="gap-offer"] .bw-button:not(.bw-button--secondary)')!.click();
    await waitUntil(() => tracker.pendingWrites.length === 0 && tracker.shadowRoot!.querySelectorAll('li.item[data-id]').length === chosen.items.length, 'the steps did not appear in the tracker', { timeout: 10000 });

    // On the server: one plan for the goal, with each chosen step once.
    const client = createClient({ endpoint: location.origin, userToken: token });
    const plans = await client.request({ path: '/plans', response: PlanPage });
    expect(plans.items.length).to.equal(1);
    expect(plans.items[0].goal).to.include({ occupationId: 'registered-nurse', jurisdictionId: 'ca-on' });
    const detail = await client.request({ path: `/plans/${plans.items[0].id}`, response: PlanDetail });
    expect(detail.milestones.map((m) => m.source?.requirementId).sort()).to.deep.equal(chosen.items.map((i) => i.source.requirementId).sort());
  });
});
