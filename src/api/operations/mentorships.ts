/** Operations of mentorships: the agreement, closing, a mentor's current mentees, the coordinators' queue and the organisation's settings. */
import * as z from 'zod/mini';
import { defineOperation } from '../operation.js';
import { MENTORING_READS } from './changes.js';
import { Id, PageQuery } from '../common.js';
import { IntroductionRequest } from '../mentor.js';
import {
  AgreementChangeAnswer, AgreementConfirmation, AgreementUpdate, CurrentMenteePage, Mentorship, MentorshipClosure, MentorshipListQuery, MentorshipPage, MentorshipSettings,
  MentorshipSettingsUpdate, QueueDecision, QueuedIntroductionPage, QueueQuery,
} from '../mentorship.js';

export const MentorshipParams = z.object({ mentorshipId: Id });
export type MentorshipParams = z.infer<typeof MentorshipParams>;
export const QueuedIntroductionParams = z.object({ introductionId: Id });
export type QueuedIntroductionParams = z.infer<typeof QueuedIntroductionParams>;

/** The caller's mentorships (a coordinator's: the organisation's), newest first. */
export const listMentorships = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/mentorships', query: MentorshipListQuery, response: MentorshipPage });

export const getMentorship = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/mentorships/:mentorshipId', params: MentorshipParams, response: Mentorship });

/** Proposes or edits the agreement; the proposer has confirmed it, the other side has not. */
export const setMentorshipAgreement = /* @__PURE__ */ defineOperation({
  changes: MENTORING_READS,
  method: 'PUT', path: '/v1/mentorships/:mentorshipId/agreement', params: MentorshipParams, body: AgreementUpdate, response: Mentorship, idempotent: true, versioned: true,
});

/** Confirms the agreement; once both have, the mentorship is active. */
export const confirmMentorshipAgreement = /* @__PURE__ */ defineOperation({
  changes: MENTORING_READS,
  method: 'POST', path: '/v1/mentorships/:mentorshipId/confirmation', params: MentorshipParams, body: AgreementConfirmation, response: Mentorship, idempotent: true, versioned: true,
});

/** Proposes a change to an active mentorship's agreement; the agreement stands until the other side accepts it. */
export const proposeAgreementChange = /* @__PURE__ */ defineOperation({
  changes: MENTORING_READS,
  method: 'POST', path: '/v1/mentorships/:mentorshipId/agreement-change', params: MentorshipParams, body: AgreementUpdate, response: Mentorship, idempotent: true, versioned: true,
});

/** The other side accepts or declines the proposed change; the proposer may withdraw it. */
export const answerAgreementChange = /* @__PURE__ */ defineOperation({
  changes: MENTORING_READS,
  method: 'POST', path: '/v1/mentorships/:mentorshipId/agreement-change/answer', params: MentorshipParams, body: AgreementChangeAnswer, response: Mentorship, idempotent: true, versioned: true,
});

/** Either side (or a coordinator) closes it with a reason; the mentor's place is freed. */
export const closeMentorship = /* @__PURE__ */ defineOperation({
  changes: MENTORING_READS,
  method: 'POST', path: '/v1/mentorships/:mentorshipId/closure', params: MentorshipParams, body: MentorshipClosure, response: Mentorship, idempotent: true, versioned: true,
});

/** The calling mentor's current mentees: name, goals, shared plan, last check-in. */
export const listCurrentMentees = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/mentor-mentees', query: PageQuery, response: CurrentMenteePage });

/** Requests waiting for a coordinator's approval, oldest first unless `sort` says otherwise. */
export const listIntroductionQueue = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/introduction-queue', query: QueueQuery, response: QueuedIntroductionPage });

export const decideQueuedIntroduction = /* @__PURE__ */ defineOperation({
  changes: MENTORING_READS,
  method: 'POST', path: '/v1/introduction-queue/:introductionId/decision', params: QueuedIntroductionParams, body: QueueDecision, response: IntroductionRequest, idempotent: true, versioned: true,
});

export const getMentorshipSettings = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/mentorship-settings', response: MentorshipSettings });

export const updateMentorshipSettings = /* @__PURE__ */ defineOperation({
  changes: MENTORING_READS,
  method: 'PATCH', path: '/v1/mentorship-settings', body: MentorshipSettingsUpdate, response: MentorshipSettings, idempotent: true, versioned: true,
});

export const mentorshipOperations = [
  listMentorships, getMentorship, setMentorshipAgreement, confirmMentorshipAgreement, proposeAgreementChange, answerAgreementChange, closeMentorship, listCurrentMentees, listIntroductionQueue,
  decideQueuedIntroduction, getMentorshipSettings, updateMentorshipSettings,
];
