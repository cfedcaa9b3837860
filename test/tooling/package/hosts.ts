/**
 * A small React 19 app (StrictMode), bundled twice (React's development build, and its
 * production build minified as an app ships), and a small Vue 3.5 app, each bundled
 * with esbuild from the consumer project, so `bridgeway` resolves to the installed tarball and
 * `lit` to the one copy the app and Bridgeway share. Chromium loads each page, served beside
 * the reference server's `/v1` (same origin, as the browser tests do), and reports what it saw.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer, { type Page } from 'puppeteer-core';
// @ts-expect-error: a plain .mjs helper without type declarations
import { CHROME_ARGS, requireChrome } from '../../../scripts/find-chrome.mjs';
import { demoProfile } from '../../../src/server/seed/catalogue/demo-profile.js';
import { startTestServer } from '../../server/helpers.js';

export interface HostReport {
  name: string;
  errors: string[];
  heading: string;
  analysedOccupation: string;
  profileName: string;
  litCopies: number;
  afterUnmount: number;
  /** Once remounted: the elements in the page (after a new bw-gap-analysed) and the new one's heading. */
  afterRemount: { elements: number; heading: string };
  /** The mentor finder's `format`, set by the framework as a property (it once was a read-only getter). */
  finderFormat: { property: unknown; attribute: string | null };
}

/** Both apps render the same element with the same attributes, property and listener. */
const ELEMENT_ATTRIBUTES = 'publishable-key="pk_demo_bridgeway" locale="en" as-of="2025-03-01" occupation="registered-nurse" jurisdiction="ca-on"';

/** Beside it, a mentor finder whose meeting `format` the framework sets (React and Vue set it as a property). */
const FINDER = 'publishable-key="pk_demo_bridgeway" locale="en" format="in-person"';

const REACT_APP = `
import { StrictMode, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { LitElement } from 'lit'; // the app's own Lit element: the page must still hold one Lit
import 'bridgeway/define';

customElements.define('host-badge', class extends LitElement {});
window.analysed = [];
let setShown;
function App() {
  const [shown, set] = useState(true);
  setShown = set;
  return (
    <>
      {shown ? (
        <bw-credential-gap-mapper endpoint={location.origin} ${ELEMENT_ATTRIBUTES}
          profile={TEST_PROFILE} onbw-gap-analysed={(event) => window.analysed.push(event.detail)} />
      ) : null}
      <bw-mentor-finder endpoint={location.origin} ${FINDER} />
    </>
  );
}
createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);
window.host = { unmount: () => flushSync(() => setShown(false)), mount: () => flushSync(() => setShown(true)) };
`;

/** Each app's source and the `NODE_ENV` it is built for (production is also minified). */
const APPS: Record<string, { source: string; mode: 'development' | 'production' }> = {
  react: { source: REACT_APP, mode: 'development' },
  'react-production': { source: REACT_APP, mode: 'production' },
  vue: { mode: 'development', source: `
import { createApp, nextTick, ref } from 'vue/dist/vue.esm-bundler.js'; // with the template compiler
import { LitElement } from 'lit';
import 'bridgeway/define';

customElements.define('host-badge', class extends LitElement {});
window.analysed = [];
const shown = ref(true);
const app = createApp({
  setup: () => ({ shown, origin: location.origin, profile: TEST_PROFILE, onAnalysed: (event) => window.analysed.push(event.detail) }),
  template: \`<bw-credential-gap-mapper v-if="shown" :endpoint="origin" ${ELEMENT_ATTRIBUTES}
    :profile="profile" @bw-gap-analysed="onAnalysed"></bw-credential-gap-mapper>
    <bw-mentor-finder :endpoint="origin" ${FINDER}></bw-mentor-finder>\`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('bw-');
app.mount('#root');
window.host = { unmount: () => { shown.value = false; return nextTick(); }, mount: () => { shown.value = true; return nextTick(); } };
` },
};

