/** Operations of mentor sign-up: the mentor's own profile, the program's training, and coordinator approval. */
import * as z from 'zod/mini';
import { defineOperation } from '../operation.js';
import { Id, PageQuery } from '../common.js';
import {
  MentorApplication, MentorApplicationPage, MentorApplicationQuery, MentorApprovalDecision, MentorProfileInput, TrainingModule, TrainingModuleCreate,
  TrainingModulePage, TrainingProgress,
} from '../mentor-onboarding.js';

export const ApplicationParams = z.object({ mentorId: Id });
export type ApplicationParams = z.infer<typeof ApplicationParams>;
export const TrainingModuleParams = z.object({ moduleId: Id });
export type TrainingModuleParams = z.infer<typeof TrainingModuleParams>;

/** The calling mentor's profile with its approval and training state. */
export const getOwnMentorApplication = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/me/mentor/profile', response: MentorApplication });

/** Creates the calling mentor's profile (pending approval) or edits it (with `version`). */
export const saveOwnMentorProfile = /* @__PURE__ */ defineOperation({ method: 'PUT', path: '/v1/me/mentor/profile', body: MentorProfileInput, response: MentorApplication, idempotent: true });

export const getOwnTraining = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/me/mentor/training', response: TrainingProgress });

/** Records that the calling mentor completed a module (again: unchanged). */
export const completeTrainingModule = /* @__PURE__ */ defineOperation({ method: 'PUT', path: '/v1/me/mentor/training/:moduleId', params: TrainingModuleParams, response: TrainingProgress });

export const listTrainingModules = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/training-modules', query: PageQuery, response: TrainingModulePage });

export const createTrainingModule = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/training-modules', body: TrainingModuleCreate, response: TrainingModule, status: 201, idempotent: true });

/** Mentor profiles for coordinators, pending ones by default, oldest first. */
export const listMentorApplications = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/mentor-applications', query: MentorApplicationQuery, response: MentorApplicationPage });

export const decideMentorApplication = /* @__PURE__ */ defineOperation({
  method: 'POST', path: '/v1/mentor-applications/:mentorId/decision', params: ApplicationParams, body: MentorApprovalDecision, response: MentorApplication, idempotent: true, versioned: true,
});

export const mentorOnboardingOperations = [
  getOwnMentorApplication, saveOwnMentorProfile, getOwnTraining, completeTrainingModule, listTrainingModules, createTrainingModule, listMentorApplications,
  decideMentorApplication,
];
