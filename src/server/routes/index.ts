/**
 * Every resource module of the API, in order. A later issue adds its module here
 * (catalogue, gap, plans, mentors, narratives).
 */
import type { RouteModule } from '../route.js';
import { catalogueRoutes } from './catalogue.js';
import { healthRoutes, identityRoutes } from './identity.js';
import { planRoutes } from './plans.js';
import { narrativeRoutes } from './narratives.js';

export const routeModules: RouteModule[] = [healthRoutes, identityRoutes, catalogueRoutes, planRoutes, narrativeRoutes];

export { demoRoutes } from './identity.js';
