/**
 * Every resource module of the API, in order: a resource lands by adding its module here.
 */
import type { RouteModule } from '../route.js';
import { adminRoutes } from './admin.js';
import { catalogueRoutes } from './catalogue.js';
import { coordinatorDeskRoutes } from './coordinator-desk.js';
import { healthRoutes, identityRoutes } from './identity.js';
import { mentorRoutes } from './mentors.js';
import { mentorOnboardingRoutes } from './mentor-onboarding.js';
import { mentorshipRoutes } from './mentorships.js';
import { narrativeRoutes } from './narratives.js';
import { outcomeRoutes } from './outcomes.js';
import { planRoutes } from './plans.js';

export const routeModules: RouteModule[] = [healthRoutes, identityRoutes, catalogueRoutes, planRoutes, mentorRoutes, mentorshipRoutes, mentorOnboardingRoutes, narrativeRoutes, outcomeRoutes, coordinatorDeskRoutes, adminRoutes];

export { demoRoutes } from './identity.js';
