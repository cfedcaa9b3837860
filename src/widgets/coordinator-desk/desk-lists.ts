/**
 * The desk's six lists: the two the coordinator decides on (mentors waiting for approval, the
 * request queue), each over its operation, and the four they watch (watch-lists.ts: active
 * mentorships, mentor load, mentees waiting, due follow-ups), whose code comes with the desk's
 * view part (desk-view.ts), fetched while the first two lists load. The first pages load together,
 * so the desk shows whole or says why (a chunk that did not arrive is the desk's error state with
 * "Try again").
 */
import type { BridgewayClient } from '../../api/client.js';
import type { MentorApplication, MentorApplicationSort } from '../../api/mentor-onboarding.js';
import type { QueuedIntroduction, QueueSort } from '../../api/mentorship.js';
import { listMentorApplications } from '../../generated/operations.js';
import { listIntroductionQueue } from '../../generated/operations.js';
import type { FocusAfterUpdate } from '../../ui/focus.js';
import { DeskList } from './desk-list.js';
import type { DeskHost } from './host.js';
import type { WatchLists } from './watch-lists.js';

export class DeskLists {
  readonly applications: DeskList<MentorApplication, MentorApplicationSort>;
  readonly queue: DeskList<QueuedIntroduction, QueueSort>;
  /** The watched lists, once their code is here. */
  watched?: WatchLists;

  constructor(
    private readonly host: DeskHost,
    private readonly focus: FocusAfterUpdate,
    /** Brings the watched lists' code (it comes with the desk's view part); called with the first pages. */
    private readonly loadWatchLists: () => Promise<typeof WatchLists>,
  ) {
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
  }

  /** Loads every list's first page. Resolves to true; throws when any fails (the desk shows the error state). */
  async loadAll(client: BridgewayClient, signal: AbortSignal): Promise<true> {
    await Promise.all([this.applications.first(client, signal), this.queue.first(client, signal), this.loadWatched(client, signal)]);
    return true;
  }

  private async loadWatched(client: BridgewayClient, signal: AbortSignal): Promise<void> {
    const WatchListsOfView = await this.loadWatchLists();
    this.watched ??= new WatchListsOfView(this.host, this.focus);
    await this.watched.loadAll(client, signal);
  }
}
