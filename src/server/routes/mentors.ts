/**
 * Mentors: search with explained scores, public cards, introductions (a mentee asks, the
 * mentor answers), pausing, favourites, and the expiry and reminder sweep.
 *
 * Contact details appear in one place only: a mentee's own list of introductions, for
 * the requests the mentor accepted. Every other response carries the public card.
 * The server keeps nothing in memory: the sweep is a route that a coordinator's
 * scheduler (or the host's cron) calls.
 */
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
import {
  addFavourite, createIntroduction, followUpIntroduction, getMentor, getOwnMentorProfile, listFavourites, listIntroductions, listMentorIntroductions,
  pauseOwnMentorProfile, removeFavourite, replyToIntroduction, searchMentors, sweepIntroductions,
} from '../../api/operations/mentors.js';
import { rotationSeed } from '../../core/mentor/index.js';
import type { RequestActor } from '../actor.js';
import type { Principal } from '../auth.js';
import type { Queryable } from '../db/types.js';
import { component, route, type RouteModule } from '../route.js';
import { DEMO_ORGANISATION_ID } from '../seed/foundation.js';
import { seedMentors } from '../seed/mentors/index.js';
import * as store from '../store/mentors.js';
import { isoDay, paged, pagedByPosition } from '../wire.js';

component('MentorProfile', MentorProfile);
component('MentorSearchQuery', MentorSearchQuery);
component('MentorMatchPage', MentorMatchPage);
component('IntroductionRequest', IntroductionRequest);
component('IntroductionCreate', IntroductionCreate);
component('IntroductionReply', IntroductionReply);
component('IntroductionFollowUp', IntroductionFollowUp);
component('MenteeIntroduction', MenteeIntroduction);
component('Favourite', Favourite);

/** The rotation seed: per mentee and day with a token, per key and day without one. */
function searchSeed(principal: Principal): number {
  return rotationSeed(principal.user?.id ?? `key:${principal.keyId ?? principal.organisationId}`, isoDay());
}

/** The mentor record behind a mentor's token. */
async function ownMentorId(db: Queryable, actor: RequestActor): Promise<string> {
  return (await store.getMentorByUser(db, actor.organisationId, actor.userId)).id;
}

