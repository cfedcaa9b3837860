/**
 * One request where elements ask the same thing: on the demo page's first load, with all four
 * elements under one provider, no identical read (same method, URL, credentials and body) goes
 * to the server twice. Runs on the built CDN bundle in headless Chromium.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { HTTPRequest } from 'puppeteer-core';
import { openDemoPage, shadowHas, type DemoPage } from '../support/demo-page.js';

interface SeenRequest {
  method: string;
  url: string;
  credential: string;
  body: string;
}

/** What makes two reads identical: their answer would be the same. */
const identity = (request: SeenRequest) => `${request.method} ${request.url} ${request.credential} ${request.body}`;

let demo: DemoPage;
const seen: SeenRequest[] = [];

describe('requests on the demo page\'s first load', () => {
  before(async () => {
    demo = await openDemoPage({
      beforeLoad: async (page) => {
        page.on('request', (request: HTTPRequest) => {
          const url = new URL(request.url());
          if (!url.pathname.startsWith('/v1/')) return;
          seen.push({ method: request.method(), url: url.pathname + url.search, credential: request.headers().authorization ?? '', body: request.postData() ?? '' });
        });
      },
    });
    await shadowHas(demo.page, 'bw-credential-gap-mapper', '[part~="readiness"]');
    await shadowHas(demo.page, 'bw-milestone-tracker', '[part~="item"]');
    await shadowHas(demo.page, 'bw-mentor-finder', '[part~="card"]');
    await shadowHas(demo.page, 'bw-narrative-builder', '[part~="preview"]');
    // Let late loads (after the sign-in) settle.
    await new Promise((done) => setTimeout(done, 1000));
  });

  after(async () => {
    await demo?.close();
  });

  it('sends no identical read twice while all four elements load', (t) => {
    const reads = seen.filter((request) => request.method === 'GET' || request.url.startsWith('/v1/mentors/search'));
    const counts = new Map<string, number>();
    for (const read of reads) counts.set(identity(read), (counts.get(identity(read)) ?? 0) + 1);
    const repeated = [...counts].filter(([, count]) => count > 1).map(([key, count]) => `${count}x ${key.replace(/Bearer \S+/, 'Bearer …')}`);
    t.diagnostic(`${reads.length} reads, ${counts.size} distinct: ${reads.map((read) => `${read.method} ${read.url}`).join(', ')}`);
    assert.ok(reads.length > 5, 'the elements read their data');
    assert.deepEqual(repeated, [], 'these reads were sent more than once');
  });

  it('loads the page without errors', () => {
    assert.deepEqual(demo.problems, []);
  });
});

/**
 * The host signs in when it is ready, often after the elements have started: until then they have
 * only the publishable key. They show what anyone may see and ask for nothing only a user may read
 * (a refused request is a console error on the host's page). Whichever comes first on a given
 * machine, the page stays clean; here the sign-in is held back so the early order always happens.
 */
describe('the demo page before the host signs in', () => {
  let early: DemoPage;
  const refused: string[] = [];
  let releaseSignIn = () => {};

  before(async () => {
    early = await openDemoPage({
      beforeLoad: async (page) => {
        await page.setRequestInterception(true);
        const signInHeld = new Promise<void>((release) => (releaseSignIn = release));
        page.on('request', (request: HTTPRequest) => {
          if (new URL(request.url()).pathname === '/demo/token') void signInHeld.then(() => request.continue());
          else void request.continue();
        });
        page.on('response', (response) => {
          if (response.status() === 401 || response.status() === 403) refused.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
        });
      },
    });
  });

  after(async () => {
    await early?.close();
  });

  it('shows what anyone may see, asks for nothing only a user may read, and loads the user\'s data once signed in', async () => {
    await shadowHas(early.page, 'bw-credential-gap-mapper', '[part~="readiness"]');
    await shadowHas(early.page, 'bw-mentor-finder', '[part~="card"]');
    await shadowHas(early.page, 'bw-milestone-tracker', '.bw-state--error');
    const trackerSays = await early.page.$eval('bw-milestone-tracker', (el) => el.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '');
    assert.match(trackerSays, /Sign in to see your plan/);
    // Let every element's first reads settle before counting.
    await new Promise((done) => setTimeout(done, 1000));
    assert.deepEqual(refused, [], 'requests the server refused before the sign-in');
    releaseSignIn();
    await shadowHas(early.page, 'bw-milestone-tracker', '[part~="item"]');
    await shadowHas(early.page, 'bw-narrative-builder', '[part~="preview"]');
    assert.deepEqual(refused, [], 'requests the server refused');
    assert.deepEqual(early.problems, []);
  });
});
