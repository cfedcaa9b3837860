/** rememberedImport: a part's module loads once for the page; the next element gets it in the same task, styles adopted. */
import { expect, fixture, fixtureCleanup, html as fixtureHtml } from '@open-wc/testing';
import { css, html } from 'lit';
import { BridgewayElement } from '../../src/ui/base-element.js';
import { LazyPart } from '../../src/ui/lazy.js';
import { rememberedImport } from '../../src/ui/remembered-import.js';

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
let failNext = false;
const importPart = rememberedImport(async () => {
  loads++;
  await nextTask();
  if (failNext) {
    failNext = false;
    throw new Error('chunk did not arrive');
  }
  return { partStyles, view: () => html`<p class="remembered">Remembered</p>` };
});

class RememberingHost extends BridgewayElement {
  readonly later = new LazyPart(this, importPart);

  protected override renderContent(): unknown {
    return this.later.render((module) => module.view());
  }
}
customElements.define('bw-test-remembering-host', RememberingHost);

describe('rememberedImport', () => {
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

  it('keeps nothing of a load that failed: the next ask loads again', async () => {
    const remembered = rememberedImport(async () => {
      loads++;
      if (failNext) {
        failNext = false;
        throw new Error('chunk did not arrive');
      }
      return { ok: true };
    });
    failNext = true;
    const before = loads;
    let failed = false;
    await remembered().catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(await remembered()).to.deep.equal({ ok: true });
    await remembered();
    expect(loads - before, 'one failed load, one that arrived, then none').to.equal(2);
  });
});
