/**
 * The mentee's saved mentors: loaded with the session, they mark the cards and filter the
 * search from the start. Saving and forgetting one (save-mentor.ts) loads with the mentee's desk.
 */
import type { BridgewayClient } from '../../api/client.js';
import { FavouriteMentorIds } from '../../generated/contract.js';
import { listFavourites } from '../../generated/routes.js';
import type { FinderHost } from './host.js';

export class SavedMentors {
  private saved: ReadonlySet<string> = new Set();

  constructor(private readonly host: FinderHost) {}

  /** The saved mentors' ids. */
  get ids(): ReadonlySet<string> {
    return this.saved;
  }

  has(mentorId: string): boolean {
    return this.saved.has(mentorId);
  }

  async load(client: BridgewayClient, signal: AbortSignal): Promise<void> {
    // Only which mentors are saved is read (and checked), not when.
    const favourites = await client.call(listFavourites, { signal, response: FavouriteMentorIds });
    this.saved = new Set(favourites.items.map((f) => f.mentorId));
  }

  clear(): void {
    this.saved = new Set();
  }

  /** Shows `ids` as saved at once. */
  replace(ids: ReadonlySet<string>): void {
    this.saved = ids;
    this.host.requestUpdate();
  }
}
