/**
 * Every operation of the contract, one named export each, and `operations`, the whole list
 * (for `matchOperation()` and for tests that walk every operation). A widget imports the
 * operations it calls by name, so the rest tree-shake away.
 */
import { adminOperations } from './admin.js';
import { catalogueOperations } from './catalogue.js';
import { coordinatorDeskOperations } from './coordinator-desk.js';
import { gapOperations } from './gap.js';
import { identityOperations } from './identity.js';
import { mentorOperations } from './mentors.js';
import { mentorOnboardingOperations } from './mentor-onboarding.js';
import { mentorshipOperations } from './mentorships.js';
import { narrativeOperations } from './narratives.js';
import { outcomeOperations } from './outcomes.js';
import { planOperations } from './plans.js';

export * from './admin.js';
export * from './catalogue.js';
export * from './coordinator-desk.js';
export * from './gap.js';
export * from './identity.js';
export * from './mentors.js';
export * from './mentor-onboarding.js';
export * from './mentorships.js';
export * from './narratives.js';
export * from './outcomes.js';
export * from './plans.js';

export const operations = [
  ...identityOperations, ...catalogueOperations, ...gapOperations, ...planOperations, ...mentorOperations, ...mentorshipOperations, ...mentorOnboardingOperations,
  ...narrativeOperations, ...outcomeOperations, ...coordinatorDeskOperations, ...adminOperations,
];
