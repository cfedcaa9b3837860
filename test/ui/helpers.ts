/** A test widget built on BridgewayElement, and a scriptable fetch. */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { BridgewayElement } from '../../src/ui/base-element.js';
import { defineElement } from '../../src/ui/register.js';
import { Page } from '../../src/api/common.js';
import type { FetchLike } from '../../src/api/client.js';

export const Thing = z.object({ name: z.string() });
export const ThingPage = Page(Thing);

export class TestWidget extends BridgewayElement {
  /** Makes renderContent throw, to prove render errors end in the error state. */
  @property({ attribute: false }) failRender = false;

  loads = 0;

  readonly things = this.createLoader({
    args: () => [this.client] as const,
    load: ([client], signal) => {
      this.loads++;
      return client.request({ path: '/things', response: ThingPage, signal });
    },
  });

  protected override renderContent() {
    if (this.failRender) throw new Error('render exploded');
    return this.things.render({
      ready: (page) => html`<ul part="list">${page.items.map((item) => html`<li>${item.name}</li>`)}</ul>`,
    });
  }
}
defineElement('bw-test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'bw-test-widget': TestWidget;
  }
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

/** Answers with the replies in order; the last one repeats. */
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

export const page = (...names: string[]) => ({ items: names.map((name) => ({ name })), nextCursor: null });

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

export function root(el: Element): HTMLElement {
  return el.shadowRoot!.querySelector('.bw-root') as HTMLElement;
}

/** Waits until the element's loader has settled and the element has rendered. */
export async function settled(el: TestWidget): Promise<void> {
  await el.updateComplete;
  await el.things.complete;
  await el.updateComplete;
}
