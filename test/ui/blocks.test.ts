import { expect, fixture, html } from '@open-wc/testing';
import { css } from 'lit';
import { BridgewayElement } from '../../src/ui/base-element.js';
import { defineElement } from '../../src/ui/register.js';
import { blockStyles, renderBadge } from '../../src/ui/blocks.js';

class BlocksDemo extends BridgewayElement {
  static override styles = [
    BridgewayElement.styles,
    blockStyles,
    css`
      .bw-button {
        border-radius: 3px;
      }
    `,
  ];

  protected override renderContent() {
    return html`
      ${renderBadge('success', 'Met')} ${renderBadge('warning', 'Partly met')} ${renderBadge('danger', 'Gap')}
      ${renderBadge('neutral', '<b>not html</b>')}
      <div class="bw-field">
        <label class="bw-field__label" for="score">IELTS score</label>
        <input class="bw-field__input" id="score" aria-describedby="score-hint score-error" aria-invalid="true" />
        <span class="bw-field__hint" id="score-hint">Overall band, 0 to 9</span>
        <span class="bw-field__error" id="score-error">Enter a number from 0 to 9</span>
      </div>
      <button class="bw-button" type="button">Save<span class="bw-visually-hidden"> your score</span></button>
    `;
  }
}
defineElement('bw-blocks-demo', BlocksDemo);

describe('building blocks', () => {
  for (const theme of ['light', 'dark', 'high-contrast']) {
    it(`badges, fields and buttons pass axe in the ${theme} theme`, async () => {
      const el = await fixture<BlocksDemo>(html`<bw-blocks-demo theme=${theme}></bw-blocks-demo>`);
      await expect(el).to.be.accessible();
    });
  }

  it('says a status with an icon and words, never colour alone, and renders labels as text', async () => {
    const el = await fixture<BlocksDemo>(html`<bw-blocks-demo></bw-blocks-demo>`);
    const badges = [...el.shadowRoot!.querySelectorAll('[part~="badge"]')];
    expect(badges.map((b) => b.textContent!.trim())).to.deep.equal(['Met', 'Partly met', 'Gap', '<b>not html</b>']);
    for (const badge of badges) expect(badge.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(badges[0].getAttribute('part')).to.equal('badge badge-success');
    expect(badges[3].querySelector('b')).to.equal(null);
  });

  it('keeps visually hidden text out of sight but in the accessible name', async () => {
    const el = await fixture<BlocksDemo>(html`<bw-blocks-demo></bw-blocks-demo>`);
    const hidden = el.shadowRoot!.querySelector('.bw-visually-hidden') as HTMLElement;
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.contain('your score');
  });

  it("lets a subclass's own styles win over the shared layers", async () => {
    const el = await fixture<BlocksDemo>(html`<bw-blocks-demo></bw-blocks-demo>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.bw-button')!).borderTopLeftRadius).to.equal('3px');
  });
});
