/**
 * What the finder's controllers and its lazily loaded desks (the mentee's dialog and
 * request list, mentor mode) may use of the element. They import this file, never the
 * element class.
 */
import type { ReactiveControllerHost } from 'lit';
import type { BridgewayClient } from '../../api/client.js';
import type { MentorCriterion, MentorFormat, MentorOffer, MentorSearchQuery } from '../../api/mentor.js';
import type { EventDetail } from '../../ui/base-element.js';
import { dateNumberListFor, type Formatters } from '../../ui/format.js';
import type { BridgewayErrorDetail } from '../../ui/errors.js';
import type { SupportedLocale } from '../../ui/localization.js';
import type { MenteeDesk } from './mentee-desk.js';
import type { FinderFilters } from './search-controller.js';

/** The formatters the finder and its desks use: only these of src/ui/format.ts. */
export type FinderFormat = Pick<Formatters, 'date' | 'number' | 'list'>;

/**
 * The finder's formatters bound to a locale (made once per locale). The parts that format (the
 * view, the desks) bring them with their code: the first render, a loading state, formats nothing.
 */
export const finderFormatters: (locale: string) => FinderFormat = dateNumberListFor;

export interface FinderHost extends ReactiveControllerHost, HTMLElement {
  readonly client: BridgewayClient;
  /** The locale the parts format in (finderFormatters). */
  readonly resolvedLocale: SupportedLocale;
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

/**
 * What the finder's view (filters and results, a part fetched at connect: finder-view.ts) reads
 * and sets of the element: the filters, as attributes and properties hold them.
 */
export interface FinderViewHost extends SearchHost, FinderFilters {
  occupation?: string;
  jurisdiction?: string;
  language?: string;
  format?: MentorFormat;
  offers: MentorOffer[];
  require: MentorCriterion[];
  origin?: string;
  favourites: boolean;
  /** The mentee chose to match on their country of origin (the country field shows). */
  originWanted: boolean;
  /** A signed-in mentee, not in mentor mode: cards offer an introduction and saving. */
  readonly isMentee: boolean;
}

/** The mentee's desk as the view uses it (src/ui/lazy-slot.ts): its code may still be on its way. */
export interface MenteeDeskSlot {
  readonly desk: MenteeDesk | undefined;
  open(): Promise<MenteeDesk | undefined>;
  render(view: (desk: MenteeDesk) => unknown, whileLoading?: () => unknown): unknown;
}

/** The problem's `reason` (a stable code such as `open-request-limit`), when the server gave one. */
export function problemReason(error: unknown): string | undefined {
  const problem = (error as { problem?: { reason?: unknown } } | undefined)?.problem;
  return typeof problem?.reason === 'string' ? problem.reason : undefined;
}
