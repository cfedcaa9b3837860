/**
 * Every operation of the contract, one named export each, and `operations`, the whole list
 * (for `matchOperation()` and for tests that walk every operation). A widget imports the
 * operations it calls by name, so the rest tree-shake away.
 */
import { catalogueOperations } from './catalogue.js';
import { gapOperations } from './gap.js';
import { identityOperations } from './identity.js';
import { mentorOperations } from './mentors.js';
import { narrativeOperations } from './narratives.js';
import { outcomeOperations } from './outcomes.js';
import { planOperations } from './plans.js';

export * from './catalogue.js';
export * from './gap.js';
export * from './identity.js';
export * from './mentors.js';
export * from './narratives.js';
export * from './outcomes.js';
export * from './plans.js';

export const operations = [...identityOperations, ...catalogueOperations, ...gapOperations, ...planOperations, ...mentorOperations, ...narrativeOperations, ...outcomeOperations];
