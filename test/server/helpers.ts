/** The server tests' support lives in test/support/server.ts; this name stays for the tests that import it. */
export * from '../support/server.js';
