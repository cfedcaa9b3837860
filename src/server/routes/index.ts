/**
 * Every resource module of the API, in order. A later issue adds its module here
 * (catalogue, gap, plans, mentors, narratives).
 */
import type { RouteModule } from '../route.js';
import { healthRoutes, identityRoutes } from './identity.js';
import { mentorRoutes } from './mentors.js';

export const routeModules: RouteModule[] = [healthRoutes, identityRoutes, mentorRoutes];

export { demoRoutes } from './identity.js';
