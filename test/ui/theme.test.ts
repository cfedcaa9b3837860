import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { resetConfiguration } from '../../src/ui/config.js';
import { themeLuminanceBounds } from '../../src/ui/contrast.js';
import { THEME_LUMINANCE_BOUNDS } from '../../src/ui/theme.js';
import { TestWidget, fakeFetch, part, root, settled } from './helpers.js';

async function errorWidget(template = html`<bw-test-widget endpoint="https://api.example"></bw-test-widget>`) {
  const container = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = container.querySelector('bw-test-widget') as TestWidget;
  el.fetch = fakeFetch({ status: 404 }).fn;
  await settled(el);
  await settled(el);
  return el;
}

/** A CSS colour as painted on screen: 8-bit sRGB, read back from a canvas. */
function painted(colour: string): [number, number, number] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}
const hex = (value: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)) as [number, number, number];
/** WCAG relative luminance of an 8-bit sRGB colour (computed here independently of src/ui/contrast.ts). */
function luminanceOf(rgb: [number, number, number]): number {
  const [r, g, b] = rgb.map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

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

  it('lets a --bw-color-primary set on an ancestor win over the theme, exactly as given when it is readable there', async () => {
    const el = await errorWidget(html`<section style="--bw-color-primary: rgb(1, 2, 3)">
      <div><bw-test-widget endpoint="https://api.example" theme="light"></bw-test-widget></div>
    </section>`);
    expect(painted(getComputedStyle(part(el, 'retry')!).backgroundColor)).to.deep.equal([1, 2, 3]);
  });

  it('uses the per-theme brand colours a host gives, exactly as given when they are readable', async () => {
    const el = await errorWidget(html`<section style="--bw-motion-duration: 0s; --bw-color-primary: #0b5c57; --bw-color-primary-dark: #5eead4; --bw-color-on-primary-dark: #022c22; --bw-color-primary-high-contrast: #a5f3fc">
      <bw-test-widget endpoint="https://api.example" theme="dark"></bw-test-widget>
    </section>`);
    const retry = () => getComputedStyle(part(el, 'retry')!);
    expect(painted(retry().backgroundColor)).to.deep.equal([0x5e, 0xea, 0xd4]);
    expect(painted(retry().color)).to.deep.equal([0x02, 0x2c, 0x22]);
    el.setAttribute('theme', 'high-contrast');
    await el.updateComplete;
    expect(painted(retry().backgroundColor)).to.deep.equal([0xa5, 0xf3, 0xfc]);
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    expect(painted(retry().backgroundColor)).to.deep.equal([0x0b, 0x5c, 0x57]);
  });

  describe('a brand colour never breaks contrast', () => {
    // Dark, light, saturated, extreme, out of the sRGB gamut, and the README's example.
    const BRANDS = ['#0b5c57', '#ffd400', '#f9a8d4', '#0000ff', '#ff0000', '#00ff00', '#000000', '#ffffff', '#777777', 'oklch(0.7 0.4 140)', 'color(display-p3 1 0 1)'];
    const THEMES = [
      { theme: 'light', surfaces: ['#ffffff', '#f3f4f6'], ratio: 4.5 },
      { theme: 'dark', surfaces: ['#111827', '#1f2937'], ratio: 4.5 },
      { theme: 'high-contrast', surfaces: ['#000000'], ratio: 7 },
    ];
    for (const { theme, surfaces, ratio } of THEMES) {
      it(`keeps ${ratio}:1 in the ${theme} theme for text in the brand colour and for text on it, whatever the colour`, async () => {
        const el = await errorWidget(html`<bw-test-widget endpoint="https://api.example" theme=${theme}></bw-test-widget>`);
        const retry = part(el, 'retry')!;
        for (const given of BRANDS) {
          for (const property of theme === 'light' ? ['--bw-color-primary'] : ['--bw-color-primary', `--bw-color-primary-${theme}`]) {
            el.setAttribute('style', `--bw-motion-duration: 0s; ${property}: ${given}; --bw-color-on-primary: ${given}`);
            const primary = luminanceOf(painted(getComputedStyle(retry).backgroundColor));
            const onPrimary = luminanceOf(painted(getComputedStyle(retry).color));
            for (const surface of surfaces) expect(contrast(primary, luminanceOf(hex(surface))), `${given} as text on ${surface}`).to.be.at.least(ratio);
            expect(contrast(primary, onPrimary), `text on ${given}`).to.be.at.least(ratio);
          }
        }
      });
    }
  });

  it("bounds each theme's brand colour by the luminance its surfaces call for (the written-out bounds are the derived ones)", () => {
    const derived = Object.fromEntries(Object.entries(themeLuminanceBounds()).map(([name, value]) => [name, Number(value.toFixed(6))]));
    expect(THEME_LUMINANCE_BOUNDS).to.deep.equal(derived);
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
