/** What the lazily loaded parts (dialog and request list, mentor mode) need from the element. */
import type { ReactiveControllerHost } from 'lit';
import type { BridgewayClient } from '../../api/client.js';
import type { MentorProfile } from '../../api/mentor.js';
import type { Formatters } from '../../ui/format.js';
import type { BridgewayErrorDetail } from '../../ui/errors.js';
import type { Namer } from './labels.js';

export interface FinderHost extends ReactiveControllerHost, HTMLElement {
  readonly client: BridgewayClient;
  readonly format: Formatters;
  readonly namer: Namer;
  readonly renderRoot: HTMLElement | DocumentFragment;
  reportError(error: unknown, phase: BridgewayErrorDetail['phase']): BridgewayErrorDetail;
  /** Says something to screen readers through the element's live region. */
  announce(text: string): void;
  /** A request was sent to this mentor. */
  introductionSent(mentor: MentorProfile, requestId: string): void;
}

/** The problem's `reason` (a stable code such as `open-request-limit`), when the server gave one. */
export function problemReason(error: unknown): string | undefined {
  const problem = (error as { problem?: { reason?: unknown } } | undefined)?.problem;
  return typeof problem?.reason === 'string' ? problem.reason : undefined;
}
