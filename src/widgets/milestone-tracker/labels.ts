/** Localised names of the plan's vocabularies. */
import { msg, str } from '@lit/localize';
import type { PlanGoal } from '../../api/plan.js';
import { MilestoneKind, MilestoneStatus } from '../../generated/contract.js';
import type { CatalogueNames } from '../../ui/catalogue-names.js';
import type { BadgeTone } from '../../ui/blocks.js';
import { formatDate } from '../../ui/format.js';

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

export function roleLabel(role: 'mentee' | 'mentor' | 'coordinator'): string {
  return role === 'mentor' ? msg('Mentor', { id: 'plan.role.mentor' }) : role === 'coordinator' ? msg('Coordinator', { id: 'plan.role.coordinator' }) : msg('Mentee', { id: 'plan.role.mentee' });
}

/** A plan's goal in words ("Registered nurse in Ontario"), when the catalogue names both; never the ids. */
export function goalName(goal: Pick<PlanGoal, 'occupationId' | 'jurisdictionId'>, names: CatalogueNames | undefined): string | undefined {
  const occupation = names?.occupation(goal.occupationId);
  const jurisdiction = names?.jurisdiction(goal.jurisdictionId);
  return occupation && jurisdiction ? msg(str`${occupation} in ${jurisdiction}`, { id: 'plan.goal' }) : undefined;
}

/** Formatted calendar days per locale: a plan shows the same few dates on every render. Holds strings only, never an element. */
const formattedDays = new Map<string, (value: string) => string>();

export function dayFormatter(locale: string): (value: string) => string {
  let format = formattedDays.get(locale);
  if (!format) {
    const seen = new Map<string, string>();
    format = (value) => {
      let text = seen.get(value);
      if (text === undefined) {
        text = formatDate(locale, value);
        if (seen.size > 500) seen.clear();
        seen.set(value, text);
      }
      return text;
    };
    formattedDays.set(locale, format);
  }
  return format;
}
