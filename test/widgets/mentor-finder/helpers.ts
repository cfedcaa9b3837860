import { waitUntil } from '@open-wc/testing';
import type { BridgewayMentorFinder } from '../../../src/widgets/mentor-finder/mentor-finder.js';
import type { MentorMatch } from '../../../src/api/mentor.js';

export const endpoint = location.origin;
export const PK = 'pk_demo_bridgeway';
let seq = 0;
export const unique = (name: string) => `mf-${name}-${Date.now()}-${seq++}`;

export async function token(role: string, externalId: string): Promise<{ token: string; user: { id: string } }> {
  return (await fetch('/test/token', { method: 'POST', body: JSON.stringify({ role, externalId }) })).json();
}

export async function api(path: string, tokenValue: string, body?: unknown, method = body === undefined ? 'GET' : 'POST'): Promise<any> {
  const response = await fetch(path, {
    method,
    headers: { authorization: `Bearer ${tokenValue}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.status === 204 ? null : response.json();
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const cards = (el: Element) => $$(el, '[part~="card"]');

export function button(el: Element, name: string | RegExp, within: ParentNode = el.shadowRoot!): HTMLButtonElement {
  const found = [...within.querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? '')));
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

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
