/**
 * Saving a mentor from a card, or forgetting one: the card says so at once, and it is put back
 * when the server refuses. Only a mentee saves, so this loads with the mentee's desk, not with
 * the search.
 */
import { msg, str } from '@lit/localize';
import type { MentorProfile } from '../../api/mentor.js';
import { addFavourite, removeFavourite } from '../../generated/operations.js';
import type { FinderHost } from './host.js';
import type { SavedMentors } from './saved-mentors.js';

/** Saves or forgets a mentor, saying so to screen readers. */
export async function toggleSaved(host: FinderHost, saved: SavedMentors, mentor: MentorProfile): Promise<void> {
  const wasSaved = saved.has(mentor.id);
  const next = new Set(saved.ids);
  if (wasSaved) next.delete(mentor.id);
  else next.add(mentor.id);
  saved.replace(next);
  try {
    const params = { mentorId: mentor.id };
    await (wasSaved ? host.client.call(removeFavourite, { params }) : host.client.call(addFavourite, { params }));
    host.announce(wasSaved ? msg(str`${mentor.displayName} removed from your saved mentors.`, { id: 'mentor.unsaved' }) : msg(str`${mentor.displayName} saved.`, { id: 'mentor.saved' }));
  } catch (error) {
    // Put back only this mentor: others saved or forgotten meanwhile stay as they are.
    const current = new Set(saved.ids);
    if (wasSaved) current.add(mentor.id);
    else current.delete(mentor.id);
    saved.replace(current);
    host.announce(msg('Could not update your saved mentors. Try again.', { id: 'mentor.saveFailed' }));
    host.reportError(error, 'load');
  }
}
