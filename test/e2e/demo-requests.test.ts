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
