/**
 * Helpers of the mentor profile tests: a program of its own per test (so its required training
 * never hides the demo mentors from other test files), its people, and form filling through the DOM.
 */
import '../../../src/widgets/mentor-profile/define.js';
import type { BridgewayMentorProfile } from '../../../src/widgets/mentor-profile/mentor-profile.js';
import { $, $$, api, endpoint, signIn, unique, waitFor } from '../../support/browser.js';
import type { FetchLike } from '../../../src/api/client.js';

export { $, $$, api, button, part, waitFor } from '../../support/browser.js';

export interface Program {
  organisation: string;
  coordinator: string;
  mentor: string;
}

/** A program of its own with a coordinator and a new mentor; `training` adds a required module. */
export async function program(training = false): Promise<Program & { moduleId?: string }> {
  const organisation = unique('mp-org');
  const coordinator = (await signIn('coordinator', unique('coord'), organisation)).token;
  const mentor = (await signIn('mentor', unique('mentor'), organisation)).token;
  const module = training
    ? await api<{ id: string }>('/v1/training-modules', coordinator, { title: 'Cultural competence and bias awareness', url: 'https://training.example.org/bias', expectedMinutes: 90 })
    : undefined;
  return { organisation, coordinator, mentor, moduleId: module?.id };
}

export const profileBody = {
  displayName: 'Olena Kovalenko', headline: 'Pharmacist, qualified in Ukraine', occupations: ['pharmacist'], jurisdiction: 'ca-on', city: 'Ottawa', licensedIn: ['ca-on'],
  credentialPath: { originCountry: 'UA', steps: [{ code: 'pebc-evaluating-exam', kind: 'exam', label: 'PEBC Evaluating Exam', year: 2019 }] },
  languages: ['uk', 'en'], formats: ['online'], offers: ['plan-review'], capacity: 2, hoursPerMonth: 4, pausedUntil: null, contactEmail: 'olena@mentors.example.org',
};

/** Saves a profile for the mentor through the API; resolves to the saved application. */
export function saveProfile(token: string, body: Record<string, unknown> = profileBody): Promise<{ mentor: { id: string }; version: number; headline?: string }> {
  return api('/v1/me/mentor/profile', token, body, 'PUT');
}

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

export async function profileFor(userToken: string, props: { fetch?: FetchLike } = {}): Promise<BridgewayMentorProfile> {
  const el = document.createElement('bw-mentor-profile');
  Object.assign(el, { endpoint, locale: 'en', userToken }, props);
  document.body.append(el);
  mounted.push(el);
  await waitFor(el, '[part~="form"]', 'the profile form', 15_000);
  return el;
}

/** Types `value` into the field with id `id`, as a person would (an input event). */
export function type(el: Element, id: string, value: string): void {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Chooses `value` in the select with id `id`, reaching it first as a person does (a long list renders whole then). */
export async function choose(el: BridgewayMentorProfile, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  select.focus();
  await el.updateComplete;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Ticks the checkbox of a group whose label reads `name`. */
export function tick(el: Element, group: string, name: string): void {
  const label = $$(el, `fieldset[data-field="${group}"] label`).find((l) => l.textContent!.trim() === name);
  if (!label) throw new Error(`no "${name}" in ${group}`);
  label.querySelector('input')!.click();
}

/** The message under a field, by the field's id. */
export const errorOf = (el: Element, id: string) => $(el, `#${id}-error`)?.textContent?.trim();

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
