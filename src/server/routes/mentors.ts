/**
 * Mentors: search with explained scores, public cards, introductions (a mentee asks, the
 * mentor answers), pausing, favourites, and the expiry and reminder sweep.
 *
 * Contact details appear in one place only: a mentee's own list of introductions, for
 * the requests the mentor accepted. Every other response carries the public card.
 * The server keeps nothing in memory: the sweep is a route that a coordinator's
 * scheduler (or the host's cron) calls.
 */
import * as z from 'zod/mini';
import { Id } from '../../api/common.js';
import {
  Favourite,
  IntroductionCreate,
  IntroductionFollowUp,
  IntroductionReply,
  IntroductionRequest,
  MenteeIntroduction,
  MentorMatchPage,
  MentorProfile,
  MentorSearchQuery,
} from '../../api/mentor.js';
import { rotationSeed } from '../../core/mentor/index.js';
import type { Principal } from '../auth.js';
import type { Queryable } from '../db/types.js';
import { HttpProblem } from '../problem.js';
import { component, defineRoute, type RouteModule } from '../route.js';
import { DEMO_ORGANISATION_ID } from '../seed/foundation.js';
import { seedMentors } from '../seed/mentors/index.js';
import {
  addFavourite,
  createIntroduction,
  expireAndRemind,
  followUpIntroduction,
  getMentor,
  getMentorByUser,
  listFavourites,
  listIntroductionsForMentee,
  listIntroductionsForMentor,
  MentorStoreError,
  pauseMentor,
  removeFavourite,
  respondToIntroduction,
  searchMentors,
} from '../store/mentors.js';

component('MentorProfile', MentorProfile);
component('MentorSearchQuery', MentorSearchQuery);
component('MentorMatchPage', MentorMatchPage);
component('IntroductionRequest', IntroductionRequest);
component('IntroductionCreate', IntroductionCreate);
component('IntroductionReply', IntroductionReply);
component('IntroductionFollowUp', IntroductionFollowUp);
component('MenteeIntroduction', MenteeIntroduction);
component('Favourite', Favourite);

/** Runs a store call and turns its refusals into problems (a stale version carries the current request). */
async function store<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof MentorStoreError) {
      throw new HttpProblem(error.code, error.message, { reason: error.reason, ...(error.current === undefined ? {} : { current: error.current }) });
    }
    throw error;
  }
}

/** The rotation seed: per mentee and day with a token, per key and day without one. */
function searchSeed(principal: Principal, now = new Date()): number {
  const day = now.toISOString().slice(0, 10);
  return rotationSeed(principal.user?.id ?? `key:${principal.keyId ?? principal.organisationId}`, day);
}

/** The mentor record behind a mentor's token. */
async function ownMentorId(db: Queryable, principal: Principal & { user: NonNullable<Principal['user']> }): Promise<string> {
  const mentor = await getMentorByUser(db, principal.organisationId, principal.user.id);
  if (!mentor) throw new HttpProblem('not_found', 'This user has no mentor profile in this organisation; ask your coordinator to link one.');
  return mentor.id;
}

const MentorParams = z.object({ mentorId: Id });
const IntroductionParams = z.object({ introductionId: Id });
const PauseBody = z.object({ paused: z.boolean() });
const IntroductionList = z.object({ items: z.array(IntroductionRequest) });
const MenteeIntroductionList = z.object({ items: z.array(MenteeIntroduction) });
const FavouriteList = z.object({ items: z.array(Favourite) });
const SweepResult = z.object({ expired: z.int(), reminded: z.int() });

