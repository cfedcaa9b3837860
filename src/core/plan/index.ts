/** Pure plan logic shared by the tracker element and the reference server. */
export * from './dates.js';
export * from './status.js';
export * from './progress.js';
export * from './order.js';
export * from './dependencies.js';
export * from './recalibrate.js';
export * from './schedule.js';
export * from './kinds.js';
export * from './ical.js';
export * from './write-queue.js';
