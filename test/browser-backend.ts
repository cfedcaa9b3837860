/**
 * The reference server behind the browser tests (web-test-runner.config.mjs loads it):
 * defined with the other test servers in test/support/server.ts.
 */
export { browserBackend, mintToken } from './support/server.js';
