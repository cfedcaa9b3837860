/**
 * Every resource module of the API, in order. A later issue adds its module here
 * (catalogue, gap, plans, mentors, narratives).
 */
import type { RouteModule } from '../route.js';
import { healthRoutes, identityRoutes } from './identity.js';
import { planRoutes } from './plans.js';

export const routeModules: RouteModule[] = [healthRoutes, identityRoutes, planRoutes];

export { demoRoutes } from './identity.js';
