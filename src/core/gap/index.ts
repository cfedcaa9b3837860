/** Gap evaluation: pure functions shared by the reference server and the widgets. */
export * from './education.js';
export * from './language.js';
export * from './evaluate.js';
export * from './recommend.js';
export * from './critical-path.js';
export * from './analyse.js';
export * from './context.js';
export * from './dates.js';
export * from './experience.js';
export * from './language-evaluate.js';
export * from './provenance.js';
