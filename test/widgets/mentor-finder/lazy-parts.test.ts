import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/mentor-finder/define.js';
import type { BridgewayMentorFinder } from '../../../src/widgets/mentor-finder/mentor-finder.js';
import type { FetchLike } from '../../../src/api/client.js';
import { $, PK, api, button, cards, endpoint, fakeMatch, token, unique } from './helpers.js';
import { expectChunkErrorThenTryAgain, failChunk, holdChunk } from '../../support/lazy-parts.js';

type Desk = 'menteeDesk' | 'mentorDesk' | 'view';

const placed: HTMLElement[] = [];

/** A finder on the page, signed in with `userToken` when one is given (else as the page's visitor). */
function placeFinder(userToken: string, attributes: Record<string, string> = {}, beforePlacing: (el: BridgewayMentorFinder) => void = () => {}) {
  const el = document.createElement('bw-mentor-finder');
  el.setAttribute('endpoint', endpoint);
  el.setAttribute('locale', 'en');
  if (userToken) el.setAttribute('user-token', userToken);
  else el.setAttribute('publishable-key', PK);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  beforePlacing(el);
  const errors: string[] = [];
  el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
  document.body.append(el);
  placed.push(el);
  return { el, errors };
}

/** A finder whose part's code does not arrive (as when the network drops while the chunk loads) until `restore()`. */
function finderFailingToLoad(desk: Desk, userToken: string, attributes: Record<string, string> = {}) {
  let restore!: () => void;
  const { el, errors } = placeFinder(userToken, attributes, (finder) => (restore = failChunk(finder.lazyParts[desk])));
  return { el, errors, restore };
}

/** A finder whose part's code is held back (a slow network) until `release()`. */
function finderWaitingForPart(desk: Desk, userToken: string, attributes: Record<string, string> = {}, beforePlacing: (el: BridgewayMentorFinder) => void = () => {}) {
  let release!: () => void;
  const { el, errors } = placeFinder(userToken, attributes, (finder) => {
    beforePlacing(finder);
    ({ release } = holdChunk(finder.lazyParts[desk]));
  });
  return { el, errors, release };
}

