/**
 * Every element with its data, in every theme, with a dark and a light brand colour from the
 * host, left to right and right to left: axe (colour contrast included) finds nothing.
 *
 * One element per element kind is set up once against the reference server; the cases then
 * switch the theme, the host's brand colour and the language (Arabic for right to left) on it
 * and run axe again, so the run time stays that of a few fixtures.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { BridgewayElement } from '../../src/ui/base-element.js';
import { DEMO_AS_OF, demoProfile } from '../../src/server/seed/catalogue/demo-profile.js';
import { PK, api, endpoint, root, signIn, unique, userToken } from '../support/browser.js';
import { until } from '../support/leaks.js';

type Props = Record<string, unknown>;

interface Case {
  tag: keyof HTMLElementTagNameMap;
  /** Properties that give it data (beyond endpoint and locale). */
  props: () => Props | Promise<Props>;
  /** What shows once the data is there. */
  ready: string;
}

/** A mentee with a plan of three milestones, one overdue and one with a result about to expire. */
async function menteeWithPlan(): Promise<Props> {
  const { token } = await signIn('mentee', unique('themes'));
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
async function mentorInTraining(): Promise<Props> {
  const organisation = unique('themes-org');
  const coordinator = (await signIn('coordinator', unique('themes'), organisation)).token;
  await api('/v1/training-modules', coordinator, { title: 'Cultural competence and bias awareness', url: 'https://training.example.org/bias', expectedMinutes: 90 });
  const { token } = await signIn('mentor', unique('themes'), organisation);
  await api('/v1/me/mentor/profile', token, {
    displayName: 'Olena Kovalenko', headline: 'Pharmacist, qualified in Ukraine', occupations: ['pharmacist'], jurisdiction: 'ca-on', city: 'Ottawa', licensedIn: ['ca-on'],
    credentialPath: { originCountry: 'UA', steps: [{ code: 'pebc-evaluating-exam', kind: 'exam', label: 'PEBC Evaluating Exam', year: 2019 }] },
    languages: ['uk', 'en'], formats: ['online'], offers: ['plan-review'], capacity: 2, hoursPerMonth: 4, pausedUntil: null, contactEmail: 'olena@mentors.example.org',
  }, 'PUT');
  return { userToken: token };
}

const CASES: Case[] = [
  {
    tag: 'bw-credential-gap-mapper',
    props: () => ({ publishableKey: PK, profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on', asOf: DEMO_AS_OF }),
    ready: '[part~="analysis"]',
  },
  { tag: 'bw-mentor-finder', props: () => ({ publishableKey: PK }), ready: '[part~="card"]' },
  { tag: 'bw-milestone-tracker', props: menteeWithPlan, ready: '[part~="item"]' },
  { tag: 'bw-narrative-builder', props: () => ({ publishableKey: PK, kind: 'resume-summary' }), ready: '[part~="form"]' },
  { tag: 'bw-program-metrics', props: async () => ({ publishableKey: PK, userToken: await userToken('coordinator', unique('themes')) }), ready: '[part~="chart"]' },
  { tag: 'bw-mentor-profile', props: mentorInTraining, ready: '[part~="module"] button' },
];

/** A dark and a light brand colour, as a host would set them with the README's `--bw-color-primary`. */
const BRANDS = { dark: '#0b5c57', light: '#ffd400' };
const THEMES = ['light', 'dark', 'high-contrast'] as const;
const DIRECTIONS = [
  { dir: 'ltr', locale: 'en' },
  { dir: 'rtl', locale: 'ar' },
] as const;

for (const { tag, props, ready } of CASES) {
  describe(`<${tag}> stays readable in every theme with the host's brand colour`, function () {
    this.timeout(60_000);
    let host: HTMLElement;
    let el: BridgewayElement;

    before(async () => {
      // Transitions off: axe reads colours at rest.
      host = document.createElement('div');
      host.style.setProperty('--bw-motion-duration', '0s');
      el = document.createElement(tag) as BridgewayElement;
      Object.assign(el, { endpoint, locale: 'en' }, await props());
      host.append(el);
      document.body.append(host);
      await until(() => el.shadowRoot?.querySelector(ready), `<${tag}> did not show its data`, 15_000);
    });

    after(() => {
      host.remove();
      localStorage.clear();
    });

    for (const { dir, locale } of DIRECTIONS) {
      for (const theme of THEMES) {
        for (const [shade, brand] of Object.entries(BRANDS)) {
          it(`passes axe in the ${theme} theme with a ${shade} brand colour (${brand}), ${dir}`, async () => {
            host.style.setProperty('--bw-color-primary', brand);
            el.setAttribute('theme', theme);
            el.setAttribute('locale', locale);
            await until(() => root(el)?.dir === dir && root(el).dataset.theme === theme, `<${tag}> did not switch to ${theme}, ${dir}`, 10_000);
            await until(() => el.shadowRoot!.querySelector(ready), `<${tag}> lost its data`, 10_000);
            await el.updateComplete;
            await expect(el).to.be.accessible();
          });
        }
      }
    }
  });
}
