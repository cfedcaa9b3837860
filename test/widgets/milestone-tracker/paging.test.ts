/**
 * A long plan in the tracker: the first page of milestones with the plan, "Show more" for the
 * next, the progress of the whole plan, and the offline queue replaying writes to milestones not
 * read yet without showing them out of place.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Milestone, PlanDetail } from '../../../src/api/plan.js';
import { MILESTONES_PER_PAGE } from '../../../src/widgets/milestone-tracker/plan-session.js';
import { button, failingFetch } from '../../support/browser.js';
import { api, items, loaded, saved, token, tracker, unique } from './helpers.js';
import { failChunk, holdChunk } from '../../support/lazy-parts.js';

afterEach(() => localStorage.clear());

const COUNT = MILESTONES_PER_PAGE + 12;

/** A mentee's plan with more milestones than one page: `Step 0` ... `Step n`, in that order. */
async function longPlan(): Promise<{ mentee: string; planId: string; milestones: Milestone[] }> {
  const mentee = await token('mentee', unique('tracker-long'));
  const created = await api<PlanDetail>(mentee, '/plans', { body: { goal: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2028-06-30' } } });
  const planId = created.plan.id;
  const steps = Array.from({ length: COUNT }, (_, index) => ({ title: `Step ${index}`, kind: 'course', source: { requirementId: `req-${index}` } }));
  const bulk = await api<{ items: Milestone[] }>(mentee, `/plans/${planId}/milestones/bulk`, { body: { items: steps } });
  return { mentee, planId, milestones: bulk.items };
}

const titles = (el: HTMLElement) => items(el).map((li) => li.querySelector('.title')!.textContent);
const showMore = (el: HTMLElement) => button(el, 'Show more milestones');

describe('bw-milestone-tracker: a long plan, a page at a time', function () {
  this.timeout(30000);

  it('shows the first page, then the rest with "Show more", each once and in order, with the focus on the first new one', async () => {
    const s = await longPlan();
    const el = await tracker(s.mentee);
    expect(titles(el)).to.deep.equal(s.milestones.slice(0, MILESTONES_PER_PAGE).map((m) => m.title));
    showMore(el).click();
    await waitUntil(() => items(el).length === COUNT, 'the next page is shown', { timeout: 8000 });
    expect(titles(el)).to.deep.equal(s.milestones.map((m) => m.title));
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal(s.milestones[MILESTONES_PER_PAGE].id);
    expect(el.shadowRoot!.querySelector('[part~="more"]')).to.equal(null, 'no button once everything is shown');
    await expect(el).to.be.accessible();
  });

  it('reads the next page once the reading code (a part loaded at the first "Show more") arrives, and says the page did not load when that code did not', async () => {
    const s = await longPlan();
    const el = document.createElement('bw-milestone-tracker');
    Object.assign(el, { endpoint: location.origin, userToken: s.mentee });
    const paging = el.parts.paging;
    const restore = failChunk(paging);
    const errors: string[] = [];
    el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
    (await fixture(html`<div></div>`)).append(el);
    await loaded(el);
    expect(paging.status).to.equal('idle', 'the first view needs none of the reading code');

    showMore(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('.more [role="status"]')?.textContent?.includes('did not load'), 'no word that the page did not load', { timeout: 8000 });
    expect(errors).to.deep.equal(['network']);
    expect(items(el)).to.have.length(MILESTONES_PER_PAGE);

    // The next click, asked while the code is still on its way, is kept and read once it arrives.
    restore();
    const { release } = holdChunk(paging);
    showMore(el).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="more"]')!.getAttribute('aria-disabled')).to.equal('true', 'the button says the page is coming');
    release();
    await waitUntil(() => items(el).length === COUNT, 'the next page is shown once the code arrived', { timeout: 8000 });
    expect(titles(el)).to.deep.equal(s.milestones.map((m) => m.title));
  });

  it('counts the whole plan in its progress, not only the milestones read, and counts an edit of one read at once', async () => {
    const s = await longPlan();
    // Two of the milestones not read yet are done, and one is overdue (due in 2020, still planned).
    for (const m of s.milestones.slice(-3, -1)) await api(s.mentee, `/milestones/${m.id}`, { method: 'PATCH', body: { version: m.version, status: 'done' } });
    const late = s.milestones[COUNT - 1];
    await api(s.mentee, `/milestones/${late.id}/recalibrations`, { body: { version: late.version, toDate: '2020-01-15', reason: 'Booked late' } });
    const el = await tracker(s.mentee);
    const progress = () => el.shadowRoot!.querySelector('[part~="progress"]')!.textContent!.replace(/\s+/g, ' ');
    expect(items(el).length).to.equal(MILESTONES_PER_PAGE);
    expect(progress()).to.contain(`2 of ${COUNT} milestones done`);
    expect(progress()).to.contain('1 overdue.');
    expect(el.shadowRoot!.querySelector('progress')!.max).to.equal(COUNT);
    const status = items(el)[0].querySelector<HTMLSelectElement>('select')!;
    status.value = 'done';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(progress()).to.contain(`3 of ${COUNT} milestones done`, 'the edit counts before it is saved');
    await saved(el);
    showMore(el).click();
    await waitUntil(() => items(el).length === COUNT, 'the next page is shown', { timeout: 8000 });
    expect(progress()).to.contain(`3 of ${COUNT} milestones done`, 'each milestone counted once when all are read');
    expect(progress()).to.contain('1 overdue.');
  });

  it('keeps the button and says so when the next page fails, and reads it on the next try', async () => {
    const s = await longPlan();
    const failing = failingFetch('network', (url) => url.includes('/milestones?'));
    const el = await tracker(s.mentee, { fetch: failing.fn });
    showMore(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('.more [role="status"]'), 'the failure is said', { timeout: 8000 });
    expect(items(el).length).to.equal(MILESTONES_PER_PAGE);
    failing.failing = false;
    showMore(el).click();
    await waitUntil(() => items(el).length === COUNT, 'the next page is shown on the next try', { timeout: 8000 });
  });

  it('replays a queued edit of a milestone not read yet without showing it out of place', async () => {
    const s = await longPlan();
    const userId: string = (await api(s.mentee, '/me')).user.id;
    const unread = s.milestones[COUNT - 1];
    const writes = [
      { key: 'unread-status', entity: `milestone:${unread.id}`, kind: 'update', method: 'PATCH', path: `/milestones/${unread.id}`, body: { status: 'in-progress' }, baseVersion: 1, optimistic: { status: 'in-progress' }, state: 'pending', attempts: 0 },
    ];
    localStorage.setItem(`bw-plan-queue:${location.origin}:${userId}`, JSON.stringify({ format: 'bw-write-queue', v: 1, writes, settled: [] }));
    const el = await tracker(s.mentee);
    await saved(el);
    const server = await api<PlanDetail>(s.mentee, `/plans/${s.planId}`);
    expect(server.milestones.at(-1)!.status).to.equal('in-progress');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(s.milestones.slice(0, MILESTONES_PER_PAGE).map((m) => m.title), 'the first page, and nothing out of place');
    showMore(el).click();
    await waitUntil(() => items(el).length === COUNT, 'the rest is shown', { timeout: 8000 });
    expect(titles(el)).to.deep.equal(s.milestones.map((m) => m.title));
    expect(items(el).at(-1)!.querySelector<HTMLSelectElement>('select')!.value).to.equal('in-progress');
  });

  it('replays a queued reorder of the milestones read: they go first, and the list shows the server\'s order from the top', async () => {
    const s = await longPlan();
    const userId: string = (await api(s.mentee, '/me')).user.id;
    const read = s.milestones.slice(0, MILESTONES_PER_PAGE).map((m) => m.id);
    const order = [read[1], read[0], ...read.slice(2)];
    const writes = [
      { key: 'swap-first-two', entity: `plan:${s.planId}`, kind: 'update', method: 'POST', path: `/plans/${s.planId}/reorder`, body: { order }, baseVersion: 1, optimistic: { order }, state: 'pending', attempts: 0 },
    ];
    localStorage.setItem(`bw-plan-queue:${location.origin}:${userId}`, JSON.stringify({ format: 'bw-write-queue', v: 1, writes, settled: [] }));
    const el = await tracker(s.mentee);
    await saved(el);
    const server = await api<PlanDetail>(s.mentee, `/plans/${s.planId}`);
    expect(server.milestones.map((m) => m.title)).to.deep.equal(['Step 1', 'Step 0', ...s.milestones.slice(2).map((m) => m.title)]);
    await waitUntil(() => titles(el)[0] === 'Step 1', 'the reorder is shown', { timeout: 8000 });
    const shown = titles(el);
    expect(shown).to.deep.equal(server.milestones.slice(0, shown.length).map((m) => m.title), 'a prefix of the plan in the server\'s order');
  });
});
