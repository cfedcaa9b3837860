import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { resetConfiguration } from '../../src/ui/config.js';
import { TestWidget, fakeFetch, part, root, settled } from './helpers.js';

async function errorWidget(template = html`<bw-test-widget endpoint="https://api.example"></bw-test-widget>`) {
  const container = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = container.querySelector('bw-test-widget') as TestWidget;
  el.fetch = fakeFetch({ status: 404 }).fn;
  await settled(el);
  await settled(el);
  return el;
}

describe('theme', () => {
  afterEach(() => {
    fixtureCleanup();
    resetConfiguration();
  });

  it('switches colours with the theme attribute', async () => {
    const el = await errorWidget();
    const colours = async (theme: string) => {
      el.setAttribute('theme', theme);
      await el.updateComplete;
      expect(root(el).dataset.theme).to.equal(theme);
      return getComputedStyle(root(el)).backgroundColor;
    };
    expect(await colours('light')).to.equal('rgb(255, 255, 255)');
    expect(await colours('dark')).to.equal('rgb(17, 24, 39)');
    expect(await colours('high-contrast')).to.equal('rgb(0, 0, 0)');
  });

  it('defaults to auto and ignores an unknown theme', async () => {
    const el = await errorWidget();
    expect(root(el).dataset.theme).to.equal('auto');
    el.setAttribute('theme', 'neon');
    await el.updateComplete;
    expect(root(el).dataset.theme).to.equal('auto');
  });

  it('lets a --bw-color-primary set on an ancestor win over the theme', async () => {
    const el = await errorWidget(html`<section style="--bw-color-primary: rgb(1, 2, 3)">
      <div><bw-test-widget endpoint="https://api.example" theme="dark"></bw-test-widget></div>
    </section>`);
    expect(getComputedStyle(part(el, 'retry')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('lets a token set on the element itself win too', async () => {
    const el = await errorWidget(html`<bw-test-widget endpoint="https://api.example" style="--bw-color-surface: rgb(250, 240, 230)"></bw-test-widget>`);
    expect(getComputedStyle(root(el)).backgroundColor).to.equal('rgb(250, 240, 230)');
  });

  it("inherits the host's font unless --bw-font-family is set", async () => {
    const el = await errorWidget(html`<div style="font-family: Georgia, serif"><bw-test-widget endpoint="https://api.example"></bw-test-widget></div>`);
    expect(getComputedStyle(root(el)).fontFamily).to.equal('Georgia, serif');
    el.style.setProperty('--bw-font-family', 'monospace');
    expect(getComputedStyle(root(el)).fontFamily).to.equal('monospace');
  });

  for (const theme of ['light', 'dark', 'high-contrast']) {
    it(`passes axe (colour contrast included) in the ${theme} theme`, async () => {
      const el = await errorWidget(html`<bw-test-widget endpoint="https://api.example" theme=${theme}></bw-test-widget>`);
      await expect(el).to.be.accessible();
    });
  }
});
