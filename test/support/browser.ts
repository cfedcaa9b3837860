/**
 * What the browser tests (test/ui, test/widgets) share: the reference server behind the
 * test runner (same origin: `endpoint`), users with tokens minted the way a host's backend
 * mints them, direct API calls to set data up, fetch stand-ins that fail or stall on
 * purpose, and shadow-DOM queries.
 *
 * ```ts
 * const { token } = await signIn('mentee', unique('tracker'));
 * const el = await fixture(html`<bw-milestone-tracker endpoint=${endpoint} user-token=${token}></bw-milestone-tracker>`);
 * ```
 */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FetchLike } from '../../src/api/client.js';
import type { Role } from '../../src/api/identity.js';
import type { OrganisationSeed } from './server.js';
import { DEMO_PUBLISHABLE_KEY } from './demo.js';

export { DEMO_ORGANISATION, DEMO_PUBLISHABLE_KEY, unique } from './demo.js';

/** The runner forwards `/v1/*` to the reference server: elements use the page's origin. */
export const endpoint = location.origin;
/** The demo organisation's publishable key. */
export const PK = DEMO_PUBLISHABLE_KEY;

// ---- users and the API -----------------------------------------------------------------

/** A signed-in user of the demo organisation, as `POST /test/token` returns it. */
export interface TestUser {
  token: string;
  user: { id: string; role: Role; externalId: string };
}

/**
 * A user token for (role, externalId), minted server to server as a host's backend would; the same externalId is the same user.
 * Given `organisation` (an id), the user belongs to that organisation of its own, created on first use, with `seed`'s data
 * when given (`ORGANISATION_SEEDS` in test/support/server.ts: `desk`, the demo's mentors and coordinator's desk).
 */
