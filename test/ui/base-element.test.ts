import { expect, fixture, fixtureCleanup, html, waitUntil, oneEvent } from '@open-wc/testing';
import '../../src/ui/provider/define.js';
import { CONFIG_KEYS, configure, resetConfiguration } from '../../src/ui/config.js';
import { BridgewayElement } from '../../src/ui/base-element.js';
import { BridgewayProvider } from '../../src/ui/provider/provider.js';
import { TestWidget, fakeFetch, deferred, page, part, root, settled } from './helpers.js';
import type { BridgewayErrorDetail } from '../../src/ui/errors.js';
import { collectUncaught } from '../support/browser.js';

describe('BridgewayElement', () => {
  const uncaught = collectUncaught();
  afterEach(() => {
    fixtureCleanup();
    resetConfiguration();
  });

  describe('configuration', () => {
    it('declares every setting once, for the provider and the elements alike', () => {
      for (const key of CONFIG_KEYS) {
        const declaration = BridgewayElement.elementProperties.get(key);
        expect(declaration, `${key} is a property of the elements`).to.exist;
        expect(BridgewayProvider.elementProperties.get(key), `${key} is the same property on the provider`).to.equal(declaration);
      }
      expect([...BridgewayProvider.elementProperties.keys()].sort()).to.deep.equal([...CONFIG_KEYS].sort());
    });

    it('prefers its own attribute, then the nearest provider, then configure()', async () => {
      const mock = fakeFetch({ body: page('a') });
      configure({ endpoint: 'https://configured.example', fetch: mock.fn });
      const wrapper = await fixture<HTMLElement>(html`<div>
        <bw-provider endpoint="https://provider.example">
          <bw-test-widget id="inherits"></bw-test-widget>
          <bw-test-widget id="own" endpoint="https://own.example"></bw-test-widget>
        </bw-provider>
        <bw-test-widget id="outside"></bw-test-widget>
      </div>`);
      const [inherits, own, outside] = ['inherits', 'own', 'outside'].map((id) => wrapper.querySelector<TestWidget>(`#${id}`)!);
      await Promise.all([inherits, own, outside].map(settled));
      expect(inherits.client.options.endpoint).to.equal('https://provider.example');
      expect(own.client.options.endpoint).to.equal('https://own.example');
      expect(outside.client.options.endpoint).to.equal('https://configured.example');
      const urls = mock.calls.map((call) => call.url).sort();
      expect(urls).to.deep.equal([
        'https://configured.example/v1/things',
        'https://own.example/v1/things',
        'https://provider.example/v1/things',
      ]);
    });

    it('takes keys, locale and theme from the provider and fills the rest from configure()', async () => {
      const mock = fakeFetch({ body: page('a') });
      configure({ endpoint: 'https://configured.example', publishableKey: 'pk_configured', fetch: mock.fn });
      const provider = await fixture<HTMLElement>(html`<bw-provider user-token="tok_provider" theme="dark" locale="en">
        <bw-test-widget></bw-test-widget>
      </bw-provider>`);
      const el = provider.querySelector('bw-test-widget')!;
      await settled(el);
      expect(el.config.publishableKey).to.equal('pk_configured');
      expect(el.resolvedTheme).to.equal('dark');
      expect(mock.calls).to.have.length(1);
      expect((mock.calls[0].init.headers as Record<string, string>).authorization).to.equal('Bearer tok_provider');
    });

    it('updates when the provider changes', async () => {
      const mock = fakeFetch({ body: page('a') });
      const provider = await fixture<HTMLElement & { endpoint: string; fetch: unknown }>(html`<bw-provider
        endpoint="https://one.example"
        .fetch=${mock.fn}
        ><bw-test-widget></bw-test-widget
      ></bw-provider>`);
      const el = provider.querySelector('bw-test-widget')!;
      await settled(el);
      provider.endpoint = 'https://two.example';
      await waitUntil(() => mock.calls.length === 2, 'reloads from the new provider endpoint');
      expect(mock.calls[1].url).to.equal('https://two.example/v1/things');
    });

    it('memoises the client and rebuilds it when the endpoint changes', async () => {
      const mock = fakeFetch({ body: page('a') });
      const el = await fixture<TestWidget>(html`<bw-test-widget endpoint="https://one.example" .fetch=${mock.fn}></bw-test-widget>`);
      await settled(el);
      const first = el.client;
      expect(el.client).to.equal(first);
      el.endpoint = 'https://two.example';
      await el.updateComplete;
      await settled(el);
      expect(el.client).not.to.equal(first);
      expect(el.client.options.endpoint).to.equal('https://two.example');
      expect(mock.calls.map((call) => call.url)).to.deep.equal(['https://one.example/v1/things', 'https://two.example/v1/things']);
    });

    it('sends requests through the injected fetch, not the global one', async () => {
      const mock = fakeFetch({ body: page('a') });
      const original = window.fetch;
      let globalCalls = 0;
      window.fetch = (() => {
        globalCalls++;
        return Promise.reject(new Error('global fetch must not be used'));
      }) as typeof fetch;
      try {
        const el = await fixture<TestWidget>(html`<bw-test-widget endpoint="https://api.example" publishable-key="pk_test" .fetch=${mock.fn}></bw-test-widget>`);
        await settled(el);
        expect(globalCalls).to.equal(0);
        expect(mock.calls).to.have.length(1);
        expect((mock.calls[0].init.headers as Record<string, string>).authorization).to.equal('Bearer pk_test');
      } finally {
        window.fetch = original;
      }
    });

    it('shows a config error naming what to do when no endpoint is set', async () => {
      const el = await fixture<TestWidget>(html`<bw-test-widget></bw-test-widget>`);
      await settled(el);
      expect(el.things.status).to.equal('error');
      expect(el.things.errorKind).to.equal('config');
      expect(part(el, 'error')!.textContent).to.contain("tell the site's owner");
      expect(part(el, 'retry')).to.equal(null);
    });
  });

  describe('states', () => {
    it('shows a busy live region while loading, then the data', async () => {
      const gate = deferred();
      const mock = fakeFetch({ body: page('Nursing bridge', 'Language test'), gate: gate.promise });
      const el = await fixture<TestWidget>(html`<bw-test-widget endpoint="https://api.example" .fetch=${mock.fn}></bw-test-widget>`);
      const loading = part(el, 'state-loading')!;
      expect(loading).to.exist;
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      expect(loading.getAttribute('aria-live')).to.equal('polite');
      await expect(el).to.be.accessible();
      gate.resolve();
      await settled(el);
      expect(part(el, 'state')).to.equal(null);
      expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Nursing bridge', 'Language test']);
      await expect(el).to.be.accessible();
    });

    it('shows the empty state when there is nothing', async () => {
      const mock = fakeFetch({ body: page() });
      const el = await fixture<TestWidget>(html`<bw-test-widget endpoint="https://api.example" .fetch=${mock.fn}></bw-test-widget>`);
      await settled(el);
      expect(el.things.status).to.equal('empty');
      expect(part(el, 'state-empty')!.textContent).to.contain('Nothing to show yet.');
      await expect(el).to.be.accessible();
    });

    it('shows an error with "Try again", and recovers when the retry succeeds', async () => {
      const mock = fakeFetch({ status: 404 }, { body: page('Recovered') });
      const el = await fixture<TestWidget>(html`<bw-test-widget endpoint="https://api.example" .fetch=${mock.fn}></bw-test-widget>`);
      await settled(el);
      expect(part(el, 'state-error')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'error')!.textContent).to.contain("We couldn't find what you asked for");
      await expect(el).to.be.accessible();
      part(el, 'retry')!.click();
      await settled(el);
      expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('Recovered');
      expect(mock.calls).to.have.length(2);
    });

    it('styles its states with the base styles alone: a 44 px "Try again" in the brand colour, a dashed empty state', async () => {
      const failing = await fixture<TestWidget>(html`<bw-test-widget endpoint="https://api.example" .fetch=${fakeFetch({ status: 404 }).fn}></bw-test-widget>`);
      await settled(failing);
      const retry = getComputedStyle(part(failing, 'retry')!);
      expect(parseFloat(retry.minHeight)).to.equal(44);
      // Filled with the brand colour and bordered with it (a browser's own button has neither).
      expect(retry.backgroundColor).to.contain('srgb-linear');
      expect(retry.borderTopColor).to.equal(retry.backgroundColor);
      const empty = await fixture<TestWidget>(html`<bw-test-widget endpoint="https://api.example" .fetch=${fakeFetch({ body: page() }).fn}></bw-test-widget>`);
      await settled(empty);
      expect(getComputedStyle(part(empty, 'state-empty')!).borderTopStyle).to.equal('dashed');
    });

    it('fires bw-error with a typed detail when loading fails', async () => {
      const mock = fakeFetch({ status: 401, body: { type: 'about:blank', title: 'Unauthenticated', status: 401, code: 'unauthenticated' } });
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('bw-test-widget');
      el.endpoint = 'https://api.example';
      el.fetch = mock.fn;
      const event = oneEvent(wrapper, 'bw-error');
      wrapper.append(el);
      const { detail } = (await event) as CustomEvent<BridgewayErrorDetail>;
      expect(detail.kind).to.equal('auth');
      expect(detail.phase).to.equal('load');
      expect(detail.status).to.equal(401);
      expect(detail.retryable).to.equal(true);
      await settled(el);
      expect(part(el, 'error')!.textContent).to.contain('Sign in again');
    });

    it('ends in the error state, not an uncaught exception, when the response breaks the contract', async () => {
      const mock = fakeFetch({ body: { items: [{ name: 42 }], nextCursor: null } });
      const el = await fixture<TestWidget>(html`<bw-test-widget endpoint="https://api.example" .fetch=${mock.fn}></bw-test-widget>`);
      await settled(el);
      expect(el.things.errorKind).to.equal('validation');
      expect(uncaught).to.deep.equal([]);
    });

    it('ends in the error state, with bw-error, when rendering throws', async () => {
      const mock = fakeFetch({ body: page('a') });
      const el = await fixture<TestWidget>(html`<bw-test-widget endpoint="https://api.example" .fetch=${mock.fn}></bw-test-widget>`);
      await settled(el);
      const errors: BridgewayErrorDetail[] = [];
      el.addEventListener('bw-error', (event) => errors.push(event.detail));
      const originalError = console.error;
      console.error = () => {};
      try {
        el.failRender = true;
        await el.updateComplete;
      } finally {
        console.error = originalError;
      }
      expect(errors.map((e) => [e.kind, e.phase])).to.deep.equal([['unexpected', 'render']]);
      expect(part(el, 'state-error')).to.exist;
      await expect(el).to.be.accessible();
      el.failRender = false;
      part(el, 'retry')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('a');
      await new Promise((r) => setTimeout(r, 50));
      expect(uncaught).to.deep.equal([]);
    });

    it('contains a throwing willUpdate without an unhandled rejection', async () => {
      class Fragile extends TestWidget {
        boom = false;
        protected override willUpdate(changed: Map<PropertyKey, unknown>) {
          super.willUpdate(changed);
          if (this.boom) throw new Error('willUpdate exploded');
        }
      }
      customElements.define('bw-test-fragile', Fragile);
      const mock = fakeFetch({ body: page('a') });
      const el = (await fixture(html`<bw-test-fragile endpoint="https://api.example" .fetch=${mock.fn}></bw-test-fragile>`)) as Fragile;
      await settled(el);
      const originalError = console.error;
      console.error = () => {};
      try {
        el.boom = true;
        el.requestUpdate();
        await new Promise((r) => setTimeout(r, 50));
      } finally {
        console.error = originalError;
      }
      expect(uncaught).to.deep.equal([]);
    });
  });
});
