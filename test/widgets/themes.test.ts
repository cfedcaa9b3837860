/**
 * Every element with its data, in every theme, with a dark and a light brand colour from the
 * host, left to right and right to left: axe (colour contrast included) finds nothing.
 *
 * One element per element kind is set up once against the reference server; the cases then
 * switch the theme, the host's brand colour and the language (Arabic for right to left) on it
 * and run axe again, so the run time stays that of a few fixtures.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { BridgewayElement } from '../../src/ui/base-element.js';
import { endpoint, root } from '../support/browser.js';
import { ELEMENT_CASES } from '../support/elements.js';
import { until } from '../support/leaks.js';

/** A dark and a light brand colour, as a host would set them with the README's `--bw-color-primary`. */
const BRANDS = { dark: '#0b5c57', light: '#ffd400' };
const THEMES = ['light', 'dark', 'high-contrast'] as const;
const DIRECTIONS = [
  { dir: 'ltr', locale: 'en' },
  { dir: 'rtl', locale: 'ar' },
] as const;

for (const { tag, props, ready } of ELEMENT_CASES) {
  describe(`<${tag}> stays readable in every theme with the host's brand colour`, function () {
    this.timeout(60_000);
    let host: HTMLElement;
    let el: BridgewayElement;

    before(async () => {
      // Transitions off: axe reads colours at rest.
      host = document.createElement('div');
      host.style.setProperty('--bw-motion-duration', '0s');
      el = document.createElement(tag) as BridgewayElement;
      Object.assign(el, { endpoint, locale: 'en' }, await props());
      host.append(el);
      document.body.append(host);
      await until(() => el.shadowRoot?.querySelector(ready), `<${tag}> did not show its data`, 15_000);
    });

    after(() => {
      host.remove();
      localStorage.clear();
    });

    for (const { dir, locale } of DIRECTIONS) {
      for (const theme of THEMES) {
        for (const [shade, brand] of Object.entries(BRANDS)) {
          it(`passes axe in the ${theme} theme with a ${shade} brand colour (${brand}), ${dir}`, async () => {
            host.style.setProperty('--bw-color-primary', brand);
            el.setAttribute('theme', theme);
            el.setAttribute('locale', locale);
            await until(() => root(el)?.dir === dir && root(el).dataset.theme === theme, `<${tag}> did not switch to ${theme}, ${dir}`, 10_000);
            await until(() => el.shadowRoot!.querySelector(ready), `<${tag}> lost its data`, 10_000);
            await el.updateComplete;
            await expect(el).to.be.accessible();
          });
        }
      }
    }
  });
}
