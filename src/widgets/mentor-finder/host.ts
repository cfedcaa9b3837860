/**
 * What the finder's controllers and its lazily loaded desks (the mentee's dialog and
 * request list, mentor mode) may use of the element. They import this file, never the
 * element class.
 */
import type { ReactiveControllerHost } from 'lit';
import type { BridgewayClient } from '../../api/client.js';
import type { MentorSearchQuery } from '../../api/mentor.js';
import type { EventDetail } from '../../ui/base-element.js';
import type { Formatters } from '../../ui/format.js';
import type { BridgewayErrorDetail } from '../../ui/errors.js';
import type { Namer } from './labels.js';

export interface FinderHost extends ReactiveControllerHost, HTMLElement {
  readonly client: BridgewayClient;
  readonly formatters: Formatters;
  readonly namer: Namer;
  readonly renderRoot: HTMLElement | DocumentFragment;
  reportError(error: unknown, phase: BridgewayErrorDetail['phase']): BridgewayErrorDetail;
  /** Says something to screen readers through the element's live region. */
  announce(text: string): void;
  /** Fires one of the element's `bw-*` events (see events.ts). */
  emit<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>, options?: { cancelable?: boolean }): boolean;
}

/** What the search reads of the element besides the host: its filters, as attributes set them. */
export interface SearchHost extends FinderHost {
  /** The search the filters describe (without the cursor). */
  readonly query: MentorSearchQuery;
  /** Only the mentee's saved mentors. */
  readonly favourites: boolean;
}

/** The problem's `reason` (a stable code such as `open-request-limit`), when the server gave one. */
export function problemReason(error: unknown): string | undefined {
  const problem = (error as { problem?: { reason?: unknown } } | undefined)?.problem;
  return typeof problem?.reason === 'string' ? problem.reason : undefined;
}
