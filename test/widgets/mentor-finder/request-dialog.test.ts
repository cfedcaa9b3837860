/**
 * The request dialog as a mentee meets it (a text error for a too-short message, a question
 * before Escape throws a typed message away, contact details flagged before sending, a
 * 320 px screen), and the desks' long lists, a page at a time.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/mentor-finder/define.js';
import type { BridgewayMentorFinder } from '../../../src/widgets/mentor-finder/mentor-finder.js';
import type { FetchLike } from '../../../src/api/client.js';
import { $, $$, api, button, endpoint, settled, token, unique } from './helpers.js';

const MESSAGE = 'I am a nurse from Manila preparing for the NCLEX and would value your advice on the bridging program.';

async function openDialog(options: { fetch?: FetchLike } = {}) {
  const { token: t } = await token('mentee', unique('dialog'));
  const el = await fixture<BridgewayMentorFinder>(
    html`<bw-mentor-finder endpoint=${endpoint} user-token=${t} locale="en" occupation="registered-nurse" require="occupation" .fetch=${options.fetch ?? fetch.bind(window)}></bw-mentor-finder>`,
  );
  await settled(el);
  await waitUntil(() => $(el, '[part~="requests"]') && $(el, '[data-request]'), 'the mentee parts did not load', { timeout: 8000 });
  const opener = $<HTMLButtonElement>(el, '[data-request]:not([disabled])')!;
  opener.click();
  await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog did not open');
  const sent: unknown[] = [];
  el.addEventListener('bw-mentor-introduction-requested', (event) => sent.push(event));
  return { el, opener, sent, dialog: () => $<HTMLDialogElement>(el, 'dialog')!, active: () => el.shadowRoot!.activeElement };
}

describe('bw-mentor-finder: the request dialog', function () {
  this.timeout(20_000);
  afterEach(() => fixtureCleanup());

  it('answers a too-short message with a text error tied to the field, and sends nothing', async () => {
    const { el, sent, active } = await openDialog();
    await sendKeys({ type: 'Hello' });
    $<HTMLButtonElement>(el, 'dialog button[type="submit"]')!.click();
    await waitUntil(() => $(el, '#intro-message-error'), 'no text error');
    expect($(el, '#intro-message-error')!.textContent).to.contain('Write at least 20 characters');
    const field = $<HTMLTextAreaElement>(el, '#intro-message')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')!.split(' ')).to.include('intro-message-error');
    await waitUntil(() => active() === field, 'focus did not go back to the message');
    expect(sent).to.have.length(0);
    await expect(el).to.be.accessible();
    await sendKeys({ type: ` ${MESSAGE}` });
    await waitUntil(() => !$(el, '#intro-message-error'), 'the error stayed once the message was long enough');
    expect(field.getAttribute('aria-invalid')).to.equal('false');
  });

  it('asks before Escape throws a typed message away', async () => {
    const { el, opener, dialog, active } = await openDialog();
    await sendKeys({ type: MESSAGE });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => $(el, '.discard'), 'Escape did not ask first');
    expect(dialog().open).to.equal(true);
    expect($(el, '.discard')!.textContent).to.contain('Throw away the message you wrote?');
    await waitUntil(() => active()?.textContent?.trim() === 'Keep writing', 'focus is not on "Keep writing"');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active() === $(el, '#intro-message'), 'focus did not go back to the message');
    expect($<HTMLTextAreaElement>(el, '#intro-message')!.value).to.equal(MESSAGE);
    // Cancel asks too; throwing it away closes and gives focus back to the card's button.
    button(el, 'Cancel', dialog()).click();
    await waitUntil(() => $(el, '.discard'), 'Cancel did not ask first');
    button(el, 'Throw it away', dialog()).click();
    await waitUntil(() => !$(el, 'dialog'), 'the dialog did not close');
    expect(active()).to.equal(opener);
  });

  it('flags contact details before sending, and sends only when asked again', async () => {
    const { el, sent, active } = await openDialog();
    await sendKeys({ type: `${MESSAGE} Write to amara@example.org or call +1 416 555 0199.` });
    await waitUntil(() => $(el, '[part~="contact-warning"]'), 'the contact details were not flagged while typing');
    const warning = $(el, '[part~="contact-warning"]')!;
    expect(warning.textContent).to.contain('an email address and a phone number');
    expect(warning.textContent).to.contain('“amara@example.org”');
    expect(warning.textContent).to.contain('“+1 416 555 0199”');
    expect($(el, '#intro-message')!.getAttribute('aria-describedby')!.split(' ')).to.include('intro-contacts');
    $<HTMLButtonElement>(el, 'dialog button[type="submit"]')!.click();
    await waitUntil(() => active() === $(el, '#intro-contacts'), 'focus did not move to the warning');
    expect(sent).to.have.length(0);
    expect($(el, 'dialog button[type="submit"]')!.textContent!.trim()).to.equal('Send anyway');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'dialog button[type="submit"]')!.click();
    await waitUntil(() => sent.length === 1, 'sending anyway did not send');
  });

  describe('on a 320 px screen', () => {
    before(() => setViewport({ width: 320, height: 568 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('fits the dialog on the screen, with Send in view and nothing scrolling sideways', async () => {
      const { el, dialog } = await openDialog();
      await sendKeys({ type: `${MESSAGE} ${MESSAGE} ${MESSAGE}` });
      $<HTMLButtonElement>(el, 'dialog button[type="submit"]')!.click(); // no contact details: it sends
      const box = dialog().getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      expect(box.bottom).to.be.at.most(568);
      const send = $$<HTMLButtonElement>(el, 'dialog .actions button')[0].getBoundingClientRect();
      expect(send.right, 'the first button is cut off on the right').to.be.at.most(320);
      expect(send.bottom, 'the first button is below the fold').to.be.at.most(568);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('keeps Send in view while the message is being written', async () => {
      const { el, dialog } = await openDialog();
      await sendKeys({ type: MESSAGE });
      const send = $<HTMLButtonElement>(el, 'dialog button[type="submit"]')!.getBoundingClientRect();
      expect(send.bottom).to.be.at.most(568);
      expect(send.right).to.be.at.most(320);
      expect(dialog().getBoundingClientRect().right).to.be.at.most(320);
    });
  });
});

/** Pages of made-up requests, built from a real one so they match the contract. */
function pagedList(path: string, template: Record<string, any>, total: number, wrap: (item: Record<string, any>, i: number) => Record<string, any>): FetchLike { // eslint-disable-line @typescript-eslint/no-explicit-any
  return async (input, init) => {
    const url = new URL(input, location.origin);
    if (url.pathname !== path) return fetch(input, init);
    const from = Number(url.searchParams.get('cursor')?.replace('c', '') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 10);
    const items = Array.from({ length: Math.max(0, Math.min(limit, total - from)) }, (_, k) => wrap(template, from + k));
    const next = from + limit < total ? `c${from + limit}` : null;
    return new Response(JSON.stringify({ items, nextCursor: next }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

describe('bw-mentor-finder: long lists in the desks', function () {
  this.timeout(20_000);
  afterEach(() => fixtureCleanup());

  it('shows a mentor ten requests at a time, and says why Accept is disabled when every place is taken', async () => {
    const mentor = await token('mentor', 'demo-mentor');
    const profile = await api('/v1/me/mentor', mentor.token);
    const mentee = await token('mentee', unique('many'));
    await api('/v1/introductions', mentee.token, { mentorId: profile.id, message: MESSAGE, hopes: ['plan-review'] });
    const real = (await api('/v1/mentor-introductions', mentor.token)).items[0];
    const list = pagedList('/v1/mentor-introductions', real, 15, (item, i) => ({ ...item, id: `intro_fake_${i}`, message: `Request number ${i + 1}: ${MESSAGE}` }));
    const full: FetchLike = async (input, init) => {
      if (!new URL(input, location.origin).pathname.endsWith('/v1/me/mentor')) return list(input, init);
      const own = await (await fetch(input, init)).json();
      return new Response(JSON.stringify({ ...own, currentLoad: own.capacity, spotsLeft: 0, available: false }), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} user-token=${mentor.token} locale="en" .fetch=${full}></bw-mentor-finder>`);
    const requests = () => $$(el, '[part~="request"]');
    await waitUntil(() => requests().length > 0, 'mentor mode did not show');
    expect(requests()).to.have.length(10);
    const accept = button(el, 'Accept', requests()[0]);
    expect(accept.disabled).to.equal(true);
    const why = requests()[0].querySelector('.why-disabled')!;
    expect(why.textContent).to.contain('All your places are taken');
    expect(accept.getAttribute('aria-describedby')!.split(' ')).to.include(why.id);
    button(el, 'Show 10 more').click();
    await waitUntil(() => requests().length === 15, 'the next page was not added');
    await waitUntil(() => el.shadowRoot!.activeElement === requests()[10], 'focus did not move to the first new request');
    expect(requests()[10].textContent).to.contain('Request number 11');
    expect($$(el, 'button').some((b) => /Show \d+ more/.test(b.textContent!))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it("shows a mentee's own requests ten at a time", async () => {
    const mentee = await token('mentee', unique('asks-much'));
    const search = await api('/v1/mentors/search', mentee.token, { limit: 5 });
    const mentorId = search.items.find((m: any) => m.mentor.available).mentor.id; // eslint-disable-line @typescript-eslint/no-explicit-any
    await api('/v1/introductions', mentee.token, { mentorId, message: MESSAGE, hopes: [search.items[0].mentor.offers[0] ?? 'plan-review'] });
    const real = (await api('/v1/introductions', mentee.token)).items[0];
    const list = pagedList('/v1/introductions', real, 12, (item, i) => ({ ...item, request: { ...item.request, id: `intro_fake_${i}` }, mentor: { ...item.mentor, displayName: `Mentor number ${i + 1}` } }));
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} user-token=${mentee.token} locale="en" .fetch=${list}></bw-mentor-finder>`);
    const requests = () => $$(el, '[part~="requests"] [part~="request"]');
    await waitUntil(() => requests().length > 0, 'the requests did not show', { timeout: 8000 });
    expect(requests()).to.have.length(10);
    button(el, 'Show 10 more', $(el, '[part~="requests"]')!).click();
    await waitUntil(() => requests().length === 12, 'the next page was not added');
    expect(requests()[11].textContent).to.contain('Mentor number 12');
    await waitUntil(() => el.shadowRoot!.activeElement === requests()[10], 'focus did not move to the first new request');
  });
});