export const mentorRoutes: RouteModule = {
  name: 'mentors',
  seeders: [{ name: 'mentors', run: async (db) => void (await seedMentors(db, DEMO_ORGANISATION_ID)) }],
  routes: [
    defineRoute({
      method: 'POST',
      path: '/v1/mentors/search',
      summary: 'Search mentors, best match first, with each score explained',
      description:
        'Criteria are preferences unless listed in `require`; `offers` always filters. Only mentors who are active and below capacity appear. ' +
        'With a mentee token the order among near-equal mentors rotates per mentee and day. Never returns contact details.',
      tags: ['mentors'],
      auth: 'key',
      body: MentorSearchQuery,
      response: MentorMatchPage,
      handler: async ({ body, db, principal }) => store(() => searchMentors(db, principal.organisationId, body, { seed: searchSeed(principal) })),
    }),
    defineRoute({
      method: 'GET',
      path: '/v1/mentors/:mentorId',
      summary: 'A mentor\'s public card',
      tags: ['mentors'],
      auth: 'key',
      params: MentorParams,
      response: MentorProfile,
      handler: async ({ params, db, principal }) => {
        const mentor = await getMentor(db, principal.organisationId, params.mentorId);
        if (!mentor) throw new HttpProblem('not_found', `No mentor "${params.mentorId}" in this organisation.`);
        return mentor;
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/v1/me/mentor',
      summary: 'The mentor profile of the calling mentor',
      tags: ['mentors'],
      auth: 'user',
      roles: ['mentor'],
      response: MentorProfile,
      handler: async ({ db, principal }) => {
        const mentor = await getMentorByUser(db, principal.organisationId, principal.user.id);
        if (!mentor) throw new HttpProblem('not_found', 'This user has no mentor profile in this organisation; ask your coordinator to link one.');
        return mentor;
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/v1/me/mentor/pause',
      summary: 'Pause (no new requests) or resume',
      tags: ['mentors'],
      auth: 'user',
      roles: ['mentor'],
      idempotent: true,
      body: PauseBody,
      response: MentorProfile,
      handler: async ({ body, db, principal }) => store(async () => pauseMentor(db, principal.organisationId, await ownMentorId(db, principal), body.paused)),
    }),
    defineRoute({
      method: 'POST',
      path: '/v1/introductions',
      summary: 'Ask a mentor for an introduction',
      description: 'Refused when the mentor is paused or full (422), when the mentee has the most open requests allowed (422), or already has one open with this mentor (409).',
      tags: ['introductions'],
      auth: 'user',
      roles: ['mentee'],
      idempotent: true,
      status: 201,
      body: IntroductionCreate,
      response: IntroductionRequest,
      handler: async ({ body, db, principal }) => store(() => createIntroduction(db, principal.organisationId, principal.user.id, body)),
    }),
    defineRoute({
      method: 'GET',
      path: '/v1/introductions',
      summary: 'The calling mentee\'s requests, newest first; contact details once accepted',
      tags: ['introductions'],
      auth: 'user',
      roles: ['mentee'],
      response: MenteeIntroductionList,
      handler: async ({ db, principal }) => ({ items: await listIntroductionsForMentee(db, principal.organisationId, principal.user.id) }),
    }),
    defineRoute({
      method: 'POST',
      path: '/v1/introductions/:introductionId/follow-up',
      summary: 'The mentee answers the mentor\'s question, or withdraws',
      tags: ['introductions'],
      auth: 'user',
      roles: ['mentee'],
      idempotent: true,
      versioned: true,
      params: IntroductionParams,
      body: IntroductionFollowUp,
      response: IntroductionRequest,
      handler: async ({ params, body, db, principal }) =>
        store(() => followUpIntroduction(db, principal.organisationId, principal.user.id, params.introductionId, body)),
    }),
    defineRoute({
      method: 'GET',
      path: '/v1/mentor-introductions',
      summary: 'Open requests to the calling mentor, newest first',
      tags: ['introductions'],
      auth: 'user',
      roles: ['mentor'],
      response: IntroductionList,
      handler: async ({ db, principal }) => ({ items: await listIntroductionsForMentor(db, principal.organisationId, await ownMentorId(db, principal)) }),
    }),
    defineRoute({
      method: 'POST',
      path: '/v1/mentor-introductions/:introductionId/reply',
      summary: 'The mentor accepts, declines with a kind reason, or asks a question',
      tags: ['introductions'],
      auth: 'user',
      roles: ['mentor'],
      idempotent: true,
      versioned: true,
      params: IntroductionParams,
      body: IntroductionReply,
      response: IntroductionRequest,
      handler: async ({ params, body, db, principal }) =>
        store(async () => respondToIntroduction(db, principal.organisationId, await ownMentorId(db, principal), params.introductionId, body)),
    }),
    defineRoute({
      method: 'POST',
      path: '/v1/introductions/sweep',
      summary: 'Expire overdue requests and remind mentors (for a scheduler)',
      description: 'Run it from a scheduler with the secret key, e.g. hourly. Safe to repeat: a request expires once and a mentor is reminded once.',
      tags: ['introductions'],
      auth: 'secret',
      response: SweepResult,
      handler: async ({ db, principal }) => {
        const { expired, reminded } = await expireAndRemind(db, principal.organisationId);
        return { expired: expired.length, reminded: reminded.length };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/v1/favourites',
      summary: 'The calling mentee\'s saved mentors',
      tags: ['mentors'],
      auth: 'user',
      roles: ['mentee'],
      response: FavouriteList,
      handler: async ({ db, principal }) => ({ items: await listFavourites(db, principal.organisationId, principal.user.id) }),
    }),
    defineRoute({
      method: 'PUT',
      path: '/v1/favourites/:mentorId',
      summary: 'Save a mentor (saving twice is harmless)',
      tags: ['mentors'],
      auth: 'user',
      roles: ['mentee'],
      params: MentorParams,
      response: Favourite,
      handler: async ({ params, db, principal }) => store(() => addFavourite(db, principal.organisationId, principal.user.id, params.mentorId)),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/v1/favourites/:mentorId',
      summary: 'Forget a saved mentor',
      tags: ['mentors'],
      auth: 'user',
      roles: ['mentee'],
      params: MentorParams,
      status: 204,
      response: z.undefined(),
      handler: async ({ params, db, principal }) => {
        await removeFavourite(db, principal.organisationId, principal.user.id, params.mentorId);
        return undefined;
      },
    }),
  ],
};
