/**
 * Layout in real Chromium. Every element with its data, at 1366 px, 375 px and 320 px and at
 * 200% zoom (what a 1366 × 900 screen shows at 200%: a 683 px wide viewport at device pixel
 * ratio 2), in the light and the dark theme: the page never scrolls sideways, no field is
 * wider than its column or the element, an open dialog fits the screen, and no error text is
 * cut. The gap mapper's form is checked with every error showing, the finder with its
 * request dialog open and the tracker with its date dialog open.
 *
 * With `BRIDGEWAY_SCREENSHOTS=1`, each case saves a screenshot to
 * `screenshots/layout/<tag>[-state]-<size>-<theme>.png` (gitignored) for a person to look at.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { BridgewayElement } from '../../src/ui/base-element.js';
import { PK, endpoint, root, signIn, unique } from '../support/browser.js';
import { ELEMENT_CASES, type ElementCase, type Props } from '../support/elements.js';
import { until } from '../support/leaks.js';

const SIZES = [
  { name: '1366', width: 1366, height: 900, deviceScaleFactor: 1 },
  { name: '375', width: 375, height: 812, deviceScaleFactor: 1 },
  { name: '320', width: 320, height: 640, deviceScaleFactor: 1 },
  { name: 'zoom-200', width: 683, height: 450, deviceScaleFactor: 2 },
] as const;
const THEMES = ['light', 'dark'] as const;
const FOLDER = 'screenshots/layout';

interface LayoutCase extends ElementCase {
  /** Names the state in test names and screenshots. */
  state?: string;
  /** Brings the element to the state to check (a dialog open, errors showing); run at each size. */
  prepare?: (el: BridgewayElement) => Promise<void>;
}

const shadow = (el: Element) => el.shadowRoot!;
const click = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector)!.click();

async function openDialog(el: BridgewayElement, opener: () => HTMLElement | undefined): Promise<void> {
  if (shadow(el).querySelector('dialog[open]')) return;
  await until(() => opener(), 'nothing opens the dialog', 10_000);
  opener()!.click();
  await until(() => shadow(el).querySelector('dialog[open]'), 'the dialog did not open', 10_000);
}

const CASES: LayoutCase[] = [
  ...ELEMENT_CASES,
  {
    tag: 'bw-credential-gap-mapper',
    state: 'form-errors',
    props: () => ({ publishableKey: PK }),
    ready: 'form',
    prepare: async (el) => {
      click(el, 'button[type="submit"]');
      await until(() => shadow(el).querySelector('.bw-field__error'), 'no errors showed', 10_000);
    },
  },
  {
    tag: 'bw-mentor-finder',
    state: 'request-dialog',
    props: async (): Promise<Props> => ({ userToken: (await signIn('mentee', unique('layout'))).token, occupation: 'registered-nurse' }),
    ready: '[data-request]',
    prepare: (el) => openDialog(el, () => shadow(el).querySelector<HTMLElement>('[data-request]:not([disabled])') ?? undefined),
  },
  {
    tag: 'bw-milestone-tracker',
    state: 'date-dialog',
    props: ELEMENT_CASES.find((c) => c.tag === 'bw-milestone-tracker')!.props,
    ready: '[part~="item"]',
    prepare: (el) => openDialog(el, () => [...shadow(el).querySelectorAll<HTMLButtonElement>('li.item button')].find((b) => b.textContent!.includes('Move the date'))),
  },
];

/** What sticks out: nodes of the element's shadow root whose box passes the element's edges (scrolling boxes' content excepted). */
function overflowing(el: HTMLElement): string[] {
  const box = el.getBoundingClientRect();
  const scrollsInside = (node: Element) => {
    for (let at = node.parentElement; at; at = at.parentElement) {
      const overflow = getComputedStyle(at).overflowX;
      if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') return true;
    }
    return false;
  };
  return [...shadow(el).querySelectorAll<HTMLElement>('*')]
    .filter((node) => !node.closest('dialog, .bw-visually-hidden, svg, [hidden]') && node.getClientRects().length > 0)
    .filter((node) => {
      const r = node.getBoundingClientRect();
      return (r.right > box.right + 1 || r.left < box.left - 1) && !scrollsInside(node);
    })
    .map((node) => `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}.${[...node.classList].join('.')}`);
}

