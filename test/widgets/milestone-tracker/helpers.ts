/** What the tracker's browser tests share beyond test/support: a plan to start from, the element, and waiting for its writes. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/milestone-tracker/define.js';
import type { BridgewayMilestoneTracker } from '../../../src/widgets/milestone-tracker/milestone-tracker.js';
import type { Milestone, PlanDetail } from '../../../src/api/plan.js';
import { api as supportApi, unique, userToken } from '../../support/browser.js';

export { unique, userToken as token } from '../../support/browser.js';

/** One call to the reference server as a user: `path` under `/v1`; writes carry an Idempotency-Key. */
export function api<T = any>(tokenValue: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return supportApi<T>(`/v1${path}`, tokenValue, init.body, init.method ?? (init.body === undefined ? 'GET' : 'POST'));
}

export interface Setup {
  mentee: string;
  planId: string;
  milestones: Milestone[];
}

/** A mentee's plan (registered nurse in Ontario) with three dated milestones. */
export async function setupPlan(sharedWith: string[] = []): Promise<Setup> {
  const mentee = await userToken('mentee', unique('tracker-mentee'));
  const created = await api<PlanDetail>(mentee, '/plans', { body: { goal: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2028-06-30' }, sharedWith } });
  const planId = created.plan.id;
  const bulk = await api<{ items: Milestone[] }>(mentee, `/plans/${planId}/milestones/bulk`, {
    body: {
      items: [
        { title: 'NNAS application', kind: 'credential-assessment', source: { requirementId: 'ca-on-rn-nnas' }, dueDate: '2027-01-15' },
        { title: 'IELTS Academic', kind: 'language-test', source: { requirementId: 'ca-on-rn-language' }, dueDate: '2027-02-15' },
        { title: 'NCLEX-RN', kind: 'exam-sitting', source: { requirementId: 'ca-on-rn-nclex' }, dueDate: '2027-06-01' },
      ],
    },
  });
  return { mentee, planId, milestones: bulk.items };
}

/** The tracker for a user, once it shows its plan, its empty state or its error state. */
export async function tracker(userToken: string, extra: Partial<BridgewayMilestoneTracker> = {}): Promise<BridgewayMilestoneTracker> {
  const el = await fixture<BridgewayMilestoneTracker>(html`<bw-milestone-tracker endpoint=${location.origin} .userToken=${userToken} .fetch=${extra.fetch}></bw-milestone-tracker>`);
  await loaded(el);
  return el;
}

export const loaded = (el: BridgewayMilestoneTracker) =>
  waitUntil(() => el.shadowRoot!.querySelector('li.item, .bw-state--empty, .bw-state--error'), 'the tracker did not load', { timeout: 8000 });

export const items = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.item[data-id]')];
export const saved = (el: BridgewayMilestoneTracker) => waitUntil(() => el.pendingWrites.length === 0, 'writes were not saved', { timeout: 10000 });
export const plan = (s: Setup) => api<PlanDetail>(s.mentee, `/plans/${s.planId}`);

export function submit(el: HTMLElement, selector: string, values: Record<string, string>): void {
  const root = el.shadowRoot!;
  for (const [id, value] of Object.entries(values)) (root.querySelector(`#${id}`) as HTMLInputElement).value = value;
  (root.querySelector(selector) as HTMLFormElement).requestSubmit();
}
