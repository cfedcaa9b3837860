/**
 * <bw-coordinator-desk> in real Chromium against the reference server, in an organisation of
 * this file's own seeded as the demo's desk is (its mentors, pending mentors, queued requests
 * from named mentees, a stuck mentorship), so no other test file can change its queue: a
 * coordinator approves a mentor and decides requests (the propose and decline dialog loads on
 * demand), sorts and pages the lists, does it all from the keyboard, and a failed action says
 * why and keeps the row. Each test decides a different seeded request, found by its mentee's name.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/coordinator-desk/define.js';
import type { BridgewayCoordinatorDesk } from '../../../src/widgets/coordinator-desk/coordinator-desk.js';
import { $, $$, api, button, endpoint, failingFetch, signIn, unique, waitFor } from '../../support/browser.js';
import { until } from '../../support/leaks.js';
import { failChunk, holdChunk } from '../../support/lazy-parts.js';

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

/** This file's organisation, created with the demo's desk on the first token asked for it. */
const organisation = unique('desk-org');

/** A new user's token in this file's organisation. */
async function userToken(role: 'coordinator' | 'mentee' | 'mentor', name: string): Promise<string> {
  return (await signIn(role, unique(name), organisation, 'desk')).token;
}

async function deskAs(role: 'coordinator' | 'mentee', props: Partial<BridgewayCoordinatorDesk> = {}): Promise<BridgewayCoordinatorDesk> {
  const el = document.createElement('bw-coordinator-desk');
  Object.assign(el, { endpoint, locale: 'en', userToken: await userToken(role, `desk-${role}`) }, props);
  document.body.append(el);
  mounted.push(el);
  return el;
}

const ready = (el: BridgewayCoordinatorDesk) => waitFor(el, '#queue [part~="row"], #queue [part~="state-empty"]', 'the desk loaded', 15_000);
const rowsOf = (el: BridgewayCoordinatorDesk, list: string) => $$(el, `#${list} [part~="row"]`);
const rowNamed = (el: BridgewayCoordinatorDesk, list: string, name: string) => rowsOf(el, list).find((row) => row.textContent!.includes(name));
/** The queued request of `mentee`: its row reads "<mentee> asks <mentor>", and a seeded mentor may share a mentee's name. */
const requestOf = (el: BridgewayCoordinatorDesk, mentee: string) => rowsOf(el, 'queue').find((row) => row.querySelector('.name')!.textContent!.startsWith(`${mentee} asks `));

/** The focused element, looking into shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function chooseSort(el: BridgewayCoordinatorDesk, list: string, sort: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#${list} select`)!;
  select.value = sort;
  select.dispatchEvent(new Event('change'));
  await until(() => !$(el, `#${list} [part~="state-loading"]`), `${list} sorted`, 10_000);
}

/** A mentor who signed up just now: their profile waits for approval. */
async function newApplicant(name: string): Promise<void> {
  const token = await userToken('mentor', 'desk-applicant');
  const profile = {
    displayName: name, headline: 'Engineer in Toronto', occupations: ['professional-engineer'], jurisdiction: 'ca-on', city: 'Toronto', licensedIn: [], credentialPath: null,
    languages: ['en'], formats: ['online'], offers: [], capacity: 2, hoursPerMonth: 3, pausedUntil: null, contactEmail: 'applicant@example.org',
  };
  const saved = await api('/v1/me/mentor/profile', token, profile, 'PUT');
  expect(saved.approval).to.equal('pending');
}

