/**
 * What the mentor profile's controllers and its parts loaded on demand (the reflection log,
 * the feedback form) may use of the element. They import this file, never the element class.
 */
import type { ReactiveControllerHost } from 'lit';
import type { BridgewayClient } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import type { FieldIssue } from '../../api/problem.js';
import type { EventDetail } from '../../ui/base-element.js';
import type { CatalogueNames } from '../../ui/catalogue-names.js';
import type { BridgewayErrorDetail } from '../../ui/errors.js';
import type { Formatters } from '../../ui/format.js';
import type { SupportedLocale } from '../../ui/localization.js';

/** The formatters the profile's views use (dates, numbers, lists), so its download carries no others of src/ui/format.ts. */
export type ProfileFormat = Pick<Formatters, 'date' | 'number' | 'list'>;

export interface MentorProfileHost extends ReactiveControllerHost, HTMLElement {
  readonly client: BridgewayClient;
  readonly formatters: ProfileFormat;
  readonly resolvedLocale: SupportedLocale;
  readonly renderRoot: HTMLElement | DocumentFragment;
  reportError(error: unknown, phase: BridgewayErrorDetail['phase']): BridgewayErrorDetail;
  /** Says something to screen readers through the element's live region. */
  announce(text: string): void;
  /** Fires one of the element's `bw-*` events (see events.ts). */
  emit<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>, options?: { cancelable?: boolean }): boolean;
}

/** What a save, a completion or a sending said, and how it went. */
export interface Notice {
  tone: 'success' | 'danger';
  text: string;
}

/** Names for the ids a profile holds, in the element's locale (never an id shown). */
export interface ProfileNamer {
  occupation(id: string): string;
  jurisdiction(id: string): string;
  language(tag: string): string;
  country(code: string): string;
  /** The catalogue's lists, as `[id, name]` in the locale's order. */
  readonly catalogue: CatalogueNames;
}

/** The problem's field issues of a 400 answer, when the server named them. */
export function problemIssues(error: unknown): readonly FieldIssue[] {
  return error instanceof ApiError ? (error.problem?.errors ?? []) : [];
}
