import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/mentor-finder/define.js';
import type { BridgewayMentorFinder } from '../../../src/widgets/mentor-finder/mentor-finder.js';
import { $, PK, api, button, cards, endpoint, settled, token, unique } from './helpers.js';

const MESSAGE = 'I am a nurse from Manila preparing for the NCLEX and would value your advice on the bridging program.';

async function menteeFinder(externalId = unique('mentee')) {
  const { token: t } = await token('mentee', externalId);
  const el = await fixture<BridgewayMentorFinder>(
    html`<bw-mentor-finder endpoint=${endpoint} user-token=${t} locale="en" occupation="registered-nurse" jurisdiction="ca-on" require="occupation"></bw-mentor-finder>`,
  );
  await settled(el);
  await waitUntil(() => $(el, '[part~="requests"]') && $(el, '[data-request]'), 'the mentee parts did not load', { timeout: 8000 });
  return { el, token: t };
}

describe('bw-mentor-finder: introductions', function () {
  // Each test signs a user in, searches and loads the mentee's part: more than mocha's 5 s default on a busy machine.
  this.timeout(20_000);
  afterEach(() => fixtureCleanup());

  it('opens the request dialog with focus inside, closes on Escape and returns focus', async () => {
    const { el } = await menteeFinder();
    const opener = $<HTMLButtonElement>(el, '[data-request]:not([disabled])')!;
    opener.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog did not open');
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
    expect(dialog.textContent).to.contain(`Ask ${opener.closest('[part~="card"]')!.querySelector('h3')!.textContent!.trim()} for an introduction`);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, 'dialog'), 'Escape did not close the dialog');
    expect(el.shadowRoot!.activeElement).to.equal(opener);
  });

  it('sends a request with the keyboard; it fires an event and appears in the status list', async () => {
    const { el } = await menteeFinder();
    const opener = $<HTMLButtonElement>(el, '[data-request]:not([disabled])')!;
    const mentorName = opener.closest('[part~="card"]')!.querySelector('h3')!.textContent!.trim();
    opener.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog did not open');
    // Too short: the count says so and nothing is sent.
    await sendKeys({ type: 'Hello' });
    await el.updateComplete;
    expect($(el, '#intro-count')!.textContent).to.contain('5 of 2,000 characters');
    await sendKeys({ type: ` ${MESSAGE}` });
    const sent = oneEvent(el, 'bw-mentor-introduction-requested');
    $<HTMLButtonElement>(el, 'dialog button[type="submit"]')!.click();
    const event = await sent;
    expect(event.detail.requestId).to.be.a('string');
    expect(event.detail.mentorId).to.equal(opener.dataset.request);
    await waitUntil(() => $(el, 'dialog .result')?.textContent?.includes('Your request was sent'), 'no result in the dialog');
    button(el, 'Close', $(el, 'dialog')!).click();
    await waitUntil(() => !$(el, 'dialog'), 'the dialog did not close');
    const list = $(el, '[part~="requests"]')!;
    await waitUntil(() => list.textContent!.includes(mentorName) && list.textContent!.includes('Waiting for an answer'), 'the request is not in the status list');
    await expect(el).to.be.accessible();
  });

  it('says clearly when the open-request limit is reached', async () => {
    const { el, token: t } = await menteeFinder();
    const opener = $<HTMLButtonElement>(el, '[data-request]:not([disabled])')!;
    const search = await api('/v1/mentors/search', t, { occupation: 'registered-nurse', require: ['occupation'], limit: 20 });
    const others = search.items.filter((m: any) => m.mentor.available && m.mentor.id !== opener.dataset.request);
    for (const m of others.slice(0, 3)) await api('/v1/introductions', t, { mentorId: m.mentor.id, message: MESSAGE, hopes: [m.mentor.offers[0]] });
    opener.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog did not open');
    await sendKeys({ type: MESSAGE });
    $<HTMLButtonElement>(el, 'dialog button[type="submit"]')!.click();
    await waitUntil(() => $(el, 'dialog .result.bad'), 'no refusal shown');
    expect($(el, 'dialog .result')!.textContent).to.contain('the most open requests allowed');
    await expect(el).to.be.accessible();
  });

  it('switches to the mentee view and then to mentor mode when the host signs in later', async () => {
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en"></bw-mentor-finder>`);
    await settled(el);
    expect($(el, '[data-request]')).to.equal(null);
    el.userToken = (await token('mentee', unique('late'))).token;
    await waitUntil(() => $(el, '[data-request]') && $(el, '[part~="requests"]'), 'signing in as a mentee did not show the mentee parts', { timeout: 8000 });
    el.userToken = (await token('mentor', 'demo-mentor')).token;
    await waitUntil(() => $(el, '[part~="mentor-desk"]') && !$(el, '[part~="requests"]'), 'signing in as a mentor did not show mentor mode', { timeout: 8000 });
  });

  it('saves a mentor as a favourite and filters on favourites', async () => {
    const { el } = await menteeFinder();
    const card = cards(el)[0];
    const save = card.querySelector<HTMLButtonElement>('[part~="favourite"]')!;
    save.click();
    await waitUntil(() => save.getAttribute('aria-pressed') === 'true', 'not saved');
    $<HTMLInputElement>(el, '#f-favourites')!.click();
    await waitUntil(() => el.hasAttribute('favourites') && cards(el).length === 1, 'the favourites filter did not narrow the list');
  });
});

