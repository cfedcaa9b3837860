/**
 * Where the focus goes after an action. When an action replaces or removes the control that
 * had the focus (a form that closes, an offer accepted, a plan started), the browser drops
 * the focus to the top of the page. A widget asks instead for the focus to move, after its
 * next render, to the new content (`[data-id="..."]`, a heading) or, when that is not there,
 * to a status message.
 *
 * The new content may come a few renders later (a part still loading, an answer on its way):
 * the request waits for it, unless the person has moved the focus elsewhere meanwhile (their
 * choice wins) or it has waited too long.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FocusHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** How long a request waits for its target. */
const PATIENCE_MS = 10_000;

/** The focused element, looking into shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export class FocusAfterUpdate implements ReactiveController {
  private request?: { selectors: string[]; from: Element | null; until: number };

  constructor(private readonly host: FocusHost) {
    host.addController(this);
  }

  /**
   * After the next render that has one of them, focuses the first of `selectors` that matches
   * an element in the render root. An element that cannot take the focus gets `tabindex="-1"`.
   */
  focus(...selectors: string[]): void {
    this.request = { selectors, from: deepActiveElement(), until: Date.now() + PATIENCE_MS };
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const request = this.request;
    if (!request) return;
    const active = deepActiveElement();
    const movedOn = active !== request.from && active !== null && active !== document.body && request.from?.isConnected;
    if (movedOn || Date.now() > request.until) {
      this.request = undefined;
      return;
    }
    for (const selector of request.selectors) {
      const target = this.host.renderRoot.querySelector<HTMLElement>(selector);
      if (!target) continue;
      this.request = undefined;
      if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
      return;
    }
  }

  hostDisconnected(): void {
    this.request = undefined;
  }
}
