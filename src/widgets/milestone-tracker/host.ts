/**
 * What the milestone tracker's controllers and lazily loaded panels may use of the element.
 * They import this interface (and view functions), never the element class.
 */
import type { ReactiveControllerHost } from 'lit';
import type { BridgewayClient } from '../../api/client.js';
import type { BridgewayConfig } from '../../ui/config.js';
import type { BridgewayErrorDetail } from '../../ui/errors.js';
import type { EventDetail } from '../../ui/base-element.js';
import type { Formatters } from '../../ui/format.js';
import type { LazyPart } from '../../ui/lazy.js';

/** `mentee` (edit the plan), `mentor` (pick a mentee's plan, comment, record check-ins) or `auto`. */
export type TrackerView = 'auto' | 'mentee' | 'mentor';

/** `detail` of `bw-plan-saved` and `bw-plan-conflict`: the write's idempotency key and its path under `/v1`. */
export interface PlanWriteDetail {
  key: string;
  path: string;
}

/**
 * The tracker's parts loaded on demand, created with the element so that each `importer` can be
 * replaced before it connects (tests simulate a chunk that does not arrive).
 */
export interface TrackerParts {
  /** The plan's view (header, progress, list, add form): loaded at connect, beside the plan. */
  readonly view: LazyPart<typeof import('./plan-view.js')>;
  /** The state behind it (the write queue over the plan, the panels' edits, moves, hand-off): loaded at connect too. */
  readonly state: LazyPart<typeof import('./plan-state.js')>;
  /** Conflicts, edit form, check-ins, gap offer, dialogs, with the edits and reads: loaded at connect too. */
  readonly panels: LazyPart<typeof import('./plan-panels.js')>;
  /** The form that starts a plan, when a person asks for it (no plan yet). */
  readonly start: LazyPart<typeof import('./plan-start.js')>;
  /** The reads a person asks for (the next page of a list, a milestone's comments), at the first. */
  readonly paging: LazyPart<typeof import('./plan-paging.js')>;
  /** A conflict between an edit and the server's version, when there is one. */
  readonly conflicts: LazyPart<typeof import('./conflict-panel.js')>;
  /** The offer to add a gap map's items, when a request comes. */
  readonly gapOffer: LazyPart<typeof import('./gap-offer.js')>;
  /** The recalibration dialog, when a person first moves a date. */
  readonly dateMoves: LazyPart<typeof import('./date-moves.js')>;
  /** The timeline, when a person first switches to it. */
  readonly timeline: LazyPart<typeof import('./timeline.js')>;
  /** The calendar file, when one is asked for. */
  readonly calendar: LazyPart<typeof import('./ics.js')>;
  /** The outcome follow-ups of a signed-in mentee, once the plan is there. */
  readonly followUps: LazyPart<typeof import('./follow-ups.js')>;
  /** The code that sends queued writes, the first time the queue has something to send. */
  readonly sender: LazyPart<typeof import('./plan-send.js')>;
}

export interface TrackerHost extends ReactiveControllerHost, HTMLElement {
  /** The API client; throws a ConfigurationError when no endpoint is configured. */
  readonly client: BridgewayClient;
  readonly config: BridgewayConfig;
  /** Intl formatters bound to `resolvedLocale`; their code comes with the plan's view, which every part that formats loads after. */
  readonly viewFormatters: Formatters;
  /** The supported locale the element formats in and asks translations for. */
  readonly resolvedLocale: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The plan asked for by the page (`plan-id`). */
  readonly planId?: string;
  readonly view: TrackerView;
  emit<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>, options?: { cancelable?: boolean }): boolean;
  reportError(error: unknown, phase: BridgewayErrorDetail['phase']): BridgewayErrorDetail;
  /** Says something to screen readers through the element's live region. */
  announce(text: string): void;
}
