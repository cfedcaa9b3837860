/**
 * The builder's view (form, preview, template language, session) is code fetched at connect,
 * beside the template and draft reads: its loading state holds the view's place until both
 * are there, nothing asked for meanwhile is lost, and a chunk that does not arrive ends in the
 * error state with "Try again".
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/narrative-builder/define.js';
import type { BridgewayNarrativeBuilder } from '../../../src/widgets/narrative-builder/narrative-builder.js';
import type { FetchLike } from '../../../src/api/client.js';
import { $, $$, button, deferred, endpoint, PK } from '../../support/browser.js';

/** A builder not on the page yet, whose view's code arrives only when `arrive()` is called. */
function heldBuilder(props: Partial<BridgewayNarrativeBuilder>): { el: BridgewayNarrativeBuilder; arrive: () => void } {
  const el = document.createElement('bw-narrative-builder');
  Object.assign(el, { endpoint, publishableKey: PK, locale: 'en', ...props });
  const part = el.viewPart;
  const real = part.importer;
  const gate = deferred();
  part.importer = () => gate.promise.then(real);
  return { el, arrive: gate.resolve };
}

async function place(el: BridgewayNarrativeBuilder, width = 1000): Promise<void> {
  const parent = await fixture<HTMLDivElement>(html`<div style=${`inline-size: ${width}px`}></div>`);
  parent.append(el);
  await el.updateComplete;
}

async function ready(el: BridgewayNarrativeBuilder): Promise<void> {
  await waitUntil(() => $(el, '[part~="form"]'), 'the form did not appear', { timeout: 8000 });
  await el.updateComplete;
}

const height = (element: Element) => element.getBoundingClientRect().height;

describe('bw-narrative-builder: the view fetched at connect', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => fixtureCleanup());

  it("asks for the view's code at connect, beside the reads, and holds the view's place until both are there", async () => {
    const reads: string[] = [];
    const templatesAnswered = deferred();
    const counting: FetchLike = (input, init) => {
      reads.push(input);
      const answer = fetch(input, init);
      if (input.includes('/narrative-templates')) void answer.then(() => templatesAnswered.resolve());
      return answer;
    };
    const { el, arrive } = heldBuilder({ kind: 'resume-summary', fetch: counting });
    await place(el);
    expect(el.viewPart.status).to.equal('loading', 'the code is asked for at connect');
    await waitUntil(() => reads.some((url) => url.includes('/narrative-templates')), 'the templates are read without waiting for the code');
    // The templates have answered by now; the loading state stays, in the view's shape, until the code is here.
    await templatesAnswered.promise;
    await new Promise((done) => setTimeout(done, 100));
    await el.updateComplete;
    const skeleton = $(el, '[part~="skeleton"]')!;
    expect(skeleton, 'the loading state in the view’s shape').to.exist;
    expect(skeleton.querySelector('[part~="state-loading"]')!.textContent).to.contain('Loading');
    expect(el.plainText(), 'no text before the draft shows').to.equal('');
    expect(el.markdown()).to.equal('');
    await expect(el).to.be.accessible();
    const reserved = height(skeleton);

    arrive();
    await ready(el);
    expect($(el, '[part~="skeleton"]')).to.equal(null);
    const view = height($(el, '.layout')!) + height($(el, '[part="header"]')!);
    // The loading state reserves most of the view's height, so what follows the element moves little when the view arrives.
    expect(reserved).to.be.within(view * 0.6, view * 1.1);
    expect(reads.filter((url) => url.includes('/narrative-templates')).length).to.equal(1, 'the templates are read once');
    expect($(el, '[part="counts"]')!.textContent, 'the preview counts with the template language').to.match(/\d+ of 100 words/);
  });

  it("keeps what was asked for while the view's code loads: a kind picked and a gap analysis heard", async () => {
    const { el, arrive } = heldBuilder({ kind: 'resume-summary' });
    await place(el);
    expect($(el, '[part~="skeleton"]')).to.exist;
    el.kind = 'credential-equivalency';
    const analysis = {
      target: { occupation: { id: 'registered-nurse', name: { en: 'Registered nurse' } }, jurisdiction: { id: 'ca-on', country: 'CA', name: { en: 'Ontario' } } },
    };
    const profile = { education: [], licences: [], experience: [], languageTests: [] };
    document.dispatchEvent(new CustomEvent('bw-gap-analysed', { detail: { analysis, profile } }));
    await el.updateComplete;
    arrive();
    await ready(el);
    expect($(el, '#field-credentials'), 'the kind picked while loading opened').to.exist;
    button(el, 'Fill in from my gap analysis').click();
    await waitUntil(() => $<HTMLInputElement>(el, '#field-local-title')!.value === 'Registered nurse', 'filled in from the analysis heard while loading');
    expect($<HTMLInputElement>(el, '#field-jurisdiction')!.value).to.equal('Ontario');
  });

  it("shows the error state with \"Try again\" when the view's code does not arrive, and the view after the retry", async () => {
    const el = document.createElement('bw-narrative-builder');
    Object.assign(el, { endpoint, publishableKey: PK, locale: 'en', kind: 'elevator-pitch' });
    const part = el.viewPart;
    const real = part.importer;
    part.importer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const errors: string[] = [];
    el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
    await place(el);
    await waitUntil(() => $(el, '[part~="state-error"]'), 'the error state');
    expect($(el, '[part~="state-error"]')!.textContent).to.contain('is not answering');
    expect(errors).to.deep.equal(['network'], 'reported once');
    expect($(el, '[part~="state-loading"]'), 'no endless spinner').to.equal(null);
    await expect(el).to.be.accessible();
    part.importer = real;
    button(el, 'Try again', $(el, '[part~="state-error"]')!).click();
    await ready(el);
    expect($(el, '[part~="state-error"]')).to.equal(null);
    expect($$(el, 'textarea').length).to.be.greaterThan(0);
    expect($(el, '[part="counts"]')!.textContent).to.contain('seconds to say');
  });
});
