import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/mentor-finder/define.js';
import type { BridgewayMentorFinder } from '../../../src/widgets/mentor-finder/mentor-finder.js';
import { $, api, button, cards, endpoint, token, unique } from './helpers.js';

type Desk = keyof BridgewayMentorFinder['lazyParts'];

const placed: HTMLElement[] = [];

/** A finder whose desk's code does not arrive (as when the network drops while the chunk loads) until `restore()`. */
function finderFailingToLoad(desk: Desk, userToken: string, attributes: Record<string, string> = {}) {
  const el = document.createElement('bw-mentor-finder');
  el.setAttribute('endpoint', endpoint);
  el.setAttribute('locale', 'en');
  el.setAttribute('user-token', userToken);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const part = el.lazyParts[desk];
  const real = part.importer;
  part.importer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  const errors: string[] = [];
  el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
  document.body.append(el);
  placed.push(el);
  return { el, errors, restore: () => (part.importer = real) };
}

/** A finder whose part's code is held back (a slow network) until `release()`. */
function finderWaitingForPart(desk: Desk, userToken: string, attributes: Record<string, string> = {}) {
  const { el, errors, restore } = finderFailingToLoad(desk, userToken, attributes);
  restore();
  const part = el.lazyParts[desk];
  const real = part.importer;
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  part.importer = () => arrived.then(real);
  return { el, errors, release };
}

describe('bw-mentor-finder: desks loaded on demand', function () {
  // Each test signs a user in and loads a desk twice: more than mocha's 5 s default on a busy machine.
  this.timeout(20_000);
  afterEach(() => placed.splice(0).forEach((el) => el.remove()));

  it('shows the error state with "Try again" when mentor mode cannot be loaded, and mentor mode after a retry', async () => {
    const { el, errors, restore } = finderFailingToLoad('mentorDesk', (await token('mentor', 'demo-mentor')).token, { mode: 'mentor' });
    await waitUntil(() => $(el, '[part~="state-error"]'), 'no error state', { timeout: 8000 });
    expect($(el, '[part~="state-error"]')!.textContent).to.contain('is not answering');
    expect($(el, '[part~="state-loading"]')).to.equal(null);
    expect(errors).to.deep.equal(['network']);
    await expect(el).to.be.accessible();
    restore();
    button(el, 'Try again').click();
    await waitUntil(() => $(el, '[part~="mentor-desk"]'), 'mentor mode did not show after the retry', { timeout: 8000 });
    expect($(el, '[part~="state-error"]')).to.equal(null);
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
