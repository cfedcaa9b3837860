/**
 * The sentence for each match explanation on a card (a MatchMessageCode with its params, from the
 * server's scoring), and the names it needs: part of the view's code (finder-view.ts).
 */
import { msg, str } from '@lit/localize';
import type { MatchFactor, MentorProfile } from '../../api/mentor.js';

/** Names for ids and codes that explanations mention, in the element's locale. */
export interface Namer {
  occupation(id: string): string;
  jurisdiction(id: string): string;
  language(tag: string): string;
  country(code: string): string;
  list(items: readonly string[]): string;
  number(value: number): string;
}

const text = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : value === undefined || value === null ? '' : String(value));
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [String(value)]);

/** The localised sentence of one factor. Unknown or missing params read as empty, never throw. */
export function explain(factor: MatchFactor, mentor: MentorProfile, n: Namer): string {
  const p = factor.message.params;
  switch (factor.message.code) {
    case 'match.sameOccupation':
      return msg(str`Works as ${n.occupation(text(p.occupation))}, your target occupation`, { id: 'mentor.match.sameOccupation' });
    case 'match.otherOccupation':
      return msg(str`Works in another occupation (${n.list(texts(p.mentorOccupations).map(n.occupation))})`, { id: 'mentor.match.otherOccupation' });
    case 'match.licensedInTarget':
      return msg(str`Licensed in ${n.jurisdiction(text(p.jurisdiction))}, where you want to work`, { id: 'mentor.match.licensedInTarget' });
    case 'match.worksInTarget':
      return msg(str`Works in ${n.jurisdiction(text(p.jurisdiction))}, but is not licensed there`, { id: 'mentor.match.worksInTarget' });
    case 'match.notInTarget':
      return msg(str`Works in ${n.jurisdiction(text(p.mentorJurisdiction))}, not in ${n.jurisdiction(text(p.jurisdiction))}`, { id: 'mentor.match.notInTarget' });
    case 'match.sharedSteps': {
      const labels = texts(p.steps).map((code) => mentor.credentialPath?.steps.find((s) => s.code === code)?.label ?? code);
      return msg(str`Went through ${n.number(Number(p.count) || 0)} of your ${n.number(Number(p.total) || 0)} recognition steps: ${n.list(labels)}`, { id: 'mentor.match.sharedSteps' });
    }
    case 'match.noSharedSteps':
      return msg(str`Went through none of your ${n.number(Number(p.total) || 0)} recognition steps`, { id: 'mentor.match.noSharedSteps' });
    case 'match.sharedOrigin':
      return msg(str`Also trained in ${n.country(text(p.country))}`, { id: 'mentor.match.sharedOrigin' });
    case 'match.differentOrigin':
      return msg(str`Trained somewhere other than ${n.country(text(p.country))}`, { id: 'mentor.match.differentOrigin' });
    case 'match.sharedLanguage':
      return msg(str`Speaks ${n.list(texts(p.languages).map(n.language))}`, { id: 'mentor.match.sharedLanguage' });
    case 'match.noSharedLanguage':
      return msg(str`Does not speak ${n.list(texts(p.languages).map(n.language))}`, { id: 'mentor.match.noSharedLanguage' });
    case 'match.offersFormat':
      return msg(str`Meets ${formatName(text(p.format))}`, { id: 'mentor.match.offersFormat' });
    case 'match.otherFormat':
      return msg(str`Does not meet ${formatName(text(p.format))}`, { id: 'mentor.match.otherFormat' });
    case 'match.spotsLeft':
      return msg(str`${n.number(Number(p.spotsLeft) || 0)} of ${n.number(Number(p.capacity) || 0)} places free`, { id: 'mentor.match.spotsLeft' });
    case 'match.responsive':
      return msg(str`Answers ${n.number(Number(p.ratePercent) || 0)}% of requests, usually within ${n.number(Number(p.medianDays) || 0)} days`, { id: 'mentor.match.responsive' });
    default:
      return msg('New mentor: too few requests yet to tell how quickly they answer', { id: 'mentor.match.newMentor' });
  }
}

function formatName(format: string): string {
  return format === 'online' ? msg('online', { id: 'mentor.format.onlineLower' }) : msg('in person', { id: 'mentor.format.inPersonLower' });
}
