/**
 * The demo organisation every test talks to (seeded by the reference server), and ids
 * that keep one test's users apart from another's. Usable in Node and in the browser.
 */

/** The demo organisation's id. */
export const DEMO_ORGANISATION = 'demo';
/** Reads the demo organisation's public catalogues. */
export const DEMO_PUBLISHABLE_KEY = 'pk_demo_bridgeway';
/** Mints the demo organisation's user tokens (server to server only). */
export const DEMO_SECRET_KEY = 'sk_demo_bridgeway';

let sequence = 0;
/** A fresh external id (`<name>-<time>-<n>`): each test gets users of its own. */
export function unique(name: string): string {
  return `${name}-${Date.now().toString(36)}-${++sequence}`;
}
