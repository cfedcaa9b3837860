/**
 * Failures as the widgets report them: an ApiError's kind, or `config` (the element is
 * missing its endpoint) or `unexpected` (a bug: bad data that slipped through, a render
 * that threw). Each kind has a message that says what went wrong and what to do.
 */
import { msg } from '@lit/localize';
import { ApiError } from '../api/errors.js';
import type { BridgewayErrorKind, ServiceName } from './error-kinds.js';

export type { BridgewayErrorKind, ServiceName } from './error-kinds.js';

/** Thrown (and caught) when an element cannot build its client. */
export class ConfigurationError extends Error {
  override readonly name = 'BridgewayConfigurationError';
}

/** The `detail` of a `bw-error` event. */
export interface BridgewayErrorDetail {
  kind: BridgewayErrorKind;
  /** What the element was doing: loading data, or rendering it. */
  phase: 'load' | 'render';
  /** The technical message (English, for logs and developers). */
  message: string;
  /** HTTP status when the server answered. */
  status?: number;
  /** True when trying again may help. */
  retryable: boolean;
  /** The original error. */
  error: unknown;
}

export function errorKind(error: unknown): BridgewayErrorKind {
  if (error instanceof ApiError) return error.kind;
  if (error instanceof ConfigurationError) return 'config';
  return 'unexpected';
}

export function toErrorDetail(error: unknown, phase: BridgewayErrorDetail['phase']): BridgewayErrorDetail {
  const kind = errorKind(error);
  return {
    kind,
    phase,
    message: error instanceof Error ? error.message : String(error),
    status: error instanceof ApiError ? error.status : undefined,
    retryable: kind !== 'config' && kind !== 'origin',
    error,
  };
}

/** A bug, and the words shown when the messages below could not load. */
export function unexpectedFailure(): string {
  return msg("Something went wrong while showing this. Try again; if it keeps happening, contact the site's support team.", { id: 'error.unexpected' });
}

let messages: typeof import('./error-messages.js') | undefined;
let loading: Promise<void> | undefined;
let settled = false;

/**
 * Loads the failure messages (a chunk of their own: the first view with data never shows one).
 * Never rejects: when the chunk cannot load, `errorMessage` keeps saying `unexpectedFailure()`.
 */
export function loadErrorMessages(): Promise<void> {
  loading ??= import('./error-messages.js').then(
    (module) => {
      messages = module;
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  return loading;
}

/** True once the failure messages have loaded, or failed to (then the fallback words are final). */
export function errorMessagesSettled(): boolean {
  return settled;
}

/**
 * For a failure shown before its words loaded (found while updating, so shown with the fallback
 * words): `update` runs once they have loaded, to show it again with them. Nothing when they are settled.
 */
export function updateWhenErrorMessagesLoad(update: () => void): void {
  if (!settled) void loadErrorMessages().then(update);
}

/** True while the failure messages are on their way: what `errorMessage` says now may change. */
export function errorMessagesPending(): boolean {
  return loading !== undefined && !settled;
}

/** Loads the failure messages once the page is idle, so that a later failure (a save) is explained at once. */
export function preloadErrorMessages(): void {
  if (loading) return;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void loadErrorMessages(), { timeout: 3000 });
  else setTimeout(() => void loadErrorMessages(), 1000);
}

/**
 * The message a person reads for each kind of failure: what went wrong, and what to do. Until
 * the messages have loaded (elements load them once the page is idle, and loaders wait for them
 * before showing a failure), or when they cannot load, the words for an unexpected failure.
 */
export function errorMessage(kind: BridgewayErrorKind, service?: ServiceName): string {
  if (!messages) void loadErrorMessages();
  return messages?.failureMessage(kind, service) ?? unexpectedFailure();
}