describe('bw-mentor-finder: parts loaded on demand', function () {
  // Each test signs a user in and loads a desk twice: more than mocha's 5 s default on a busy machine.
  this.timeout(20_000);
  afterEach(() => placed.splice(0).forEach((el) => el.remove()));

  it('shows the error state with "Try again" when mentor mode cannot be loaded, and mentor mode after a retry', async () => {
    const { el, errors, restore } = finderFailingToLoad('mentorDesk', (await token('mentor', 'demo-mentor')).token, { mode: 'mentor' });
    await expectChunkErrorThenTryAgain(el, errors, restore);
    await waitUntil(() => $(el, '[part~="mentor-desk"]'), 'mentor mode did not show after the retry', { timeout: 8000 });
    expect($(el, '[part~="state-error"]')).to.equal(null);
    // Mentor mode has no view: its desk brings the formatters.
    expect(el.lazyParts.view.status).to.equal('idle');
    expect(el.formatters!.number(1234)).to.equal('1,234');
  });

  it('shows the error state in place of the requests when the mentee part cannot be loaded; the introduction button tries again', async () => {
    const { el, errors, restore } = finderFailingToLoad('menteeDesk', (await token('mentee', unique('lazy'))).token, { occupation: 'registered-nurse' });
    await waitUntil(() => $(el, '[data-request]') && $(el, '.layout > [part~="state-error"]'), 'no error state for the requests', { timeout: 8000 });
    expect(errors).to.include('network');
    expect($(el, '[part~="requests"]')).to.equal(null);
    await expect(el).to.be.accessible();
    restore();
    const opener = $<HTMLButtonElement>(el, '[data-request]:not([disabled])')!;
    opener.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog did not open once the part loaded', { timeout: 8000 });
    await waitUntil(() => $(el, '[part~="requests"]') && !$(el, '.layout > [part~="state-error"]'), 'the requests did not replace the error state');
  });

  it("loads the view's code beside the search, holding the view's place with its loading state meanwhile", async () => {
    const { el, errors, release } = finderWaitingForPart('view', '', { occupation: 'registered-nurse' });
    // The code is asked for at once, not after the data: both are on their way.
    await waitUntil(() => el.lazyParts.view.status === 'loading', 'the view was not asked for at connect');
    const placeholder = $(el, '.filters.placeholder');
    expect(placeholder, 'the loading state is not in the shape of the filters').to.exist;
    expect($(el, '[part~="state-loading"]')).to.exist;
    expect(placeholder!.getBoundingClientRect().height, 'the loading state holds no place').to.be.greaterThan(200);
    // The formatters come with the code that formats.
    expect(el.formatters).to.equal(undefined);
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => cards(el).length > 0 && $(el, '#f-occupation'), 'the view did not show once its code arrived', { timeout: 8000 });
    expect(el.formatters!.list(['a', 'b'])).to.equal('a and b');
    expect($(el, '.placeholder')).to.equal(null);
    expect($<HTMLSelectElement>(el, '#f-occupation')!.value).to.equal('registered-nurse');
    expect(errors).to.deep.equal([]);
  });

  it("sends the search before the view's code arrives, and checks its answer with the view's rules once both are here", async () => {
    const searches: string[] = [];
    // A page that breaks the contract (a score past 100): only the view's code knows the rules.
    const hostile: FetchLike = async (input, init) => {
      if (!input.includes('/mentors/search')) return fetch(input, init);
      searches.push(input);
      return new Response(JSON.stringify({ items: [{ ...fakeMatch(0), score: 1000 }], nextCursor: null }), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const { el, errors, release } = finderWaitingForPart('view', '', { occupation: 'registered-nurse' }, (finder) => (finder.fetch = hostile));
    await waitUntil(() => searches.length === 1, 'the search waited for the view\'s code', { timeout: 8000 });
    expect(el.lazyParts.view.status).to.equal('loading');
    await el.updateComplete;
    expect($(el, '.filters.placeholder'), 'the loading state left before the view came').to.exist;
    expect(errors).to.deep.equal([]);
    release();
    await waitUntil(() => $(el, '.results [part~="state-error"]'), 'the broken answer did not end in the error state', { timeout: 8000 });
    expect(cards(el)).to.have.length(0);
    expect(errors).to.deep.equal(['validation']);
    expect(searches).to.have.length(1);
  });

  it("starts no search once removed when the view's code arrives after the removal, and searches when put back", async () => {
    let searches = 0;
    // Searches stall until cancelled, as a slow service's do.
    const stalling: FetchLike = (input, init) => {
      if (!input.includes('/mentors/search')) return fetch(input, init);
      searches++;
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    };
    const { el, errors, release } = finderWaitingForPart('view', '', { occupation: 'registered-nurse' }, (finder) => (finder.fetch = stalling));
    await waitUntil(() => searches === 1, 'no search started', { timeout: 8000 });
    el.remove();
    release();
    await waitUntil(() => el.lazyParts.view.status === 'ready', "the view's code did not arrive", { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(searches, 'a search started after the removal').to.equal(1);
    el.fetch = undefined;
    document.body.append(el);
    await waitUntil(() => cards(el).length > 0, 'no results once put back', { timeout: 8000 });
    expect(errors).to.deep.equal([]);
  });

  it("shows the error state with \"Try again\" when the view's code does not arrive, and the view after a retry", async () => {
    const { el, errors, restore } = finderFailingToLoad('view', '', { occupation: 'registered-nurse' });
    await expectChunkErrorThenTryAgain(el, errors, restore);
    await waitUntil(() => cards(el).length > 0, 'the view did not show after the retry', { timeout: 8000 });
    expect($(el, '[part~="state-error"]')).to.equal(null);
  });

  it("opens the introduction dialog asked for while the dialog's code was on its way, once it arrives", async () => {
    const { el, errors } = placeFinder((await token('mentee', unique('lazy-dialog'))).token, { occupation: 'registered-nurse' });
    await waitUntil(() => el.lazyParts.introductionDialog && $(el, '[data-request]:not([disabled])'), "no mentee's desk", { timeout: 8000 });
    const { release } = holdChunk(el.lazyParts.introductionDialog!);
    $<HTMLButtonElement>(el, '[data-request]:not([disabled])')!.click();
    await el.updateComplete;
    expect($(el, 'dialog'), 'the dialog showed before its code arrived').to.equal(null);
    release();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the introduction asked for before the code arrived was lost', { timeout: 8000 });
    expect(errors).to.deep.equal([]);
  });

  it("reports a dialog whose code does not arrive, and opens it when the button is pressed again", async () => {
    const { el, errors } = placeFinder((await token('mentee', unique('lazy-dialog-fail'))).token, { occupation: 'registered-nurse' });
    await waitUntil(() => el.lazyParts.introductionDialog && $(el, '[data-request]:not([disabled])'), "no mentee's desk", { timeout: 8000 });
    const restore = failChunk(el.lazyParts.introductionDialog!);
    $<HTMLButtonElement>(el, '[data-request]:not([disabled])')!.click();
    await waitUntil(() => errors.includes('network'), 'the failed chunk was not reported', { timeout: 8000 });
    expect($(el, 'dialog')).to.equal(null);
    restore();
    $<HTMLButtonElement>(el, '[data-request]:not([disabled])')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog did not open on the second press', { timeout: 8000 });
  });

  it("saves a mentor whose Save was pressed while the mentee's part was still on its way, once it arrives", async () => {
    const { token: t } = await token('mentee', unique('lazy-save'));
    const { el, errors, release } = finderWaitingForPart('menteeDesk', t, { occupation: 'registered-nurse' });
    await waitUntil(() => cards(el).length > 0 && $(el, '[part~="favourite"]'), 'no card with Save', { timeout: 8000 });
    const card = cards(el)[0];
    const mentorId = card.querySelector('[data-request]')!.getAttribute('data-request')!;
    const save = card.querySelector<HTMLButtonElement>('[part~="favourite"]')!;
    save.click();
    await el.updateComplete;
    // Saving is the mentee's part's code: nothing changed yet, and nothing failed.
    expect(save.getAttribute('aria-pressed')).to.equal('false');
    release();
    await waitUntil(() => save.getAttribute('aria-pressed') === 'true', 'the Save pressed before the part arrived was lost', { timeout: 8000 });
    await waitUntil(async () => (await api<{ items: Array<{ mentorId: string }> }>('/v1/favourites', t)).items.some((f) => f.mentorId === mentorId), 'the server did not keep the saved mentor');
    expect(errors).to.deep.equal([]);
  });
});
