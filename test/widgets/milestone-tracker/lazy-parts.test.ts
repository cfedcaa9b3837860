/** Parts of the tracker loaded on demand: a chunk that does not arrive ends in the error state with "Try again", never a spinner for ever. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BridgewayMilestoneTracker } from '../../../src/widgets/milestone-tracker/milestone-tracker.js';
import type { LazyPart } from '../../../src/ui/lazy.js';
import { api, items, loaded, plan, saved, setupPlan, submit, type Setup } from './helpers.js';
import { failChunk, holdChunk } from '../../support/lazy-parts.js';

afterEach(() => localStorage.clear());

/** The element's lazy parts, by name (internal: a test replaces their importer to simulate a failed or late chunk). */
const lazyPart = (el: BridgewayMilestoneTracker, name: keyof BridgewayMilestoneTracker['parts']) => el.parts[name] as LazyPart<unknown>;
const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

/**
 * A mentee's tracker on a plan, whose lazy part `name` fails to load until `restore()`; the kinds
 * of the `bw-error` events it sends are collected in `errors`.
 */
async function trackerWithFailedPart(name: keyof BridgewayMilestoneTracker['parts']) {
  const s = await setupPlan();
  const el = document.createElement('bw-milestone-tracker');
  Object.assign(el, { endpoint: location.origin, userToken: s.mentee });
  const restore = failChunk(lazyPart(el, name));
  const errors: string[] = [];
  el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
  (await fixture(html`<div></div>`)).append(el);
  await loaded(el);
  return { el, errors, restore };
}

/**
 * A mentee's tracker on a plan, whose sending code (plan-send.ts, which brings the write queue's
 * code) is stubbed by `stub` (holdChunk, failChunk), whose handle comes back as `stubbed`; the first
 * milestone's status is set by `markDone`.
 */
async function trackerWithSender<T>(stub: (sender: LazyPart<unknown>) => T, before?: (s: Setup) => Promise<void>) {
  const s = await setupPlan();
  await before?.(s);
  const el = document.createElement('bw-milestone-tracker');
  Object.assign(el, { endpoint: location.origin, userToken: s.mentee });
  const sender = lazyPart(el, 'sender');
  const stubbed = stub(sender);
  (await fixture(html`<div></div>`)).append(el);
  await loaded(el);
  const markDone = () => {
    const select = $(el, `#status-${s.milestones[0].id}`) as HTMLSelectElement;
    select.value = 'done';
    select.dispatchEvent(new Event('change'));
  };
  return { s, el, sender, stubbed, markDone };
}

