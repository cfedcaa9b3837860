/**
 * Keyboard only, through the tracker's tasks: after each action the focus is on the new
 * content, back where the action started, or on the status that reports it; never lost to
 * the top of the page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BridgewayMilestoneTracker } from '../../../src/widgets/milestone-tracker/milestone-tracker.js';
import { items, plan, saved, setupPlan, tracker } from './helpers.js';

afterEach(() => localStorage.clear());

const $ = <T extends Element = HTMLElement>(el: BridgewayMilestoneTracker, selector: string) => el.shadowRoot!.querySelector<T>(selector);
/** The element that has the focus inside the tracker (null when the focus left it). */
const focused = (el: BridgewayMilestoneTracker) => (document.activeElement === el ? (el.shadowRoot!.activeElement as HTMLElement | null) : null);
const focusOn = (el: BridgewayMilestoneTracker, matches: (node: HTMLElement) => boolean, what: string) =>
  waitUntil(() => {
    const node = focused(el);
    return node !== null && matches(node);
  }, `the focus should be on ${what}; it is on ${focused(el)?.outerHTML.slice(0, 120) ?? document.activeElement?.outerHTML.slice(0, 120)}`, { timeout: 8000 });

describe('bw-milestone-tracker: keyboard only, the focus follows every task', function () {
  this.timeout(30_000);

  it('adds, edits, moves a date, comments, records a check-in and takes the gap map\'s steps without losing the focus', async () => {
    const s = await setupPlan();
    const el = await tracker(s.mentee);

    // Add a milestone: the new card takes the focus, and keeps it once the server gave it its id.
    $(el, '#new-title')!.focus();
    await sendKeys({ type: 'Jurisprudence exam' });
    await sendKeys({ press: 'Enter' });
    await focusOn(el, (node) => node.matches('li.item') && node.textContent!.includes('Jurisprudence exam'), 'the new milestone');
    await saved(el);
    const added = (await plan(s)).milestones.find((m) => m.title === 'Jurisprudence exam')!;
    await focusOn(el, (node) => node.dataset.id === added.id, 'the saved milestone, still');
    await sendKeys({ press: 'Tab' });
    await focusOn(el, (node) => node.closest('li.item')?.getAttribute('data-id') === added.id, 'the next control of that milestone');

    // Edit: the form's title takes the focus; saving gives it back to the Edit button.
    const first = s.milestones[0].id;
    $(el, `li[data-id="${first}"] [data-action="edit"]`)!.focus();
    await sendKeys({ press: 'Enter' });
    await focusOn(el, (node) => node.id === `title-${first}`, 'the title being edited');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' (WES)' });
    await sendKeys({ press: 'Enter' });
    await focusOn(el, (node) => node.matches(`li[data-id="${first}"] [data-action="edit"]`), 'the Edit button');
    await saved(el);
    expect((await plan(s)).milestones.find((m) => m.id === first)!.title).to.equal('NNAS application (WES)');

    // Move a date: the dialog takes the focus, and gives it back to the button that opened it.
    const move = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(`li[data-id="${first}"] button`)].find((b) => b.textContent!.trim() === 'Move the date')!;
    move.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, 'dialog[open]'), 'the dialog', { timeout: 8000 });
    await focusOn(el, (node) => node.closest('dialog') !== null, 'the dialog');
    $<HTMLInputElement>(el, '#recal-date')!.value = '2027-03-01';
    $(el, '#recal-reason')!.focus();
    await sendKeys({ type: 'Documents arrived late' });
    $<HTMLButtonElement>(el, 'dialog button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await focusOn(el, (node) => node === move, 'the "Move the date" button');

    // Comment: the form clears and the focus stays in it.
    const feedback = $<HTMLDetailsElement>(el, `li[data-id="${first}"] details`)!;
    feedback.querySelector<HTMLElement>('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => feedback.open);
    $(el, `#comment-${first}`)!.focus();
    await sendKeys({ type: 'Sent by courier' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await focusOn(el, (node) => node.closest('details') === feedback, 'the comment form');
    await waitUntil(() => feedback.querySelector('summary')!.textContent!.includes('1 comment'), 'the comment is counted');

    // Check-in: the focus stays on the form.
    $(el, '#ci-summary')!.focus();
    await sendKeys({ type: 'Went through the NNAS steps' });
    $<HTMLButtonElement>(el, 'section[aria-labelledby="checkins-title"] button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await focusOn(el, (node) => node.closest('section[aria-labelledby="checkins-title"]') !== null, 'the check-in form');

    // The gap map's steps: accepting removes the offer; the focus goes to the status that reports the save.
    document.dispatchEvent(
      new CustomEvent('bw-gap-plan-requested', {
        detail: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', items: [{ title: 'Jurisprudence and ethics exam', kind: 'exam-sitting', source: { requirementId: 'ca-on-rn-jurisprudence' } }] },
        cancelable: true,
      }),
    );
    await waitUntil(() => $(el, '[part~="gap-offer"] .bw-button'), 'the offer', { timeout: 8000 });
    $(el, '[part~="gap-offer"] .bw-button:not(.bw-button--secondary)')!.focus();
    await sendKeys({ press: 'Enter' });
    await focusOn(el, (node) => node.matches('[part~="sync"]'), 'the save status');
    await saved(el);
    await waitUntil(() => items(el).some((li) => li.textContent!.includes('Jurisprudence and ethics exam')), 'the steps were added', { timeout: 8000 });
    expect(focused(el)?.matches('[part~="sync"]'), 'the focus stays on the status').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'Tab goes on inside the tracker').to.not.equal(null);
  });
});
