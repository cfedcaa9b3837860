import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { draftFromProfile, type Draft } from '../../../src/widgets/credential-gap-mapper/profile-draft.js';
import { $, analysed, demoProfile, mapper, waitFor } from './helpers.js';

const chunkFailure = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

describe('bw-credential-gap-mapper: the lazily loaded result view', () => {
  beforeEach(() => localStorage.clear());

  it('ends in the error state with a retry when the result view cannot be loaded, and shows the map after a retry', async () => {
    const el = await mapper();
    const part = el.lazyParts.resultView;
    const real = part.importer;
    part.importer = chunkFailure;
    const errors: string[] = [];
    el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
    el.occupation = 'registered-nurse';
    el.jurisdiction = 'ca-on';
    el.profile = demoProfile;
    const alert = await waitFor(el, '[part~="state-error"]');
    expect(alert.textContent).to.contain('is not answering');
    expect($(el, '[part~="state-loading"]')).to.equal(null);
    expect(errors).to.deep.equal(['network']);
    await expect(el).to.be.accessible();
    part.importer = real;
    const retry = $(el, '[part~="retry"]') as HTMLButtonElement;
    expect(retry.textContent!.trim()).to.equal('Try again');
    retry.click();
    await analysed(el);
    expect($(el, 'h2')!.textContent).to.contain('Registered nurse in Ontario');
    expect(errors).to.deep.equal(['network']);
  });

  it('shows the error state when the map cannot be loaded after "Show my gap map", and the map after "Try again" with the keyboard', async () => {
    // A draft kept from an earlier visit: the form is complete.
    const draft: Draft = { profile: draftFromProfile(demoProfile), occupation: { id: 'registered-nurse', label: 'Registered nurse' }, jurisdiction: { id: 'ca-on', label: 'Ontario' } };
    localStorage.setItem(`bw-gap-draft:${location.origin}:anonymous`, JSON.stringify(draft));
    const el = await mapper();
    const part = el.lazyParts.resultView;
    const real = part.importer;
    part.importer = chunkFailure;
    (await waitFor(el, 'button[type="submit"]')).focus();
    await sendKeys({ press: 'Enter' });
    const alert = await waitFor(el, '[part~="state-error"]');
    expect(alert.textContent).to.contain('is not answering');
    await expect(el).to.be.accessible();
    part.importer = real;
    ($(el, '[part~="retry"]') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await analysed(el);
    await waitUntil(() => !$(el, '[part~="state-error"]'), 'the error state stayed');
    expect($(el, 'h2')!.textContent).to.contain('Registered nurse in Ontario');
  });
});
