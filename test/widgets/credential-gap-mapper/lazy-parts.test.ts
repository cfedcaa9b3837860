import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { draftFromProfile, type Draft } from '../../../src/widgets/credential-gap-mapper/profile-draft.js';
import type { FetchLike } from '../../../src/api/client.js';
import { $, analysed, AS_OF, demoProfile, mapper, recordingAnalyses, waitFor } from './helpers.js';

import { expectChunkErrorThenTryAgain, failChunk, holdChunk } from '../../support/lazy-parts.js';

/** A gap mapper on the demo backend in English, not yet on the page (a test holds back a part's chunk first). */
function unplacedMapper(fetch?: FetchLike) {
  const el = document.createElement('bw-credential-gap-mapper');
  el.setAttribute('endpoint', location.origin);
  el.setAttribute('publishable-key', 'pk_demo_bridgeway');
  el.setAttribute('locale', 'en');
  el.setAttribute('as-of', AS_OF);
  if (fetch) el.fetch = fetch;
  return el;
}

describe('bw-credential-gap-mapper: the lazily loaded result view', () => {
  beforeEach(() => localStorage.clear());

  it('ends in the error state with a retry when the result view cannot be loaded, and shows the map after a retry', async () => {
    const el = await mapper();
    const restore = failChunk(el.lazyParts.resultView);
    const errors: string[] = [];
    el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
    el.occupation = 'registered-nurse';
    el.jurisdiction = 'ca-on';
    el.profile = demoProfile;
    await expectChunkErrorThenTryAgain(el, errors, restore);
    await analysed(el);
    expect($(el, 'h2')!.textContent).to.contain('Registered nurse in Ontario');
    expect(errors).to.deep.equal(['network']);
  });

  it('shows the error state when the map cannot be loaded after "Show my gap map", and the map after "Try again" with the keyboard', async () => {
    // A draft kept from an earlier visit: the form is complete.
    const draft: Draft = { profile: draftFromProfile(demoProfile), occupation: { id: 'registered-nurse', label: 'Registered nurse' }, jurisdiction: { id: 'ca-on', label: 'Ontario' } };
    localStorage.setItem(`bw-gap-draft:${location.origin}:anonymous`, JSON.stringify(draft));
    const el = await mapper();
    const restore = failChunk(el.lazyParts.resultView);
    const errors: string[] = [];
    el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
    (await waitFor(el, 'button[type="submit"]')).focus();
    await sendKeys({ press: 'Enter' });
    await expectChunkErrorThenTryAgain(el, errors, restore, { keyboard: true });
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

  it('styles the form with the blocks the map brought, adopting the sheet they share once', async () => {
    const el = await mapper({ profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on' });
    await analysed(el);
    const root = el.shadowRoot!;
    const sheets = root.adoptedStyleSheets.length;
    (await waitFor(el, '[part~="toolbar"] button')).click();
    await waitFor(el, 'form[part~="form"]');
    // The editor adds its own sheet only: the blocks' sheet came with the map (blocks.styles.ts).
    expect(root.adoptedStyleSheets.length).to.equal(sheets + 1);
    const input = $(el, '#f-education-0-level') as HTMLElement;
    // The field block (only the parts bring it): a 44 px target, the column's width.
    expect(input.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(input.closest('.bw-field')!).display).to.equal('grid');
  });

  it('holds the form\'s place while its code loads, shows the error state when it cannot be loaded, and the form after "Try again" with the keyboard', async () => {
    const el = unplacedMapper();
    const { release, restore } = holdChunk(el.lazyParts.profileEditor);
    const errors: string[] = [];
    el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
    document.body.append(el);
    try {
      // While the code loads: the loading status in the form's shape.
      await waitFor(el, '[part~="skeleton"] [part~="state-loading"]');
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
      release(true);
      await expectChunkErrorThenTryAgain(el, errors, restore, { keyboard: true });
      await waitFor(el, 'form[part~="form"] button[type="submit"]');
      expect($(el, '[part~="state-error"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });
});

describe("bw-credential-gap-mapper: the lazily loaded profile draft (the form's checks)", () => {
  beforeEach(() => localStorage.clear());

  /** The element with a host's profile and target, its draft's code held back until `release()`; not yet on the page. */
  function withDraftHeldBack(fetch?: FetchLike) {
    const el = unplacedMapper(fetch);
    el.occupation = 'registered-nurse';
    el.jurisdiction = 'ca-on';
    const part = el.lazyParts.profileDraft;
    return { el, part, ...holdChunk(part) };
  }

  it("analyses a host's profile given before the draft's code has arrived, once it arrives, and loads it only then", async () => {
    const { fetch, sent } = recordingAnalyses();
    const { el, part, release } = withDraftHeldBack(fetch);
    el.profile = demoProfile;
    document.body.append(el);
    try {
      await waitUntil(() => part.status === 'loading', "the draft's code was not asked for");
      // Nothing is sent before the checks have run; the map's place shows it is loading.
      await waitFor(el, '[part~="skeleton"] [part~="state-loading"]');
      expect(sent).to.deep.equal([]);
      expect(el.lazyParts.profileEditor.status).to.equal('idle');
      release();
      await analysed(el);
      expect(sent).to.have.length(1);
      expect(sent[0].profile.education.map((e) => e.id)).to.deep.equal(['edu-1', 'edu-2']);
      expect(el.lazyParts.profileEditor.status).to.equal('idle', "the form's code is not loaded for the map");
    } finally {
      el.remove();
    }
  });

  it("sends nothing while off the page when the draft's code arrives after a removal, and analyses once put back", async () => {
    const { fetch, sent } = recordingAnalyses();
    const { el, part, release } = withDraftHeldBack(fetch);
    el.profile = demoProfile;
    document.body.append(el);
    try {
      await waitUntil(() => part.status === 'loading', "the draft's code was not asked for");
      el.remove();
      release();
      await waitUntil(() => part.status === 'ready', "the draft's code did not arrive");
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(sent).to.deep.equal([], 'nothing is sent for an element off the page');
      document.body.append(el);
      await analysed(el);
      expect(sent).to.have.length(1);
    } finally {
      el.remove();
    }
  });

  it('answers submit() at once before the checks arrive, and shows the form with the field marked when they find one', async () => {
    const { el, release } = withDraftHeldBack();
    document.body.append(el);
    try {
      await el.updateComplete;
      // A profile the form's checks refuse (a year before 1940), handed over by the host.
      el.profile = { ...demoProfile, education: [{ ...demoProfile.education[0], year: 1900 }] };
      await el.updateComplete;
      expect(el.submit()).to.equal(true);
      release();
      const year = await waitFor(el, '#f-education-0-year[aria-invalid="true"]', 'the refused field was not marked', 8000);
      expect(year.closest('form')).to.exist;
      // Once they are here, submit() answers from them at once.
      expect(el.submit()).to.equal(false);
    } finally {
      el.remove();
    }
  });

  it("shows the error state when the draft's code cannot be loaded, and the map after \"Try again\"", async () => {
    const { el, part, release, restore } = withDraftHeldBack();
    const errors: string[] = [];
    el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
    el.profile = demoProfile;
    document.body.append(el);
    try {
      await waitUntil(() => part.status === 'loading', "the draft's code was not asked for");
      release(true);
      await expectChunkErrorThenTryAgain(el, errors, restore, { keyboard: true });
      await analysed(el);
      expect(errors).to.deep.equal(['network']);
    } finally {
      el.remove();
    }
  });
});

describe("bw-credential-gap-mapper: the working part (form state, lookups, analysis), fetched at connect", () => {
  beforeEach(() => localStorage.clear());

  /** The element, its working part held back until `release()`; not yet on the page. */
  function withCoreHeldBack(fetch?: FetchLike) {
    const el = unplacedMapper(fetch);
    const part = el.lazyParts.mapperCore;
    return { el, part, ...holdChunk(part) };
  }

  it("holds the map's place with its toolbar while the part loads, shows the error state when it cannot be loaded, and the map after \"Try again\"", async () => {
    const { el, part, release, restore } = withCoreHeldBack();
    const errors: string[] = [];
    el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
    el.occupation = 'registered-nurse';
    el.jurisdiction = 'ca-on';
    el.profile = demoProfile;
    document.body.append(el);
    try {
      await waitFor(el, '[part~="skeleton"] [part~="state-loading"]');
      expect($(el, '[part~="toolbar"] button')!.textContent).to.contain('Edit my profile');
      expect(part.status).to.equal('loading');
      // The map's code and the draft's checks are on their way beside it, not after it.
      expect(el.lazyParts.resultView.status).to.not.equal('idle');
      expect(el.lazyParts.profileDraft.status).to.not.equal('idle');
      await expect(el).to.be.accessible();
      release(true);
      await expectChunkErrorThenTryAgain(el, errors, restore, { keyboard: true });
      await analysed(el);
      expect($(el, 'h2')!.textContent).to.contain('Registered nurse in Ontario');
      expect(errors).to.deep.equal(['network']);
    } finally {
      el.remove();
    }
  });

  it('keeps a submit() asked before the part arrives: the map of the kept draft, asked once', async () => {
    const draft: Draft = { profile: draftFromProfile(demoProfile), occupation: { id: 'registered-nurse', label: 'Registered nurse' }, jurisdiction: { id: 'ca-on', label: 'Ontario' } };
    localStorage.setItem(`bw-gap-draft:${location.origin}:anonymous`, JSON.stringify(draft));
    const { fetch, sent } = recordingAnalyses();
    const { el, release } = withCoreHeldBack(fetch);
    document.body.append(el);
    try {
      await waitFor(el, '[part~="skeleton"] [part~="state-loading"]');
      expect(el.submit()).to.equal(true);
      expect(el.analysis).to.equal(undefined);
      await el.updateComplete;
      expect($(el, 'form')).to.equal(null);
      expect($(el, '[part~="toolbar"]')).to.exist;
      release();
      await analysed(el);
      expect(sent).to.have.length(1);
      expect(el.analysis?.target.jurisdiction.id).to.equal('ca-on');
    } finally {
      el.remove();
    }
  });

  it('keeps an "Edit my profile" chosen before the part arrives: the form with the host\'s profile once it has', async () => {
    const { el, release } = withCoreHeldBack();
    el.occupation = 'registered-nurse';
    el.jurisdiction = 'ca-on';
    el.profile = demoProfile;
    document.body.append(el);
    try {
      (await waitFor(el, '[part~="toolbar"] button')).focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(el, '[part~="skeleton"] [part~="state-loading"]');
      release();
      await waitFor(el, 'form[part~="form"]');
      expect(($(el, '#f-education-0-level') as HTMLSelectElement).value).to.equal(demoProfile.education[0].level);
    } finally {
      el.remove();
    }
  });
});

describe('bw-credential-gap-mapper: saving to the plan, loaded on "Add to my plan"', () => {
  beforeEach(() => localStorage.clear());

  it('says so in the plan area when its code cannot be loaded, and sends the steps when the person asks again', async () => {
    const el = await mapper({ profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on' });
    await analysed(el);
    const part = el.lazyParts.planSave;
    expect(part.status).to.equal('idle', 'the map shows without it');
    const restore = failChunk(part);
    const errors: string[] = [];
    el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
    const add = (await waitFor(el, '[part~="add-to-plan"]')) as HTMLButtonElement;
    add.focus();
    await sendKeys({ press: 'Enter' });
    const status = $(el, '[part~="plan"] [role="status"]')!;
    await waitUntil(() => status.textContent!.includes('is not answering'), 'the plan area did not say the code is missing');
    expect(errors).to.deep.equal(['network']);
    restore();
    add.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => /steps? sent to your plan/.test(status.textContent!), 'the steps were not sent');
    expect(errors).to.deep.equal(['network']);
  });
});
