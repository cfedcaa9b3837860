/**
 * The demo page as a person sees it: the CDN bundle that ships (built here, with the
 * build's own minifiers), served by the reference server, in headless Chromium. Every
 * element shows its data, nothing breaks the page's strict CSP, and the language and
 * role switches work. Browser unit tests run on the sources; this one runs on the build.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { openDemoPage, shadowHas as shadowOf, type DemoPage } from '../support/demo-page.js';
import type { TestServer } from '../server/helpers.js';

let demo: DemoPage;
let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];

/** Waits until `selector` matches inside the shadow root of `tag`. */
const shadowHas = (tag: string, selector: string, timeout?: number) => shadowOf(page, tag, selector, timeout);

describe('the demo page on the built CDN bundle', () => {
  before(async () => {
    demo = await openDemoPage();
    ({ server, browser, page, problems } = demo);
  });

  after(async () => {
    await demo?.close();
  });

  it('shows every element with the demo mentee\'s data', async () => {
    await shadowHas('bw-credential-gap-mapper', '[part~="readiness"]');
    await shadowHas('bw-milestone-tracker', '[part~="item"]');
    await shadowHas('bw-mentor-finder', '[part~="card"]');
    await shadowHas('bw-narrative-builder', '[part~="preview"]');
    const pending = await page.$$eval('.pending', (nodes) => nodes.filter((node) => getComputedStyle(node).display !== 'none').length);
    assert.equal(pending, 0, 'a "not landed yet" notice is still showing');
  });

  it('shows Amara\'s IELTS General Training meeting CNO\'s language requirement, and no language test on her critical path', async () => {
    await shadowHas('bw-credential-gap-mapper', '[part~="step"]');
    const seen = await page.$eval('bw-credential-gap-mapper', (el) => {
      const root = el.shadowRoot!;
      const language = [...root.querySelectorAll('[part~="requirement"]')].find((r) => /English or French proficiency/.test(r.textContent ?? ''));
      return { status: language?.getAttribute('data-status'), steps: [...root.querySelectorAll('[part~="step"]')].map((s) => s.textContent ?? '') };
    });
    assert.equal(seen.status, 'met');
    assert.ok(seen.steps.length > 0, 'the critical path shows');
    assert.deepEqual(seen.steps.filter((s) => /IELTS|CELBAN|TEF|language/i.test(s)), []);
  });

  it('shows CNO\'s Transition to Practice course both on Amara\'s gap map and as a milestone of her plan', async () => {
    await shadowHas('bw-credential-gap-mapper', '[part~="step"]');
    await shadowHas('bw-milestone-tracker', '[part~="item"]');
    const steps = await page.$eval('bw-credential-gap-mapper', (el) => [...el.shadowRoot!.querySelectorAll('[part~="step"]')].map((s) => s.textContent ?? ''));
    assert.ok(steps.some((s) => /Transition to Practice/.test(s)), 'the gap map has the step');
    const milestones = await page.$eval('bw-milestone-tracker', (el) => [...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((i) => i.getAttribute('aria-label')));
    assert.ok(milestones.includes('Complete a CNO-approved Transition to Practice course'), milestones.join(' | '));
  });

  it('shows a source with the day it was checked beside each of Amara\'s requirements', async () => {
    const provenance = await page.$eval('bw-credential-gap-mapper', (el) =>
      [...el.shadowRoot!.querySelectorAll('[part~="requirement"]')].map((r) => ({
        text: r.querySelector('[part~="provenance"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        links: [...r.querySelectorAll('[part~="provenance"] a')].map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') })),
      })),
    );
    assert.ok(provenance.length > 3, 'the requirements show');
    // A verified source may be followed by the facts checked one by one ("Minimums checked on ...").
    const day = '[A-Z][a-z]{2} \\d{1,2}, 20\\d\\d';
    const facts = `(\\. ((Minimums|Fee|Time) checked on ${day}\\.|Minimums not confirmed\\.|Fee is an estimate\\.|Time is an estimate\\.) ?)*`;
    const shown = new RegExp(`^Source: .+, checked on ${day}${facts}$|^Not verified — check with .+ Last looked at on ${day}:`);
    for (const { text, links } of provenance) {
      assert.match(text, shown);
      assert.ok(links.length > 0 && links.every((link) => /^https:\/\//.test(link.href ?? '') && /noopener/.test(link.rel ?? '')), text);
    }
    assert.ok(provenance.some(({ text }) => new RegExp(`Minimums checked on ${day}\\.$`).test(text)), 'CNO\'s language minimums say the day they were checked');
  });

  it('keeps the spaces the styles write as text: "Provider: NNAS", not "Provider:NNAS"', async () => {
    await shadowHas('bw-credential-gap-mapper', '.facts dt');
    const separator = await page.$eval('bw-credential-gap-mapper', (el) => getComputedStyle(el.shadowRoot!.querySelector('.facts dt')!, '::after').content);
    assert.equal(separator, '": "');
  });

  it('runs under the page\'s strict Content-Security-Policy without errors', () => {
    assert.deepEqual(problems, []);
  });

  it('switches every element to Arabic, right to left, without touching the elements\' host page', async () => {
    await page.select('#locale', 'ar');
    await page.waitForFunction(
      () =>
        ['bw-credential-gap-mapper', 'bw-milestone-tracker', 'bw-mentor-finder', 'bw-narrative-builder'].every((tag) => {
          const root = document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]');
          return root?.getAttribute('dir') === 'rtl' && root.getAttribute('lang') === 'ar';
        }),
      { timeout: 20_000, polling: 100 },
    );
    const heading = await page.$eval('bw-milestone-tracker', (el) => el.shadowRoot!.textContent ?? '');
    assert.match(heading, /[\u0600-\u06FF]/, 'the tracker shows Arabic text');
    await page.select('#locale', 'en');
  });

  it('looks like an association\'s site: its name in a header, an intro to the program, a heading for each element, a footer', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(server.url, { waitUntil: 'load' });
    const seen = await page.evaluate(() => ({
      name: document.querySelector('header .site-name')?.textContent,
      intro: document.querySelector('main h1')?.textContent ?? '',
      sections: [...document.querySelectorAll('main section.widget:not([hidden])')].map((section) => ({
        heading: section.querySelector('h2')?.textContent,
        element: section.querySelector('[id]:is(bw-credential-gap-mapper, bw-milestone-tracker, bw-mentor-finder, bw-narrative-builder)')?.localName,
      })),
      footer: document.querySelector('footer')?.textContent ?? '',
    }));
    // For a person to look at (gitignored): the page with its data, wide and on a phone.
    await page.waitForFunction(() => Boolean(document.querySelector('bw-mentor-finder')?.shadowRoot?.querySelector('[part~="card"]')), { timeout: 20_000, polling: 100 });
    mkdirSync('screenshots/demo', { recursive: true });
    await page.screenshot({ path: 'screenshots/demo/demo-1280.png', fullPage: true });
    await page.setViewport({ width: 375, height: 800 });
    await page.screenshot({ path: 'screenshots/demo/demo-375.png', fullPage: true });
    await page.close();
    assert.equal(seen.name, 'Northbridge Nurses & Engineers Association');
    assert.match(seen.intro, /\w+/);
    assert.deepEqual(seen.sections, [
      { heading: 'Map your credential gaps', element: 'bw-credential-gap-mapper' },
      { heading: 'Keep your plan', element: 'bw-milestone-tracker' },
      { heading: 'Find a mentor', element: 'bw-mentor-finder' },
      { heading: 'Tell your story', element: 'bw-narrative-builder' },
    ]);
    assert.match(seen.footer, /Northbridge/);
  });

  it('keeps its layout still while the elements load: the space they need is kept from the start', async (t) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    // Cumulative layout shift, as Chromium reports it (shifts right after input do not count).
    await page.evaluateOnNewDocument(() => {
      const total = { value: 0 };
      (window as unknown as { layoutShift: typeof total }).layoutShift = total;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) total.value += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(server.url, { waitUntil: 'load' });
    const ready = (tag: string, selector: string) =>
      page.waitForFunction((host, inner) => Boolean(document.querySelector(host)?.shadowRoot?.querySelector(inner)), { timeout: 20_000, polling: 100 }, tag, selector);
    await ready('bw-credential-gap-mapper', '[part~="readiness"]');
    await ready('bw-milestone-tracker', '[part~="item"]');
    await ready('bw-mentor-finder', '[part~="card"]');
    await ready('bw-narrative-builder', '[part~="preview"]');
    await new Promise((done) => setTimeout(done, 500));
    const shift = await page.evaluate(() => (window as unknown as { layoutShift: { value: number } }).layoutShift.value);
    await page.close();
    t.diagnostic(`cumulative layout shift: ${shift.toFixed(4)}`);
    // 0.1 is what Chromium's own guidance calls a good page.
    assert.ok(shift < 0.1, `the page shifted by ${shift.toFixed(3)} while the elements loaded`);
  });

  it('never scrolls sideways on a phone (375 and 320 px)', async () => {
    const page = await browser.newPage();
    for (const width of [375, 320]) {
      await page.setViewport({ width, height: 800 });
      await page.goto(server.url, { waitUntil: 'load' });
      await page.waitForFunction(() => Boolean(document.querySelector('bw-mentor-finder')?.shadowRoot?.querySelector('[part~="card"]')), { timeout: 20_000, polling: 100 });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(wide <= 0, `the page scrolls sideways by ${wide} px at ${width} px`);
    }
    await page.close();
  });

  it('switches the site and the elements to the dark theme together, and takes a new brand colour', async () => {
    await page.select('#theme', 'dark');
    await page.waitForFunction(() => document.querySelector('bw-mentor-finder')?.shadowRoot?.querySelector('[data-theme="dark"]'), { timeout: 10_000, polling: 100 });
    const dark = await page.evaluate(() => ({
      site: getComputedStyle(document.body).backgroundColor,
      theme: document.documentElement.dataset.theme,
      element: getComputedStyle(document.querySelector('bw-mentor-finder')!.shadowRoot!.querySelector('.bw-root')!).backgroundColor,
    }));
    assert.equal(dark.theme, 'dark');
    assert.equal(dark.site, 'rgb(11, 18, 32)');
    assert.equal(dark.element, 'rgb(17, 24, 39)');
    await page.select('#theme', 'light');
    const header = () => page.$eval('.site-header', (el) => getComputedStyle(el).backgroundColor);
    const before = await header();
    await page.select('#brand', 'plum');
    assert.notEqual(await header(), before);
    assert.equal(await header(), 'rgb(107, 45, 92)');
    await page.select('#brand', 'teal');
  });

  it('shows the coordinator the desk, with something in each list from the demo seed, and takes it away for a mentee', async () => {
    await page.select('#role', 'coordinator');
    await shadowHas('bw-coordinator-desk', '#queue [part~="row"]');
    const lists = await page.$eval('bw-coordinator-desk', (el) =>
      Object.fromEntries(['applications', 'queue', 'mentorships', 'load', 'waiting', 'follow-ups'].map((id) => [id, [...el.shadowRoot!.querySelectorAll(`#${id} [part~="row"]`)].map((row) => row.textContent!.replace(/\s+/g, ' ').trim())])),
    );
    for (const [list, rows] of Object.entries(lists)) assert.ok(rows.length > 0, `the desk's ${list} list is empty`);
    assert.ok(lists.queue.some((row) => row.includes('Chidi Eze')), 'a queued request');
    assert.ok(lists.mentorships.some((row) => row.includes('Tomás Silva') && row.includes('Stuck')), 'a stuck mentorship');
    assert.ok(await page.$eval('#desk-section', (section) => !(section as HTMLElement).hidden));
    await page.select('#role', 'mentee');
    await page.waitForFunction(() => !document.querySelector('bw-coordinator-desk') && (document.getElementById('desk-section') as HTMLElement).hidden, { timeout: 10_000 });
    assert.deepEqual(problems, []);
  });

  it('shows the mentor\'s side when the demo signs in as the mentor', async () => {
    assert.equal(await page.$('bw-mentor-profile'), null, 'no mentor profile on the mentee\'s page');
    await page.select('#role', 'mentor');
    await shadowHas('bw-mentor-finder', '[part~="mentor-desk"]');
    await shadowHas('bw-mentor-profile', '[part~="standing"]');
    const profile = await page.$eval('#mentor-profile-section', (section) => ({
      hidden: section.hasAttribute('hidden'),
      standing: section.querySelector('bw-mentor-profile')!.shadowRoot!.querySelector('[part~="standing"]')!.textContent!.replace(/\s+/g, ' '),
      name: (section.querySelector('bw-mentor-profile')!.shadowRoot!.querySelector('#f-displayName') as HTMLInputElement).value,
    }));
    assert.equal(profile.hidden, false);
    assert.match(profile.standing, /Status: (Approved|Waiting for approval|Not approved)/, 'the demo mentor sees where their profile stands');
    assert.ok(profile.name, 'the demo mentor\'s own profile fills the form');
    assert.deepEqual(problems, []);
    await page.select('#role', 'mentee');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#mentor-profile-section')!.hidden && !document.querySelector('bw-mentor-profile'), { timeout: 20_000, polling: 100 });
  });
});
