/**
 * The sentence for a refused introduction request or follow-up, from the problem's reason: the
 * mentee's desk and its introduction dialog both say it.
 */
import { msg } from '@lit/localize';
import { ApiError } from '../../api/errors.js';
import { errorMessage } from '../../ui/errors.js';
import { problemReason } from './host.js';

/** A sentence for a refused request, from the problem's reason. */
export function refusal(error: unknown): string {
  switch (problemReason(error)) {
    case 'open-request-limit':
      return msg('You already have the most open requests allowed at once. Wait for an answer, or withdraw a request, then try again.', { id: 'mentor.error.openLimit' });
    case 'mentor-at-capacity':
      return msg('This mentor has no free place right now. Choose another mentor, or save this one and try later.', { id: 'mentor.error.atCapacity' });
    case 'mentor-paused':
      return msg('This mentor has paused new requests. Choose another mentor, or save this one and try later.', { id: 'mentor.error.paused' });
    case 'already-requested':
      return msg('You already have an open request with this mentor. You can follow it in your requests below.', { id: 'mentor.error.already' });
    default:
      return error instanceof ApiError ? errorMessage(error.kind, 'mentoring') : errorMessage('unexpected');
  }
}
