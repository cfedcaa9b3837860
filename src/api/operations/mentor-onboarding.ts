/** Operations of mentor sign-up: the mentor's own profile, the program's training, and coordinator approval. */
import * as z from 'zod/mini';
import { defineOperation } from '../operation.js';
import { MENTORING_READS } from './changes.js';
import { Id, PageQuery } from '../common.js';
import {
  MentorApplication, MentorApplicationPage, MentorApplicationQuery, MentorApprovalDecision, MentorProfileInput, OwnMentorApplication, Reflection, ReflectionCreate, ReflectionPage,
  ReflectionUpdate, TrainingModule, TrainingModuleCreate, TrainingModulePage, TrainingProgress,
} from '../mentor-onboarding.js';

export const ApplicationParams = z.object({ mentorId: Id });
export type ApplicationParams = z.infer<typeof ApplicationParams>;
export const TrainingModuleParams = z.object({ moduleId: Id });
export type TrainingModuleParams = z.infer<typeof TrainingModuleParams>;
export const ReflectionParams = z.object({ reflectionId: Id });
export type ReflectionParams = z.infer<typeof ReflectionParams>;

/** The calling mentor's profile with its approval and training state, and their contact address. */
export const getOwnMentorApplication = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/me/mentor/profile', response: OwnMentorApplication });

/** Creates the calling mentor's profile (pending approval) or edits it (with `version`). */
export const saveOwnMentorProfile = /* @__PURE__ */ defineOperation({ method: 'PUT', path: '/v1/me/mentor/profile', body: MentorProfileInput, response: OwnMentorApplication, idempotent: true, changes: MENTORING_READS });

export const getOwnTraining = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/me/mentor/training', response: TrainingProgress });

/** Records that the calling mentor completed a module (again: unchanged). */
export const completeTrainingModule = /* @__PURE__ */ defineOperation({ method: 'PUT', path: '/v1/me/mentor/training/:moduleId', params: TrainingModuleParams, response: TrainingProgress, changes: MENTORING_READS });

export const listTrainingModules = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/training-modules', query: PageQuery, response: TrainingModulePage });

export const createTrainingModule = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/training-modules', body: TrainingModuleCreate, response: TrainingModule, status: 201, idempotent: true, changes: MENTORING_READS });

/** Mentor profiles for coordinators, pending ones by default, oldest first. */
export const listMentorApplications = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/mentor-applications', query: MentorApplicationQuery, response: MentorApplicationPage });

export const decideMentorApplication = /* @__PURE__ */ defineOperation({
  changes: MENTORING_READS,
  method: 'POST', path: '/v1/mentor-applications/:mentorId/decision', params: ApplicationParams, body: MentorApprovalDecision, response: MentorApplication, idempotent: true, versioned: true,
});

/** The calling mentor's reflection log, newest first. */
export const listOwnReflections = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/me/mentor/reflections', query: PageQuery, response: ReflectionPage });

export const createReflection = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/me/mentor/reflections', body: ReflectionCreate, response: Reflection, status: 201, idempotent: true, changes: MENTORING_READS });

/** Edits an entry, or shares it with the coordinators (or stops sharing it). */
export const updateReflection = /* @__PURE__ */ defineOperation({
  changes: MENTORING_READS,
  method: 'PATCH', path: '/v1/me/mentor/reflections/:reflectionId', params: ReflectionParams, body: ReflectionUpdate, response: Reflection, idempotent: true, versioned: true,
});

/** The entries a mentor shared with the coordinators, newest first. */
export const listSharedReflections = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/mentor-applications/:mentorId/reflections', params: ApplicationParams, query: PageQuery, response: ReflectionPage });

export const mentorOnboardingOperations = [
  listOwnReflections, createReflection, updateReflection, listSharedReflections,
  getOwnMentorApplication, saveOwnMentorProfile, getOwnTraining, completeTrainingModule, listTrainingModules, createTrainingModule, listMentorApplications,
  decideMentorApplication,
];
