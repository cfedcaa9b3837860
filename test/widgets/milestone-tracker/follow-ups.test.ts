/**
 * The program's outcome follow-ups in the tracker, against the reference server: a mentee who has
 * not entered the program answers the intake with consent; a mentee with a follow-up due answers
 * it and records a first role in the field; a failed send keeps what was typed; mentors see none of it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { BridgewayMilestoneTracker } from '../../../src/widgets/milestone-tracker/milestone-tracker.js';
import { api, setupPlan, token, tracker, unique } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: BridgewayMilestoneTracker, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const followUp = (el: BridgewayMilestoneTracker) => $(el, '[part~="follow-up"]');
const form = (el: BridgewayMilestoneTracker) => $<HTMLFormElement>(el, '[part~="follow-up-form"]');
const check = (el: BridgewayMilestoneTracker, selector: string) => ($<HTMLInputElement>(el, selector)!.checked = true);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

afterEach(() => localStorage.clear());

describe('bw-milestone-tracker: outcome follow-ups', function () {
  this.timeout(20_000);

  it('invites a mentee who has not entered the program to the intake, with consent, and sends it', async () => {
    const mentee = await token('mentee', unique('follow-intake'));
    const el = await tracker(mentee);
    await waitUntil(() => followUp(el)?.textContent?.includes('a few questions when you start'), 'the invitation', { timeout: 8000 });
    [...followUp(el)!.querySelectorAll('button')].find((b) => b.textContent!.includes('Answer the first questions'))!.click();
    await waitUntil(() => form(el), 'the intake form', { timeout: 8000 });
    expect(form(el)!.textContent).to.contain('What may be done with your answers');
    await expect(el).to.be.accessible();
    check(el, 'input[name="employment"][value="not-employed"]');
    check(el, 'input[name="satisfaction"][value="3"]');
    check(el, 'input[name="quoteConsent"][value="program"]');
    form(el)!.requestSubmit();
    await waitUntil(() => !form(el), 'the form closes once sent', { timeout: 8000 });
    const enrolment = await api(mentee, '/me/enrolment');
    expect(enrolment.responses[0]).to.include({ month: 0, employment: 'not-employed', satisfaction: 3, inField: null });
    expect(enrolment.consent).to.include({ figures: true, quote: 'program' });
    expect(followUp(el)).to.equal(null, 'nothing is due on the first day');
  });

  it('asks a follow-up when it is due, and records a first role in the field', async () => {
    const { mentee } = await setupPlan();
    await api(mentee, '/me/enrolment', { body: { enteredOn: daysAgo(100), consent: { figures: true, quote: 'no', gender: false }, intake: { employment: 'not-employed' } } });
    const el = await tracker(mentee);
    await waitUntil(() => followUp(el)?.textContent?.includes('3-month follow-up is due'), 'the due follow-up', { timeout: 8000 });
    followUp(el)!.querySelector('button')!.click();
    await waitUntil(() => form(el), 'the follow-up form', { timeout: 8000 });
    expect(form(el)!.textContent).to.contain('Your 3-month follow-up');
    check(el, 'input[name="employment"][value="employed"]');
    check(el, 'input[name="inField"]');
    $<HTMLInputElement>(el, 'input[name="firstRoleOn"]')!.value = daysAgo(20);
    $<HTMLInputElement>(el, 'input[name="pay"]')!.value = '31,5';
    $<HTMLSelectElement>(el, 'select[name="period"]')!.value = 'hour';
    form(el)!.requestSubmit();
    await waitUntil(() => !form(el), 'the form closes once sent', { timeout: 8000 });
    const enrolment = await api(mentee, '/me/enrolment');
    expect(enrolment.firstRoleOn).to.equal(daysAgo(20));
    const answer = enrolment.responses.find((r: { month: number }) => r.month === 3);
    expect(answer).to.deep.include({ employment: 'employed', inField: true, pay: { amount: 32, currency: 'CAD', period: 'hour' } });
  });

  it('keeps what was typed when sending fails, and says so under the form', async () => {
    const mentee = await token('mentee', unique('follow-fail'));
    const failing = (url: string, init?: RequestInit) =>
      init?.method === 'POST' && new URL(url).pathname === '/v1/me/enrolment'
        ? Promise.resolve(new Response(JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503, code: 'unavailable' }), { status: 503, headers: { 'content-type': 'application/problem+json' } }))
        : fetch(url, init);
    const el = await tracker(mentee, { fetch: failing as never });
    await waitUntil(() => followUp(el), 'the invitation', { timeout: 8000 });
    followUp(el)!.querySelector('button')!.click();
    await waitUntil(() => form(el), 'the intake form', { timeout: 8000 });
    check(el, 'input[name="employment"][value="studying"]');
    $<HTMLTextAreaElement>(el, 'textarea[name="quote"]')!.value = 'My mentor helped me prepare for the exam.';
    form(el)!.requestSubmit();
    await waitUntil(() => form(el)?.querySelector('[role="alert"]'), 'the failure under the form', { timeout: 8000 });
    expect($<HTMLTextAreaElement>(el, 'textarea[name="quote"]')!.value).to.equal('My mentor helped me prepare for the exam.');
    expect($<HTMLInputElement>(el, 'input[name="employment"][value="studying"]')!.checked).to.equal(true);
  });

  it('shows mentors no follow-ups', async () => {
    const mentor = await token('mentor', unique('follow-mentor'));
    const el = await tracker(mentor);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(followUp(el)).to.equal(null);
  });
});