export const mentorRoutes: RouteModule = {
  name: 'mentors',
  tags: {
    mentors: 'Mentor search with explained scores, public cards, pausing, and a mentee\'s saved mentors.',
    introductions: 'Introduction requests between mentees and mentors, their answers, and the expiry sweep.',
  },
  seeders: [{ name: 'mentors', demoOnly: true, run: async (db) => void (await seedMentors(db, DEMO_ORGANISATION_ID)) }],
  routes: [
    route(searchMentors, {
      summary: 'Search mentors, best match first, with each score explained',
      description:
        'Criteria are preferences unless listed in `require`; `offers` always filters. Only mentors who are active and below capacity appear. ' +
        'With a mentee token the order among near-equal mentors rotates per mentee and day. Never returns contact details.',
      tags: ['mentors'],
      auth: 'key',
      handler: async ({ body, db, principal }) => store.searchMentors(db, principal.organisationId, body, { seed: searchSeed(principal) }),
    }),
    route(getMentor, {
      summary: 'A mentor\'s public card',
      tags: ['mentors'],
      auth: 'key',
      handler: async ({ params, db, principal }) => store.getMentor(db, principal.organisationId, params.mentorId),
    }),
    route(getOwnMentorProfile, {
      summary: 'The mentor profile of the calling mentor',
      tags: ['mentors'],
      auth: 'user',
      roles: ['mentor'],
      handler: async ({ db, actor }) => store.getMentorByUser(db, actor.organisationId, actor.userId),
    }),
    route(pauseOwnMentorProfile, {
      summary: 'Pause (no new requests) or resume',
      tags: ['mentors'],
      auth: 'user',
      roles: ['mentor'],
      handler: async ({ body, db, actor }) => store.pauseMentor(db, actor.organisationId, await ownMentorId(db, actor), body.paused),
    }),
    route(createIntroduction, {
      summary: 'Ask a mentor for an introduction',
      description: 'Refused when the mentor is paused or full (422), when the mentee has the most open requests allowed (422), or already has one open with this mentor (409).',
      tags: ['introductions'],
      refusals: {
        404: 'No such mentor in this organisation (`not_found`).',
        409: 'The mentee already has an open request with this mentor (`conflict`, `reason` says which rule).',
        422: 'The mentor is paused or full, or the mentee has the most open requests allowed (`unprocessable`, `reason` says which rule).',
      },
      auth: 'user',
      roles: ['mentee'],
      handler: async ({ body, db, actor }) => store.createIntroduction(db, actor.organisationId, actor.userId, body),
    }),
    route(listIntroductions, {
      summary: 'The calling mentee\'s requests, newest first; contact details once accepted',
      tags: ['introductions'],
      auth: 'user',
      roles: ['mentee'],
      handler: async ({ db, actor, query }) => pagedByPosition('introductions', query, (window) => store.listIntroductionsForMentee(db, actor.organisationId, actor.userId, window), (item) => item.request.id),
    }),
    route(followUpIntroduction, {
      summary: 'The mentee answers the mentor\'s question, or withdraws',
      tags: ['introductions'],
      auth: 'user',
      roles: ['mentee'],
      handler: async ({ params, body, db, actor }) => store.followUpIntroduction(db, actor.organisationId, actor.userId, params.introductionId, body),
    }),
    route(listMentorIntroductions, {
      summary: 'Open requests to the calling mentor, newest first',
      tags: ['introductions'],
      auth: 'user',
      roles: ['mentor'],
      handler: async ({ db, actor, query }) => {
        const mentorId = await ownMentorId(db, actor);
        return pagedByPosition('mentor-introductions', query, (window) => store.listIntroductionsForMentor(db, actor.organisationId, mentorId, { window }), (request) => request.id);
      },
    }),
    route(replyToIntroduction, {
      summary: 'The mentor accepts, declines with a kind reason, or asks a question',
      tags: ['introductions'],
      auth: 'user',
      roles: ['mentor'],
      handler: async ({ params, body, db, actor }) => store.respondToIntroduction(db, actor.organisationId, await ownMentorId(db, actor), params.introductionId, body),
    }),
    route(sweepIntroductions, {
      summary: 'Expire overdue requests and remind mentors (for a scheduler)',
      description: 'Run it from a scheduler with the secret key, e.g. hourly. Safe to repeat: a request expires once and a mentor is reminded once.',
      tags: ['introductions'],
      auth: 'secret',
      handler: async ({ db, principal }) => {
        const { expired, reminded } = await store.expireAndRemind(db, principal.organisationId);
        return { expired: expired.length, reminded: reminded.length };
      },
    }),
    route(listFavourites, {
      summary: 'The calling mentee\'s saved mentors',
      tags: ['mentors'],
      auth: 'user',
      roles: ['mentee'],
      handler: async ({ db, actor }) => ({ items: await store.listFavourites(db, actor.organisationId, actor.userId) }),
    }),
    route(addFavourite, {
      summary: 'Save a mentor (saving twice is harmless)',
      tags: ['mentors'],
      auth: 'user',
      roles: ['mentee'],
      handler: async ({ params, db, actor }) => store.addFavourite(db, actor.organisationId, actor.userId, params.mentorId),
    }),
    route(removeFavourite, {
      summary: 'Forget a saved mentor (forgetting one not saved is harmless)',
      description: 'Answers 204 whether or not the mentor was saved, so a repeated request is harmless; 404 only when there is no such mentor in the organisation, as for saving.',
      tags: ['mentors'],
      auth: 'user',
      roles: ['mentee'],
      handler: async ({ params, db, actor }) => {
        await store.removeFavourite(db, actor.organisationId, actor.userId, params.mentorId);
        return undefined;
      },
    }),
  ],
};
