/** The tracker embedded alone, for a mentee with no plan: starting a plan, or a plan with its first milestone, from the tracker itself. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BridgewayMilestoneTracker } from '../../../src/widgets/milestone-tracker/milestone-tracker.js';
import { PK } from '../../support/browser.js';
import { api, items, loaded, saved, token, tracker, unique } from './helpers.js';
import { failChunk, holdChunk } from '../../support/lazy-parts.js';

afterEach(() => localStorage.clear());

const $ = <T extends Element = HTMLElement>(el: BridgewayMilestoneTracker, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const focused = (el: BridgewayMilestoneTracker) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Chooses the option whose text is `name` (never its id), as a person does. */
function choose(select: HTMLSelectElement, name: string): void {
  const option = [...select.options].find((o) => o.textContent!.trim() === name);
  if (!option) throw new Error(`no option "${name}" in ${[...select.options].map((o) => o.textContent).join(', ')}`);
  select.value = option.value;
}

describe('bw-milestone-tracker: embedded alone', function () {
  this.timeout(20_000);

  it('loads the start form\'s code when a mentee asks for it: the form\'s place shows the loading state, then "Try again" when it did not arrive, then the form', async () => {
    const mentee = await token('mentee', unique('alone-start-part'));
    const el = document.createElement('bw-milestone-tracker');
    Object.assign(el, { endpoint: location.origin, userToken: mentee });
    const start = el.parts.start;
    const restore = failChunk(start);
    (await fixture(html`<div></div>`)).append(el);
    await loaded(el);
    expect(start.status).to.equal('idle', 'a page that shows no form downloads none of it');

    $<HTMLButtonElement>(el, '[data-start="plan"]')!.click();
    await waitUntil(() => $(el, '[part~="state-error"] [part~="retry"]'), 'no "Try again" where the form goes', { timeout: 8000 });

    restore();
    const { release } = holdChunk(start);
    $<HTMLButtonElement>(el, '[part~="state-error"] [part~="retry"]')!.click();
    await el.updateComplete;
    expect($(el, '.bw-state--loading'), 'the form\'s place shows that it is coming').to.not.equal(null);
    release();
    await waitUntil(() => $(el, '#start-occupation option[value="registered-nurse"]'), 'the form, asked for before its code arrived', { timeout: 8000 });
    expect($(el, '[part~="state-error"]')).to.equal(null);
  });

  it('lets a mentee with no plan start one, choosing the occupation and the place by name, and shows it with the focus on it', async () => {
    const mentee = await token('mentee', unique('alone-start'));
    const el = await tracker(mentee);
    expect($(el, '.bw-state--empty')!.textContent).to.contain('You have no plan yet');
    $<HTMLButtonElement>(el, '[data-start="plan"]')!.click();
    await waitUntil(() => $(el, '#start-occupation option[value="registered-nurse"]'), 'the form with the catalogue names', { timeout: 8000 });
    await waitUntil(() => focused(el)?.id === 'start-occupation', 'the focus goes to the form', { timeout: 8000 });
    await expect(el).to.be.accessible();
    const occupation = $<HTMLSelectElement>(el, '#start-occupation')!;
    const options = [...occupation.options].map((o) => o.textContent!.trim());
    expect(options).to.include('Registered nurse');
    expect(options.some((text) => /^[a-z]+(-[a-z]+)+$/.test(text)), 'no slugs among the options').to.equal(false);
    choose(occupation, 'Registered nurse');
    choose($<HTMLSelectElement>(el, '#start-jurisdiction')!, 'Ontario');
    $<HTMLInputElement>(el, '#start-target')!.value = '2029-01-31';
    $<HTMLFormElement>(el, '[part~="start"] form')!.requestSubmit();

    await waitUntil(() => items(el).length > 0, 'the new plan with its usual steps', { timeout: 8000 });
    await waitUntil(() => focused(el)?.id === 'plan-title', 'the focus goes to the new plan', { timeout: 8000 });
    expect($(el, '[part~="header"]')!.textContent).to.contain('Registered nurse in Ontario');
    const plans = await api(mentee, '/plans');
    expect(plans.items.map((p: { goal: unknown }) => p.goal)).to.deep.equal([{ occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2029-01-31' }]);
  });

  it('lets a mentee with no plan add a milestone: the plan starts with it, and the focus is on it', async () => {
    const mentee = await token('mentee', unique('alone-milestone'));
    const el = await tracker(mentee);
    $<HTMLButtonElement>(el, '[data-start="milestone"]')!.click();
    await waitUntil(() => $(el, '#start-first') && $(el, '#start-occupation option[value="pharmacist"]'), 'the form asks for the first milestone', { timeout: 8000 });
    choose($<HTMLSelectElement>(el, '#start-occupation')!, 'Pharmacist');
    choose($<HTMLSelectElement>(el, '#start-jurisdiction')!, 'British Columbia');
    $<HTMLInputElement>(el, '[name="fromTemplate"]')!.checked = false;
    $<HTMLInputElement>(el, '#start-first')!.value = 'Ask the college about the PEBC evaluating exam';
    $<HTMLFormElement>(el, '[part~="start"] form')!.requestSubmit();

    await waitUntil(() => items(el).length === 1, 'the plan with its first milestone', { timeout: 8000 });
    await waitUntil(() => focused(el)?.dataset.id === items(el)[0].dataset.id, 'the focus is on the new milestone', { timeout: 8000 });
    await saved(el);
    const [started] = (await api(mentee, '/plans')).items;
    const detail = await api(mentee, `/plans/${started.id}`);
    expect(detail.milestones.map((m: { title: string }) => m.title)).to.deep.equal(['Ask the college about the PEBC evaluating exam']);
    // Saved: the card is the same element, so the focus stayed on it.
    expect(focused(el)?.dataset.id).to.equal(detail.milestones[0].id);
  });

  it('says when the plan could not be started, keeps what was chosen, and moves the focus to the message; Cancel gives the focus back', async () => {
    const mentee = await token('mentee', unique('alone-fails'));
    let failing = true;
    const el = await tracker(mentee, {
      fetch: (url: string, init: RequestInit) =>
        failing && init.method === 'POST' && new URL(url).pathname === '/v1/plans'
          ? Promise.resolve(new Response(JSON.stringify({ type: 'about:blank', title: 'Bad', status: 500, code: 'internal' }), { status: 500, headers: { 'content-type': 'application/problem+json' } }))
          : fetch(url, init),
    });
    $<HTMLButtonElement>(el, '[data-start="plan"]')!.click();
    await waitUntil(() => $(el, '#start-occupation option[value="teacher"]'));
    choose($<HTMLSelectElement>(el, '#start-occupation')!, 'Teacher');
    choose($<HTMLSelectElement>(el, '#start-jurisdiction')!, 'Alberta');
    $<HTMLFormElement>(el, '[part~="start"] form')!.requestSubmit();
    await waitUntil(() => focused(el)?.id === 'start-error', 'the focus goes to the message', { timeout: 8000 });
    expect($(el, '#start-error')!.textContent).to.match(/problem/i);
    expect($<HTMLSelectElement>(el, '#start-occupation')!.value).to.equal('teacher');
    failing = false;
    $<HTMLButtonElement>(el, '[part~="start"] .bw-button--secondary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.dataset.start === 'plan', 'the focus is back on "Start a plan"', { timeout: 8000 });
    expect($(el, '[part~="start"]')).to.equal(null);
  });
});

describe('bw-milestone-tracker: before the page signs anyone in', function () {
  this.timeout(20_000);

  it('says how to see a plan, offers no "Try again", and asks only who is signed in (nothing the server would refuse)', async () => {
    const asked: string[] = [];
    const spy: typeof fetch = (input, init) => {
      asked.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
      return fetch(input, init);
    };
    const el = await fixture<BridgewayMilestoneTracker>(html`<bw-milestone-tracker endpoint=${location.origin} publishable-key=${PK} .fetch=${spy}></bw-milestone-tracker>`);
    await loaded(el);
    expect($(el, '[part~="error"]')!.textContent).to.contain('Sign in to see your plan');
    expect($(el, '[part~="retry"]')).to.equal(null);
    expect(asked).to.deep.equal(['/v1/me']);
  });
});
