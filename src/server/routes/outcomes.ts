/**
 * Outcomes: a mentee's intake, follow-ups and consent; mentors' feedback; the organisation's
 * settings and the program's figures for coordinators. The store (`../store/outcomes.ts`) keeps
 * each person to their own data; the figures count only consenting mentees and withhold small numbers.
 */
import { DueFollowUp, Enrolment, Figure, MentorFeedback, MetricsFilterOptions, OutcomeSettings, ProgramMetrics } from '../../api/outcomes.js';
import {
  answerFollowUp, createEnrolment, createMentorFeedback, getEnrolment, getMetricsFilterOptions, getOutcomeSettings, getProgramMetrics, listDueFollowUps,
  updateEnrolment, updateOutcomeSettings,
} from '../../api/operations/outcomes.js';
import { component, route, type RouteModule } from '../route.js';
import { paged } from '../wire.js';
import { seedDemoCohort } from '../seed/outcomes/cohort.js';
import * as store from '../store/outcomes.js';

component('Enrolment', Enrolment);
component('DueFollowUp', DueFollowUp);
component('MentorFeedback', MentorFeedback);
component('OutcomeSettings', OutcomeSettings);
component('Figure', Figure);
component('ProgramMetrics', ProgramMetrics);
component('MetricsFilterOptions', MetricsFilterOptions);

const tags = ['outcomes'];

export const outcomeRoutes: RouteModule = {
  name: 'outcomes',
  tags: { outcomes: 'What happens to mentees after they enter the program (intake, follow-ups, consent) and the program\'s figures, small numbers withheld.' },
  seeders: [{ name: 'outcomes-demo-cohort', demoOnly: true, run: seedDemoCohort }],
  routes: [
    route(createEnrolment, {
      summary: 'The calling mentee enters the program with the intake',
      description: 'Once per mentee: a second entry is 409 `conflict` with `current`. `gender` is kept only with `consent.gender`.',
      tags,
      auth: 'user',
      roles: ['mentee'],
      refusals: { 409: 'The mentee has already entered the program (`conflict`, with `current`).' },
      handler: async ({ db, actor, body }) => store.createEnrolment(db, actor.organisationId, actor.userId, body),
    }),
    route(getEnrolment, {
      summary: 'The calling mentee\'s enrolment, answers, consent and follow-ups',
      description: '`null` before the mentee entered the program (not an error: a page asks this on every visit).',
      tags,
      auth: 'user',
      roles: ['mentee'],
      handler: async ({ db, actor }) => store.getEnrolment(db, actor.organisationId, actor.userId),
    }),
    route(updateEnrolment, {
      summary: 'Record a first role in the field, leaving the program, or change consent',
      description: 'Withdrawing consent for the figures takes the mentee out of them from then on; withdrawing consent for gender forgets it.',
      tags,
      auth: 'user',
      roles: ['mentee'],
      refusals: { 404: 'The mentee has not entered the program yet (`not_found`).' },
      handler: async ({ db, actor, body, expectedVersion }) => store.updateEnrolment(db, actor.organisationId, actor.userId, expectedVersion, body),
    }),
    route(answerFollowUp, {
      summary: 'Answer (or correct) the follow-up due some months after entry',
      description: 'A month not in the mentee\'s schedule is 404; one not yet due is 400 naming `month`.',
      tags,
      auth: 'user',
      roles: ['mentee'],
      handler: async ({ db, actor, params, body }) => store.answerFollowUp(db, actor.organisationId, actor.userId, params.month, body),
    }),
    route(listDueFollowUps, {
      summary: 'Follow-ups due and not answered, longest waiting first',
      description: 'Names and dates only, never the answers. People who left the program are not listed.',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor, query }) => paged(`due-follow-ups${query.sort ? `-${query.sort}` : ''}`, query, (window) => store.listDueFollowUps(db, actor.organisationId, window, query.sort)),
    }),
    route(createMentorFeedback, {
      summary: 'A mentor\'s feedback on the program',
      tags,
      auth: 'user',
      roles: ['mentor'],
      handler: async ({ db, actor, body }) => store.createMentorFeedback(db, actor.organisationId, actor.userId, body),
    }),
    route(getOutcomeSettings, {
      summary: 'The follow-up schedule and the minimum cell size of the figures',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor }) => store.getOutcomeSettings(db, actor.organisationId),
    }),
    route(updateOutcomeSettings, {
      summary: 'Set the follow-up schedule for new entries and the minimum cell size (at least 5)',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor, body }) => store.updateOutcomeSettings(db, actor.organisationId, body),
    }),
    route(getProgramMetrics, {
      summary: 'The program\'s figures for a cohort, occupation and jurisdiction',
      description:
        'Counts only mentees who consent. A figure describing fewer people than the minimum cell size, or one that could be worked out from a broader view or from the other groups of a breakdown, is `withheld` with no value. Medians of waiting times are Kaplan–Meier estimates: people still waiting count as waiting.',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor, query }) => store.programMetrics(db, actor.organisationId, query),
    }),
    route(getMetricsFilterOptions, {
      summary: 'The cohorts, occupations and jurisdictions the program\'s figures can be filtered by',
      description: 'Only values found among the organisation\'s mentees who consent to count in the figures, so a filter never offers a group the program does not have.',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor }) => store.metricsFilterOptions(db, actor.organisationId),
    }),
  ],
};
