/**
 * Issue #10's "done when", walked on the demo page as people do it, switching the demo's role:
 * a new mentor signs up, a coordinator approves them, they complete the required training and
 * appear in the mentor finder; a mentee asks them for an introduction; the coordinator approves
 * the request from the queue; the mentor accepts and proposes the agreement, the mentee confirms
 * it, then closes the mentorship, and the mentor's place is free again. Everything happens in the elements' shadow
 * DOM by label, role and part. Only what a person does elsewhere goes through the API: the
 * program's required module and its coordinator-approval setting (restored afterwards), and the
 * host's sign-in, which here signs in this test's own people instead of the demo's.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ElementHandle, HTTPRequest, Page } from 'puppeteer-core';
import { openDemoPage, shadowHas, type DemoPage } from '../support/demo-page.js';
import { unique } from '../support/demo.js';
import type { TestServer } from '../server/helpers.js';

type Role = 'mentee' | 'mentor' | 'coordinator';

const run = unique('walk');
/** This test's people: the host's sign-in (the demo's role switch) signs them in. */
const people: Record<Role, { externalId: string; displayName: string }> = {
  mentor: { externalId: `${run}-mentor`, displayName: `Nkechi Walker ${run}` },
  mentee: { externalId: `${run}-mentee`, displayName: `Tariq Walker ${run}` },
  coordinator: { externalId: `${run}-coordinator`, displayName: `Ines Walker ${run}` },
};
const MODULE_TITLE = `Cultural competence and bias awareness (${run})`;

let demo: DemoPage;
let page: Page;
let coordinatorToken: string;
let settingsBefore: { coordinatorApproval: boolean };

/** Stands in for the host's backend: the page's `POST /demo/token` gets a token for this test's person of that role. */
async function signInOwnPeople(page: Page, server: TestServer): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/demo/token') return void request.continue();
    const { role } = JSON.parse(request.postData() ?? '{}') as { role: Role };
    const person = people[role];
    server
      .signIn(role, person.externalId, { displayName: person.displayName })
      .then((signedIn) => request.respond({ status: 201, contentType: 'application/json', body: JSON.stringify(signedIn) }))
      .catch(() => request.respond({ status: 500, contentType: 'text/plain', body: 'sign-in failed' }));
  });
}

/** Switches the demo's "Signed in as" to `role`, as a person does. */
async function switchTo(role: Role): Promise<void> {
  await page.select('#role', role);
}

/**
 * Waits for the first element matching `selector` in `tag`'s shadow root whose text (or
 * accessible label) contains `text`, and returns it.
 */
async function find(tag: string, selector: string, text = '', timeout = 30_000): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (host, inner, wanted) =>
      [...(document.querySelector(host)?.shadowRoot?.querySelectorAll(inner) ?? [])].find((node) =>
        `${node.textContent ?? ''} ${node.getAttribute('aria-label') ?? ''}`.replace(/\s+/g, ' ').includes(wanted),
      ) ?? false,
    { timeout, polling: 100 },
    tag,
    selector,
    text,
  );
  return handle as ElementHandle<Element>;
}

/** The text of `tag`'s shadow root's first `selector`, spaces collapsed. */
const textOf = (tag: string, selector: string) =>
  page.$eval(tag, (el, inner) => (el.shadowRoot!.querySelector(inner)?.textContent ?? '').replace(/\s+/g, ' ').trim(), selector);

/** Clicks "Show more" in a desk section until one of its rows names `name`; returns that row. */
async function deskRow(section: string, name: string): Promise<ElementHandle<Element>> {
  await shadowHas(page, 'bw-coordinator-desk', `#${section} [part~="row"]`, 30_000);
  for (;;) {
    const found = await page.$eval('bw-coordinator-desk', (el, id, wanted) => [...el.shadowRoot!.querySelectorAll(`#${id} [part~="row"]`)].some((r) => r.textContent!.includes(wanted)), section, name);
    if (found) return find('bw-coordinator-desk', `#${section} [part~="row"]`, name);
    const more = await page.$(`bw-coordinator-desk >>> #${section} [part~="more"]:not([disabled])`);
    assert.ok(more, `no row for ${name} in the desk's ${section} list, and no more pages`);
    const count = await page.$$eval(`bw-coordinator-desk >>> #${section} [part~="row"]`, (rows) => rows.length);
    await more.click();
    await page.waitForFunction(
      (id, before) => document.querySelector('bw-coordinator-desk')!.shadowRoot!.querySelectorAll(`#${id} [part~="row"]`).length > before,
      { timeout: 30_000, polling: 100 },
      section,
      count,
    );
  }
}

