/** Operations of the coordinator's desk: active mentorships with the stuck flag, mentor load, mentees waiting for a match. */
import { defineOperation } from '../operation.js';
import { DeskMentorshipPage, DeskMentorshipQuery, MentorLoadPage, MentorLoadQuery, WaitingMenteePage, WaitingMenteeQuery } from '../coordinator-desk.js';

/** Active mentorships with their last check-in and whether they are stuck (coordinators). */
export const listDeskMentorships = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/desk/mentorships', query: DeskMentorshipQuery, response: DeskMentorshipPage });

/** Each approved mentor's places used against capacity (coordinators). */
export const listMentorLoad = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/desk/mentor-load', query: MentorLoadQuery, response: MentorLoadPage });

/** Mentees who asked for a mentor and are not matched, longest waiting first by default (coordinators). */
export const listWaitingMentees = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/desk/waiting-mentees', query: WaitingMenteeQuery, response: WaitingMenteePage });

export const coordinatorDeskOperations = [listDeskMentorships, listMentorLoad, listWaitingMentees];
