/** Moved to test/support/fixtures.ts, shared with the other tests. */
export { mentor } from '../../support/fixtures.js';
