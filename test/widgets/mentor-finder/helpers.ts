import { waitUntil } from '@open-wc/testing';
import type { BridgewayMentorFinder } from '../../../src/widgets/mentor-finder/mentor-finder.js';
import type { MentorMatch } from '../../../src/api/mentor.js';
import { $, $$ } from '../../support/browser.js';

export { $, $$, PK, api, button, endpoint, signIn as token, unique } from '../../support/browser.js';
export const cards = (el: Element) => $$(el, '[part~="card"]');

/** Waits until the search settled (results, empty or error). */
export async function settled(el: BridgewayMentorFinder, what = 'results'): Promise<void> {
  await waitUntil(() => $(el, '[part~="card"], [part~="state-empty"], [part~="state-error"], [part~="mentor-desk"]') && !$(el, '[part~="state-loading"]'), `no ${what} appeared`, { timeout: 8000 });
  await el.updateComplete;
}

/** A valid match for the fetch wrapper's made-up pages. */
export function fakeMatch(index: number): MentorMatch {
  return {
    mentor: {
      id: `mtr_fake_${index}`,
      displayName: `Mentor ${index}`,
      headline: `Made-up mentor number ${index}`,
      occupations: ['registered-nurse'],
      jurisdiction: 'ca-on',
      city: 'Toronto',
      licensedIn: ['ca-on'],
      credentialPath: null,
      languages: ['en'],
      formats: ['online'],
      capacity: 3,
      currentLoad: 1,
      available: true,
      spotsLeft: 2,
      status: 'active',
      offers: ['plan-review'],
      lastActiveAt: null,
      responsiveness: { medianResponseDays: null, responseRate: null, sampleSize: 0 },
    },
    score: 50,
    factors: [{ factor: 'availability', weight: 10, points: 6, message: { code: 'match.spotsLeft', params: { spotsLeft: 2, capacity: 3 } } }],
  };
}
