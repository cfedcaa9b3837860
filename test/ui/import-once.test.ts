/**
 * importOnce: a part's module is asked of the module loader once per page; the next element gets it
 * in the same task, styles adopted, and a part whose module the page has is ready at once (`atHand`).
 */
import { expect, fixture, fixtureCleanup, html as fixtureHtml } from '@open-wc/testing';
import { css, html } from 'lit';
import { BridgewayElement } from '../../src/ui/base-element.js';
import { importOnce } from '../../src/ui/import-once.js';
import { LazyPart } from '../../src/ui/lazy.js';

const partStyles = css`
  @layer bw.component {
    .remembered {
      padding-inline-start: 11px;
    }
  }
`;

/** Resolves at the next task: what `import()` of a module the page already has costs. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let loads = 0;
const importPart = importOnce(async () => {
  loads++;
  await nextTask();
  return { partStyles, view: () => html`<p class="remembered">Remembered</p>` };
});

class RememberingHost extends BridgewayElement {
  readonly later = new LazyPart(this, importPart);

  protected override renderContent(): unknown {
    return this.later.render((module) => module.view());
  }
}
customElements.define('bw-test-remembering-host', RememberingHost);

describe('importOnce', () => {
  afterEach(() => fixtureCleanup());

  it('loads a part once: the next element has it ready, with its styles adopted, before another task runs', async () => {
    const first = await fixture<RememberingHost>(fixtureHtml`<bw-test-remembering-host></bw-test-remembering-host>`);
    await first.later.require();
    const loadsBefore = loads;

    const second = document.createElement('bw-test-remembering-host') as RememberingHost;
    document.body.append(second);
    let readyBeforeTask = false;
    const ready = second.later.require().then(() => (readyBeforeTask = true));
    await Promise.race([ready, nextTask()]);
    expect(readyBeforeTask, 'ready within the task that asked').to.equal(true);
    expect(loads, 'not loaded again').to.equal(loadsBefore);
    await second.updateComplete;
    const shown = second.shadowRoot!.querySelector('.remembered')!;
    expect(getComputedStyle(shown).paddingInlineStart).to.equal('11px');
    second.remove();
  });

  it('asks the loader once, and every later caller gets the same answer', async () => {
    let asked = 0;
    const load = importOnce(async () => ({ asked: ++asked }));
    const first = load();
    const second = load();
    expect(second).to.equal(first, 'a caller while the first import is on its way shares it');
    expect(await load()).to.deep.equal({ asked: 1 });
    expect(asked).to.equal(1);
  });

  it('asks again after a failed import, and keeps the answer that came', async () => {
    let asked = 0;
    const load = importOnce(async () => {
      asked++;
      if (asked === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'module';
    });
    let failure: unknown;
    await load().catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);
    expect(await load()).to.equal('module');
    expect(await load()).to.equal('module');
    expect(asked).to.equal(2);
  });

  it('keeps the module once it has arrived, and not a failed one', async () => {
    const load = importOnce(async () => 'module');
    expect(load.loaded).to.equal(undefined);
    const loading = load();
    expect(load.loaded, 'not before it has arrived').to.equal(undefined);
    await loading;
    expect(load.loaded).to.equal('module');
    const failing = importOnce(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await failing().catch(() => undefined);
    expect(failing.loaded).to.equal(undefined);
  });

  it("makes a part ready in the same turn when the page has its module, with its styles, and never one a test's importer or translations hold", async () => {
    const first = await fixture<RememberingHost>(fixtureHtml`<bw-test-remembering-host></bw-test-remembering-host>`);
    await first.later.require();

    const second = document.createElement('bw-test-remembering-host') as RememberingHost;
    document.body.append(second);
    expect(second.later.status).to.equal('idle');
    const module = second.later.atHand();
    expect(module, 'at hand, no turn waited').to.equal(await importPart());
    expect(second.later.status).to.equal('ready');
    expect(second.shadowRoot!.adoptedStyleSheets).to.include(partStyles.styleSheet);
    second.remove();

    // An importer a test replaced (a chunk that fails or comes late) is never skipped.
    const replaced = document.createElement('bw-test-remembering-host') as RememberingHost;
    replaced.later.importer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    document.body.append(replaced);
    expect(replaced.later.atHand()).to.equal(undefined);
    expect(replaced.later.status).not.to.equal('ready');
    replaced.remove();

    // A part with translations of its own waits for them to load.
    const withWords = new LazyPart(first, importPart, { fr: () => Promise.resolve(undefined) } as never);
    expect(withWords.atHand()).to.equal(undefined);
    expect(withWords.status).to.equal('idle');
  });
});
