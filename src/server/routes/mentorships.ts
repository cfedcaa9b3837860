/**
 * Mentorships from acceptance to closure, a mentor's current mentees, the coordinators'
 * approval queue and the organisation's settings for requests. The store
 * (`../store/mentors/`) decides who may see what: a mentorship is visible to its two sides
 * and the organisation's coordinators, and not found for anyone else.
 */
import { AgreementChange, CurrentMentee, Mentorship, MentorshipAgreement, MentorshipSettings, QueueDecision, QueuedIntroduction } from '../../api/mentorship.js';
import {
  answerAgreementChange, closeMentorship, confirmMentorshipAgreement, decideQueuedIntroduction, getMentorship, getMentorshipSettings, listCurrentMentees, listIntroductionQueue,
  listMentorships, proposeAgreementChange, setMentorshipAgreement, updateMentorshipSettings,
} from '../../api/operations/mentorships.js';
import { component, route, type RouteModule } from '../route.js';
import * as store from '../store/mentors.js';
import { paged } from '../wire.js';

component('Mentorship', Mentorship);
component('MentorshipAgreement', MentorshipAgreement);
component('AgreementChange', AgreementChange);
component('CurrentMentee', CurrentMentee);
component('MentorshipSettings', MentorshipSettings);
component('QueuedIntroduction', QueuedIntroduction);
component('QueueDecision', QueueDecision);

const tags = ['mentorships'];

