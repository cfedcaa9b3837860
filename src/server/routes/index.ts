/**
 * Every resource module of the API, in order: a resource lands by adding its module here.
 */
import type { RouteModule } from '../route.js';
import { catalogueRoutes } from './catalogue.js';
import { healthRoutes, identityRoutes } from './identity.js';
import { mentorRoutes } from './mentors.js';
import { narrativeRoutes } from './narratives.js';
import { outcomeRoutes } from './outcomes.js';
import { planRoutes } from './plans.js';

export const routeModules: RouteModule[] = [healthRoutes, identityRoutes, catalogueRoutes, planRoutes, mentorRoutes, narrativeRoutes, outcomeRoutes];

export { demoRoutes } from './identity.js';
