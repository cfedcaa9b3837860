/**
 * The demo page as a person meets it, for the end-to-end tests: the CDN bundle built from these sources
 * (with the build's own minifiers), served by the reference server with the demo data, in
 * headless Chromium, with every page error and console error collected.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error: a plain .mjs helper without type declarations
import { requireChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { cdnSite } from './cdn-build.js';
import { startTestServer, type TestServer } from './server.js';

export interface DemoPage {
  server: TestServer;
  browser: Browser;
  /** The page, loaded. */
  page: Page;
  /** Page errors and console errors seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export interface DemoPageOptions {
  /** Runs on the page before it loads (e.g. to stand in for the host's sign-in). */
  beforeLoad?: (page: Page, server: TestServer) => Promise<void>;
}

/** Builds the CDN bundle (once for all tests), starts the server with the demo, and opens the page in Chromium. */
export async function openDemoPage(options: DemoPageOptions = {}): Promise<DemoPage> {
  const site = await cdnSite();
  const server = await startTestServer({ demo: true, staticRoot: site.root });
  const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
  const page = await browser.newPage();
  const problems: string[] = [];
  await page.setViewport({ width: 1280, height: 1000 });
  page.on('pageerror', (error) => problems.push(`page error: ${(error as Error).message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url ?? ''})`);
  });
  await options.beforeLoad?.(page, server);
  await page.goto(server.url, { waitUntil: 'load' });
  return {
    server,
    browser,
    page,
    problems,
    async close() {
      await browser.close();
      await server.close();
      site.remove();
    },
  };
}

/** Waits until `selector` matches inside the shadow root of `tag`. */
export function shadowHas(page: Page, tag: string, selector: string, timeout = 20_000) {
  return page.waitForFunction(
    (host, inner) => Boolean(document.querySelector(host)?.shadowRoot?.querySelector(inner)),
    { timeout, polling: 100 },
    tag,
    selector,
  );
}
