import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/mentor-finder/define.js';
import type { BridgewayMentorFinder } from '../../../src/widgets/mentor-finder/mentor-finder.js';
import type { FetchLike } from '../../../src/api/client.js';
import { $, $$, PK, button, cards, endpoint, fakeMatch, settled } from './helpers.js';
import { chooseCountry } from '../../support/browser.js';

describe('bw-mentor-finder: search', () => {
  afterEach(() => fixtureCleanup());

  it('is accessible while loading and with results', async () => {
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en"></bw-mentor-finder>`);
    expect($(el, '[part~="state-loading"]')).to.exist;
    await expect(el).to.be.accessible();
    await settled(el);
    expect(cards(el).length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('filters with the keyboard, reflects the filter in attributes and turns it into a hard filter', async () => {
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en"></bw-mentor-finder>`);
    await settled(el);
    const select = $<HTMLSelectElement>(el, '#f-occupation')!;
    select.focus();
    // The options are sorted by name: the first after "Any occupation" is Accountant.
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.getAttribute('occupation') === 'accountant', 'the occupation attribute did not follow the select');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('req-occupation');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => el.getAttribute('require') === 'occupation', 'the require attribute did not follow the checkbox');
    await settled(el);
    await waitUntil(() => cards(el).length > 0 && cards(el).every((c) => c.textContent!.includes('Works as Accountant, your target occupation')), 'cards do not all explain the occupation match');
    // Each reason has its points, and the score is shown.
    const first = cards(el)[0];
    expect(first.querySelector('[part~="why"]')!.textContent).to.match(/\d+ of \d+ points/);
    expect(first.querySelector('[part~="score"]')!.textContent).to.match(/\d+% match/);
    expect($(el, '[part~="summary"]')!.textContent).to.contain('rotating order');
    // No contact details in results.
    expect(el.shadowRoot!.textContent).not.to.match(/@mentors\.example\.org/);
    await expect(el).to.be.accessible();
  });

  it('runs a deep-linked search from its attributes and again when they change', async () => {
    const el = await fixture<BridgewayMentorFinder>(
      html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en" occupation="registered-nurse" jurisdiction="ca-on" language="tl" require="occupation language"></bw-mentor-finder>`,
    );
    await settled(el);
    expect($<HTMLSelectElement>(el, '#f-occupation')!.value).to.equal('registered-nurse');
    expect($<HTMLSelectElement>(el, '#f-language')!.value).to.equal('tl');
    expect($<HTMLInputElement>(el, '#req-language')!.checked).to.equal(true);
    expect(el.query).to.deep.include({ occupation: 'registered-nurse', jurisdiction: 'ca-on', languages: ['tl'], require: ['occupation', 'language'] });
    expect(cards(el).length).to.be.greaterThan(0);
    expect(cards(el).every((c) => c.textContent!.includes('Speaks Filipino'))).to.equal(true);

    el.setAttribute('language', 'fr');
    await waitUntil(() => cards(el).length > 0 && cards(el).every((c) => c.textContent!.includes('Speaks French')), 'changing the attribute did not search again');
    expect(el.query.languages).to.deep.equal(['fr']);

    // A change in the form shows in the attributes, so the host can put it in its URL.
    const format = $<HTMLSelectElement>(el, '#f-format')!;
    format.value = 'in-person';
    format.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('format')).to.equal('in-person');
  });

  it('takes the meeting format as a property, as React and Vue set it', async () => {
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en" occupation="registered-nurse"></bw-mentor-finder>`);
    await settled(el);
    // React 19 and Vue set a known key as a property (`'format' in el`): it must not be a read-only getter.
    expect('format' in el).to.equal(true);
    el.format = 'in-person';
    await el.updateComplete;
    expect(el.format).to.equal('in-person');
    expect(el.getAttribute('format')).to.equal('in-person');
    expect(el.query.format).to.equal('in-person');
    expect($<HTMLSelectElement>(el, '#f-format')!.value).to.equal('in-person');
    el.format = undefined;
    await el.updateComplete;
    expect(el.hasAttribute('format')).to.equal(false);
    expect(el.query.format).to.equal(undefined);
    // The Intl helpers every element offers are `formatters` (here once the view, which formats, is shown).
    expect(el.formatters!.number(1234)).to.equal('1,234');
  });

  it('offers the origin only when the mentee chooses to match on it', async () => {
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en" occupation="registered-nurse"></bw-mentor-finder>`);
    await settled(el);
    expect($(el, '#f-origin')).to.equal(null);
    expect(el.query.originCountry).to.equal(undefined);
    $<HTMLInputElement>(el, '#f-origin-on')!.click();
    await el.updateComplete;
    await chooseCountry(el, 'f-origin', 'Philippines');
    await el.updateComplete;
    expect(el.getAttribute('origin')).to.equal('PH');
    await waitUntil(() => cards(el)[0]?.textContent?.includes('Also trained in Philippines'), 'the origin did not count');
    $<HTMLInputElement>(el, '#f-origin-on')!.click();
    await el.updateComplete;
    expect(el.hasAttribute('origin')).to.equal(false);
  });

  it('shows an empty state with a hint and relaxes the filters on request', async () => {
    const el = await fixture<BridgewayMentorFinder>(
      html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en" occupation="dentist" language="ht" require="occupation language"></bw-mentor-finder>`,
    );
    await settled(el);
    expect($(el, '[part~="state-empty"]')!.textContent).to.contain('Turn some filters into preferences');
    await expect(el).to.be.accessible();
    button(el, 'Make every filter a preference').click();
    await waitUntil(() => cards(el).length > 0, 'relaxing did not bring results');
    expect(el.hasAttribute('require')).to.equal(false);
  });

  it('shows the error state with a retry when the search fails', async () => {
    let fail = true;
    const failing: FetchLike = (input, init) =>
      fail && input.includes('/mentors/search') ? Promise.resolve(new Response('{"oops":', { status: 200, headers: { 'content-type': 'application/json' } })) : fetch(input, init);
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en" .fetch=${failing}></bw-mentor-finder>`);
    await settled(el, 'error');
    expect($(el, '[part~="state-error"]')).to.exist;
    await expect(el).to.be.accessible();
    fail = false;
    button(el, 'Try again').click();
    await el.updateComplete;
    await settled(el);
    expect(cards(el).length).to.be.greaterThan(0);
  });

  it('shows the error state, never a broken card, when the search answers with a page that breaks the contract', async () => {
    let broken = true;
    // JSON, but not a page of matches: a score out of its range and a mentor without a name.
    const hostile: FetchLike = async (input, init) => {
      if (!broken || !input.includes('/mentors/search')) return fetch(input, init);
      const match = { ...fakeMatch(0), score: 1000 };
      const nameless = { ...fakeMatch(1), mentor: { ...fakeMatch(1).mentor, displayName: undefined } };
      return new Response(JSON.stringify({ items: [match, nameless], nextCursor: null }), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const kinds: string[] = [];
    const el = await fixture<BridgewayMentorFinder>(
      html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en" .fetch=${hostile} @bw-error=${(event: CustomEvent<{ kind: string }>) => kinds.push(event.detail.kind)}></bw-mentor-finder>`,
    );
    await settled(el, 'error');
    expect($(el, '[part~="state-error"]')).to.exist;
    expect(cards(el)).to.have.length(0);
    expect(kinds).to.deep.equal(['validation']);
    // The filters (the view) are there: only the answer was refused.
    expect($(el, '#f-occupation')).to.exist;
    await expect(el).to.be.accessible();
    broken = false;
    button(el, 'Try again').click();
    await waitUntil(() => cards(el).length > 0, 'trying again did not show the results');
    expect($(el, '[part~="state-error"]')).to.equal(null);
  });

  it("shows ten mentors at a time in the page's own scroll, ten more from the next page on request, and a link that skips the list", async () => {
    const bodies: Array<{ limit?: number; cursor?: string }> = [];
    let failNext = false;
    const feed: FetchLike = async (input, init) => {
      if (!input.includes('/mentors/search')) return fetch(input, init);
      const body = JSON.parse(String(init.body));
      bodies.push(body);
      if (failNext) throw new TypeError('Failed to fetch');
      const from = body.cursor === 'page-2' ? 10 : body.cursor === 'page-3' ? 20 : 0;
      const size = from === 20 ? 5 : 10;
      const page = { items: Array.from({ length: size }, (_, i) => fakeMatch(from + i)), nextCursor: from === 0 ? 'page-2' : from === 10 ? 'page-3' : null };
      return new Response(JSON.stringify(page), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en" .fetch=${feed}></bw-mentor-finder>`);
    await settled(el);
    const items = () => $$(el, '[role="listitem"]');
    expect(bodies[0].limit).to.equal(10);
    expect(items().length).to.equal(10);
    // No scroll box of its own: nothing between the list and the element scrolls.
    for (let node: Element | null = $(el, '[part~="results"]'); node; node = node.parentElement) {
      expect(getComputedStyle(node).overflowY, node.className).to.be.oneOf(['visible', 'clip']);
    }
    expect(items()[0].getAttribute('aria-setsize')).to.equal('-1');
    expect($(el, '[part~="summary"]')!.textContent).to.contain('10+ mentors match');

    // The skip link is first in the results and moves focus past the list.
    const skip = $<HTMLAnchorElement>(el, 'a.skip')!;
    expect(skip.textContent!.trim()).to.equal('Skip the results');
    skip.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('after-results');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Show 10 more');

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items().length === 20, 'the next page was not added');
    expect(bodies.at(-1)!.cursor).to.equal('page-2');
    // Focus goes to the first new mentor, not back to the top.
    await waitUntil(() => el.shadowRoot!.activeElement?.textContent?.trim() === 'Mentor 10', 'focus did not move to the first new mentor');

    // The next page fails: it says so in the host's terms, and trying again loads it.
    failNext = true;
    button(el, 'Show 10 more').click();
    await waitUntil(() => $(el, '.more [part~="state-error"]'), 'a failed page was not reported');
    expect($(el, '.more [part~="state-error"]')!.textContent).to.contain('The mentoring service is not answering');
    expect(items().length).to.equal(20);
    failNext = false;
    button(el, 'Try again', $(el, '.more')!).click();
    await waitUntil(() => items().length === 25, 'the last page was not added after trying again');
    expect(items().at(-1)!.getAttribute('aria-setsize')).to.equal('25');
    expect($$(el, 'button').some((b) => /Show \d+ more/.test(b.textContent!))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it("keeps the results shown, with a notice in the host's terms and a retry, when the service stops answering", async () => {
    let down = false;
    const flaky: FetchLike = (input, init) => (down && input.includes('/mentors/search') ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init));
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en" .fetch=${flaky}></bw-mentor-finder>`);
    await settled(el);
    const before = cards(el).map((c) => c.querySelector('h3')!.textContent!.trim());
    expect(before.length).to.be.greaterThan(0);
    down = true;
    el.language = 'fr';
    await waitUntil(() => $(el, '[part~="notice"]'), 'no notice when the search failed');
    const notice = $(el, '[part~="notice"]')!.textContent!;
    expect(notice).to.contain('The mentoring service is not answering');
    expect(notice).to.contain('from your previous search');
    expect(notice).not.to.match(/Bridgeway|connection/i);
    expect(cards(el).map((c) => c.querySelector('h3')!.textContent!.trim())).to.deep.equal(before);
    await expect(el).to.be.accessible();
    down = false;
    button(el, 'Try again').click();
    await waitUntil(() => !$(el, '[part~="notice"]') && cards(el).length > 0 && el.query.languages?.[0] === 'fr', 'trying again did not search again');
    expect(cards(el).some((c) => c.textContent!.includes('Speaks French'))).to.equal(true);
  });

  it("says the service is not answering in the host's terms when the first search fails", async () => {
    const down: FetchLike = (input, init) => (input.includes('/mentors/search') ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init));
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="fr" .fetch=${down}></bw-mentor-finder>`);
    await settled(el, 'error');
    await waitUntil(() => $(el, '[part~="state-error"]')?.textContent?.includes('Le service de mentorat ne répond pas'), 'the French message did not appear', { timeout: 8000 });
    const text = $(el, '[part~="state-error"]')!.textContent!;
    expect(text).not.to.match(/Bridgeway|connexion/i);
  });

  it('loads again what was cut short when it is taken off the page and put back', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Both the session (who is signed in) and the search wait until released.
    const gated: FetchLike = async (input, init) => {
      if (input.includes('/v1/me') || input.includes('/mentors/search')) await gate;
      return fetch(input, init);
    };
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en" .fetch=${gated}></bw-mentor-finder>`);
    expect($(el, '[part~="state-loading"]')).to.exist;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    release();
    await settled(el);
    expect(cards(el).length).to.be.greaterThan(0);
  });

  it('loads once a provider or the host supplies the endpoint later', async () => {
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder publishable-key=${PK} locale="en"></bw-mentor-finder>`);
    await settled(el, 'config error');
    expect($(el, '[part~="state-error"]')!.textContent).to.contain("isn't set up yet");
    el.endpoint = endpoint;
    await el.updateComplete;
    await settled(el);
    expect(cards(el).length).to.be.greaterThan(0);
  });

  it('fires bw-mentor-selected when a mentor is picked', async () => {
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en"></bw-mentor-finder>`);
    await settled(el);
    const name = cards(el)[0].querySelector<HTMLButtonElement>('h3 button')!;
    setTimeout(() => name.click());
    const event = await oneEvent(el, 'bw-mentor-selected');
    expect(event.detail.mentorId).to.match(/^mtr_|^[A-Za-z0-9_-]+$/);
    expect(event.detail.mentor.displayName).to.equal(name.textContent!.trim());
  });
});