async function bundle(consumer: string, name: string): Promise<string> {
  const entry = join(consumer, `${name}-app.jsx`);
  const { source, mode } = APPS[name];
  writeFileSync(entry, source);
  mkdirSync(join(consumer, 'public'), { recursive: true });
  const outfile = join(consumer, 'public', `${name}.js`);
  await build({
    entryPoints: [entry],
    absWorkingDir: consumer,
    outfile,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'silent',
    minify: mode === 'production',
    define: {
      TEST_PROFILE: JSON.stringify(demoProfile),
      'process.env.NODE_ENV': JSON.stringify(mode),
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  return readFileSync(outfile, 'utf8');
}

/** Serves `/<name>.html` and `/<name>.js`, and forwards `/v1/*` to the reference server. */
async function serve(pages: Record<string, string>, backendUrl: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/v1/')) {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const headers = Object.fromEntries(Object.entries(request.headers).filter(([key]) => key !== 'host' && key !== 'origin')) as Record<string, string>;
      const answer = await fetch(`${backendUrl}${request.url}`, { method: request.method, headers, body: ['GET', 'HEAD'].includes(request.method ?? 'GET') ? undefined : Buffer.concat(chunks) });
      response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' });
      response.end(Buffer.from(await answer.arrayBuffer()));
      return;
    }
    const name = path.slice(1).replace(/\.(html|js)$/, '');
    if (!(name in pages)) {
      response.writeHead(404).end();
      return;
    }
    if (path.endsWith('.js')) response.writeHead(200, { 'content-type': 'text/javascript' }).end(pages[name]);
    else response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="/${name}.js"></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const ANALYSED = (count: number) =>
  `window.analysed?.length > ${count} && document.querySelector('bw-credential-gap-mapper')?.shadowRoot?.querySelector('[part~="analysis"] [part~="readiness"]')`;

const heading = (page: Page) =>
  page.evaluate(() => (document.querySelector('bw-credential-gap-mapper')?.shadowRoot?.querySelector('[part~="analysis"] h2')?.textContent ?? '').replace(/\s+/g, ' ').trim());

async function drive(page: Page, url: string, name: string): Promise<HostReport> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${url}/${name}.html`);
  await page.waitForFunction(ANALYSED(0), { timeout: 30_000 });
  const seen = await page.evaluate(() => {
    const events = (window as unknown as { analysed: Array<{ analysis: { target: { occupation: { id: string } } }; profile: { displayName: string } }> }).analysed;
    return {
      count: events.length,
      analysedOccupation: events[0].analysis.target.occupation.id,
      profileName: events[0].profile.displayName,
      litCopies: ((window as unknown as { litHtmlVersions?: string[] }).litHtmlVersions ?? []).length,
    };
  });
  const firstHeading = await heading(page);
  const finderFormat = await page.evaluate(() => {
    const finder = document.querySelector('bw-mentor-finder') as (HTMLElement & { format?: unknown }) | null;
    return { property: finder?.format, attribute: finder?.getAttribute('format') ?? null };
  });
  await page.evaluate(() => (window as unknown as { host: { unmount(): unknown } }).host.unmount());
  const afterUnmount = await page.evaluate(() => document.querySelectorAll('bw-credential-gap-mapper').length);
  await page.evaluate(() => (window as unknown as { host: { mount(): unknown } }).host.mount());
  await page.waitForFunction(ANALYSED(seen.count), { timeout: 30_000 });
  const afterRemount = {
    elements: await page.evaluate(() => document.querySelectorAll('bw-credential-gap-mapper').length),
    heading: await heading(page),
  };
  return { name, errors, heading: firstHeading, analysedOccupation: seen.analysedOccupation, profileName: seen.profileName, litCopies: seen.litCopies, afterUnmount, afterRemount, finderFormat };
}

export async function driveHosts(consumer: string): Promise<HostReport[]> {
  const pages = Object.fromEntries(await Promise.all(Object.keys(APPS).map(async (name) => [name, await bundle(consumer, name)] as const)));
  const backend = await startTestServer();
  const server = await serve(pages, backend.url);
  const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const reports: HostReport[] = [];
    for (const name of Object.keys(APPS)) reports.push(await drive(await browser.newPage(), url, name));
    return reports;
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    await backend.close();
  }
}
