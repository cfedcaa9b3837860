/** LazyPart: a part brings its own styles, adopted into its host's shadow root before the part first renders. */
import { expect, fixture, fixtureCleanup, html as fixtureHtml } from '@open-wc/testing';
import { css, html } from 'lit';
import { BridgewayElement } from '../../src/ui/base-element.js';
import { LazyPart } from '../../src/ui/lazy.js';

const partStyles = css`
  @layer bw.component {
    .later {
      padding-inline-start: 13px;
    }
  }
`;

class StyledPartHost extends BridgewayElement {
  readonly later = new LazyPart(this, () => Promise.resolve({ partStyles, view: () => html`<p class="later">Later</p>` }));

  protected override renderContent(): unknown {
    return this.later.render((module) => module.view());
  }
}
customElements.define('bw-test-styled-part', StyledPartHost);

describe('LazyPart', () => {
  afterEach(() => fixtureCleanup());

  it("adopts a part's styles into its host's shadow root when the part loads, once per host and after the element's own", async () => {
    const el = await fixture<StyledPartHost>(fixtureHtml`<bw-test-styled-part></bw-test-styled-part>`);
    await el.later.require();
    await el.updateComplete;
    const later = el.shadowRoot!.querySelector('.later')!;
    expect(getComputedStyle(later).paddingInlineStart).to.equal('13px');
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    expect(sheets.at(-1) === partStyles.styleSheet, "after the element's own styles").to.equal(true);
    const count = sheets.length;
    await el.later.require();
    expect(el.shadowRoot!.adoptedStyleSheets.length, 'adopted once').to.equal(count);
  });
});
