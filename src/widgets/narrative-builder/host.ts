/**
 * What the narrative builder's controllers and its lazily loaded tools may use of the element,
 * and the events it fires. They import this file, never the element class.
 */
import type { ReactiveControllerHost } from 'lit';
import type { BridgewayClient } from '../../api/client.js';
import type { NarrativeDraft } from '../../api/narrative.js';
import type { EventDetail } from '../../ui/base-element.js';
import type { BridgewayErrorDetail } from '../../ui/errors.js';
import type { Formatters } from '../../ui/format.js';
import type { SupportedLocale } from '../../ui/localization.js';

export type NarrativeExportFormat = 'clipboard' | 'text' | 'markdown' | 'docx' | 'print';

export interface NarrativeSavedDetail {
  draft: NarrativeDraft;
}

export interface NarrativeExportedDetail {
  format: NarrativeExportFormat;
  text: string;
}

export interface NarrativeHost extends ReactiveControllerHost, HTMLElement {
  readonly client: BridgewayClient;
  readonly formatters: Formatters;
  readonly resolvedLocale: SupportedLocale;
  /** True with a user token: drafts are kept on the server, with versions and reviews. */
  readonly hasUser: boolean;
  /** True for a mentor reviewing a draft shared with them (the fields are read-only). */
  readonly reviewing: boolean;
  emit<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>, options?: { cancelable?: boolean }): boolean;
  reportError(error: unknown, phase: BridgewayErrorDetail['phase']): BridgewayErrorDetail;
}

declare global {
  interface HTMLElementEventMap {
    'bw-narrative-saved': CustomEvent<NarrativeSavedDetail>;
    'bw-narrative-exported': CustomEvent<NarrativeExportedDetail>;
  }
}