export async function signIn(role: Role, externalId: string, organisation?: string, seed?: OrganisationSeed): Promise<TestUser> {
  const response = await fetch('/test/token', { method: 'POST', body: JSON.stringify({ role, externalId, organisation, seed }) });
  if (!response.ok) throw new Error(`POST /test/token failed: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Just the token of `signIn()`. */
export async function userToken(role: Role, externalId: string): Promise<string> {
  return (await signIn(role, externalId)).token;
}

/**
 * One call to the reference server (path with `/v1`), as a user, to set data up or check
 * it. JSON in and out; writes carry an Idempotency-Key. Resolves to the parsed body (null for 204).
 */
export async function api<T = any>(path: string, token: string, body?: unknown, method = body === undefined ? 'GET' : 'POST'): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const response = await fetch(path, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.status === 204 ? (null as T) : response.json();
}

// ---- fetch stand-ins ---------------------------------------------------------------------

/** A JSON response, as the server would send it. */
export function jsonResponse(body: unknown, status = 200): Response {
  const problem = status >= 400 && typeof body === 'object' && body !== null && 'code' in body;
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': problem ? 'application/problem+json' : 'application/json' } });
}

/** How a stand-in fetch fails: a server error, a dropped connection, or a body that breaks the contract. */
export type Failure = 'server' | 'network' | 'validation';

/** A response (or rejection) that fails in the given way. */
export function failWith(failure: Failure): Promise<Response> {
  switch (failure) {
    case 'server':
      return Promise.resolve(jsonResponse({ type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'internal', detail: 'Simulated failure.' }, 500));
    case 'network':
      return Promise.reject(new TypeError('Failed to fetch'));
    case 'validation':
      return Promise.resolve(jsonResponse({ items: 'not a list', unexpected: true }));
  }
}

/**
 * A fetch for an element that passes through to the real server until `when` says a
 * request should fail (default: every request), then fails it in the given way. Switch
 * `failing` off to let the next requests through (a retry that succeeds).
 */
export function failingFetch(failure: Failure, when: (url: string, init: RequestInit) => boolean = () => true): { fn: FetchLike; failing: boolean; failed: number } {
  const control = {
    failing: true,
    failed: 0,
    fn: ((url, init) => {
      if (!control.failing || !when(url, init)) return fetch(url, init);
      control.failed++;
      return failWith(failure);
    }) as FetchLike,
  };
  return control;
}

/**
 * A fetch whose answers wait until `release()` (then pass through to the real server), so an
 * element stays in its loading state; with `when`, only the requests it matches wait. An abort
 * (the element disconnected) rejects as fetch does.
 */
export function stalledFetch(when: (url: string) => boolean = () => true): { fn: FetchLike; release: () => void; calls: number } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const control = {
    calls: 0,
    release,
    fn: (async (url, init) => {
      if (!when(url)) return fetch(url, init);
      control.calls++;
      await new Promise<void>((resolve, reject) => {
        const signal = init.signal;
        if (signal?.aborted) return reject(signal.reason);
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        void gate.then(resolve);
      });
      return fetch(url, init);
    }) as FetchLike,
  };
  return control;
}

export interface Reply {
  status?: number;
  body?: unknown;
  /** Resolve the response only when this promise settles. */
  gate?: Promise<unknown>;
  /** Reject like a network failure. */
  networkError?: boolean;
}

export interface FakeFetch {
  fn: FetchLike;
  calls: { url: string; init: RequestInit }[];
}

/** A fetch with no server behind it: answers with the replies in order; the last one repeats. */
export function fakeFetch(...replies: Reply[]): FakeFetch {
  const calls: FakeFetch['calls'] = [];
  const fn: FetchLike = async (url, init) => {
    const reply = replies[Math.min(calls.length, replies.length - 1)] ?? { body: { items: [], nextCursor: null } };
    calls.push({ url, init });
    if (reply.gate) await reply.gate;
    if (reply.networkError) throw new TypeError('Failed to fetch');
    const status = reply.status ?? 200;
    const isProblem = status >= 400;
    const body =
      reply.body ?? (isProblem ? { type: 'about:blank', title: 'Not found', status, code: 'not_found', detail: 'No such thing.' } : { items: [], nextCursor: null });
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': isProblem ? 'application/problem+json' : 'application/json' },
    });
  };
  return { fn, calls };
}

export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

// ---- shadow DOM ------------------------------------------------------------------------

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The first element of the shadow root carrying the part `name`. */
export function part(el: Element, name: string): HTMLElement | null {
  return $(el, `[part~="${name}"]`);
}

/** The element's root box (`part="base"`). */
export function root(el: Element): HTMLElement {
  return $(el, '.bw-root')!;
}

/** The button whose text is `name` (or matches it). */
export function button(el: Element, name: string | RegExp, within: ParentNode = el.shadowRoot!): HTMLButtonElement {
  const found = [...within.querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? '')));
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Waits until the shadow root holds `selector`, and returns it. */
export async function waitFor<T extends Element = HTMLElement>(el: Element, selector: string, message = `waiting for ${selector}`, timeout = 4000): Promise<T> {
  await waitUntil(() => $(el, selector), message, { timeout });
  return $<T>(el, selector)!;
}

/**
 * What is thrown to the page (uncaught errors, unhandled rejections) while the calling suite
 * runs. Call it where a suite's hooks go: it listens from `before` to `after` and empties the
 * list before each test, so a test can assert `expect(uncaught).to.deep.equal([])`.
 */
export function collectUncaught(): unknown[] {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    uncaught.length = 0;
  });
  return uncaught;
}

/**
 * Picks a country in a country field (the shared combobox, src/ui/country-field.ts) as a person
 * does: types its name, moves down to the first suggestion, presses Enter.
 */
export async function chooseCountry(el: Element, id: string, name: string): Promise<void> {
  const input = await waitFor<HTMLInputElement>(el, `#${id}`);
  input.focus();
  input.select();
  await sendKeys({ type: name });
  await waitUntil(() => input.getAttribute('aria-expanded') === 'true' && $$(el, `#${id}-listbox [role="option"]`).length > 0, `no suggestion for ${name}`, { timeout: 4000 });
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => input.getAttribute('aria-expanded') === 'false', `${name} was not picked`, { timeout: 4000 });
}
