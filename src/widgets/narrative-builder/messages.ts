/** Words for codes: template kinds, draft statuses, norms hints and STAR competencies. */
import { msg, str } from '@lit/localize';
import type { DraftStatus, NarrativeKind } from '../../api/narrative.js';
import type { NormsHint } from '../../core/narrative/norms.js';
import type { BadgeTone } from '../../ui/blocks.js';

export function kindLabel(kind: NarrativeKind): string {
  switch (kind) {
    case 'resume-summary':
      return msg('Résumé summary', { id: 'narrative.kind.resumeSummary' });
    case 'elevator-pitch':
      return msg('"Tell me about yourself" pitch', { id: 'narrative.kind.elevatorPitch' });
    case 'star-story':
      return msg('STAR story', { id: 'narrative.kind.starStory' });
    case 'credential-equivalency':
      return msg('Credential-equivalency statement', { id: 'narrative.kind.credentialEquivalency' });
    case 'cover-letter-paragraph':
      return msg('Cover-letter paragraph', { id: 'narrative.kind.coverLetter' });
    case 'networking-profile':
      return msg('Networking profile summary', { id: 'narrative.kind.networkingProfile' });
  }
}

export function statusOf(status: DraftStatus): { tone: BadgeTone; label: string } {
  switch (status) {
    case 'draft':
      return { tone: 'neutral', label: msg('Draft', { id: 'narrative.status.draft' }) };
    case 'in-review':
      return { tone: 'warning', label: msg('In review', { id: 'narrative.status.inReview' }) };
    case 'changes-requested':
      return { tone: 'danger', label: msg('Changes requested', { id: 'narrative.status.changesRequested' }) };
    case 'approved':
      return { tone: 'success', label: msg('Approved', { id: 'narrative.status.approved' }) };
  }
}

function detailLabel(detail: string): string {
  switch (detail) {
    case 'photo':
      return msg('a photo', { id: 'narrative.detail.photo' });
    case 'date-of-birth':
    case 'age':
      return msg('your age or date of birth', { id: 'narrative.detail.age' });
    case 'marital-status':
    case 'children':
      return msg('your family situation', { id: 'narrative.detail.family' });
    case 'nationality':
      return msg('your nationality', { id: 'narrative.detail.nationality' });
    case 'religion':
      return msg('your religion', { id: 'narrative.detail.religion' });
    default:
      return msg('your gender', { id: 'narrative.detail.gender' });
  }
}

/** A norms hint in the reader's language. */
export function hintText(hint: NormsHint): string {
  const p = hint.params;
  switch (hint.code) {
    case 'norms.personal-detail': {
      const detail = detailLabel(String(p.detail));
      return msg(str`Employers here do not expect ${detail} in an application, and many prefer not to see it. Consider leaving it out.`, { id: 'narrative.hint.personalDetail' });
    }
    case 'norms.too-long': {
      const { words, usual } = p;
      return msg(str`This summary has ${words} words; summaries here usually have about ${usual}. Keep the strongest points.`, { id: 'narrative.hint.tooLong' });
    }
    case 'norms.foreign-title-without-equivalent': {
      const title = p.title;
      return msg(str`Add the local job title that matches "${title}", so an employer here knows what you did.`, { id: 'narrative.hint.foreignTitle' });
    }
    case 'norms.first-person':
      return msg('Résumé summaries here usually leave out "I" and "my": start with the job title or a verb.', { id: 'narrative.hint.firstPerson' });
    case 'norms.spoken-too-long': {
      const { seconds, usual } = p;
      return msg(str`Said aloud this takes about ${seconds} seconds; a pitch usually lasts about ${usual}. Shorten it.`, { id: 'narrative.hint.spokenTooLong' });
    }
  }
}

/** A STAR competency id in the reader's language (unknown ids are shown as written). */
export function competencyLabel(id: string): string {
  switch (id) {
    case 'communication':
      return msg('Communication', { id: 'narrative.competency.communication' });
    case 'teamwork':
      return msg('Teamwork', { id: 'narrative.competency.teamwork' });
    case 'problem-solving':
      return msg('Problem solving', { id: 'narrative.competency.problemSolving' });
    case 'leadership':
      return msg('Leadership', { id: 'narrative.competency.leadership' });
    case 'patient-safety':
      return msg('Patient safety', { id: 'narrative.competency.patientSafety' });
    case 'client-service':
      return msg('Client service', { id: 'narrative.competency.clientService' });
    case 'adaptability':
      return msg('Adaptability', { id: 'narrative.competency.adaptability' });
    case 'cultural-competence':
      return msg('Cultural competence', { id: 'narrative.competency.culturalCompetence' });
    case 'quality-improvement':
      return msg('Quality improvement', { id: 'narrative.competency.qualityImprovement' });
    case 'technical-expertise':
      return msg('Technical expertise', { id: 'narrative.competency.technicalExpertise' });
    case 'ethics':
      return msg('Ethics', { id: 'narrative.competency.ethics' });
    case 'time-management':
      return msg('Time management', { id: 'narrative.competency.timeManagement' });
    default:
      return id.replaceAll('-', ' ');
  }
}
