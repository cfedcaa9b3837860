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

/** `mentee` (edit the plan), `mentor` (pick a mentee's plan, comment, record check-ins) or `auto`. */
export type TrackerView = 'auto' | 'mentee' | 'mentor';

/** `detail` of `bw-plan-saved` and `bw-plan-conflict`: the write's idempotency key and its path under `/v1`. */
export interface PlanWriteDetail {
  key: string;
  path: string;
}

export interface TrackerHost extends ReactiveControllerHost, HTMLElement {
  /** The API client; throws a ConfigurationError when no endpoint is configured. */
  readonly client: BridgewayClient;
  readonly config: BridgewayConfig;
  readonly formatters: Formatters;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The plan asked for by the page (`plan-id`). */
  readonly planId?: string;
  readonly view: TrackerView;
  emit<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>, options?: { cancelable?: boolean }): boolean;
  reportError(error: unknown, phase: BridgewayErrorDetail['phase']): BridgewayErrorDetail;
  /** Says something to screen readers through the element's live region. */
  announce(text: string): void;
}
