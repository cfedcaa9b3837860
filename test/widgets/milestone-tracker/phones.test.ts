/**
 * On a 320 px wide phone nothing scrolls sideways (in the list, the timeline, the form that
 * starts a plan and the date dialog), dialogs fit the screen, and a very long word never
 * widens a card or the page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { BridgewayMilestoneTracker } from '../../../src/widgets/milestone-tracker/milestone-tracker.js';
import { api, items, setupPlan, token, tracker, unique } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: BridgewayMilestoneTracker, selector: string) => el.shadowRoot!.querySelector<T>(selector);

/** Nothing of the element or the page reaches beyond the screen's width. */
function expectNoSidewaysScroll(el: BridgewayMilestoneTracker, where: string): void {
  const page = document.scrollingElement!;
  expect(page.scrollWidth, `${where}: the page scrolls sideways`).to.be.at.most(page.clientWidth);
  const wide = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter((node) => {
    const box = node.getBoundingClientRect();
    return box.width > 0 && (box.right > window.innerWidth + 0.5 || box.left < -0.5);
  });
  expect(wide.map((node) => node.outerHTML.slice(0, 100)), `${where}: wider than the screen`).to.deep.equal([]);
}

describe('bw-milestone-tracker on a 320 px phone', function () {
  this.timeout(30_000);

  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => localStorage.clear());

  it('never scrolls sideways, whatever the view, even with very long words; the dialog fits the screen', async () => {
    const s = await setupPlan();
    const word = 'x'.repeat(4990);
    const [first] = s.milestones;
    await api(s.mentee, `/milestones/${first.id}/comments`, { body: { text: `See ${word}` } });
    await api(s.mentee, `/plans/${s.planId}/milestones`, { body: { title: `Translate ${'y'.repeat(190)}`, kind: 'custom', dueDate: '2027-03-01' } });
    await api(s.mentee, `/milestones/${first.id}/recalibrations`, { body: { version: first.version, toDate: '2027-02-01', reason: `Because ${word.slice(0, 1000)}` } });
    const el = await tracker(s.mentee);
    await waitUntil(() => items(el).length === 4, 'the plan', { timeout: 8000 });
    el.shadowRoot!.querySelector<HTMLDetailsElement>(`li[data-id="${first.id}"] details`)!.open = true;
    await waitUntil(() => el.shadowRoot!.querySelector(`li[data-id="${first.id}"] details ul.bw-list li`), 'the comment', { timeout: 8000 });
    expectNoSidewaysScroll(el, 'the list');

    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(`li[data-id="${first.id}"] button`)].find((b) => b.textContent!.trim() === 'Move the date')!.click();
    const dialog = await waitUntil(() => $(el, 'dialog[open]'), 'the dialog', { timeout: 8000 }).then(() => $<HTMLDialogElement>(el, 'dialog')!);
    const box = dialog.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(window.innerWidth);
    expect(box.bottom).to.be.at.most(window.innerHeight);
    for (const control of dialog.querySelectorAll<HTMLElement>('input, textarea, button')) {
      const { left, right } = control.getBoundingClientRect();
      expect(left >= box.left && right <= box.right, `${control.outerHTML.slice(0, 60)} inside the dialog`).to.equal(true);
    }
    dialog.close();

    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="header"] button')].find((b) => b.textContent!.trim() === 'Timeline')!.click();
    await waitUntil(() => $(el, '[part~="timeline"] ol'), 'the timeline', { timeout: 8000 });
    expectNoSidewaysScroll(el, 'the timeline');
  });

  it('shows the form that starts a plan without sideways scrolling', async () => {
    const el = await tracker(await token('mentee', unique('phone-start')));
    $<HTMLButtonElement>(el, '[data-start="milestone"]')!.click();
    await waitUntil(() => $(el, '#start-occupation option[value="registered-nurse"]'), 'the form', { timeout: 8000 });
    expectNoSidewaysScroll(el, 'the start form');
  });

  it('lets a mentor pick between plans with long names without sideways scrolling', async () => {
    const mentor = await token('mentor', unique('phone-mentor'));
    const mentorId = (await api(mentor, '/me')).user.id;
    await setupPlan([mentorId]);
    await setupPlan([mentorId]);
    const el = await tracker(mentor);
    await waitUntil(() => $(el, '#plan-pick'), 'the plan picker', { timeout: 8000 });
    expectNoSidewaysScroll(el, 'the mentor view');
  });
});