describe('bw-mentor-finder: mentor mode', () => {
  afterEach(() => fixtureCleanup());

  it('shows incoming requests to the demo mentor, who asks a question; a stale reply reloads and says so', async () => {
    const mentor = await token('mentor', 'demo-mentor');
    const profile = await api('/v1/me/mentor', mentor.token);
    const mentee = await token('mentee', unique('asker'));
    const message = `${MESSAGE} (${unique('msg')})`;
    const created = await api('/v1/introductions', mentee.token, { mentorId: profile.id, message, hopes: ['plan-review'] });
    expect(created.status).to.equal('pending');

    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} user-token=${mentor.token} locale="en"></bw-mentor-finder>`);
    await waitUntil(() => $(el, '[part~="mentor-desk"]'), 'mentor mode did not show');
    await expect(el).to.be.accessible();
    const item = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="request"]')].find((r) => r.textContent!.includes(message));
    await waitUntil(item, 'the request is not listed');
    const question = item()!.querySelector<HTMLTextAreaElement>('textarea[name="question"]')!;
    question.focus();
    await sendKeys({ type: 'Which province are you aiming for first?' });
    button(el, 'Ask', item()!).click();
    await waitUntil(() => $(el, '.notice')?.textContent?.includes('Your question was sent'), 'no confirmation');
    const mine = await api('/v1/introductions', mentee.token);
    expect(mine.items[0].request.status).to.equal('question');

    // The mentee withdraws meanwhile: the mentor's accept is stale.
    await api(`/v1/introductions/${created.id}/follow-up`, mentee.token, { action: 'withdraw', version: mine.items[0].request.version });
    button(el, 'Accept', item()!).click();
    await waitUntil(() => $(el, '.notice')?.textContent?.includes('changed in the meantime'), 'the conflict was not explained');
    await waitUntil(() => !item(), 'the withdrawn request was not reloaded away');
  });

  it('pauses and resumes new requests', async () => {
    const mentor = await token('mentor', 'demo-mentor');
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} user-token=${mentor.token} locale="en" mode="mentor"></bw-mentor-finder>`);
    await waitUntil(() => $(el, '[part~="mentor-desk"]'), 'mentor mode did not show');
    button(el, 'Pause new requests').click();
    await waitUntil(() => $(el, '[part~="mentor-desk"]')!.textContent!.includes('Resume new requests'), 'did not pause');
    button(el, 'Resume new requests').click();
    await waitUntil(() => $(el, '[part~="mentor-desk"]')!.textContent!.includes('Pause new requests'), 'did not resume');
  });

  it('explains that a token without a mentor profile cannot use mentor mode', async () => {
    const { token: t } = await token('mentee', unique('not-mentor'));
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} user-token=${t} locale="en" mode="mentor"></bw-mentor-finder>`);
    await waitUntil(() => $(el, '[part~="state-error"]'), 'no error state');
    expect($(el, '[part~="state-error"]')!.textContent).to.contain('no mentor profile');
    await expect(el).to.be.accessible();
  });
});
