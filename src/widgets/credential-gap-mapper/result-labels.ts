/**
 * Words of the gap map (loaded with the result view): statuses, kinds, and the reason of
 * each requirement result localised from its code and parameters (falling back to the
 * server's text for a code this version does not know).
 */
import { msg, str } from '@lit/localize';
import type { DeliveryFormat, LanguageTest, PathwayKind, RequirementKind } from '../../api/catalogue.js';
import type { Reason, RequirementStatus } from '../../api/gap.js';
import { pickText } from '../../api/common.js';
import type { BadgeTone } from '../../ui/blocks.js';
import type { Formatters } from '../../ui/format.js';
import { fieldLabel, LANGUAGE_TESTS, levelLabel, skillLabel } from './labels.js';

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

/**
 * Catalogue ids of assessment bodies and exams as people write them: the acronyms in
 * capitals (`nnas` -> NNAS, `nclex-rn` -> NCLEX-RN, `cno-jurisprudence` -> CNO jurisprudence).
 */
function idName(id: string): string {
  const parts = id.split('-');
  const acronym = (part: string) => part.length <= 5;
  if (parts.every(acronym)) return id.toUpperCase();
  return parts.map((part, index) => (index === 0 && acronym(part) ? part.toUpperCase() : part)).join(' ');
}

