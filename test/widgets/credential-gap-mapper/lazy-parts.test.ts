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

describe('bw-credential-gap-mapper: the lazily loaded profile form', () => {
  beforeEach(() => localStorage.clear());

  it('opens on the map without the form when the host hands over the profile and target, and loads the form on "Edit my profile"', async () => {
    const el = await mapper({ profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on' });
    await analysed(el);
    expect(el.lazyParts.profileEditor.status).to.equal('idle');
    (await waitFor(el, '[part~="toolbar"] button')).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(el, 'form[part~="form"]');
    expect(el.lazyParts.profileEditor.status).to.equal('ready');
    // The host's profile is in the form.
    expect(($(el, '#f-education-0-level') as HTMLSelectElement).value).to.equal(demoProfile.education[0].level);
    await expect(el).to.be.accessible();
  });

  it('holds the form\'s place while its code loads, shows the error state when it cannot be loaded, and the form after "Try again" with the keyboard', async () => {
    const el = document.createElement('bw-credential-gap-mapper');
    el.setAttribute('endpoint', location.origin);
    el.setAttribute('publishable-key', 'pk_demo_bridgeway');
    el.setAttribute('locale', 'en');
    const part = el.lazyParts.profileEditor;
    const real = part.importer;
    let arrive!: () => void;
    part.importer = () => new Promise((resolve) => (arrive = () => resolve(chunkFailure()))).then(() => real());
    const errors: string[] = [];
    el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
    document.body.append(el);
    try {
      // While the code loads: the loading status in the form's shape.
      await waitFor(el, '[part~="skeleton"] [part~="state-loading"]');
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
      part.importer = real;
      arrive();
      await waitFor(el, '[part~="state-error"]');
      expect(errors).to.deep.equal(['network']);
      await expect(el).to.be.accessible();
      ($(el, '[part~="retry"]') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(el, 'form[part~="form"] button[type="submit"]');
      expect($(el, '[part~="state-error"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });
});
