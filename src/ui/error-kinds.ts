/**
 * The kinds of failure the widgets report, and the services a message can name: the types that
 * src/ui/errors.ts (which reports failures and loads their messages) and src/ui/error-messages.ts
 * (the messages, a chunk of their own) both use, here so that neither imports the other's types.
 */
import type { ApiErrorKind } from '../api/errors.js';

/** An ApiError's kind, or `config` (the element is missing its endpoint) or `unexpected` (a bug). */
export type BridgewayErrorKind = ApiErrorKind | 'config' | 'unexpected';

/**
 * The service an element stands for, as the host's visitors know it: a failure names it in
 * those terms ("The mentoring service is not answering"), never the vendor. Without one, "the
 * service".
 */
export type ServiceName = 'mentoring';
