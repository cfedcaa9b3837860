/** Operations of mentors: search, public cards, the calling mentor's profile, introductions and favourites. */
import * as z from 'zod/mini';
import { defineOperation } from '../operation.js';
import { MENTORING_READS } from './changes.js';
import { Id, PageQuery } from '../common.js';
import {
  Favourite, FavouriteList, IntroductionCreate, IntroductionFollowUp, IntroductionList, IntroductionReply, IntroductionRequest, MenteeIntroductionList,
  MentorMatchPage, MentorProfile, MentorSearchQuery, PauseRequest, SweepResult,
} from '../mentor.js';

export const MentorParams = z.object({ mentorId: Id });
export type MentorParams = z.infer<typeof MentorParams>;
export const IntroductionParams = z.object({ introductionId: Id });
export type IntroductionParams = z.infer<typeof IntroductionParams>;

/** Mentors best match first, each score explained; paged with `cursor` in the body. */
export const searchMentors = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/mentors/search', body: MentorSearchQuery, response: MentorMatchPage, readOnly: true });

export const getMentor = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/mentors/:mentorId', params: MentorParams, response: MentorProfile });

/** The calling mentor's own profile. */
export const getOwnMentorProfile = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/me/mentor', response: MentorProfile });

/** The calling mentor pauses (no new requests) or resumes. */
export const pauseOwnMentorProfile = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/me/mentor/pause', body: PauseRequest, response: MentorProfile, idempotent: true, changes: MENTORING_READS });

export const createIntroduction = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/introductions', body: IntroductionCreate, response: IntroductionRequest, status: 201, idempotent: true, changes: MENTORING_READS });

/** The calling mentee's requests, newest first; contact details once accepted. */
export const listIntroductions = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/introductions', query: PageQuery, response: MenteeIntroductionList });

export const followUpIntroduction = /* @__PURE__ */ defineOperation({
  changes: MENTORING_READS,
  method: 'POST', path: '/v1/introductions/:introductionId/follow-up', params: IntroductionParams, body: IntroductionFollowUp, response: IntroductionRequest, idempotent: true, versioned: true,
});

/** Open requests to the calling mentor, newest first. */
export const listMentorIntroductions = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/mentor-introductions', query: PageQuery, response: IntroductionList });

export const replyToIntroduction = /* @__PURE__ */ defineOperation({
  changes: MENTORING_READS,
  method: 'POST', path: '/v1/mentor-introductions/:introductionId/reply', params: IntroductionParams, body: IntroductionReply, response: IntroductionRequest, idempotent: true, versioned: true,
});

/** Expires overdue requests and reminds mentors (a scheduler calls it with the secret key). */
export const sweepIntroductions = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/introductions/sweep', response: SweepResult, changes: MENTORING_READS });

export const listFavourites = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/favourites', response: FavouriteList });

/** Saves a mentor (saving twice is harmless). */
export const addFavourite = /* @__PURE__ */ defineOperation({ method: 'PUT', path: '/v1/favourites/:mentorId', params: MentorParams, response: Favourite, changes: MENTORING_READS });

export const removeFavourite = /* @__PURE__ */ defineOperation({ method: 'DELETE', path: '/v1/favourites/:mentorId', params: MentorParams, response: z.undefined(), status: 204, changes: MENTORING_READS });

export const mentorOperations = [
  searchMentors, getMentor, getOwnMentorProfile, pauseOwnMentorProfile, createIntroduction, listIntroductions, followUpIntroduction,
  listMentorIntroductions, replyToIntroduction, sweepIntroductions, listFavourites, addFavourite, removeFavourite,
];
