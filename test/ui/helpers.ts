/** A test widget built on BridgewayElement; the scriptable fetch and queries come from test/support. */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { arr, nul, obj, str, type Validator } from '../../src/api/validate.js';
import { BridgewayElement } from '../../src/ui/base-element.js';
import { defineElement } from '../../src/ui/register.js';

export { deferred, fakeFetch, part, root, type FakeFetch, type Reply } from '../support/browser.js';

/** What scripts/generate-validators.ts writes for `Page(z.object({ name: z.string() }))`. */
export const Thing = obj({ name: str }) as Validator<{ name: string }>;
export const ThingPage = obj({ items: arr(Thing), nextCursor: nul(str) }) as Validator<{ items: { name: string }[]; nextCursor: string | null }>;

export class TestWidget extends BridgewayElement {
  /** Makes renderContent throw, to prove render errors end in the error state. */
  @property({ attribute: false }) failRender = false;

  loads = 0;

  readonly things = this.createLoader({
    args: () => [this.client] as const,
    load: ([client], signal) => {
      this.loads++;
      return client.request({ path: '/things', response: ThingPage, signal });
    },
  });

  protected override renderContent() {
    if (this.failRender) throw new Error('render exploded');
    return this.things.render({
      ready: (page) => html`<ul part="list">${page.items.map((item) => html`<li>${item.name}</li>`)}</ul>`,
    });
  }
}
defineElement('bw-test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'bw-test-widget': TestWidget;
  }
}

export const page = (...names: string[]) => ({ items: names.map((name) => ({ name })), nextCursor: null });

/** Waits until the element's loader has settled and the element has rendered. */
export async function settled(el: TestWidget): Promise<void> {
  await el.updateComplete;
  await el.things.complete;
  await el.updateComplete;
}
