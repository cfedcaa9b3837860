/**
 * The contract every Bridgeway element keeps, run against each of them in real Chromium
 * and on the real reference server: its loading, empty and error states are accessible;
 * a failed load fires `bw-error` with the right `kind` and "Try again" recovers; a missing
 * endpoint is explained; and after it leaves the page nothing of it keeps running.
 *
 * A new element is one line in ELEMENTS (and its registration in src/define.ts).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { configure, resetConfiguration } from '../../src/ui/config.js';
import { BridgewayElement } from '../../src/ui/base-element.js';
import { defineElement } from '../../src/ui/register.js';
import type { BridgewayErrorDetail, BridgewayErrorKind } from '../../src/ui/errors.js';
import { DEMO_AS_OF, demoProfile } from '../../src/server/seed/catalogue/demo-profile.js';
import { PK, collectUncaught, endpoint, failingFetch, jsonResponse, part, stalledFetch, unique, userToken, type Failure } from '../support/browser.js';
import { pause, until, watchGlobals, type GlobalsProbe } from '../support/leaks.js';

type Props = Record<string, unknown>;

interface ElementUnderContract {
  tag: keyof HTMLElementTagNameMap;
  /** Properties that make it load at once (beyond endpoint, key and locale). May sign a user in. */
  setup?: () => Props | Promise<Props>;
  /** Properties (a fetch too, if need be) under which it shows its empty state; absent when it has none. */
  empty?: () => Props | Promise<Props>;
}

const mentee = async (): Promise<Props> => ({ userToken: await userToken('mentee', unique('contract')) });
/** Lets every request through, except `path`, which answers an empty page. */
const emptyPagesOf = (path: string): Props => ({ fetch: (url: string, init: RequestInit) => (new URL(url).pathname.endsWith(path) ? Promise.resolve(jsonResponse({ items: [], nextCursor: null })) : fetch(url, init)) });

/** Every list answers an empty page (the coordinator desk with nothing to do). */
const emptyLists = (): Props => ({ fetch: (url: string, init: RequestInit) => (new URL(url).pathname.startsWith('/v1/') ? Promise.resolve(jsonResponse({ items: [], nextCursor: null })) : fetch(url, init)) });

