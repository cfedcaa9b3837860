/**
 * `GapHandOff`: listens on the document for `bw-gap-plan-requested` (from
 * `bw-credential-gap-mapper`, any copy of the library), validates it, and when this tracker
 * can save it (a valid request, a plan loaded, a person who may edit) takes it over with
 * `preventDefault()` and offers to add the items. Accepting (`take()`) hands the request to
 * `PlanEdits.addFromGap`, which queues one write; its code comes with the panels that show the offer.
 */
import type { ReactiveController } from 'lit';
import { safeParse } from '../../api/validate.js';
import { GapPlanRequest } from '../../generated/contract.js';
import type { TrackerHost } from './host.js';
import type { PlanSession } from './plan-session.js';
import type { FocusAfterUpdate } from '../../ui/focus.js';

export class GapHandOff implements ReactiveController {
  /** The request on offer, until accepted or declined. */
  offer?: GapPlanRequest;

  constructor(
    private readonly host: TrackerHost,
    private readonly session: PlanSession,
    private readonly focus: FocusAfterUpdate,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('bw-gap-plan-requested', this.onRequest);
  }

  hostDisconnected(): void {
    document.removeEventListener('bw-gap-plan-requested', this.onRequest);
  }

  /** The offer accepted: the request to add, once. */
  take(): GapPlanRequest | undefined {
    const offer = this.offer;
    this.offer = undefined;
    return offer;
  }

  decline = (): void => {
    this.offer = undefined;
    this.focus.focus('#plan-title');
  };

  private onRequest = (event: Event): void => {
    const parsed = safeParse(GapPlanRequest, event instanceof CustomEvent ? event.detail : undefined);
    // Loaded (a session has a signed-in person once it has loaded), and one who may edit.
    if (!parsed.success || !this.session.me || !this.session.canEdit) return;
    // Ours to confirm and save: the gap mapper then does not save the same items itself.
    event.preventDefault();
    this.offer = parsed.data;
    this.host.requestUpdate();
  };
}
