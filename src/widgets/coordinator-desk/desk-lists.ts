/**
 * The desk's six lists, each over its operation: mentors waiting for approval, the request
 * queue, active mentorships (with the stuck flag), mentor load, mentees waiting longest for a
 * match and due follow-ups. The first pages load together, so the desk shows whole or says why.
 */
import type { BridgewayClient } from '../../api/client.js';
import type { DeskMentorship, DeskMentorshipSort, MentorLoad, MentorLoadSort, WaitingMentee, WaitingMenteeSort } from '../../api/coordinator-desk.js';
import type { MentorApplication, MentorApplicationSort } from '../../api/mentor-onboarding.js';
import type { QueuedIntroduction, QueueSort } from '../../api/mentorship.js';
import type { DueFollowUp, DueFollowUpSort } from '../../api/outcomes.js';
import { listDeskMentorships, listMentorLoad, listWaitingMentees } from '../../api/operations/coordinator-desk.js';
import { listMentorApplications } from '../../api/operations/mentor-onboarding.js';
import { listIntroductionQueue } from '../../api/operations/mentorships.js';
import { listDueFollowUps } from '../../api/operations/outcomes.js';
import type { FocusAfterUpdate } from '../../ui/focus.js';
import { DeskList } from './desk-list.js';
import type { DeskHost } from './host.js';

export class DeskLists {
  readonly applications: DeskList<MentorApplication, MentorApplicationSort>;
  readonly queue: DeskList<QueuedIntroduction, QueueSort>;
  readonly mentorships: DeskList<DeskMentorship, DeskMentorshipSort>;
  readonly load: DeskList<MentorLoad, MentorLoadSort>;
  readonly waiting: DeskList<WaitingMentee, WaitingMenteeSort>;
  readonly followUps: DeskList<DueFollowUp, DueFollowUpSort>;

  constructor(host: DeskHost, focus: FocusAfterUpdate) {
    this.applications = new DeskList(host, focus, {
      name: 'applications',
      sorts: ['oldest', 'newest', 'name'],
      fetch: (client, query, signal) => client.call(listMentorApplications, { query: { ...query, approval: 'pending' }, signal }),
      idOf: (item) => item.mentor.id,
    });
    this.queue = new DeskList(host, focus, {
      name: 'queue',
      sorts: ['oldest', 'newest', 'mentee'],
      fetch: (client, query, signal) => client.call(listIntroductionQueue, { query, signal }),
      idOf: (item) => item.request.id,
    });
    this.mentorships = new DeskList(host, focus, {
      name: 'mentorships',
      sorts: ['quietest', 'newest', 'mentee'],
      fetch: (client, query, signal) => client.call(listDeskMentorships, { query, signal }),
      idOf: (item) => item.mentorshipId,
    });
    this.load = new DeskList(host, focus, {
      name: 'load',
      sorts: ['fullest', 'idlest', 'name'],
      fetch: (client, query, signal) => client.call(listMentorLoad, { query, signal }),
      idOf: (item) => item.mentorId,
    });
    this.waiting = new DeskList(host, focus, {
      name: 'waiting',
      sorts: ['longest', 'name'],
      fetch: (client, query, signal) => client.call(listWaitingMentees, { query, signal }),
      idOf: (item) => item.mentee.id,
    });
    this.followUps = new DeskList(host, focus, {
      name: 'follow-ups',
      sorts: ['due', 'name'],
      fetch: (client, query, signal) => client.call(listDueFollowUps, { query, signal }),
      idOf: (item) => `${item.menteeId}-${item.month}`,
    });
  }

  /** Loads every list's first page. Resolves to true; throws when any fails (the desk shows the error state). */
  async loadAll(client: BridgewayClient, signal: AbortSignal): Promise<true> {
    await Promise.all([this.applications, this.queue, this.mentorships, this.load, this.waiting, this.followUps].map((list) => list.first(client, signal)));
    return true;
  }
}
