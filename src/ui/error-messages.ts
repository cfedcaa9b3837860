/**
 * The messages a person reads for each kind of failure, in a chunk of their own: the first view
 * with data never shows one. src/ui/errors.ts loads them (`loadErrorMessages`) and says them
 * (`errorMessage`).
 */
import { msg } from '@lit/localize';
import type { BridgewayErrorKind, ServiceName } from './error-kinds.js';

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

/**
 * The message a person reads for each kind of failure: what went wrong, and what to do;
 * undefined for an unexpected failure, whose words `errorMessage` keeps at hand.
 */
export function failureMessage(kind: BridgewayErrorKind, service?: ServiceName): string | undefined {
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
      return undefined;
  }
}