/** Fields wider than their column: a control that passes its field's box. */
function fieldsTooWide(el: HTMLElement): string[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('.bw-field')]
    .filter((field) => field.getClientRects().length > 0)
    .flatMap((field) => {
      const column = field.getBoundingClientRect();
      return [...field.querySelectorAll<HTMLInputElement>('input, select, textarea')]
        .filter((control) => control.type !== 'checkbox' && control.type !== 'radio' && control.getClientRects().length > 0)
        .filter((control) => {
          const r = control.getBoundingClientRect();
          return r.right > column.right + 1 || r.left < column.left - 1;
        })
        .map((control) => `#${control.id || control.getAttribute('name')}`);
    });
}

/** Error texts cut off: wider than their own box, or passing the element's edge. */
function errorsCut(el: HTMLElement): string[] {
  const box = el.getBoundingClientRect();
  return [...shadow(el).querySelectorAll<HTMLElement>('.bw-field__error, [part~="error"]')]
    .filter((error) => error.getClientRects().length > 0)
    .filter((error) => {
      const r = error.getBoundingClientRect();
      return error.scrollWidth > error.clientWidth + 1 || r.right > box.right + 1 || r.left < box.left - 1;
    })
    .map((error) => error.textContent!.trim().slice(0, 40));
}

/** An open dialog fits the screen: inside the viewport on every side. */
function dialogsOffScreen(el: HTMLElement): string[] {
  return [...shadow(el).querySelectorAll<HTMLDialogElement>('dialog[open]')]
    .filter((dialog) => {
      const r = dialog.getBoundingClientRect();
      return r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1;
    })
    .map((dialog) => dialog.getAttribute('aria-labelledby') ?? 'dialog');
}

for (const testCase of CASES) {
  const { tag, props, ready, state, prepare } = testCase;
  const label = state ? `${tag}-${state}` : tag;
  describe(`<${tag}>${state ? ` (${state})` : ''} fits every screen`, function () {
    this.timeout(60_000);
    let el: BridgewayElement;

    before(async () => {
      await setViewport(SIZES[0]);
      document.body.style.margin = '0';
      el = document.createElement(tag) as BridgewayElement;
      el.style.setProperty('--bw-motion-duration', '0s');
      Object.assign(el, { endpoint, locale: 'en' }, await props());
      document.body.append(el);
      await until(() => shadow(el)?.querySelector(ready), `<${tag}> did not show its data`, 15_000);
    });

    after(async () => {
      el.remove();
      document.body.style.background = '';
      localStorage.clear();
      await setViewport({ width: 800, height: 600, deviceScaleFactor: 1 } as never);
    });

    for (const size of SIZES) {
      for (const theme of THEMES) {
        it(`at ${size.name === 'zoom-200' ? '200% zoom' : `${size.name} px`}, ${theme}: nothing scrolls sideways, fields fit their columns, dialogs fit, errors show in full`, async () => {
          // setViewport hands its payload to the browser's own call, device pixel ratio included.
          await setViewport(size as never);
          el.setAttribute('theme', theme);
          document.body.style.background = theme === 'dark' ? '#111827' : '#ffffff';
          await until(() => root(el)?.dataset.theme === theme, `<${tag}> did not switch to ${theme}`, 10_000);
          await prepare?.(el);
          await el.updateComplete;
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

          expect(devicePixelRatio, 'the zoom').to.equal(size.deviceScaleFactor);
          expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(innerWidth);
          expect(overflowing(el), 'what sticks out of the element').to.deep.equal([]);
          expect(fieldsTooWide(el), 'fields wider than their column').to.deep.equal([]);
          expect(dialogsOffScreen(el), 'dialogs off the screen').to.deep.equal([]);
          expect(errorsCut(el), 'error texts cut').to.deep.equal([]);
          await executeServerCommand('save-screenshot', { folder: FOLDER, name: `${label}-${size.name}-${theme}` });
        });
      }
    }
  });
}
