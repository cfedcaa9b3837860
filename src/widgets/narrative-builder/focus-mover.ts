/**
 * Where focus goes after an action: to the content it brought (the version history, both
 * versions after a conflict) or to the status line that says what happened, never back to
 * the top of the page when the button pressed goes away or the view is drawn again. Focus
 * the person (or the host page) put somewhere else on the page stays there. Only the code of
 * actions moves focus, and it all loads on demand (saving, the tools, the hints, filling in),
 * so this module comes with it: `moveFocus` gives the element its mover on first use.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The places an action may send focus to. */
export type FocusTarget = 'status' | 'problem' | 'versions' | 'conflict' | 'prefill';

/** What each target is in the element's shadow root (each carries tabindex="-1"). */
const PLACES: Record<FocusTarget, string> = {
  status: '.notice',
  problem: '.failure',
  versions: '#versions-title',
  conflict: '#conflict-title',
  prefill: '#prefill',
};

/** Where focus waits while content that loads on demand is not drawn yet. */
const MEANWHILE: Record<FocusTarget, FocusTarget> = { status: 'status', problem: 'status', versions: 'status', conflict: 'problem', prefill: 'status' };

/** What focus can be moved in: the element. */
export type FocusHost = ReactiveControllerHost & HTMLElement;

const movers = new WeakMap<FocusHost, FocusMover>();

/** Sends focus to what an action brought, or to the status line, after the next update of `host`. */
export function moveFocus(host: FocusHost, target: FocusTarget): void {
  let mover = movers.get(host);
  if (!mover) movers.set(host, (mover = new FocusMover(host)));
  mover.moveTo(target);
}

export class FocusMover implements ReactiveController {
  private target?: FocusTarget;
  /** Where focus waits for the target, once it went there. */
  private waitingAt?: Element;

  constructor(private readonly host: FocusHost) {
    host.addController(this);
  }

  /** Moves focus to `target` once an update has drawn it; meanwhile to the status line (or the problem). */
  moveTo(target: FocusTarget): void {
    this.target = target;
    this.waitingAt = undefined;
    this.host.requestUpdate();
  }

  /** True while focus is in the element, or was dropped (on the body, or nowhere): never taken from the host page. */
  private mayMove(): boolean {
    const around = this.host.getRootNode() as Document | ShadowRoot;
    const active = around.activeElement;
    return !active || active === this.host || active === this.host.ownerDocument.body;
  }

  hostUpdated(): void {
    const target = this.target;
    const root = this.host.shadowRoot;
    if (!target || !root) return;
    if (!this.mayMove()) {
      this.target = this.waitingAt = undefined;
      return;
    }
    const place = root.querySelector<HTMLElement>(PLACES[target]);
    if (place) {
      this.target = this.waitingAt = undefined;
      place.focus();
    } else if (!this.waitingAt) {
      const meanwhile = root.querySelector<HTMLElement>(PLACES[MEANWHILE[target]]) ?? root.querySelector<HTMLElement>(PLACES.status);
      meanwhile?.focus();
      this.waitingAt = meanwhile ?? undefined;
    } else if (root.activeElement !== this.waitingAt) {
      // The person moved on: the content no longer pulls focus when it arrives.
      this.target = this.waitingAt = undefined;
    }
  }
}
