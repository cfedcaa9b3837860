/** `bridgeway/core/mentor`: matching, fairness and the introduction lifecycle. Pure, no I/O. */
export * from './scoring.js';
export * from './rotation.js';
export * from './ranking.js';
export * from './introductions.js';
export * from './contact-details.js';
export * from './top-k.js';
export * from './compact-rows.js';
