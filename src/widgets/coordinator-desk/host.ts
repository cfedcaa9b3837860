/**
 * What the desk's lists, its actions and its lazily loaded decision dialog may use of the
 * element. They import this file, never the element class.
 */
import type { ReactiveControllerHost } from 'lit';
import type { BridgewayClient } from '../../api/client.js';
import type { EventDetail } from '../../ui/base-element.js';
import type { BridgewayErrorDetail } from '../../ui/errors.js';
import type { Formatters } from '../../ui/format.js';

/** The formatters the desk's rows and dialog use: dates and numbers, so its download carries no others of src/ui/format.ts. */
export type DeskFormat = Pick<Formatters, 'date' | 'number'>;

export interface DeskHost extends ReactiveControllerHost, HTMLElement {
  readonly client: BridgewayClient;
  readonly formatters: DeskFormat;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Rows per page: what "Show more" adds. */
  readonly pageSize: number;
  reportError(error: unknown, phase: BridgewayErrorDetail['phase']): BridgewayErrorDetail;
  /** Says something to screen readers through the element's live region. */
  announce(text: string): void;
  /** Fires one of the desk's `bw-*` events (see events.ts). */
  emit<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>, options?: { cancelable?: boolean }): boolean;
}