describe('bw-milestone-tracker: parts loaded on demand', () => {
  it('fetches the plan\'s view, its state and the panels at connect beside the plan, holds the list\'s place meanwhile, and answers a calendar asked for before they arrive', async function () {
    this.timeout(15000);
    const s = await setupPlan();
    const el = document.createElement('bw-milestone-tracker');
    Object.assign(el, { endpoint: location.origin, userToken: s.mentee });
    const view = lazyPart(el, 'view');
    const { release } = holdChunk(view);
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(view.status).to.equal('loading', 'the view is fetched at connect');
    expect(lazyPart(el, 'state').status).to.not.equal('idle', 'so is its state');
    expect(lazyPart(el, 'panels').status).to.not.equal('idle', 'and the panels');
    expect($(el, '[part~="skeleton"]'), 'the list\'s shape holds its place').to.not.equal(null);
    expect($(el, '.bw-state--loading'), 'and says that it is coming').to.not.equal(null);
    const calendar = el.calendar();

    // The plan's reads answer; without the view's code the loading state stays.
    await new Promise((done) => setTimeout(done, 300));
    expect(items(el)).to.have.length(0);
    expect($(el, '[part~="skeleton"]')).to.not.equal(null);

    release();
    await loaded(el);
    expect(items(el)).to.have.length(3);
    expect($(el, '[part~="skeleton"]'), 'the loading state gives way to the plan').to.equal(null);
    expect(await calendar, 'the calendar asked for meanwhile').to.contain('SUMMARY:IELTS Academic');
  });

  it('shows the error state with "Try again" when the plan\'s view cannot be loaded, and the plan after a retry', async function () {
    this.timeout(15000);
    const { el, errors, restore } = await trackerWithFailedPart('view');
    expect($(el, '[part~="state-error"]')!.textContent).to.contain('is not answering');
    expect(errors).to.deep.equal(['network']);
    expect($(el, '[part~="skeleton"]'), 'no loading state left behind').to.equal(null);
    await expect(el).to.be.accessible();

    restore();
    $(el, '[part~="retry"]')!.click();
    await waitUntil(() => items(el).length === 3, 'the plan did not show after the retry', { timeout: 8000 });
    expect($(el, '[part~="state-error"]')).to.equal(null);
  });

  it('shows the error state with "Try again" when the panels cannot be loaded, keeps the list usable, and shows them after a retry', async function () {
    // A plan to set up, the error state, an accessibility audit and the retry: more than mocha's 5 s default.
    this.timeout(15000);
    const { el, errors, restore } = await trackerWithFailedPart('panels');

    // The check-ins come with the panels: their place shows the error, with a retry.
    await waitUntil(() => $(el, '[part~="state-error"]'), 'no error state', { timeout: 8000 });
    const alert = $(el, '[part~="state-error"]')!;
    expect(alert.textContent).to.contain('is not answering');
    expect(alert.querySelector('[part~="retry"]')!.textContent).to.contain('Try again');
    expect(errors).to.deep.equal(['network']);
    expect(items(el)).to.have.length(3);
    expect($(el, '.bw-state--loading'), 'no spinner left behind').to.equal(null);
    await expect(el).to.be.accessible();

    restore();
    $(el, '[part~="retry"]')!.click();
    await waitUntil(() => $(el, 'section[aria-labelledby="checkins-title"] form'), 'the check-ins did not appear after the retry', { timeout: 8000 });
    expect($(el, '[part~="state-error"]')).to.equal(null);
    expect(errors).to.deep.equal(['network']);
  });

  it('makes the edits asked for while the panels (which bring the code that writes them) load once they arrive, and clears the form only then', async function () {
    this.timeout(15000);
    const s = await setupPlan();
    const el = document.createElement('bw-milestone-tracker');
    Object.assign(el, { endpoint: location.origin, userToken: s.mentee });
    const panels = lazyPart(el, 'panels');
    const { release } = holdChunk(panels);
    (await fixture(html`<div></div>`)).append(el);
    await loaded(el);
    expect(panels.status).to.equal('loading', 'the panels load beside the data');

    const select = $(el, `#status-${s.milestones[0].id}`) as HTMLSelectElement;
    select.value = 'done';
    select.dispatchEvent(new Event('change'));
    submit(el, 'section[aria-labelledby="add-title"] form', { 'new-title': 'Police check' });
    await el.updateComplete;
    expect(el.pendingWrites, 'nothing is written before its code is there').to.have.length(0);
    expect(($(el, '#new-title') as HTMLInputElement).value).to.equal('Police check', 'the form keeps its text meanwhile');

    release();
    await waitUntil(() => items(el).length === 4, 'the new milestone did not show once the code arrived', { timeout: 8000 });
    expect(($(el, '#new-title') as HTMLInputElement).value).to.equal('', 'the form clears once the milestone is queued');
    await saved(el);
    const after = await plan(s);
    expect(after.milestones.find((m) => m.id === s.milestones[0].id)!.status).to.equal('done');
    expect(after.milestones.map((m) => m.title)).to.include('Police check');
  });

  it('reports a calendar chunk that cannot be loaded instead of throwing from the download button, and exports after a retry', async () => {
    const { el, errors, restore } = await trackerWithFailedPart('calendar');

    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="header"] button')].find((b) => b.textContent!.includes('.ics'))!.click();
    await waitUntil(() => errors.length === 1, 'no bw-error for the failed chunk');
    expect(errors).to.deep.equal(['network']);
    let rejected: unknown;
    await el.calendar().catch((error: unknown) => (rejected = error));
    expect(rejected, 'calendar() says why it has no file').to.be.instanceOf(Error);

    restore();
    expect(await el.calendar()).to.contain('SUMMARY:IELTS Academic');
  });

  it('shows the error state with "Try again" where the follow-ups go when their chunk cannot be loaded, and the invitation after a retry', async function () {
    this.timeout(15000);
    const { el, errors, restore } = await trackerWithFailedPart('followUps');

    await waitUntil(() => $(el, '[part~="state-error"]'), 'no error state', { timeout: 8000 });
    expect($(el, '[part~="state-error"] [part~="retry"]')!.textContent).to.contain('Try again');
    expect(errors).to.deep.equal(['network']);
    expect(items(el)).to.have.length(3, 'the plan shows without its follow-ups');

    restore();
    $(el, '[part~="state-error"] [part~="retry"]')!.click();
    await waitUntil(() => $(el, '[part~="follow-up"]')?.textContent?.includes('a few questions when you start'), 'the invitation after the retry', { timeout: 8000 });
    expect($(el, '[part~="state-error"]')).to.equal(null);
  });

  it('loads the write queue\'s code only at the first edit, and shows and stores that edit before the code arrives', async function () {
    this.timeout(15000);
    // The queue's code comes with the sending code (plan-send.ts); it is held back until released.
    const { s, el, sender, stubbed: { release }, markDone } = await trackerWithSender(holdChunk);
    expect(sender.status).to.equal('idle', 'nothing stored, nothing edited: the queue\'s code is not loaded');

    markDone();
    await el.updateComplete;
    expect(sender.status).to.equal('loading');
    expect(el.pendingWrites.map((w) => w.path)).to.deep.equal([`/milestones/${s.milestones[0].id}`]);
    expect(($(el, `#status-${s.milestones[0].id}`) as HTMLSelectElement).value).to.equal('done', 'the edit shows at once');
    expect($(el, '[part~="sync"]')!.textContent).to.contain('1 change not saved yet');
    const userId: string = (await api(s.mentee, '/me')).user.id;
    expect(JSON.parse(localStorage.getItem(`bw-plan-queue:${location.origin}:${userId}`)!).writes).to.have.length(1, 'the edit is stored at once');

    release();
    await saved(el);
    expect((await plan(s)).milestones[0].status).to.equal('done');
  });

  it('keeps an edit queued and says it will be sent again when the sending code cannot be loaded, and saves it once it arrives', async function () {
    this.timeout(15000);
    // The sending code (plan-send.ts) is a part of the write queue's controller, loaded with the first write.
    const { s, el, stubbed: restore, markDone } = await trackerWithSender(failChunk);

    markDone();
    await waitUntil(() => el.pendingWrites[0]?.attempts >= 1, 'the send did not fail', { timeout: 8000 });
    expect(el.pendingWrites).to.have.length(1, 'the edit is still queued');
    await el.updateComplete;
    expect($(el, '[part~="sync"]')!.textContent).to.contain('will be sent again');
    expect((await plan(s)).milestones[0].status).to.not.equal('done');

    restore();
    await el.sendPending();
    await saved(el);
    expect((await plan(s)).milestones[0].status).to.equal('done');
  });

  it('loads the timeline only when a person switches to it, holds its place with the loading state, and shows it once it arrives', async function () {
    this.timeout(15000);
    const s = await setupPlan();
    const el = document.createElement('bw-milestone-tracker');
    Object.assign(el, { endpoint: location.origin, userToken: s.mentee });
    const timeline = lazyPart(el, 'timeline');
    const { release } = holdChunk(timeline);
    (await fixture(html`<div></div>`)).append(el);
    await loaded(el);
    expect(timeline.status).to.equal('idle', 'the list needs none of the timeline\'s code');

    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="header"] button')].find((b) => b.textContent!.trim() === 'Timeline')!.click();
    await el.updateComplete;
    expect(timeline.status).to.equal('loading');
    expect($(el, '[part~="list"]'), 'the list gives way at once').to.equal(null);
    expect($(el, '.bw-state--loading'), 'the timeline\'s place shows that it is coming').to.not.equal(null);

    release();
    await waitUntil(() => $(el, '[part~="timeline"] ol'), 'the timeline did not show once its code arrived', { timeout: 8000 });
    const marks = el.shadowRoot!.querySelectorAll('[part~="timeline-mark"][data-kind="milestone"]');
    expect(marks).to.have.length(3);
  });

  it('shows the writes an earlier visit stored from the first render, with the queue\'s code that comes with the panels, before the sending code arrives', async function () {
    this.timeout(15000);
    const { s, el, sender, stubbed: { release } } = await trackerWithSender(
      holdChunk,
      async (s) => {
        const userId: string = (await api(s.mentee, '/me')).user.id;
        const id = s.milestones[0].id;
        const write = { key: 'stored-status', entity: `milestone:${id}`, kind: 'update', method: 'PATCH', path: `/milestones/${id}`, body: { status: 'done' }, baseVersion: 1, optimistic: { status: 'done' }, state: 'pending', attempts: 0 };
        localStorage.setItem(`bw-plan-queue:${location.origin}:${userId}`, JSON.stringify({ format: 'bw-write-queue', v: 1, writes: [write], settled: [] }));
      },
    );
    expect(sender.status).to.equal('loading', 'stored writes are sent from the start');
    expect(($(el, `#status-${s.milestones[0].id}`) as HTMLSelectElement).value).to.equal('done', 'the stored edit shows in the first view');
    expect($(el, '[part~="sync"]')!.textContent).to.contain('1 change not saved yet');

    release();
    await saved(el);
    expect((await plan(s)).milestones[0].status).to.equal('done');
  });
});
