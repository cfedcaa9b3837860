/** `bridgeway/api`: the contract's schemas and types, the typed client and its errors. */
export * from './common.js';
export * from './problem.js';
export * from './identity.js';
export * from './errors.js';
export * from './client.js';
export * from './mentor.js';