/** A comma-separated list of ids as a localised list of names. */
function names(value: string | number | undefined, format: Formatters, type: Intl.ListFormatType = 'disjunction'): string {
  return format.list(String(value ?? '').split(', ').filter(Boolean).map(idName), type);
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

/** A known id (level, field, test) in words; anything else as it came. */
function term(value: string): string {
  if (value in LANGUAGE_TESTS) return LANGUAGE_TESTS[value as LanguageTest];
  const level = levelLabel(value);
  if (level !== value) return level;
  return fieldLabel(value);
}

/** A comma-separated parameter (`nursing, health-other`) as a localised list. */
function terms(value: string | number | undefined, format: Formatters, type: Intl.ListFormatType = 'disjunction'): string {
  const items = String(value ?? '')
    .split(', ')
    .filter(Boolean)
    .map((item) => {
      // Language shortfalls read `writing 6.5 < 7`.
      const short = /^(reading|writing|listening|speaking|overall) (\S+) < (\S+)$/.exec(item);
      return short ? `${skillLabel(short[1])} ${short[2]} < ${short[3]}` : term(item);
    });
  return format.list(items, type);
}

/** The reason in the reader's language, from its code and parameters; the server's text for an unknown code. */
export function reasonText(reason: Reason, format: Formatters): string {
  const p = reason.params;
  const s = (key: string) => term(String(p[key] ?? ''));
  const n = (key: string) => format.number(Number(p[key] ?? 0));
  const d = (key: string) => (typeof p[key] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p[key] as string) ? format.date(p[key] as string) : String(p[key] ?? ''));
  switch (reason.code) {
    case 'education.met':
      return msg(str`Your ${s('level')} in ${s('field')} (${String(p.country ?? '')}) meets the minimum.`, { id: 'gap.map.reason.education.met' });
    case 'education.levelBelow':
      return msg(str`Your education is in the right field but at the level of ${s('have')}; ${s('need')} is required.`, { id: 'gap.map.reason.education.levelBelow' });
    case 'education.fieldDiffers':
      return msg(str`You have a ${s('level')}, but not in a field the regulator accepts (${terms(p.need, format)}).`, { id: 'gap.map.reason.education.fieldDiffers' });
    case 'education.missing':
      return msg(str`A ${s('need')} in ${terms(p.fields, format)} is required and your profile lists none.`, { id: 'gap.map.reason.education.missing' });
    case 'assessment.met':
      return msg(str`Your credential assessment by ${names(p.body, format)} is complete.`, { id: 'gap.map.reason.assessment.met' });
    case 'assessment.inProgress':
      return msg(str`Your credential assessment by ${names(p.body, format)} is in progress.`, { id: 'gap.map.reason.assessment.inProgress' });
    case 'assessment.otherBody':
      return msg(str`You have an assessment by ${names(p.have, format)}; the regulator asks for one by ${names(p.need, format)}. Ask whether yours is accepted.`, { id: 'gap.map.reason.assessment.otherBody' });
    case 'assessment.missing':
      return msg(str`A credential assessment by ${names(p.need, format)} is required.`, { id: 'gap.map.reason.assessment.missing' });
    case 'exam.passed':
      return msg(str`You passed ${names(p.exam, format)} on ${d('date')}.`, { id: 'gap.map.reason.exam.passed' });
    case 'exam.notPassed':
      return msg(str`You have not yet passed ${names(p.exams, format, 'conjunction')}.`, { id: 'gap.map.reason.exam.notPassed' });
    case 'licence.active':
      return msg(str`Your ${String(p.title ?? '')} licence from ${String(p.issuer ?? '')} is active.`, { id: 'gap.map.reason.licence.active' });
    case 'licence.held':
      return msg(str`You held a ${String(p.title ?? '')} licence from ${String(p.issuer ?? '')}.`, { id: 'gap.map.reason.licence.held' });
    case 'licence.lapsed':
      return msg(str`Your ${String(p.title ?? '')} licence from ${String(p.issuer ?? '')} has lapsed; the regulator asks for one in good standing.`, { id: 'gap.map.reason.licence.lapsed' });
    case 'licence.suspended':
      return msg(str`Your licence from ${String(p.issuer ?? '')} is suspended.`, { id: 'gap.map.reason.licence.suspended' });
    case 'licence.missing':
      return msg(str`A licence to practise (${terms(p.fields, format)}) in good standing is required.`, { id: 'gap.map.reason.licence.missing' });
    case 'experience.missing':
      return msg(str`${n('need')} years of relevant experience are required and your profile lists none.`, { id: 'gap.map.reason.experience.missing' });
    case 'experience.tooFew':
      return msg(str`You have ${n('have')} of the ${n('need')} years of relevant experience required.`, { id: 'gap.map.reason.experience.tooFew' });
    case 'experience.notRecent':
      return msg(str`Your last practice was in ${String(p.lastYear ?? '')}; the regulator asks for practice within the last ${n('withinYears')} years.`, { id: 'gap.map.reason.experience.notRecent' });
    case 'experience.competenciesUnlisted':
      return msg(str`Your years are enough; show experience in: ${String(p.missing ?? '')}.`, { id: 'gap.map.reason.experience.competenciesUnlisted' });
    case 'experience.met':
      return msg(str`Your ${n('have')} years of relevant experience meet the ${n('need')} required.`, { id: 'gap.map.reason.experience.met' });
    case 'language.met':
      return msg(str`Your ${s('test')} result of ${d('date')} meets the requirement.`, { id: 'gap.map.reason.language.met' });
    case 'language.expired':
      return msg(str`Your ${s('test')} result of ${d('date')} met the scores but is older than ${n('months')} months; retake it or ask the regulator.`, { id: 'gap.map.reason.language.expired' });
    case 'language.expiredShort':
      return msg(str`Your ${s('test')} result of ${d('date')} is older than ${n('months')} months and was short in: ${terms(p.short, format, 'conjunction')}; take the test again.`, { id: 'gap.map.reason.language.expiredShort' });
    case 'language.scoresShort':
      return msg(str`Your ${s('test')} scores are short in: ${terms(p.short, format, 'conjunction')}.`, { id: 'gap.map.reason.language.scoresShort' });
    case 'language.testNotAccepted':
      return msg(str`Your ${s('test')} result reaches the level, but the regulator accepts: ${terms(p.accepted, format)}.`, { id: 'gap.map.reason.language.testNotAccepted' });
    case 'language.missing':
      if (!p.accepted) return pickText(reason.text, format.locale);
      return msg(str`A language test result is needed: ${terms(p.accepted, format)}.`, { id: 'gap.map.reason.language.missing' });
    case 'registration.pending':
      return msg('Apply to the regulator once the other requirements are met.', { id: 'gap.map.reason.registration.pending' });
    case 'requirement.notStarted':
      return msg('Not started: the profile has nothing that shows this is done.', { id: 'gap.map.reason.requirement.notStarted' });
    case 'requirement.declared':
      return msg('You say this is done: keep the document that proves it ready for the regulator.', { id: 'gap.map.reason.requirement.declared' });
    default:
      return pickText(reason.text, format.locale);
  }
}
