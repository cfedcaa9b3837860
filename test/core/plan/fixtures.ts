/** Moved to test/support/fixtures.ts, shared with the other tests. */
export { milestone, plan } from '../../support/fixtures.js';
