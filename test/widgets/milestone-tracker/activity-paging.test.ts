/** The plan's check-ins and moved dates in the tracker, a page at a time, with "Show more" like the milestones. */
import { expect, waitUntil } from '@open-wc/testing';
import { CHECK_INS_PER_PAGE, HISTORY_PER_PAGE } from '../../../src/widgets/milestone-tracker/plan-session.js';
import { button } from '../../support/browser.js';
import { api, setupPlan, tracker } from './helpers.js';

afterEach(() => localStorage.clear());

describe('bw-milestone-tracker: check-ins and moved dates, a page at a time', function () {
  this.timeout(60000);

  it('shows the newest check-ins, then older ones with "Show more check-ins", each once, with the focus on the first new one', async () => {
    const s = await setupPlan();
    const count = CHECK_INS_PER_PAGE + 3;
    for (let index = 0; index < count; index++) {
      await api(s.mentee, `/plans/${s.planId}/check-ins`, { body: { date: '2026-11-01', participants: [], summary: `Talk ${index}`, confidence: 3, nextSteps: '' } });
    }
    const el = await tracker(s.mentee);
    const section = () => el.shadowRoot!.querySelector('section[aria-labelledby="checkins-title"]');
    await waitUntil(() => section()?.querySelector('li.item'), 'the check-ins did not load', { timeout: 8000 });
    const summaries = () => [...section()!.querySelectorAll('li.item')].map((li) => li.querySelector('.title + span')!.textContent);
    const newestFirst = Array.from({ length: count }, (_, index) => `Talk ${count - 1 - index}`);
    expect(summaries()).to.deep.equal(newestFirst.slice(0, CHECK_INS_PER_PAGE));
    button(el, 'Show more check-ins').click();
    await waitUntil(() => summaries().length === count, 'the older check-ins are shown', { timeout: 8000 });
    expect(summaries()).to.deep.equal(newestFirst);
    expect(el.shadowRoot!.activeElement?.querySelector('.title + span')?.textContent).to.equal(`Talk ${count - 1 - CHECK_INS_PER_PAGE}`, 'the focus is on the first older one');
    expect(section()!.querySelector('[part~="more"]')).to.equal(null, 'no button once every check-in is shown');
    await expect(el).to.be.accessible();
  });

  it('shows the latest move of a date once the later moves are read with "Show more date changes"', async () => {
    const s = await setupPlan();
    const moved = s.milestones[0];
    let version = moved.version;
    const count = HISTORY_PER_PAGE + 2;
    for (let index = 0; index < count; index++) {
      const day = String(1 + (index % 28)).padStart(2, '0');
      const result = await api(s.mentee, `/milestones/${moved.id}/recalibrations`, { body: { version, toDate: `2027-0${1 + Math.floor(index / 28)}-${day}`, reason: `Move ${index}` } });
      version = result.milestone.version;
    }
    const el = await tracker(s.mentee);
    const dateMove = () => el.shadowRoot!.querySelector(`li.item[data-id="${moved.id}"] [part~="date-move"]`)!.textContent!;
    expect(dateMove()).to.contain(`Move ${HISTORY_PER_PAGE - 1}`, 'the latest move of the first page');
    button(el, 'Show more date changes').click();
    await waitUntil(() => dateMove().includes(`Move ${count - 1}`), 'the latest move is shown', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part~="more"]')).to.equal(null, 'no button once every move is read');
  });
});
