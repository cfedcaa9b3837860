/** `bridgeway/api`: the contract's schemas, types and operations, the typed client and its errors. */
export * from './common.js';
export * from './problem.js';
export * from './identity.js';
export * from './errors.js';
export * from './client.js';
export * from './catalogue.js';
export * from './catalogue-files.js';
export * from './gap.js';
export * from './plan.js';
export * from './narrative.js';
export * from './mentor.js';
export * from './outcomes.js';
export * from './coordinator-desk.js';
export * from './operation.js';
export * from './operations/index.js';
