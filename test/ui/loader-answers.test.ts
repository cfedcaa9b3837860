import { expect, fixture, fixtureCleanup, html as fixtureHtml } from '@open-wc/testing';
import { html } from 'lit';
import { BridgewayElement } from '../../src/ui/base-element.js';
import { defineElement } from '../../src/ui/register.js';
import { deferred } from './helpers.js';

/** Two loads the test answers by hand, and what the element rendered each time. */
class TwoLoads extends BridgewayElement {
  first = deferred<string>();
  second = deferred<string>();
  heldFirst?: string;
  rendered: string[] = [];

  readonly a = this.createLoader({ args: () => [] as const, load: () => this.first.promise, held: () => this.heldFirst });
  readonly b = this.createLoader({ args: () => [] as const, load: () => this.second.promise });

  protected override renderContent() {
    const shown = `${this.a.status === 'ready' ? this.a.value : 'loading'} ${this.b.status === 'ready' ? this.b.value : 'loading'}`;
    this.rendered.push(shown);
    return html`<p part="shown">${shown}</p>`;
  }
}
defineElement('bw-test-two-loads', TwoLoads);

/** Microtask turns only: no task, so no animation frame, can come between. */
async function microtasks(turns = 20): Promise<void> {
  for (let turn = 0; turn < turns; turn++) await Promise.resolve();
}

describe('Loader answers', () => {
  afterEach(() => fixtureCleanup());

  it('shows data already at hand in its first render, with no loading state first', async () => {
    const el = document.createElement('bw-test-two-loads') as TwoLoads;
    el.heldFirst = 'held';
    el.setAttribute('endpoint', 'https://api.example');
    await fixture(fixtureHtml`<div>${el}</div>`);
    await el.updateComplete;
    expect(el.rendered[0]).to.equal('held loading');
    expect(el.a.status).to.equal('ready');
  });

  it('renders once for loads that answer before the next frame, not once per answer', async () => {
    const el = await fixture<TwoLoads>(fixtureHtml`<bw-test-two-loads endpoint="https://api.example"></bw-test-two-loads>`);
    await el.updateComplete;
    expect(el.rendered).to.deep.equal(['loading loading']);
    el.first.resolve('one');
    await microtasks();
    expect(el.a.status).to.equal('ready');
    expect(el.rendered, 'the first answer waits for the second while no frame came').to.deep.equal(['loading loading']);
    el.second.resolve('two');
    await el.updateComplete;
    expect(el.rendered).to.deep.equal(['loading loading', 'one two']);
  });

  it('still shows the first answer when another load never answers', async () => {
    const el = await fixture<TwoLoads>(fixtureHtml`<bw-test-two-loads endpoint="https://api.example"></bw-test-two-loads>`);
    await el.updateComplete;
    el.first.resolve('one');
    await el.a.complete;
    await el.updateComplete;
    expect(el.rendered.at(-1)).to.equal('one loading');
    expect(el.b.status).to.equal('loading');
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'bw-test-two-loads': TwoLoads;
  }
}
