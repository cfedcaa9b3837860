/** Localised names of the plan's vocabularies. */
import { msg } from '@lit/localize';
import { MilestoneKind, MilestoneStatus } from '../../api/plan.js';
import type { BadgeTone } from '../../ui/blocks.js';

export const KINDS: readonly MilestoneKind[] = MilestoneKind.options;
export const STATUSES: readonly MilestoneStatus[] = MilestoneStatus.options;

export function kindLabel(kind: MilestoneKind): string {
  switch (kind) {
    case 'credential-assessment':
      return msg('Credential assessment', { id: 'plan.kind.credentialAssessment' });
    case 'regulator-application':
      return msg('Application to the regulator', { id: 'plan.kind.regulatorApplication' });
    case 'exam-sitting':
      return msg('Exam', { id: 'plan.kind.examSitting' });
    case 'course':
      return msg('Course', { id: 'plan.kind.course' });
    case 'language-test':
      return msg('Language test', { id: 'plan.kind.languageTest' });
    case 'supervised-practice':
      return msg('Supervised practice', { id: 'plan.kind.supervisedPractice' });
    case 'job-search':
      return msg('Job search', { id: 'plan.kind.jobSearch' });
    case 'networking':
      return msg('Networking', { id: 'plan.kind.networking' });
    default:
      return msg('Other', { id: 'plan.kind.custom' });
  }
}

export function statusLabel(status: MilestoneStatus): string {
  switch (status) {
    case 'planned':
      return msg('Planned', { id: 'plan.status.planned' });
    case 'in-progress':
      return msg('In progress', { id: 'plan.status.inProgress' });
    case 'done':
      return msg('Done', { id: 'plan.status.done' });
    case 'blocked':
      return msg('Blocked', { id: 'plan.status.blocked' });
    default:
      return msg('Dropped', { id: 'plan.status.dropped' });
  }
}

export function statusTone(status: MilestoneStatus): BadgeTone {
  return status === 'done' ? 'success' : status === 'blocked' ? 'danger' : status === 'in-progress' ? 'warning' : 'neutral';
}
