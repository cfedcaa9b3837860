/** The map's one-line summary, where its steps go, and comparing with the arrow keys. */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { FetchLike } from '../../../src/api/client.js';
import { $, analysed, everyStatusProfile, mapper, waitFor } from './helpers.js';

describe('bw-credential-gap-mapper: summary and comparing', () => {
  it('sums the map up in one line at the top and says where the steps go', async () => {
    const el = await mapper({ profile: everyStatusProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on' });
    await analysed(el);
    const line = $(el, '[part~="analysis"] [part~="summary"]')!;
    const { results } = el.analysis!;
    const required = results.filter((r) => !r.advisory);
    const met = required.filter((r) => r.status === 'met').length;
    expect(line.textContent!.trim()).to.match(new RegExp(`^You are about .+ from registration; ${met} of ${required.length} requirements met\\.$`));
    // It comes first, under the title.
    expect(line.previousElementSibling!.tagName).to.equal('H2');
    expect($(el, '[part~="plan"]')!.textContent).to.contain('The steps go into your plan for Registered nurse in Ontario');
    el.locale = 'fr';
    await waitUntil(() => /exigences sur \d+ remplies/.test($(el, '[part~="analysis"] [part~="summary"]')?.textContent ?? ''), 'the summary did not follow the locale', { timeout: 4000 });
  });

  it('starts one comparison when the compare list is moved with the arrow keys, not one per key', async () => {
    const compared: string[] = [];
    const counting: FetchLike = (url, init) => {
      if (init.method === 'POST' && url.endsWith('/v1/gap-analyses')) {
        const body = JSON.parse(String(init.body)) as { jurisdictionId: string };
        if (body.jurisdictionId !== 'ca-on') compared.push(body.jurisdictionId);
      }
      return fetch(url, init);
    };
    const el = await mapper({ profile: everyStatusProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on', fetch: counting });
    await analysed(el);
    const select = $(el, '#compare') as HTMLSelectElement;
    select.focus();
    await waitUntil(() => select.options.length > 3, 'the compare list did not fill', { timeout: 4000 });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => compared.length > 0, 'no comparison started', { timeout: 4000 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(compared).to.deep.equal([select.value]);
  });
});

describe('bw-credential-gap-mapper: printing', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the map alone: nothing else of the host page, none of its buttons', async () => {
    const el = await mapper({ profile: everyStatusProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on' });
    await analysed(el);
    const host = document.createElement('nav');
    host.textContent = 'The association’s menu';
    el.parentElement!.before(host);
    const beside = document.createElement('p');
    beside.textContent = 'Beside the map';
    el.after(beside);
    await emulateMedia({ media: 'print' });
    let seen: Record<string, string> = {};
    const original = window.print;
    window.print = () => {
      seen = {
        menu: getComputedStyle(host).display,
        beside: getComputedStyle(beside).display,
        map: getComputedStyle(el).display,
        toolbar: getComputedStyle($(el, '[part~="toolbar"]')!).display,
        plan: getComputedStyle($(el, '[part~="plan"]')!).display,
      };
    };
    try {
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="toolbar"] button')].find((b) => b.textContent!.includes('Print'))!.click();
    } finally {
      window.print = original;
    }
    expect(seen).to.deep.equal({ menu: 'none', beside: 'none', map: 'block', toolbar: 'none', plan: 'none' });
    window.dispatchEvent(new Event('afterprint'));
    expect(beside.hasAttribute('data-bw-print-hidden')).to.equal(false);
    expect(host.hasAttribute('data-bw-print-hidden')).to.equal(false);
    host.remove();
  });
});

describe('bw-credential-gap-mapper: a slow network', () => {
  it('keeps the map\'s size while it loads, and never replaces what the person typed with data arriving late', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow: FetchLike = async (url, init) => {
      if (url.endsWith('/v1/gap-analyses')) await held;
      return fetch(url, init);
    };
    // The person starts typing (on a fresh draft) before the host's profile arrives.
    localStorage.clear();
    const el = await mapper({ fetch: slow });
    const title = (await waitFor(el, '#f-education-0-title')) as HTMLInputElement;
    title.focus();
    await sendKeys({ type: 'MSc Nursing' });
    el.occupation = 'registered-nurse';
    el.jurisdiction = 'ca-on';
    el.profile = everyStatusProfile;
    await el.updateComplete;
    expect(($(el, '#f-education-0-title') as HTMLInputElement).value).to.equal('MSc Nursing');
    expect($(el, '[part~="skeleton"]')).to.equal(null);

    // A map asked for holds its place with a skeleton until it arrives.
    const shown = await mapper({ fetch: slow, profile: everyStatusProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on' });
    const skeleton = await waitFor(shown, '[part~="skeleton"]');
    expect(skeleton.querySelector('[role="status"]')!.textContent).to.contain('Mapping your gaps');
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(500);
    release();
    await analysed(shown);
    expect($(shown, '[part~="skeleton"]')).to.equal(null);
  });
});
