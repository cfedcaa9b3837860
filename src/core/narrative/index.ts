/** Narrative rendering, counts, norms hints, competency coverage, pre-fill and export. */
export * from './template-language.js';
export * from './template-errors.js';
export * from './text-metrics.js';
export * from './render.js';
export * from './competencies.js';
export * from './norms.js';
export * from './protected-titles.js';
export * from './prefill.js';
export * from './export.js';
