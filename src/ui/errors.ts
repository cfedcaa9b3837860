/**
 * Failures as the widgets report them: an ApiError's kind, or `config` (the element is
 * missing its endpoint) or `unexpected` (a bug: bad data that slipped through, a render
 * that threw). Each kind has a message that says what went wrong and what to do.
 */
import { msg } from '@lit/localize';
import { ApiError, type ApiErrorKind } from '../api/errors.js';

export type BridgewayErrorKind = ApiErrorKind | 'config' | 'unexpected';

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

/**
 * The service an element stands for, as the host's visitors know it: a failure names it in
 * those terms ("The mentoring service is not answering"), never the vendor. Without one, "the
 * service".
 */
export type ServiceName = 'mentoring';

/** The service did not answer: not the person's fault, and not their connection's unless the device says it is offline. */
function notAnswering(service?: ServiceName): string {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return msg('This device seems to be offline. Check its connection, then try again.', { id: 'error.offline' });
  }
  return service === 'mentoring'
    ? msg('The mentoring service is not answering right now. This is not a problem on your side; try again in a moment.', { id: 'error.network.mentoring' })
    : msg('The service is not answering right now. This is not a problem on your side; try again in a moment.', { id: 'error.network' });
}

function tooSlow(service?: ServiceName): string {
  return service === 'mentoring'
    ? msg('The mentoring service took too long to answer. Wait a moment, then try again.', { id: 'error.timeout.mentoring' })
    : msg('The service took too long to answer. Wait a moment, then try again.', { id: 'error.timeout' });
}

function serviceProblem(service?: ServiceName): string {
  return service === 'mentoring'
    ? msg('The mentoring service has a problem right now. This is not your fault; try again in a few minutes.', { id: 'error.server.mentoring' })
    : msg('The service has a problem right now. This is not your fault; try again in a few minutes.', { id: 'error.server' });
}

/** The message a person reads for each kind of failure: what went wrong, and what to do. */
export function errorMessage(kind: BridgewayErrorKind, service?: ServiceName): string {
  switch (kind) {
    case 'network':
      return notAnswering(service);
    case 'timeout':
      return tooSlow(service);
    case 'validation':
      return msg("The service sent information this page can't read. Try again; if it keeps happening, contact the site's support team.", { id: 'error.validation' });
    case 'bad-request':
      return msg("The service couldn't accept this request. Check what you entered, then try again.", { id: 'error.badRequest' });
    case 'auth':
      return msg("Your session has ended, or you don't have access to this. Sign in again, then try again.", { id: 'error.auth' });
    case 'origin':
      return msg("This site isn't allowed to use the Bridgeway service yet. Please tell the site's owner: the program's coordinator must add this site's address to the allowed origins.", { id: 'error.origin' });
    case 'not-found':
      return msg("We couldn't find what you asked for. It may have been moved or removed; go back and choose it again.", { id: 'error.notFound' });
    case 'conflict':
      return msg('Someone else changed this at the same time. Reload to see the latest version, then make your change again.', { id: 'error.conflict' });
    case 'rate-limited':
      return msg('Too many requests in a short time. Wait a minute, then try again.', { id: 'error.rateLimited' });
    case 'server':
      return serviceProblem(service);
    case 'aborted':
      return msg('The request was cancelled. Try again when you are ready.', { id: 'error.aborted' });
    case 'config':
      return msg("This widget isn't set up yet: it doesn't know which service to use. Please tell the site's owner.", { id: 'error.config' });
    default:
      return msg("Something went wrong while showing this. Try again; if it keeps happening, contact the site's support team.", { id: 'error.unexpected' });
  }
}
