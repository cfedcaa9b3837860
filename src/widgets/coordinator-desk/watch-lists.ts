/**
 * The lists a coordinator watches (active mentorships with the stuck flag, mentor load, the
 * mentees waiting longest for a match and due follow-ups), each over its operation, with
 * their sections. Part of the desk's view (desk-view.ts), fetched alongside the desk's first pages
 * (see desk-lists.ts), so their code, schemas and words weigh nothing before the desk's first render.
 */
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { BridgewayClient } from '../../api/client.js';
import type { DeskMentorship, DeskMentorshipSort, MentorLoad, MentorLoadSort, WaitingMentee, WaitingMenteeSort } from '../../api/coordinator-desk.js';
import type { DueFollowUp, DueFollowUpSort } from '../../api/outcomes.js';
import { listDeskMentorships, listMentorLoad, listWaitingMentees } from '../../generated/operations.js';
import { listDueFollowUps } from '../../generated/operations.js';
import type { FocusAfterUpdate } from '../../ui/focus.js';
import { DeskList } from './desk-list.js';
import type { DeskFormat, DeskHost } from './host.js';
import { renderSection } from './list-section.js';
import { followUpRow, loadRow, mentorshipRow, waitingRow } from './watch-rows.js';

export class WatchLists {
  readonly mentorships: DeskList<DeskMentorship, DeskMentorshipSort>;
  readonly load: DeskList<MentorLoad, MentorLoadSort>;
  readonly waiting: DeskList<WaitingMentee, WaitingMenteeSort>;
  readonly followUps: DeskList<DueFollowUp, DueFollowUpSort>;

  constructor(host: DeskHost, focus: FocusAfterUpdate) {
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

  /** Loads each list's first page. Throws when any fails (the desk shows the error state). */
  async loadAll(client: BridgewayClient, signal: AbortSignal): Promise<void> {
    await Promise.all([this.mentorships, this.load, this.waiting, this.followUps].map((list) => list.first(client, signal)));
  }

  /** The four sections, below the ones the coordinator decides on. */
  render(f: DeskFormat): TemplateResult[] {
    const { mentorships, load, waiting, followUps } = this;
    return [
      renderSection({
        list: mentorships,
        title: msg('Active mentorships', { id: 'desk.mentorships.title' }),
        hint: msg('A mentorship is stuck when no check-in happened for the period your program set.', { id: 'desk.mentorships.hint' }),
        empty: msg('No mentorship is active yet.', { id: 'desk.mentorships.empty' }),
        status: '',
        row: (item) => mentorshipRow(item, f),
      }),
      renderSection({
        list: load,
        title: msg('Mentor load', { id: 'desk.load.title' }),
        hint: msg('Open requests hold a place, as mentorships do.', { id: 'desk.load.hint' }),
        empty: msg('No approved mentor yet.', { id: 'desk.load.empty' }),
        status: '',
        row: (item) => loadRow(item, f),
      }),
      renderSection({
        list: waiting,
        title: msg('Mentees waiting for a match', { id: 'desk.waiting.title' }),
        hint: msg('Mentees who asked for a mentor and have none yet.', { id: 'desk.waiting.hint' }),
        empty: msg('No mentee is waiting for a match.', { id: 'desk.waiting.empty' }),
        status: '',
        row: (item) => waitingRow(item, f),
      }),
      renderSection({
        list: followUps,
        title: msg('Follow-ups due', { id: 'desk.followUps.title' }),
        hint: msg('Mentees whose outcome follow-up is due and not answered. Their answers stay private to the figures.', { id: 'desk.followUps.hint' }),
        empty: msg('No follow-up is due.', { id: 'desk.followUps.empty' }),
        status: '',
        row: (item) => followUpRow(item, f),
      }),
    ];
  }
}
