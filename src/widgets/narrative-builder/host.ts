/**
 * What the narrative builder's controllers and its lazily loaded tools may use of the element,
 * and the events it fires. They import this file, never the element class.
 */
import type { ReactiveControllerHost } from 'lit';
import type { BridgewayClient } from '../../api/client.js';
import type { DraftValues, DraftVersion, NarrativeDraft, NarrativeTemplate } from '../../api/narrative.js';
import type { EventDetail } from '../../ui/base-element.js';
import type { BridgewayErrorDetail } from '../../ui/errors.js';
import type { SupportedLocale } from '../../ui/localization.js';

export type NarrativeExportFormat = 'clipboard' | 'text' | 'markdown' | 'docx' | 'print';

export interface NarrativeSavedDetail {
  draft: NarrativeDraft;
}

export interface NarrativeExportedDetail {
  format: NarrativeExportFormat;
  text: string;
}

/** What a write under way is doing, in the status line: saving a version, sending to a mentor, reading. */
export type WriteProgress = 'saving' | 'sending' | 'loading';

/**
 * What the server writes (draft-writes.ts, loaded on demand) read and set of the draft session:
 * they take this, not the session class, whose module loads them (no import circle).
 */
export interface WritableSession {
  readonly template?: NarrativeTemplate;
  draft?: NarrativeDraft;
  values: DraftValues;
  competencies: string[];
  dirty: boolean;
  versions?: DraftVersion[];
  conflict?: NarrativeDraft;
  busy: boolean;
  progress?: WriteProgress;
  notice: string;
  problem: string;
  /** Where this device keeps the draft's copy. */
  readonly storageKey: string | undefined;
  cleanValues(): DraftValues;
}

export interface NarrativeHost extends ReactiveControllerHost, HTMLElement {
  readonly client: BridgewayClient;
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
