/**
 * Every element with data, as the cross-element browser tests (themes, layout) set them up
 * against the reference server: the tag, the properties that give it data, and what shows
 * once the data is there.
 */
import { DEMO_AS_OF, demoProfile } from '../../src/server/seed/catalogue/demo-profile.js';
import { PK, api, signIn, unique, userToken } from './browser.js';

export type Props = Record<string, unknown>;

export interface ElementCase {
  tag: keyof HTMLElementTagNameMap;
  /** Properties that give it data (beyond endpoint and locale). */
  props: () => Props | Promise<Props>;
  /** What shows once the data is there. */
  ready: string;
}

/** A mentee with a plan of three milestones, one overdue and one with a result about to expire. */
export async function menteeWithPlan(): Promise<Props> {
  const { token } = await signIn('mentee', unique('elements'));
  const { plan } = await api('/v1/plans', token, { goal: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2028-06-30' } });
  const soon = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  for (const milestone of [
    { title: 'NNAS application', kind: 'credential-assessment', dueDate: '2020-01-15' },
    { title: 'IELTS Academic', kind: 'language-test', dueDate: '2024-02-15', expiresOn: soon },
    { title: 'NCLEX-RN', kind: 'exam-sitting', dueDate: '2027-06-01' },
  ]) {
    await api(`/v1/plans/${plan.id}/milestones`, token, milestone);
  }
  return { userToken: token };
}

/**
 * A mentor with a saved profile in a program of its own (so its required module hides no demo
 * mentor from other files), waiting for approval, with a module to complete.
 */
export async function mentorInTraining(): Promise<Props> {
  const organisation = unique('elements-org');
  const coordinator = (await signIn('coordinator', unique('elements'), organisation)).token;
  await api('/v1/training-modules', coordinator, { title: 'Cultural competence and bias awareness', url: 'https://training.example.org/bias', expectedMinutes: 90 });
  const { token } = await signIn('mentor', unique('elements'), organisation);
  await api('/v1/me/mentor/profile', token, {
    displayName: 'Olena Kovalenko', headline: 'Pharmacist, qualified in Ukraine', occupations: ['pharmacist'], jurisdiction: 'ca-on', city: 'Ottawa', licensedIn: ['ca-on'],
    credentialPath: { originCountry: 'UA', steps: [{ code: 'pebc-evaluating-exam', kind: 'exam', label: 'PEBC Evaluating Exam', year: 2019 }] },
    languages: ['uk', 'en'], formats: ['online'], offers: ['plan-review'], capacity: 2, hoursPerMonth: 4, pausedUntil: null, contactEmail: 'olena@mentors.example.org',
  }, 'PUT');
  return { userToken: token };
}

export const ELEMENT_CASES: ElementCase[] = [
  {
    tag: 'bw-credential-gap-mapper',
    props: () => ({ publishableKey: PK, profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on', asOf: DEMO_AS_OF }),
    ready: '[part~="analysis"]',
  },
  { tag: 'bw-mentor-finder', props: () => ({ publishableKey: PK }), ready: '[part~="card"]' },
  { tag: 'bw-milestone-tracker', props: menteeWithPlan, ready: '[part~="item"]' },
  { tag: 'bw-narrative-builder', props: () => ({ publishableKey: PK, kind: 'resume-summary' }), ready: '[part~="form"]' },
  { tag: 'bw-program-metrics', props: async () => ({ publishableKey: PK, userToken: await userToken('coordinator', unique('elements')) }), ready: '[part~="chart"]' },
  { tag: 'bw-mentor-profile', props: mentorInTraining, ready: '[part~="module"] button' },
  { tag: 'bw-coordinator-desk', props: async () => ({ publishableKey: PK, userToken: await userToken('coordinator', unique('elements')) }), ready: '[part~="row"]' },
];
