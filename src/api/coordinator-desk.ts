/**
 * The coordinator's desk: what a program's coordinators watch besides the queues they decide
 * on. Active mentorships with their last check-in and whether they are stuck (no check-in for
 * the organisation's `stuckAfterDays`), each mentor's load (places used against capacity, open
 * requests counted), and the mentees who have waited longest for a match. Every list is paged
 * by position and sorted on the keys its query names.
 */
import * as z from 'zod/mini';
import { Count, Id, IsoDate, IsoDateTime, Page, PageQuery, PositiveInt } from './common.js';
import { Party } from './mentorship.js';

/** An active mentorship as the desk lists it. */
export const DeskMentorship = z.object({
  mentorshipId: Id,
  mentee: Party,
  mentor: Party,
  startedAt: IsoDateTime,
  /** The latest check-in on the mentee's plans shared with the mentor; `null` before the first. */
  lastCheckIn: z.nullable(IsoDate),
  /** Whole days since the last check-in (since the start, before any). */
  quietDays: Count,
  /** No check-in for more than the organisation's `stuckAfterDays`. */
  stuck: z.boolean(),
  version: PositiveInt,
});
export type DeskMentorship = z.infer<typeof DeskMentorship>;
export const DeskMentorshipPage = Page(DeskMentorship);
export type DeskMentorshipPage = z.infer<typeof DeskMentorshipPage>;

/** `quietest`: longest without a check-in first (the stuck ones on top); `newest`: started last first; `mentee`: by the mentee's name. */
export const DeskMentorshipSort = z.enum(['quietest', 'newest', 'mentee']);
export type DeskMentorshipSort = z.infer<typeof DeskMentorshipSort>;
export const DeskMentorshipQuery = z.extend(PageQuery, { sort: z.optional(DeskMentorshipSort) });
export type DeskMentorshipQuery = z.infer<typeof DeskMentorshipQuery>;

/** `paused`: takes no requests now; `full`: every place used; `idle`: no place used; `available`: in between. */
export const MentorLoadState = z.enum(['full', 'idle', 'available', 'paused']);
export type MentorLoadState = z.infer<typeof MentorLoadState>;

/** One approved mentor's load. Open requests hold a place as mentorships do. */
export const MentorLoad = z.object({
  mentorId: Id,
  displayName: z.string(),
  capacity: Count,
  /** Places held: open requests plus mentorships not closed. */
  placesUsed: Count,
  openRequests: Count,
  mentorships: Count,
  state: MentorLoadState,
});
export type MentorLoad = z.infer<typeof MentorLoad>;
export const MentorLoadPage = Page(MentorLoad);
export type MentorLoadPage = z.infer<typeof MentorLoadPage>;

/** `fullest`: highest share of places used first; `idlest`: lowest first; `name`: by name. */
export const MentorLoadSort = z.enum(['fullest', 'idlest', 'name']);
export type MentorLoadSort = z.infer<typeof MentorLoadSort>;
export const MentorLoadQuery = z.extend(PageQuery, { sort: z.optional(MentorLoadSort) });
export type MentorLoadQuery = z.infer<typeof MentorLoadQuery>;

/** A mentee who asked for a mentor and has no mentorship yet (or since their last one closed). */
export const WaitingMentee = z.object({
  mentee: Party,
  /** Their first request since their last mentorship closed (or ever). */
  waitingSince: IsoDateTime,
  openRequests: Count,
});
export type WaitingMentee = z.infer<typeof WaitingMentee>;
export const WaitingMenteePage = Page(WaitingMentee);
export type WaitingMenteePage = z.infer<typeof WaitingMenteePage>;

/** `longest`: waiting longest first; `name`: by name. */
export const WaitingMenteeSort = z.enum(['longest', 'name']);
export type WaitingMenteeSort = z.infer<typeof WaitingMenteeSort>;
export const WaitingMenteeQuery = z.extend(PageQuery, { sort: z.optional(WaitingMenteeSort) });
export type WaitingMenteeQuery = z.infer<typeof WaitingMenteeQuery>;