export const mentorshipRoutes: RouteModule = {
  name: 'mentorships',
  tags: { mentorships: 'Mentorships from acceptance to closure, a mentor\'s mentees, the coordinators\' approval queue and the organisation\'s request settings.' },
  routes: [
    route(listMentorships, {
      summary: 'The caller\'s mentorships, newest first',
      description: 'A mentee\'s or a mentor\'s own; a coordinator\'s: all of the organisation\'s. Open ones (agreeing or active) unless `status` says otherwise.',
      tags,
      auth: 'user',
      roles: ['mentee', 'mentor', 'coordinator'],
      handler: async ({ db, actor, query }) => paged('mentorships', query, (window) => store.listMentorships(db, actor, query.status, window)),
    }),
    route(getMentorship, {
      summary: 'One mentorship',
      tags,
      auth: 'user',
      roles: ['mentee', 'mentor', 'coordinator'],
      handler: async ({ db, actor, params }) => store.getMentorship(db, actor, params.mentorshipId),
    }),
    route(setMentorshipAgreement, {
      summary: 'Propose or edit the agreement',
      description: 'Goals, meeting cadence, hours per month and expected end date. The side that sends it has confirmed it; the other side must confirm it again. Only while the mentorship is being agreed; an active one changes by `POST .../agreement-change`.',
      tags,
      auth: 'user',
      roles: ['mentee', 'mentor'],
      refusals: { 422: 'the mentorship is active or closed already (`unprocessable`, reason `not-agreeing`)' },
      handler: async ({ db, actor, params, body, expectedVersion }) => {
        const { version: _version, ...agreement } = body;
        return store.setAgreement(db, actor, params.mentorshipId, expectedVersion!, agreement);
      },
    }),
    route(confirmMentorshipAgreement, {
      summary: 'Confirm the agreement',
      description: 'Once both sides have confirmed the same agreement, the mentorship is active.',
      tags,
      auth: 'user',
      roles: ['mentee', 'mentor'],
      refusals: { 422: 'no agreement yet, or the mentorship is not being agreed (`unprocessable`, reason `no-agreement` or `not-agreeing`)' },
      handler: async ({ db, actor, params, expectedVersion }) => store.confirmAgreement(db, actor, params.mentorshipId, expectedVersion!),
    }),
    route(proposeAgreementChange, {
      summary: 'Propose a change to the active agreement',
      description: 'Goals, meeting cadence, hours per month and expected end date, as `proposedChange`. The confirmed agreement stands until the other side accepts the change; a new proposal replaces an unanswered one.',
      tags,
      auth: 'user',
      roles: ['mentee', 'mentor'],
      refusals: { 422: 'the mentorship is still being agreed, or closed (`unprocessable`, reason `not-active`)' },
      handler: async ({ db, actor, params, body, expectedVersion }) => {
        const { version: _version, ...change } = body;
        return store.proposeAgreementChange(db, actor, params.mentorshipId, expectedVersion!, change);
      },
    }),
    route(answerAgreementChange, {
      summary: 'Accept or decline a proposed change, or withdraw one\'s own',
      description: 'The other side accepts (the change becomes the agreement, confirmed by both, and `agreementVersion` goes up by one) or declines it; the side that proposed it may withdraw it.',
      tags,
      auth: 'user',
      roles: ['mentee', 'mentor'],
      refusals: {
        403: 'answering one\'s own proposal, or withdrawing the other side\'s (`forbidden`, reason `own-proposal` or `not-the-proposer`)',
        422: 'no change is proposed, or the mentorship is not active (`unprocessable`, reason `no-change-proposed` or `not-active`)',
      },
      handler: async ({ db, actor, params, body, expectedVersion }) => store.answerAgreementChange(db, actor, params.mentorshipId, expectedVersion!, body.action),
    }),
    route(closeMentorship, {
      summary: 'Close the mentorship',
      description: 'Either side, or a coordinator, closes it with a reason and optional feedback. The mentor\'s place is free at once, and the mentee may ask any mentor again.',
      tags,
      auth: 'user',
      roles: ['mentee', 'mentor', 'coordinator'],
      refusals: { 422: 'closed already (`unprocessable`, reason `already-closed`)' },
      handler: async ({ db, actor, params, body, expectedVersion }) => store.closeMentorship(db, actor, params.mentorshipId, { ...body, version: expectedVersion! }),
    }),
    route(listCurrentMentees, {
      summary: 'The calling mentor\'s current mentees',
      description: 'Mentorships not closed, newest first: the mentee\'s name, the agreed goals, the mentee\'s latest plan shared with this mentor and its last check-in.',
      tags,
      auth: 'user',
      roles: ['mentor'],
      handler: async ({ db, actor, query }) => paged('mentor-mentees', query, (window) => store.listCurrentMentees(db, actor, window)),
    }),
    route(listIntroductionQueue, {
      summary: 'Requests waiting for a coordinator\'s approval, oldest first',
      description: 'With coordinator approval switched on (`PATCH /v1/mentorship-settings`), requests wait here before any mentor sees them.',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor, query }) => paged(`introduction-queue${query.sort ? `-${query.sort}` : ''}`, query, (window) => store.listQueue(db, actor.organisationId, window, query.sort)),
    }),
    route(decideQueuedIntroduction, {
      summary: 'Approve a queued request, propose another mentor, or decline it',
      description: 'Approving passes the request to its mentor and takes one of their places; proposing passes it to another mentor instead (the request keeps `requestedMentorId`); declining answers the mentee with a reason and an optional note.',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      refusals: {
        409: 'the request is not waiting in the queue, or the mentee already has a request with or a mentorship with the proposed mentor (`conflict`, `reason` says which)',
        422: 'the mentor is paused or full (`unprocessable`, reason `mentor-paused` or `mentor-at-capacity`)',
      },
      handler: async ({ db, actor, params, body }) => store.decideQueued(db, actor, params.introductionId, body),
    }),
    route(getMentorshipSettings, {
      summary: 'The organisation\'s settings for requests and mentorships',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor }) => store.getMentorshipSettings(db, actor.organisationId),
    }),
    route(updateMentorshipSettings, {
      summary: 'Change the settings for requests and mentorships',
      description: 'How many days a request waits for an answer before it expires (1 to 90), whether coordinators approve requests first, and after how many days without a check-in a mentorship is stuck. New requests follow the change; the change is in the audit log.',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor, body }) => store.updateMentorshipSettings(db, actor.organisationId, { kind: 'user', id: actor.userId }, body),
    }),
  ],
};
