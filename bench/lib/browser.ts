/**
 * A bare page for browser benchmarks: the reference server (demo seed, in-memory
 * database) serves the built CDN bundle and the API on one origin, and the page loads
 * the bundle plus the benchmark's own in-page script.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
// @ts-expect-error: a plain .mjs helper without type declarations
import { requireChrome, CHROME_ARGS } from '../../scripts/find-chrome.mjs';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { PgliteDatabase } from '../../src/server/db/pglite.js';
import { cdnSite } from '../../test/support/cdn-build.js';

export interface BenchPage {
  page: Page;
  server: RunningServer;
  /** The served CDN build's folder (its source maps are beside the bundles). */
  distRoot: string;
  close(): Promise<void>;
}

/** Opens the page with `pageScript` (a plain browser script next to the benchmark). */
export async function openBenchPage(pageScript: URL): Promise<BenchPage> {
  // The CDN build of the current sources, shared with the end-to-end tests (never a stale dist/).
  const site = await cdnSite();
  const script = await readFile(pageScript, 'utf8');
  const db = await PgliteDatabase.open({ dataDir: 'memory://' });
  const server = await startServer({ db, port: 0, host: '127.0.0.1', log: false, demo: true, staticRoot: site.root });
  const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  const pageUrl = `${server.url}/__bench`;
  const scriptUrl = `${server.url}/__bench.js`;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === pageUrl) {
      void request.respond({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><body><script type="module" src="/cdn/bridgeway.js"></script><script src="/__bench.js"></script></body></html>',
      });
    } else if (request.url() === scriptUrl) {
      void request.respond({ status: 200, contentType: 'text/javascript', body: script });
    } else void request.continue();
  });
  await page.goto(pageUrl);
  await page.waitForFunction(() => customElements.get('bw-provider') !== undefined);
  return {
    page,
    server,
    distRoot: join(site.root, 'dist'),
    async close() {
      await browser.close();
      await server.close();
      await db.close();
      site.remove();
    },
  };
}
