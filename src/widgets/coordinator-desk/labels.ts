/** The desk's words for its lists' sort orders. */
import { msg } from '@lit/localize';

/** What each list's orders mean, by list and order: lists that share a meaning share its words. */
const SORT_MEANING: Record<string, string> = {
  'applications/oldest': 'oldest', 'queue/oldest': 'oldest', 'waiting/longest': 'oldest',
  'applications/newest': 'newest', 'queue/newest': 'newest',
  'applications/name': 'mentor', 'load/name': 'mentor',
  'queue/mentee': 'mentee', 'mentorships/mentee': 'mentee', 'waiting/name': 'mentee', 'follow-ups/name': 'mentee',
  'mentorships/quietest': 'quietest', 'mentorships/newest': 'started', 'load/fullest': 'fullest', 'load/idlest': 'idlest', 'follow-ups/due': 'due',
};

/** The label of a list's sort order. */
export function sortLabel(list: string, sort: string): string {
  switch (SORT_MEANING[`${list}/${sort}`]) {
    case 'oldest':
      return msg('Waiting longest first', { id: 'desk.sort.oldest' });
    case 'newest':
      return msg('Newest first', { id: 'desk.sort.newest' });
    case 'mentor':
      return msg('By mentor name', { id: 'desk.sort.mentorName' });
    case 'mentee':
      return msg('By mentee name', { id: 'desk.sort.menteeName' });
    case 'quietest':
      return msg('Longest without a check-in first', { id: 'desk.sort.quietest' });
    case 'started':
      return msg('Started most recently first', { id: 'desk.sort.started' });
    case 'fullest':
      return msg('Fullest first', { id: 'desk.sort.fullest' });
    case 'idlest':
      return msg('Most idle first', { id: 'desk.sort.idlest' });
    default:
      return msg('Due longest ago first', { id: 'desk.sort.due' });
  }
}
