/**
 * The demo page as a person meets it, for the end-to-end tests: the CDN bundle built here
 * (with the build's own minifiers), served by the reference server with the demo data, in
 * headless Chromium, with every page error and console error collected.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error: a plain .mjs helper without type declarations
import { requireChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
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

/**
 * Builds the CDN bundle into a folder of this test's own (test files run side by side: one
 * must never serve a bundle another is rewriting), beside a link to the demo page's files.
 */
function buildOwnSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'bridgeway-demo-'));
  symlinkSync(resolve('demo'), join(root, 'demo'), 'dir');
  execFileSync(process.execPath, ['node_modules/.bin/rollup', '-c', '--silent'], { env: { ...process.env, BUILD_ONLY: 'cdn', BUILD_DIR: join(root, 'dist') }, stdio: 'inherit' });
  return root;
}

/** Builds the CDN bundle, starts the server with the demo, and opens the page in Chromium. */
export async function openDemoPage(options: DemoPageOptions = {}): Promise<DemoPage> {
  const site = buildOwnSite();
  const server = await startTestServer({ demo: true, staticRoot: site });
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
      rmSync(site, { recursive: true, force: true });
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