describe('issue #10 done when: a program run on the demo page, role by role', { timeout: 600_000 }, () => {
  before(async () => {
    demo = await openDemoPage({ beforeLoad: signInOwnPeople });
    page = demo.page;
    // What a coordinator sets up elsewhere (the program's settings, not these elements): a
    // required training module, and requests going through the coordinators' queue.
    coordinatorToken = (await demo.server.signIn('coordinator', people.coordinator.externalId, { displayName: people.coordinator.displayName })).token;
    const module = await demo.server.request('/v1/training-modules', { token: coordinatorToken, body: { title: MODULE_TITLE, url: 'https://training.example.org/bias', expectedMinutes: 90 } });
    assert.equal(module.status, 201, module.text);
    const settings = await demo.server.request('/v1/mentorship-settings', { token: coordinatorToken });
    settingsBefore = settings.body;
    if (!settings.body.coordinatorApproval) {
      const changed = await demo.server.request('/v1/mentorship-settings', { token: coordinatorToken, method: 'PATCH', body: { version: settings.body.version, coordinatorApproval: true } });
      assert.equal(changed.status, 200, changed.text);
    }
  });

  after(async () => {
    if (demo && settingsBefore) {
      const now = await demo.server.request('/v1/mentorship-settings', { token: coordinatorToken });
      if (now.body.coordinatorApproval !== settingsBefore.coordinatorApproval) {
        await demo.server.request('/v1/mentorship-settings', { token: coordinatorToken, method: 'PATCH', body: { version: now.body.version, coordinatorApproval: settingsBefore.coordinatorApproval } });
      }
    }
    await demo?.close();
  });

  it('as a new mentor: signs up with the profile form and waits for approval and training', async () => {
    await switchTo('mentor');
    await find('bw-mentor-profile', '[part~="standing"]', 'You have no mentor profile yet');
    const field = (id: string) => page.$(`bw-mentor-profile >>> #${id}`) as Promise<ElementHandle<HTMLInputElement>>;
    const tick = async (group: string, name: string) => (await find('bw-mentor-profile', `fieldset[data-field="${group}"] label`, name)).click();
    await (await field('f-displayName')).type(people.mentor.displayName);
    await (await field('f-contactEmail')).type('nkechi@mentors.example.org');
    await tick('occupations', 'Registered nurse');
    await page.select('bw-mentor-profile >>> #f-jurisdiction', 'ca-on');
    await tick('licensedIn', 'Ontario');
    await tick('languages', 'English');
    await tick('offers', 'Reviewing plans');
    const hours = await field('f-hoursPerMonth');
    await hours.click({ count: 3 });
    await hours.type('6');
    await (await find('bw-mentor-profile', 'button', 'Create my profile')).click();
    await find('bw-mentor-profile', '[part~="standing"]', 'Waiting for approval');
    const standing = await textOf('bw-mentor-profile', '[part~="standing"]');
    assert.match(standing, /coordinator's approval of your profile/);
    assert.match(standing, /required training/);
  });

  it('as the coordinator: approves the new mentor on the desk', async () => {
    await switchTo('coordinator');
    const row = await deskRow('applications', people.mentor.displayName);
    assert.match(await row.evaluate((r) => r.textContent!), /Training not complete/);
    await (await row.$(`::-p-aria(Approve ${people.mentor.displayName})`))!.click();
    await find('bw-coordinator-desk', '#applications', `${people.mentor.displayName} is approved`);
  });

  it('as that mentor: completes the required training and is told they appear in search', async () => {
    await switchTo('mentor');
    await find('bw-mentor-profile', '[part~="standing"]', 'Approved');
    const module = await find('bw-mentor-profile', '[part~="module"]', MODULE_TITLE);
    await (await module.$('button'))!.click();
    await find('bw-mentor-profile', '[part~="standing"]', 'You appear in search');
  });

  it('as a mentee: finds the mentor in the mentor finder and asks for an introduction', async () => {
    await switchTo('mentee');
    await shadowHas(page, 'bw-mentor-finder', '[part~="card"]', 30_000);
    for (;;) {
      const shown = await page.$eval('bw-mentor-finder', (el, name) => [...el.shadowRoot!.querySelectorAll('[part~="card"]')].some((c) => c.textContent!.includes(name)), people.mentor.displayName);
      if (shown) break;
      const cards = await page.$$eval('bw-mentor-finder >>> [part~="card"]', (all) => all.length);
      const more = await find('bw-mentor-finder', 'button', 'Show 10 more', 5_000).catch(() => null);
      assert.ok(more, `${people.mentor.displayName} is not among the finder's ${cards} results`);
      await more.click();
      await page.waitForFunction((before) => document.querySelector('bw-mentor-finder')!.shadowRoot!.querySelectorAll('[part~="card"]').length > before, { timeout: 30_000, polling: 100 }, cards);
    }
    const card = await find('bw-mentor-finder', '[part~="card"]', people.mentor.displayName);
    await (await card.$('::-p-aria(Request an introduction)') ?? await card.$('button'))!.click();
    const message = await page.waitForSelector('bw-mentor-finder >>> #intro-message', { timeout: 30_000 });
    await message!.type('I trained as a nurse in Nigeria and want to plan my registration in Ontario.');
    await (await find('bw-mentor-finder', '[part~="dialog"] button', 'Send request'))!.click();
    await find('bw-mentor-finder', '[part~="dialog"] .result', `Your request was sent to ${people.mentor.displayName}`);
    await (await find('bw-mentor-finder', '[part~="dialog"] button', 'Close')).click();
    await find('bw-mentor-finder', '[part~="requests"] [part~="request"]', people.mentor.displayName);
  });

  it('as the coordinator: approves the request from the queue', async () => {
    await switchTo('coordinator');
    const row = await deskRow('queue', `${people.mentee.displayName} asks ${people.mentor.displayName}`);
    await (await row.$('button.approve'))!.click();
    await page.waitForFunction(
      (wanted) => ![...document.querySelector('bw-coordinator-desk')!.shadowRoot!.querySelectorAll('#queue [part~="row"]')].some((r) => r.textContent!.includes(wanted)),
      { timeout: 30_000, polling: 100 },
      `${people.mentee.displayName} asks`,
    );
  });

  it('as the mentor: sees the request and accepts it, and a place is taken', async () => {
    await switchTo('mentor');
    await shadowHas(page, 'bw-mentor-finder', '[part~="mentor-desk"]', 30_000);
    const request = await find('bw-mentor-finder', '[part~="mentor-desk"] [part~="request"]', 'I trained as a nurse in Nigeria');
    await (await request.$('::-p-text(Accept)'))!.click();
    await find('bw-mentor-finder', '[part~="mentor-desk"]', 'Accepted. The mentee now sees your contact details.');
    await find('bw-mentor-finder', '[part~="mentor-desk"]', `${people.mentor.displayName}: 1 of 2 places taken.`);
  });

  it('as the mentor: proposes the agreement (goals, meetings, hours, expected end), which they have confirmed by proposing it', async () => {
    const mentorship = await find('bw-mentor-finder', '[part~="mentorships"] [part~="mentorship"]', people.mentee.displayName);
    await (await mentorship.$('textarea[name="goals"]'))!.type('A registration plan for Ontario, and a first mock interview.');
    await (await mentorship.$('::-p-text(Propose this agreement)'))!.click();
    await find('bw-mentor-finder', '[part~="mentorships"]', `Agreement proposed. It starts once ${people.mentee.displayName} confirms it.`);
    await find('bw-mentor-finder', '[part~="mentorship"]', `Waiting for ${people.mentee.displayName} to confirm the agreement.`);
  });

  it('as the mentee: reads the agreement and confirms it, and the mentorship is active', async () => {
    await switchTo('mentee');
    const mentorship = await find('bw-mentor-finder', '[part~="mentorships"] [part~="mentorship"][data-status="agreeing"]', people.mentor.displayName);
    assert.match(await mentorship.evaluate((m) => m.textContent!.replace(/\s+/g, ' ')), /A registration plan for Ontario.*Every month.*2/);
    await (await mentorship.$('::-p-text(Confirm the agreement)'))!.click();
    await find('bw-mentor-finder', '[part~="mentorships"]', 'You confirmed the agreement.');
    await find('bw-mentor-finder', '[part~="mentorship"][data-status="active"]', people.mentor.displayName);
  });

  it('as the mentee: closes it with a reason, and the mentor\'s place is freed on the coordinator\'s desk and on the mentor\'s', async () => {
    const mentorship = await find('bw-mentor-finder', '[part~="mentorship"][data-status="active"]', people.mentor.displayName);
    const reason = await mentorship.$('select[name="reason"]');
    await reason!.select('goals-met');
    await (await mentorship.$('textarea[name="feedback"]'))!.type('Thank you: my plan is ready.');
    await (await mentorship.$('::-p-text(Close the mentorship)'))!.click();
    await find('bw-mentor-finder', '[part~="mentorships"]', `Your mentorship with ${people.mentor.displayName} is closed.`);
    await switchTo('coordinator');
    const load = await deskRow('load', people.mentor.displayName);
    assert.match(await load.evaluate((row) => row.textContent!.replace(/\s+/g, ' ')), /Places used: 0 of 2\. Mentorships: 0\. Open requests: 0\./);
    await switchTo('mentor');
    await find('bw-mentor-finder', '[part~="mentor-desk"]', `${people.mentor.displayName}: 0 of 2 places taken.`);
  });

  it('ran without page errors', () => {
    // This test's mentor is not the demo's: the demo's narrative draft (reviewed by the demo
    // mentor) is not theirs, and they had no mentor profile before signing up. Those answers
    // are 404 by design; anything else is a problem.
    const notFound = /^console error: Failed to load resource: the server responded with a status of 404 .*\/v1\/(narrative-drafts\/nd_demo_equivalency|me\/mentor|mentor-introductions)/;
    assert.deepEqual(demo.problems.filter((problem) => !notFound.test(problem)), []);
  });
});
