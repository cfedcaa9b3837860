/**
 * The mentee's saved mentors: loaded with the session, toggled from a card at once and
 * put back when the server refuses.
 */
import { msg, str } from '@lit/localize';
import type { BridgewayClient } from '../../api/client.js';
import type { MentorProfile } from '../../api/mentor.js';
import { addFavourite, listFavourites, removeFavourite } from '../../generated/operations.js';
import type { FinderHost } from './host.js';

export class SavedMentors {
  private ids: ReadonlySet<string> = new Set();

  constructor(private readonly host: FinderHost) {}

  has(mentorId: string): boolean {
    return this.ids.has(mentorId);
  }

  async load(client: BridgewayClient, signal: AbortSignal): Promise<void> {
    const favourites = await client.call(listFavourites, { signal });
    this.ids = new Set(favourites.items.map((f) => f.mentorId));
  }

  clear(): void {
    this.ids = new Set();
  }

  /** Saves or forgets a mentor, saying so to screen readers. */
  async toggle(mentor: MentorProfile): Promise<void> {
    const saved = this.ids.has(mentor.id);
    const next = new Set(this.ids);
    if (saved) next.delete(mentor.id);
    else next.add(mentor.id);
    this.set(next);
    try {
      const params = { mentorId: mentor.id };
      await (saved ? this.host.client.call(removeFavourite, { params }) : this.host.client.call(addFavourite, { params }));
      this.host.announce(saved ? msg(str`${mentor.displayName} removed from your saved mentors.`, { id: 'mentor.unsaved' }) : msg(str`${mentor.displayName} saved.`, { id: 'mentor.saved' }));
    } catch (error) {
      this.set(new Set(saved ? [...next, mentor.id] : [...next].filter((id) => id !== mentor.id)));
      this.host.announce(msg('Could not update your saved mentors. Try again.', { id: 'mentor.saveFailed' }));
      this.host.reportError(error, 'load');
    }
  }

  private set(ids: ReadonlySet<string>): void {
    this.ids = ids;
    this.host.requestUpdate();
  }
}
