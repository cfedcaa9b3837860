/**
 * Words of the gap map (loaded with the result view): statuses, kinds of requirement and
 * pathway, delivery. The reasons under each requirement are reason-texts.ts.
 */
import { msg } from '@lit/localize';
import type { DeliveryFormat, PathwayKind, RequirementKind } from '../../api/catalogue.js';
import type { RequirementStatus } from '../../api/gap.js';
import type { BadgeTone } from '../../ui/blocks.js';

export const STATUS_TONE: Record<RequirementStatus, BadgeTone> = {
  met: 'success',
  'partly-met': 'warning',
  gap: 'danger',
  'needs-evidence': 'neutral',
};

export function statusLabel(status: RequirementStatus): string {
  switch (status) {
    case 'met':
      return msg('Met', { id: 'gap.map.status.met' });
    case 'partly-met':
      return msg('Partly met', { id: 'gap.map.status.partlyMet' });
    case 'gap':
      return msg('Gap', { id: 'gap.map.status.gap' });
    default:
      return msg('Needs evidence', { id: 'gap.map.status.needsEvidence' });
  }
}

export function kindLabel(kind: RequirementKind): string {
  switch (kind) {
    case 'education':
      return msg('Education', { id: 'gap.map.kind.education' });
    case 'credential-assessment':
      return msg('Credential assessment', { id: 'gap.map.kind.credentialAssessment' });
    case 'licensing-exam':
      return msg('Licensing exam', { id: 'gap.map.kind.licensingExam' });
    case 'language-proficiency':
      return msg('Language proficiency', { id: 'gap.map.kind.languageProficiency' });
    case 'supervised-practice':
      return msg('Supervised practice', { id: 'gap.map.kind.supervisedPractice' });
    case 'work-experience':
      return msg('Work experience', { id: 'gap.map.kind.workExperience' });
    case 'registration':
      return msg('Registration', { id: 'gap.map.kind.registration' });
    default:
      return msg('Other requirements', { id: 'gap.map.kind.other' });
  }
}

export const REQUIREMENT_KINDS: RequirementKind[] = [
  'education',
  'credential-assessment',
  'language-proficiency',
  'licensing-exam',
  'work-experience',
  'supervised-practice',
  'registration',
  'other',
];

export function pathwayKindLabel(kind: PathwayKind): string {
  switch (kind) {
    case 'course':
      return msg('Course', { id: 'gap.map.pathwayKind.course' });
    case 'exam':
      return msg('Exam', { id: 'gap.map.pathwayKind.exam' });
    case 'bridging-program':
      return msg('Bridging program', { id: 'gap.map.pathwayKind.bridgingProgram' });
    case 'credential-assessment':
      return msg('Credential assessment', { id: 'gap.map.pathwayKind.credentialAssessment' });
    case 'work-placement':
      return msg('Work placement', { id: 'gap.map.pathwayKind.workPlacement' });
    default:
      return msg('Application to the regulator', { id: 'gap.map.pathwayKind.application' });
  }
}

export function deliveryLabel(delivery: DeliveryFormat): string {
  switch (delivery) {
    case 'online':
      return msg('Online', { id: 'gap.map.delivery.online' });
    case 'in-person':
      return msg('In person', { id: 'gap.map.delivery.inPerson' });
    case 'hybrid':
      return msg('Hybrid', { id: 'gap.map.delivery.hybrid' });
    default:
      return msg('At a test centre', { id: 'gap.map.delivery.testCentre' });
  }
}
