/** Fixtures for the gap mapper tests: the element against the real reference server. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/credential-gap-mapper/define.js';
import type { BridgewayCredentialGapMapper } from '../../../src/widgets/credential-gap-mapper/credential-gap-mapper.js';
import type { GapAnalysisRequest, Profile } from '../../../src/api/gap.js';
import type { FetchLike } from '../../../src/api/client.js';
import { DEMO_AS_OF, demoProfile } from '../../../src/server/seed/catalogue/demo-profile.js';
import { userToken, waitFor } from '../../support/browser.js';

export { $, $$, waitFor } from '../../support/browser.js';

export { demoProfile };
export const AS_OF = DEMO_AS_OF;

/**
 * The demo mentee with her IELTS writing half a band short, her NNAS assessment in
 * progress and the registration declared: every status appears.
 */
export const everyStatusProfile: Profile = {
  ...demoProfile,
  languageTests: [{ ...demoProfile.languageTests[0], scores: { ...demoProfile.languageTests[0].scores, writing: 6 } }],
  assessments: [{ body: 'nnas', status: 'in-progress' }],
  declared: ['ca-on-rn-registration'],
};

/** A mentee's user token (the same externalId is the same mentee). */
export const token = (externalId: string): Promise<string> => userToken('mentee', externalId);

export interface MapperOptions {
  profile?: Profile;
  occupation?: string;
  jurisdiction?: string;
  userToken?: string;
  fetch?: FetchLike;
}

export async function mapper(options: MapperOptions = {}): Promise<BridgewayCredentialGapMapper> {
  const el = await fixture<BridgewayCredentialGapMapper>(html`<bw-credential-gap-mapper
    endpoint=${location.origin}
    publishable-key="pk_demo_bridgeway"
    locale="en"
    as-of=${AS_OF}
    .fetch=${options.fetch}
    .userToken=${options.userToken}
    .occupation=${options.occupation}
    .jurisdiction=${options.jurisdiction}
    .profile=${options.profile}
  ></bw-credential-gap-mapper>`);
  // Without a profile and target from the host the element opens on the form, whose code loads on demand.
  if (!(options.profile && options.occupation && options.jurisdiction)) await waitFor(el, 'form[part~="form"]', 'the profile form did not load');
  return el;
}

/** Waits until the main analysis (and a comparison, when asked) shows. */
export async function analysed(el: HTMLElement): Promise<void> {
  await waitFor(el, '[part~="analysis"] [part~="readiness"]', 'the analysis did not render');
}

/** A fetch that records the analysis requests the element sends, and sends them. */
export function recordingAnalyses(): { fetch: FetchLike; sent: GapAnalysisRequest[] } {
  const sent: GapAnalysisRequest[] = [];
  const fetch: FetchLike = (input, init) => {
    if (init?.method === 'POST' && String(input).includes('/v1/gap-analyses') && typeof init.body === 'string') sent.push(JSON.parse(init.body) as GapAnalysisRequest);
    return globalThis.fetch(input, init);
  };
  return { fetch, sent };
}

/** Focuses what `selector` finds once it is there, as a keyboard user would reach it. */
export async function focus(el: HTMLElement, selector: string): Promise<HTMLElement> {
  const target = await waitFor(el, selector);
  target.focus();
  return target;
}

/** Submits the profile form by keyboard and waits for the analysis it asks for (`sent`: from {@link recordingAnalyses}). */
export async function submit(el: HTMLElement, sent: unknown[]): Promise<void> {
  const before = sent.length;
  await focus(el, 'button[type="submit"]');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => sent.length > before, 'no analysis was asked for', { timeout: 6000 });
  await analysed(el);
}

/** The host's profile is analysed at once; the person opens the form with "Edit my profile", by keyboard, at `section`. */
export async function editProfile(el: HTMLElement, section = 'assessments'): Promise<void> {
  await analysed(el);
  const edit = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Edit my profile'))!;
  edit.focus();
  await sendKeys({ press: 'Enter' });
  await waitFor(el, `fieldset[data-section="${section}"]`);
}
