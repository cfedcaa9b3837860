/**
 * @lit/localize's runtime loads with the first translated locale (src/ui/locale-runtime.ts): a
 * page in English never downloads it. Its own file: the page must not have asked for a locale yet.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { activeLocale } from '../../src/ui/localization.js';
import { TestWidget, fakeFetch, part, root } from './helpers.js';

/**
 * Times the page fetched src/ui/locale-runtime.ts, the one importer of @lit/localize's runtime in
 * the CDN bundles (where scripts/localize-runtime-on-demand.mjs keeps the runtime out of the first
 * download; the test server serves the package as it is).
 */
const runtimeFetched = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/src/ui/locale-runtime.')).length;

describe('the localisation runtime', () => {
  afterEach(() => fixtureCleanup());

  it('is not downloaded for a page in English, and arrives with the first translated locale', async () => {
    const mock = fakeFetch({ status: 404 });
    const el = await fixture<TestWidget>(html`<bw-test-widget endpoint="https://api.example" .fetch=${mock.fn}></bw-test-widget>`);
    await waitUntil(() => part(el, 'retry')?.textContent === 'Try again', 'English retry');
    expect(activeLocale()).to.equal('en');
    expect(root(el).getAttribute('lang')).to.equal('en');
    expect(runtimeFetched()).to.equal(0);

    el.locale = 'fr-CA';
    await waitUntil(() => part(el, 'retry')?.textContent === 'Réessayer', 'French retry');
    expect(activeLocale()).to.equal('fr');
    expect(root(el).getAttribute('lang')).to.equal('fr');
    expect(runtimeFetched()).to.be.greaterThan(0);

    el.locale = 'en';
    await waitUntil(() => part(el, 'retry')?.textContent === 'Try again', 'English again');
    expect(root(el).getAttribute('lang')).to.equal('en');
  });
});
