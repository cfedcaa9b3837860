/** Words for codes: template kinds and draft statuses (hints and competencies: hints.ts, competencies.ts). */
import { msg } from '@lit/localize';
import type { DraftStatus, NarrativeKind } from '../../api/narrative.js';
import type { BadgeTone } from '../../ui/blocks.js';
import type { WriteProgress } from './host.js';

/**
 * Text from the person or the server inside a sentence, isolated (FSI ... PDI, what `<bdi>`
 * does) so a Latin title in an Arabic sentence keeps its punctuation on the right side.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

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

/** What a write under way is doing, for the status line. */
export function progressLabel(progress: WriteProgress): string {
  switch (progress) {
    case 'saving':
      return msg('Saving…', { id: 'narrative.saving' });
    case 'sending':
      return msg('Sending…', { id: 'narrative.sending' });
    case 'loading':
      return msg('Loading…', { id: 'state.loading' });
  }
}
