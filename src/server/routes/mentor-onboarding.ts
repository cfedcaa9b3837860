/**
 * Mentors who sign up, train and are approved: the mentor's own profile and training, the
 * program's training modules, and the coordinators' approval of profiles. Search offers a
 * mentor only once approved with every required module complete (`../store/mentors/onboarding.ts`).
 */
import { MentorApplication, MentorProfileInput, OwnMentorApplication, Reflection, TrainingModule, TrainingProgress } from '../../api/mentor-onboarding.js';
import {
  completeTrainingModule, createReflection, createTrainingModule, decideMentorApplication, getOwnMentorApplication, getOwnTraining, listMentorApplications,
  listOwnReflections, listSharedReflections, listTrainingModules, saveOwnMentorProfile, updateReflection,
} from '../../api/operations/mentor-onboarding.js';
import { component, route, type RouteModule } from '../route.js';
import * as store from '../store/mentors.js';
import { paged } from '../wire.js';

component('MentorApplication', MentorApplication);
component('MentorProfileInput', MentorProfileInput);
component('OwnMentorApplication', OwnMentorApplication);
component('TrainingModule', TrainingModule);
component('TrainingProgress', TrainingProgress);
component('Reflection', Reflection);

const tags = ['mentor sign-up'];

export const mentorOnboardingRoutes: RouteModule = {
  name: 'mentor-onboarding',
  tags: { 'mentor sign-up': 'A mentor\'s own profile, training and private reflection log, the program\'s training modules, and coordinator approval of profiles.' },
  routes: [
    route(getOwnMentorApplication, {
      summary: 'The calling mentor\'s profile, with its approval and training state',
      tags,
      auth: 'user',
      roles: ['mentor'],
      refusals: { 404: 'no profile yet (`not_found`, reason `no-mentor-profile`)' },
      handler: async ({ db, actor }) => store.getOwnApplication(db, actor),
    }),
    route(saveOwnMentorProfile, {
      summary: 'Create or edit the calling mentor\'s profile',
      description: 'A new profile waits for a coordinator\'s approval; editing a rejected one submits it again. Send `version` when editing to be told (409) of a change made meanwhile. `pausedUntil` in the future pauses new requests until that day.',
      tags,
      auth: 'user',
      roles: ['mentor'],
      refusals: { 409: 'the profile changed since `version` (`conflict` with `current`)' },
      handler: async ({ db, principal, body }) => store.saveOwnProfile(db, principal.user, body),
    }),
    route(getOwnTraining, {
      summary: 'The calling mentor\'s training: every module and when they completed it',
      tags,
      auth: 'user',
      roles: ['mentor'],
      refusals: { 404: 'no profile yet (`not_found`, reason `no-mentor-profile`)' },
      handler: async ({ db, actor }) => store.getOwnTraining(db, actor),
    }),
    route(completeTrainingModule, {
      summary: 'Record a completed training module',
      tags,
      auth: 'user',
      roles: ['mentor'],
      handler: async ({ db, actor, params }) => store.completeTrainingModule(db, actor, params.moduleId),
    }),
    route(listTrainingModules, {
      summary: 'The program\'s training modules',
      tags,
      auth: 'user',
      handler: async ({ db, actor, query }) => paged('training-modules', query, (window) => store.listTrainingModules(db, actor.organisationId, window)),
    }),
    route(createTrainingModule, {
      summary: 'Add a training module',
      description: 'Title, link and expected time, e.g. cultural competence and bias awareness. A required module (the default) must be completed by every mentor before search offers them again.',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor, body }) => store.createTrainingModule(db, actor.organisationId, body),
    }),
    route(listMentorApplications, {
      summary: 'Mentor profiles waiting for approval, oldest first',
      description: 'Pending profiles unless `approval` asks for approved or rejected ones.',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor, query }) => paged(`mentor-applications${query.sort ? `-${query.sort}` : ''}`, query, (window) => store.listApplications(db, actor.organisationId, query.approval, window, query.sort)),
    }),
    route(decideMentorApplication, {
      summary: 'Approve or reject a mentor\'s profile',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor, params, body }) => store.decideApplication(db, actor, params.mentorId, body),
    }),
      route(listOwnReflections, {
      summary: 'The calling mentor\'s reflection log, newest first',
      tags,
      auth: 'user',
      roles: ['mentor'],
      refusals: { 404: 'no profile yet (`not_found`, reason `no-mentor-profile`)' },
      handler: async ({ db, actor, query }) => paged('reflections', query, (window) => store.listOwnReflections(db, actor, window)),
    }),
    route(createReflection, {
      summary: 'Write an entry in the reflection log',
      description: 'Private: nobody else reads it unless `sharedWithCoordinators` is true.',
      tags,
      auth: 'user',
      roles: ['mentor'],
      refusals: { 404: 'no profile yet (`not_found`, reason `no-mentor-profile`)' },
      handler: async ({ db, actor, body }) => store.createReflection(db, actor, body),
    }),
    route(updateReflection, {
      summary: 'Edit an entry, or share it with the coordinators (or stop sharing it)',
      tags,
      auth: 'user',
      roles: ['mentor'],
      handler: async ({ db, actor, params, body }) => store.updateReflection(db, actor, params.reflectionId, body),
    }),
    route(listSharedReflections, {
      summary: 'The reflections a mentor shared with the coordinators',
      description: 'Only the entries the mentor shared; the rest of the log stays private.',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor, params, query }) => paged('shared-reflections', query, (window) => store.listSharedReflections(db, actor.organisationId, params.mentorId, window)),
    }),
  ],
};