const ELEMENTS: ElementUnderContract[] = [
  { tag: 'bw-credential-gap-mapper', setup: () => ({ profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on', asOf: DEMO_AS_OF }), empty: () => ({ profile: demoProfile, occupation: 'software-developer', jurisdiction: 'ca-bc', asOf: DEMO_AS_OF }) },
  { tag: 'bw-mentor-finder', empty: () => ({ occupation: 'dentist', language: 'ht', require: ['occupation', 'language'] }) },
  { tag: 'bw-milestone-tracker', setup: mentee, empty: mentee },
  { tag: 'bw-narrative-builder', empty: () => emptyPagesOf('/narrative-templates') },
  { tag: 'bw-program-metrics', setup: async () => ({ userToken: await userToken('coordinator', unique('contract')) }) },
  // A new mentor: no profile yet is the empty form, not an empty state.
  { tag: 'bw-mentor-profile', setup: async () => ({ userToken: await userToken('mentor', unique('contract')) }) },
  { tag: 'bw-coordinator-desk', setup: async () => ({ userToken: await userToken('coordinator', unique('contract')) }), empty: async () => ({ userToken: await userToken('coordinator', unique('contract')), ...emptyLists() }) },
];

type ContractCase = 'loading' | 'empty' | 'error' | 'retry' | 'missing endpoint' | 'leaks' | 'cancel';

/**
 * Cases an element fails today because of a bug in the element: skipped, with the bug named
 * in the test's title, until the element's owner fixes it. Delete the entry with the fix.
 */
const KNOWN_BUGS: Record<string, Partial<Record<ContractCase, string>>> = {
};

// ---- helpers ---------------------------------------------------------------------------

const mounted: HTMLElement[] = [];

/** The element with the demo configuration and `props` (which may unset some of it), not yet on the page. */
function create(tag: string, props: Props): BridgewayElement {
  const el = document.createElement(tag) as BridgewayElement;
  Object.assign(el, { endpoint, publishableKey: PK, locale: 'en' }, props);
  return el;
}

/** Puts `el` on the page in a container of its own (removed after the test). */
function mount(el: HTMLElement): HTMLElement {
  const container = document.createElement('div');
  container.append(el);
  document.body.append(container);
  mounted.push(container);
  return container;
}

function errorsOf(el: HTMLElement): BridgewayErrorDetail[] {
  const errors: BridgewayErrorDetail[] = [];
  el.addEventListener('bw-error', (event) => errors.push(event.detail));
  return errors;
}

const isLoading = (el: Element) => part(el, 'state-loading') !== null;
/** Rendered, and nothing loading any more. */
const settled = (el: BridgewayElement) => until(() => el.shadowRoot?.querySelector('.bw-root') && !isLoading(el), `<${el.localName}> kept loading`, 15_000).then(() => el.updateComplete);

const EXPECTED_KIND: Record<Failure, BridgewayErrorKind> = { server: 'server', network: 'network', validation: 'validation' };

// ---- the suite -------------------------------------------------------------------------

const uncaught = collectUncaught();

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  mounted.splice(0).forEach((container) => container.remove());
  resetConfiguration();
});

for (const element of ELEMENTS) {
  const { tag } = element;
  const setup = async () => (await element.setup?.()) ?? {};
  /** `it` (and nothing thrown reaches the page), or `it.skip` for a case with a known bug. */
  const check = (name: ContractCase, title: string, test: () => Promise<void>) => {
    const bug = KNOWN_BUGS[tag]?.[name];
    if (bug) return it.skip(`${title} [KNOWN BUG: ${bug}]`, test);
    return it(title, async () => {
      await test();
      await pause(0);
      expect(uncaught, 'nothing thrown reaches the page').to.deep.equal([]);
    });
  };

  describe(`<${tag}> keeps the element contract`, function () {
    this.timeout(30_000);

    check('loading', 'shows an accessible loading state while its data is on the way', async () => {
      const stalled = stalledFetch();
      const el = create(tag, { ...(await setup()), fetch: stalled.fn });
      mount(el);
      await until(() => isLoading(el), 'no loading state');
      const loading = part(el, 'state-loading')!;
      expect(loading.getAttribute('role')).to.equal('status');
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      stalled.release();
      await settled(el);
    });

    if (element.empty) {
      const empty = element.empty;
      check('empty', 'shows an accessible empty state when there is nothing to show', async () => {
        const el = create(tag, await empty());
        const errors = errorsOf(el);
        mount(el);
        await until(() => part(el, 'state-empty'), 'no empty state', 15_000);
        expect(part(el, 'state-empty')!.getAttribute('role')).to.equal('status');
        expect(errors).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    for (const failure of ['server', 'network', 'validation'] as const) {
      const kind = EXPECTED_KIND[failure];
      check('error', `fires bw-error of kind "${kind}" and shows an accessible error state with "Try again" when loading meets a ${failure} failure`, async () => {
        const control = failingFetch(failure);
        const el = create(tag, { ...(await setup()), fetch: control.fn });
        const errors = errorsOf(el);
        mount(el);
        await until(() => part(el, 'state-error'), 'no error state', 15_000);
        await el.updateComplete;
        expect(part(el, 'state-error')!.getAttribute('role')).to.equal('alert');
        expect(errors.length, 'bw-error fired').to.be.greaterThan(0);
        expect(errors.map((e) => e.kind)).to.deep.equal(errors.map(() => kind));
        expect(errors.every((e) => e.phase === 'load' && e.retryable)).to.equal(true);
        expect(part(el, 'retry'), 'a "Try again" button').to.exist;
        await expect(el).to.be.accessible();
      });
    }

    check('retry', 'shows its data after "Try again" once the server answers again, with no further bw-error', async () => {
      const control = failingFetch('server');
      const el = create(tag, { ...(await setup()), fetch: control.fn });
      const errors = errorsOf(el);
      mount(el);
      await until(() => part(el, 'retry'), 'no "Try again" button', 15_000);
      await settled(el);
      control.failing = false;
      const failed = errors.length;
      part(el, 'retry')!.click();
      await settled(el);
      await until(() => !part(el, 'state-error') && !isLoading(el), 'the error state stayed after "Try again"', 15_000);
      expect(errors.length, 'no bw-error after a successful retry').to.equal(failed);
    });

    check('missing endpoint', 'explains a missing endpoint: names the element and the three ways to set it', async () => {
      const el = create(tag, { ...(await setup()), endpoint: undefined });
      const errors = errorsOf(el);
      mount(el);
      await until(() => part(el, 'state-error'), 'no error state without an endpoint');
      expect(part(el, 'error')!.textContent).to.contain("isn't set up yet");
      expect(part(el, 'retry'), 'no "Try again": it cannot help').to.equal(null);
      expect(errors.length, 'bw-error fired').to.be.greaterThan(0);
      const [first] = errors;
      expect(first.kind).to.equal('config');
      expect(first.retryable).to.equal(false);
      expect(first.message).to.contain(`<${tag}>`);
      expect(first.message).to.contain('endpoint attribute');
      expect(first.message).to.contain('<bw-provider endpoint=');
      expect(first.message).to.contain('configure({ endpoint })');
      await expect(el).to.be.accessible();
    });

    check('leaks', 'leaves no listener, timer or observer behind when removed, and works again when put back', async () => {
      const el = create(tag, await setup());
      const findings = await leakCheck(el);
      expect(findings.whileConnected, 'the probe sees what the element starts').not.to.be.empty;
      expect(findings.afterRemoval, 'left running after the first removal').to.deep.equal([]);
      expect(findings.afterReconnect, 'on the page again: the same listeners, not twice as many').to.deep.equal(findings.whileConnected);
      expect(findings.errorAfterReconnect, 'works again when put back').to.equal(false);
      expect(findings.afterSecondRemoval, 'left running after the second removal').to.deep.equal([]);
      expect(findings.updatesWhileDetached, 'a removed element still re-renders on configure() or a lang change').to.equal(0);
    });

    check('cancel', 'cancels its requests when removed in the middle of a load', async () => {
      const stalled = stalledFetch();
      const el = create(tag, { ...(await setup()), fetch: stalled.fn });
      const probe = watchGlobals();
      try {
        const container = mount(el);
        await until(() => isLoading(el) && stalled.calls > 0, 'no request started');
        container.remove();
        await pause(50);
        // The requests stall until released: only an abort ends them (and their timeout timers).
        expect(probe.leftovers(), 'left running after a removal during a load').to.deep.equal([]);
      } finally {
        probe.stop();
        stalled.release();
      }
    });
  });
}

// ---- the leak check, and the proof that it can fail --------------------------------------

interface LeakFindings {
  whileConnected: string[];
  afterRemoval: string[];
  afterReconnect: string[];
  errorAfterReconnect: boolean;
  afterSecondRemoval: string[];
  updatesWhileDetached: number;
}

/** Listeners on window and document by target and type only (their call sites differ between runs). */
const kinds = (items: string[]) => items.map((item) => item.replace(/ \(at .*\)$/, '')).sort();

/**
 * What is still running a while after a removal. A response on its way may still arrive and
 * end its timeout timer (the "cancel" case is strict about that); listeners, intervals,
 * observers and timers that re-arm themselves stay, and are found.
 */
async function leftoversAfterRemoval(probe: GlobalsProbe): Promise<string[]> {
  await pause(50);
  const deadline = Date.now() + 2000;
  while (probe.leftovers().length > 0 && Date.now() < deadline) await pause(50);
  return probe.leftovers();
}

/**
 * Puts `el` on the page, lets it settle, removes it, puts it back, removes it again, and
 * says what the probe saw at each step; then whether the removed element still updates
 * when the global configuration or a `lang` of the page changes.
 */
async function leakCheck(el: BridgewayElement): Promise<LeakFindings> {
  const probe = watchGlobals();
  const lang = document.createElement('div');
  try {
    const container = mount(el);
    await settled(el);
    const whileConnected = kinds(probe.listeners());
    container.remove();
    const afterRemoval = await leftoversAfterRemoval(probe);
    document.body.append(container);
    await settled(el);
    const afterReconnect = kinds(probe.listeners());
    const errorAfterReconnect = part(el, 'state-error') !== null;
    container.remove();
    const afterSecondRemoval = await leftoversAfterRemoval(probe);

    let updatesWhileDetached = 0;
    const requestUpdate = el.requestUpdate;
    el.requestUpdate = (...args: Parameters<BridgewayElement['requestUpdate']>) => {
      updatesWhileDetached++;
      return requestUpdate.apply(el, args);
    };
    document.body.append(lang);
    configure({});
    lang.setAttribute('lang', 'fr');
    await pause(20);
    el.requestUpdate = requestUpdate;
    return { whileConnected, afterRemoval, afterReconnect, errorAfterReconnect, afterSecondRemoval, updatesWhileDetached };
  } finally {
    lang.remove();
    probe.stop();
  }
}

/** A widget that forgets to clean up: it must fail every part of the leak check. */
class LeakyWidget extends BridgewayElement {
  private readonly started: Array<() => void> = [];

  override connectedCallback(): void {
    super.connectedCallback();
    const onResize = () => undefined;
    window.addEventListener('resize', onResize);
    const interval = setInterval(() => undefined, 60_000);
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { childList: true });
    this.started.push(() => window.removeEventListener('resize', onResize), () => clearInterval(interval), () => observer.disconnect());
  }

  override disconnectedCallback(): void {
    // Forgets super.disconnectedCallback(): the base's own listeners stay too.
  }

  /** What the test calls afterwards, so the leaks do not outlive it. */
  tidyUp(): void {
    this.started.splice(0).forEach((stop) => stop());
    super.disconnectedCallback();
  }

  protected override renderContent(): unknown {
    return 'leaky';
  }
}
defineElement('bw-contract-leaky', LeakyWidget);

class TidyWidget extends BridgewayElement {
  protected override renderContent(): unknown {
    return 'tidy';
  }
}
defineElement('bw-contract-tidy', TidyWidget);

describe('the element contract suite', function () {
  // The leaky widget makes the leak check wait its full grace period twice.
  this.timeout(20_000);

  it('finds the leaks of a widget that does not clean up', async () => {
    const el = create('bw-contract-leaky', {}) as LeakyWidget;
    try {
      const findings = await leakCheck(el);
      const left = findings.afterRemoval.join('\n');
      expect(left).to.contain('window resize');
      expect(left).to.contain('window lit-localize-status');
      expect(left).to.contain('setInterval 60000 ms');
      expect(left).to.contain('MutationObserver on body');
      expect(findings.afterReconnect.length).to.be.greaterThan(findings.whileConnected.length);
      expect(findings.updatesWhileDetached).to.be.greaterThan(0);
    } finally {
      el.tidyUp();
    }
  });

  it('finds nothing on a widget that cleans up', async () => {
    const findings = await leakCheck(create('bw-contract-tidy', {}));
    expect(findings.whileConnected).to.include('window lit-localize-status');
    expect(findings.afterRemoval).to.deep.equal([]);
    expect(findings.afterReconnect).to.deep.equal(findings.whileConnected);
    expect(findings.afterSecondRemoval).to.deep.equal([]);
    expect(findings.updatesWhileDetached).to.equal(0);
  });

  it('runs against every element src/define.ts registers', async () => {
    const source = await (await fetch('/src/define.ts')).text();
    const registered = [...source.matchAll(/widgets\/([a-z-]+)\/define/g)].map(([, name]) => `bw-${name}`);
    expect(registered).not.to.be.empty;
    expect(ELEMENTS.map((e) => e.tag).sort()).to.deep.equal(registered.sort());
  });
});
