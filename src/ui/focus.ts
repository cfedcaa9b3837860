/**
 * Where the focus goes after an action. When an action replaces or removes the control that
 * had the focus (a form that closes, an offer accepted, a plan started), the browser drops
 * the focus to the top of the page. A widget asks instead for the focus to move, after its
 * next render, to the new content (`[data-id="..."]`, a heading) or, when that is not there,
 * to a status message.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FocusHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class FocusAfterUpdate implements ReactiveController {
  private wanted: string[] = [];

  constructor(private readonly host: FocusHost) {
    host.addController(this);
  }

  /**
   * After the next render, focuses the first of `selectors` that matches an element in the
   * render root. An element that cannot take the focus gets `tabindex="-1"` first.
   */
  focus(...selectors: string[]): void {
    this.wanted = selectors;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.wanted.length === 0) return;
    const selectors = this.wanted;
    this.wanted = [];
    for (const selector of selectors) {
      const target = this.host.renderRoot.querySelector<HTMLElement>(selector);
      if (!target) continue;
      if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
      return;
    }
  }
}