describe('<bw-coordinator-desk>', function () {
  this.timeout(40_000);

  before(async () => {
    // Follow-ups due: a mentee entered the program 200 days ago and has answered none (the demo has its synthetic cohort).
    const enteredOn = new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10);
    await api('/v1/me/enrolment', await userToken('mentee', 'desk-enrolled'), { enteredOn, consent: { figures: true, quote: 'no', gender: false }, intake: { employment: 'not-employed' } });
  });

  it('shows a coordinator every list with names, the stuck mentorship flagged', async () => {
    const el = await deskAs('coordinator');
    await ready(el);
    const titles = $$(el, '[part~="section"] h3').map((title) => title.textContent!.trim());
    expect(titles).to.deep.equal(['Mentors waiting for approval', 'Requests waiting for approval', 'Active mentorships', 'Mentor load', 'Mentees waiting for a match', 'Follow-ups due']);
    expect(requestOf(el, 'Priya Nair'), 'Priya Nair\'s request, named').to.exist;
    expect(rowNamed(el, 'mentorships', 'Tomás Silva')!.textContent).to.contain('Stuck');
    expect(rowNamed(el, 'mentorships', 'Mariam Yousef')!.textContent).to.contain('On track');
    expect(rowsOf(el, 'follow-ups').length).to.be.greaterThan(0);
    expect($(el, '.bw-root')!.textContent).not.to.match(/usr_|mtr_|int_|msp_/, 'names, never ids');
    await expect(el).to.be.accessible();
  });

  it('tells a mentee the desk is for coordinators', async () => {
    const el = await deskAs('mentee');
    await waitFor(el, '[part~="state-error"]', 'the refusal', 15_000);
    expect($(el, '[part~="error"]')!.textContent).to.contain('Only the program\'s coordinators can use this desk');
    expect($(el, '[part~="retry"]')).to.equal(null);
  });

  it('removes an approved mentor from the list, announces it and moves the focus to the next row', async () => {
    const tag = unique('a').slice(-6);
    const name = `Ada Applicant ${tag}`;
    await newApplicant(name);
    await newApplicant(`Ben Applicant ${tag}`);
    const el = await deskAs('coordinator');
    const approved: string[] = [];
    el.addEventListener('bw-desk-mentor-approved', (event) => approved.push(event.detail.mentorId));
    await ready(el);
    await chooseSort(el, 'applications', 'newest');
    await until(() => rowNamed(el, 'applications', name), 'the new applicant, newest first', 10_000);
    const row = rowNamed(el, 'applications', name)!;
    const index = Number(row.dataset.index);
    expect(index).to.equal(1, 'Ben signed up after Ada');
    button(el, 'Approve', row).click();
    await until(() => !rowNamed(el, 'applications', name), 'the approved mentor left the list', 10_000);
    expect($(el, '#applications-status')!.textContent).to.contain(`${name} is approved`);
    await until(() => $(el, '[role="status"][aria-live="polite"]')!.textContent!.includes('is approved'), 'announced');
    expect(approved.length).to.equal(1);
    await until(() => focused() === $(el, `#applications [data-index="${index}"] button`), 'the focus on the row now in its place');
    const pending = await api('/v1/mentor-applications?sort=newest&limit=100', await userToken('coordinator', 'check'));
    expect(pending.items.some((item: { mentor: { displayName: string } }) => item.mentor.displayName === name)).to.equal(false);
  });

  it('approves a queued request, and declines one with a reason in the dialog loaded on demand', async () => {
    const el = await deskAs('coordinator', { pageSize: 20 });
    const decided: string[] = [];
    el.addEventListener('bw-desk-request-decided', (event) => decided.push(event.detail.action));
    await ready(el);
    button(el, 'Approve', requestOf(el, 'Chidi Eze')!).click();
    await until(() => !requestOf(el, 'Chidi Eze'), 'the approved request left the queue', 10_000);
    expect($(el, '#queue-status')!.textContent).to.match(/Chidi Eze's request is approved and passed to \S+/);

    button(el, 'Decline', requestOf(el, 'Lucía Fernández')!).click();
    const dialog = await waitFor<HTMLDialogElement>(el, 'dialog[part~="dialog"]', 'the decline dialog', 10_000);
    await until(() => dialog.open, 'the dialog is modal');
    expect(dialog.textContent).to.contain('Decline Lucía Fernández\'s request');
    // The dialog's and the checkboxes' block styles came with its part: it fits the screen, each reason is a 44 px target.
    expect(getComputedStyle(dialog).maxInlineSize).to.equal(`${window.innerWidth - 16}px`);
    expect(parseFloat(getComputedStyle($(el, 'label.bw-check')!).minBlockSize)).to.equal(44);
    $<HTMLInputElement>(el, 'input[value="outside-expertise"]')!.click();
    $<HTMLTextAreaElement>(el, '#note')!.value = 'A mentor in accounting will help you more.';
    button(el, 'Decline the request', dialog).click();
    await until(() => !requestOf(el, 'Lucía Fernández') && !$(el, 'dialog'), 'declined and closed', 10_000);
    expect($(el, '#queue-status')!.textContent).to.contain('Lucía Fernández\'s request is declined');
    expect(decided).to.deep.equal(['approve', 'decline']);
  });

  it('proposes another mentor with a free place', async () => {
    const el = await deskAs('coordinator', { pageSize: 20 });
    await ready(el);
    const opener = button(el, 'Propose another mentor', requestOf(el, 'Farid Haidari')!);
    opener.click();
    const dialog = await waitFor<HTMLDialogElement>(el, 'dialog[part~="dialog"]', 'the propose dialog', 10_000);
    const select = await waitFor<HTMLSelectElement>(el, 'dialog select#mentor', 'mentors to choose from', 10_000);
    expect(select.options.length).to.be.greaterThan(0);
    expect(select.options[0].textContent).to.match(/\(free places: \d+ of \d+\)/);
    await expect(el).to.be.accessible();
    button(el, 'Propose this mentor', dialog).click();
    await until(() => !requestOf(el, 'Farid Haidari') && !$(el, 'dialog'), 'proposed', 10_000);
    expect($(el, '#queue-status')!.textContent).to.contain('Farid Haidari\'s request is passed to the mentor you proposed');
  });

  it('sorts a list and pages it with "Show more" without gaps or repeats', async () => {
    const el = await deskAs('coordinator', { pageSize: 3 });
    await ready(el);
    await chooseSort(el, 'load', 'name');
    const token = await userToken('coordinator', 'load-check');
    const expected = (await api('/v1/desk/mentor-load?sort=name&limit=9', token)).items.map((item: { displayName: string }) => item.displayName);
    const names = () => rowsOf(el, 'load').map((row) => row.querySelector('.name')!.textContent!.trim());
    expect(names()).to.deep.equal(expected.slice(0, 3));
    for (const shown of [6, 9]) {
      button(el, 'Show more', $(el, '#load')!).click();
      await until(() => rowsOf(el, 'load').length === shown, `${shown} rows`, 10_000);
      await until(() => focused() === $(el, `#load [data-index="${shown - 3}"]`), 'the focus on the first new row');
    }
    expect(names()).to.deep.equal(expected);
    expect($(el, '#load select')!.getAttribute('aria-labelledby')).to.equal('load-sort-label load-title');
  });

  it('can be worked from the keyboard alone: Escape gives the focus back, a reason is chosen and sent', async () => {
    const el = await deskAs('coordinator', { pageSize: 20 });
    await ready(el);
    const row = requestOf(el, 'Wei Zhang')!;
    const propose = row.querySelector<HTMLButtonElement>('button.propose')!;
    const decline = row.querySelector<HTMLButtonElement>('button.decline')!;
    $<HTMLSelectElement>(el, '#queue select')!.focus();
    for (let presses = 0; presses < 200 && focused() !== propose; presses++) await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(propose);
    await sendKeys({ press: 'Enter' });
    const dialog = await waitFor<HTMLDialogElement>(el, 'dialog[part~="dialog"]', 'the dialog', 10_000);
    await until(() => dialog.open && dialog.contains(focused()), 'the focus in the dialog');
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, 'dialog') && focused() === propose, 'the focus back on the opener', 5000);
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(decline);
    await sendKeys({ press: 'Enter' });
    await waitFor(el, 'dialog input[type="radio"]', 'the reasons', 10_000);
    expect($(el, 'dialog h3')!.textContent).to.contain('Decline Wei Zhang\'s request', 'the dialog of the row the keyboard opened');
    await until(() => focused()?.getAttribute('type') === 'radio', 'the focus on the first reason');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Please ask again in spring.' });
    await sendKeys({ press: 'Tab' });
    expect(focused()!.textContent!.trim()).to.equal('Decline the request');
    await sendKeys({ press: 'Enter' });
    // When the row stays, say what it and the focus showed.
    await until(() => !requestOf(el, 'Wei Zhang'), () => `declined from the keyboard; the row shows "${requestOf(el, 'Wei Zhang')?.textContent?.replace(/\s+/g, ' ').trim()}", the focus is on ${focused()?.outerHTML.slice(0, 120)}`, 10_000);
    await until(() => focused()?.closest?.('[part~="row"]') != null || focused()?.id === 'queue-status', 'the focus stays in the queue, not lost to the top');
  });

  it('says why an action failed and keeps the row; a dialog that cannot load offers "Try again"', async () => {
    const control = failingFetch('server', (url, init) => init.method === 'POST' && url.includes('/decision'));
    const el = await deskAs('coordinator', { pageSize: 20, fetch: control.fn });
    const errors: string[] = [];
    el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
    await ready(el);
    const row = () => requestOf(el, 'Oksana Kovalenko')!;
    button(el, 'Approve', row()).click();
    await until(() => row().querySelector('.failure'), 'the failure beside the row', 10_000);
    expect(row().querySelector('.failure')!.textContent).to.contain('The mentoring service has a problem right now');
    expect(button(el, 'Approve', row()).disabled).to.equal(false, 'the row can be tried again');
    expect(errors).to.deep.equal(['server']);

    const restoreDialog = failChunk(el.lazyParts.dialog!);
    button(el, 'Decline', row()).click();
    const retry = await waitFor(el, '.dialog-slot [part~="retry"]', 'the dialog\'s error state', 10_000);
    expect($(el, '.dialog-slot [part~="state-error"]')!.getAttribute('role')).to.equal('alert');
    restoreDialog();
    retry.click();
    await waitFor(el, 'dialog[part~="dialog"]', 'the dialog after "Try again"', 10_000);
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    $<HTMLInputElement>(el, 'input[value="other"]')!.click();
    $<HTMLTextAreaElement>(el, '#note')!.value = 'Kept after a failure';
    button(el, 'Decline the request', dialog).click();
    await until(() => $(el, 'dialog .failure'), 'the failure in the dialog', 10_000);
    expect($<HTMLTextAreaElement>(el, '#note')!.value).to.equal('Kept after a failure', 'what was typed is kept');
    expect(row()).to.exist;
  });

  it('shows the error state with "Try again" when the code of the desk\'s lists does not arrive, and the whole desk after it', async () => {
    const el = document.createElement('bw-coordinator-desk');
    const restoreView = failChunk(el.lazyParts.view);
    Object.assign(el, { endpoint, locale: 'en', userToken: await userToken('coordinator', 'desk-chunk') });
    document.body.append(el);
    mounted.push(el);
    const retry = await waitFor(el, '[part~="state-error"] [part~="retry"]', 'the desk\'s error state', 15_000);
    expect($(el, '#queue')).to.equal(null, 'the desk shows whole or not at all');
    expect($(el, 'h2')!.textContent).to.equal('Coordinator desk');
    await expect(el).to.be.accessible();
    restoreView();
    retry.click();
    await waitFor(el, '#mentorships [part~="row"], #mentorships [part~="state-empty"]', 'the watched lists after "Try again"', 15_000);
    await ready(el);
  });

  it('asks for the first pages while the code of its lists is on its way, and shows them once it arrives', async () => {
    const requests: string[] = [];
    const el = document.createElement('bw-coordinator-desk');
    const { release: arrive } = holdChunk(el.lazyParts.view);
    Object.assign(el, { endpoint, locale: 'en', userToken: await userToken('coordinator', 'desk-early'), fetch: (url: string, init?: RequestInit) => (requests.push(new URL(url).pathname), fetch(url, init)) });
    document.body.append(el);
    mounted.push(el);
    await until(() => requests.includes('/v1/mentor-applications') && requests.includes('/v1/introduction-queue'), 'the first pages asked for before the code of the lists arrived', 10_000);
    expect($(el, '[part~="state-loading"]'), 'the loading state meanwhile').not.to.equal(null);
    expect($(el, '#queue')).to.equal(null);
    arrive();
    await ready(el);
    expect(rowsOf(el, 'applications').length + rowsOf(el, 'queue').length).to.be.greaterThan(0);
    await waitFor(el, '#mentorships [part~="row"], #mentorships [part~="state-empty"]', 'the watched lists with them');
  });
});
