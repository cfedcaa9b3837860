import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/mentor-finder/define.js';
import type { BridgewayMentorFinder } from '../../../src/widgets/mentor-finder/mentor-finder.js';
import type { FetchLike } from '../../../src/api/client.js';
import { $$, PK, endpoint, fakeMatch, settled } from './helpers.js';

const COUNT = 300;

/** One page of `COUNT` results, as a large program's broad search returns them. */
const feed: FetchLike = async (input, init) => {
  if (!input.includes('/mentors/search')) return fetch(input, init);
  const page = { items: Array.from({ length: COUNT }, (_, i) => fakeMatch(i)), nextCursor: null };
  return new Response(JSON.stringify(page), { status: 200, headers: { 'content-type': 'application/json' } });
};

describe('bw-mentor-finder: a long list of results', () => {
  afterEach(() => {
    scrollTo(0, 0);
    fixtureCleanup();
  });

  const items = (el: Element) => $$(el, '[role="listitem"]');
  const focusedText = (el: Element) => el.shadowRoot!.activeElement?.textContent?.trim();
  const shows = (el: Element, position: number) => items(el).some((item) => item.getAttribute('aria-posinset') === String(position));
  /** Scrolls to the end of the page, again as the cards' measured heights make it longer (as a person pressing End would). */
  const scrollToEnd = (el: Element) =>
    waitUntil(
      () => {
        scrollTo(0, document.documentElement.scrollHeight);
        return shows(el, COUNT);
      },
      'the last mentor was not shown at the end of the page',
    );

  it('holds only the cards near the viewport, each a list item that says where it is in the whole list', async () => {
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en" .fetch=${feed}></bw-mentor-finder>`);
    await settled(el);
    expect(items(el).length).to.be.within(1, COUNT / 3);
    expect(items(el)[0].getAttribute('aria-posinset')).to.equal('1');
    for (const item of items(el)) {
      expect(item.getAttribute('aria-setsize')).to.equal(String(COUNT));
      expect(item.getAttribute('aria-posinset')).to.equal(String(Number(item.dataset.index) + 1));
      expect(item.parentElement!.getAttribute('role')).to.equal('list');
    }
    expect($$(el, '[part~="summary"]')[0].textContent).to.contain(`${COUNT} mentors match`);

    // The page is as tall as the whole list: scrolling it to the end shows the last mentor.
    await scrollToEnd(el);
    expect(items(el).length).to.be.below(COUNT / 3);
    expect(items(el).at(-1)!.textContent).to.contain(`Mentor ${COUNT - 1}`);
    await expect(el).to.be.accessible();
  });

  it('keeps the card a person is on, and moves through the list with Tab', async function () {
    // A key press at a time through several cards: more than the default 5 s on a busy machine.
    this.timeout(20_000);
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en" .fetch=${feed}></bw-mentor-finder>`);
    await settled(el);
    const first = items(el)[0].querySelector<HTMLButtonElement>('.card__name button')!;
    first.focus();
    // Tab goes from card to card, past the cards first rendered, as the page follows focus.
    const beyond = items(el).length + 5;
    for (let i = 1; i <= beyond; i++) {
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => focusedText(el) === `Mentor ${i}`, `Tab did not reach Mentor ${i} (on ${focusedText(el)})`);
    }
    // Scrolled far away, the focused card stays in the DOM, with focus on it.
    await scrollToEnd(el);
    expect(focusedText(el)).to.equal(`Mentor ${beyond}`);
    expect(items(el).length).to.be.below(COUNT);
    await sendKeys({ press: 'Tab' });
    expect(focusedText(el)).to.equal(`Mentor ${beyond + 1}`);
  });

  it('grows past a hundred results a page at a time, holds only the cards near the viewport, and moves focus to the first new mentor', async function () {
    this.timeout(20_000);
    // Pages of 50: "Show 50 more" twice takes the list from 50 past 100, where the window takes over.
    const paged: FetchLike = async (input, init) => {
      if (!input.includes('/mentors/search')) return fetch(input, init);
      const { cursor, limit } = JSON.parse(String(init.body)) as { cursor?: string; limit: number };
      const from = Number(cursor ?? 0);
      const page = { items: Array.from({ length: limit }, (_, i) => fakeMatch(from + i)), nextCursor: from + limit < COUNT ? String(from + limit) : null };
      return new Response(JSON.stringify(page), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} publishable-key=${PK} locale="en" page-size="50" .fetch=${paged}></bw-mentor-finder>`);
    await settled(el);
    expect(items(el)).to.have.length(50);
    for (const [shown, first] of [[100, 'Mentor 50'], [150, 'Mentor 100']] as const) {
      $$<HTMLButtonElement>(el, '[part~="more"]')[0].click();
      await waitUntil(() => focusedText(el) === first, `focus did not move to ${first}`);
      expect($$(el, '[part~="summary"]')[0].textContent).to.contain(`${shown}+ mentors match`);
    }
    // Past a hundred, the list holds only the cards near the viewport (the focused one among them).
    expect(items(el).length).to.be.below(150);
    expect(items(el).some((item) => item.getAttribute('aria-posinset') === '101')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
