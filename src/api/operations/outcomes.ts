/** Operations of outcomes: a mentee's intake and follow-ups, consent, mentors' feedback, and the program's figures. */
import * as z from 'zod/mini';
import { defineOperation } from '../operation.js';
import { OUTCOME_READS } from './changes.js';
import {
  DueFollowUpPage, DueFollowUpQuery, Enrolment, EnrolmentRequest, EnrolmentUpdate, FollowUpParams, MentorFeedback, MentorFeedbackRequest, MetricsFilterOptions, MetricsQuery, OutcomeAnswer,
  OutcomeSettings, ProgramMetrics,
} from '../outcomes.js';

/** The calling mentee enters the program with the intake (once). */
export const createEnrolment = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/me/enrolment', body: EnrolmentRequest, response: Enrolment, status: 201, idempotent: true, changes: OUTCOME_READS });

/** The calling mentee's enrolment, answers, consent and follow-ups with what is due; `null` before they entered the program. */
export const getEnrolment = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/me/enrolment', response: z.nullable(Enrolment) });

/** The calling mentee records a first role in the field, leaving the program, or changes consent. */
export const updateEnrolment = /* @__PURE__ */ defineOperation({ method: 'PATCH', path: '/v1/me/enrolment', body: EnrolmentUpdate, response: Enrolment, idempotent: true, versioned: true, changes: OUTCOME_READS });

/** The calling mentee answers the follow-up due `month` months after entry. */
export const answerFollowUp = /* @__PURE__ */ defineOperation({ method: 'PUT', path: '/v1/me/enrolment/follow-ups/:month', params: FollowUpParams, body: OutcomeAnswer, response: Enrolment, idempotent: true, changes: OUTCOME_READS });

/** Follow-ups due and not answered in the caller's organisation, longest waiting first unless `sort` says otherwise (coordinators). */
export const listDueFollowUps = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/follow-ups/due', query: DueFollowUpQuery, response: DueFollowUpPage });

/** A mentor's feedback on the program. */
export const createMentorFeedback = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/me/program-feedback', body: MentorFeedbackRequest, response: MentorFeedback, status: 201, idempotent: true, changes: OUTCOME_READS });

export const getOutcomeSettings = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/outcome-settings', response: OutcomeSettings });

/** The follow-up schedule for new entries and the minimum cell size of the figures (coordinators). */
export const updateOutcomeSettings = /* @__PURE__ */ defineOperation({ method: 'PUT', path: '/v1/outcome-settings', body: OutcomeSettings, response: OutcomeSettings, idempotent: true, changes: OUTCOME_READS });

/** The program's figures for a cohort, occupation and jurisdiction, small numbers withheld (coordinators). */
export const getProgramMetrics = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/program-metrics', query: MetricsQuery, response: ProgramMetrics });

/** The cohorts, occupations and jurisdictions the organisation's figures can be filtered by (coordinators). */
export const getMetricsFilterOptions = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/program-metrics/filters', response: MetricsFilterOptions });

export const outcomeOperations = [
  createEnrolment, getEnrolment, updateEnrolment, answerFollowUp, listDueFollowUps, createMentorFeedback, getOutcomeSettings, updateOutcomeSettings, getProgramMetrics,
  getMetricsFilterOptions,
];
