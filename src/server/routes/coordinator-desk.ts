/**
 * The coordinator's desk: active mentorships with the stuck flag, mentors' load and mentees
 * waiting for a match. Coordinators only, each their own organisation's; every list is paged
 * by position (a cursor of one sort is refused by another) and sorted on the keys it names.
 */
import { DeskMentorship, MentorLoad, WaitingMentee } from '../../api/coordinator-desk.js';
import { listDeskMentorships, listMentorLoad, listWaitingMentees } from '../../api/operations/coordinator-desk.js';
import { component, route, type RouteModule } from '../route.js';
import { seedDemoDesk } from '../seed/mentors/desk.js';
import * as store from '../store/desk.js';
import { pagedByPosition } from '../wire.js';

component('DeskMentorship', DeskMentorship);
component('MentorLoad', MentorLoad);
component('WaitingMentee', WaitingMentee);

const tags = ['coordinator-desk'];

export const coordinatorDeskRoutes: RouteModule = {
  name: 'coordinator-desk',
  seeders: [{ name: 'coordinator-desk-demo', demoOnly: true, run: (db) => seedDemoDesk(db) }],
  tags: { 'coordinator-desk': 'What a coordinator watches: stuck mentorships, mentors\' load, mentees waiting for a match.' },
  routes: [
    route(listDeskMentorships, {
      summary: 'Active mentorships with their last check-in and whether they are stuck',
      description:
        'The last check-in is the latest on the mentee\'s plans shared with the mentor. A mentorship is stuck when it had no check-in (since it started) for the organisation\'s `stuckAfterDays` (`PATCH /v1/mentorship-settings`). Sorted by `quietest` (default), `newest` or `mentee`.',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor, query }) => {
        const sort = query.sort ?? 'quietest';
        return pagedByPosition(`desk-mentorships-${sort}`, query, (window) => store.listDeskMentorships(db, actor.organisationId, sort, window), (item) => item.mentorshipId);
      },
    }),
    route(listMentorLoad, {
      summary: 'Approved mentors\' places used against capacity',
      description: 'Open requests a mentor can see and mentorships not closed each hold a place. `state` says who is full, who waits idle and who is paused. Sorted by `fullest` (default), `idlest` or `name`.',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor, query }) => {
        const sort = query.sort ?? 'fullest';
        return pagedByPosition(`desk-mentor-load-${sort}`, query, (window) => store.listMentorLoad(db, actor.organisationId, sort, window), (item) => item.mentorId);
      },
    }),
    route(listWaitingMentees, {
      summary: 'Mentees waiting for a match',
      description: 'Mentees who asked for a mentor and have no mentorship (since their last one closed), with when they started waiting. Sorted by `longest` (default) or `name`.',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor, query }) => {
        const sort = query.sort ?? 'longest';
        return pagedByPosition(`desk-waiting-mentees-${sort}`, query, (window) => store.listWaitingMentees(db, actor.organisationId, sort, window), (item) => item.mentee.id);
      },
    }),
  ],
};
