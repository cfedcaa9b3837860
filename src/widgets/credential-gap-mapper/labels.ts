/**
 * Words for the gap mapper: statuses, kinds, education levels, fields, and the reason of
 * each requirement result localised from its code and parameters (falling back to the
 * server's text for a code this version does not know).
 */
import { msg, str } from '@lit/localize';
import type { DeliveryFormat, EducationLevel, FieldFamily, LanguageTest, PathwayKind, RequirementKind } from '../../api/catalogue.js';
import type { Reason, RequirementStatus } from '../../api/gap.js';
import { pickText } from '../../api/common.js';
import type { BadgeTone } from '../../ui/blocks.js';
import type { Formatters } from '../../ui/format.js';

export const STATUS_TONE: Record<RequirementStatus, BadgeTone> = {
  met: 'success',
  'partly-met': 'warning',
  gap: 'danger',
  'needs-evidence': 'neutral',
};

export function statusLabel(status: RequirementStatus): string {
  switch (status) {
    case 'met':
      return msg('Met', { id: 'gap.status.met' });
    case 'partly-met':
      return msg('Partly met', { id: 'gap.status.partlyMet' });
    case 'gap':
      return msg('Gap', { id: 'gap.status.gap' });
    default:
      return msg('Needs evidence', { id: 'gap.status.needsEvidence' });
  }
}

export function kindLabel(kind: RequirementKind): string {
  switch (kind) {
    case 'education':
      return msg('Education', { id: 'gap.kind.education' });
    case 'credential-assessment':
      return msg('Credential assessment', { id: 'gap.kind.credentialAssessment' });
    case 'licensing-exam':
      return msg('Licensing exam', { id: 'gap.kind.licensingExam' });
    case 'language-proficiency':
      return msg('Language proficiency', { id: 'gap.kind.languageProficiency' });
    case 'supervised-practice':
      return msg('Supervised practice', { id: 'gap.kind.supervisedPractice' });
    case 'work-experience':
      return msg('Work experience', { id: 'gap.kind.workExperience' });
    case 'registration':
      return msg('Registration', { id: 'gap.kind.registration' });
    default:
      return msg('Other requirements', { id: 'gap.kind.other' });
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
      return msg('Course', { id: 'gap.pathwayKind.course' });
    case 'exam':
      return msg('Exam', { id: 'gap.pathwayKind.exam' });
    case 'bridging-program':
      return msg('Bridging program', { id: 'gap.pathwayKind.bridgingProgram' });
    case 'credential-assessment':
      return msg('Credential assessment', { id: 'gap.pathwayKind.credentialAssessment' });
    case 'work-placement':
      return msg('Work placement', { id: 'gap.pathwayKind.workPlacement' });
    default:
      return msg('Application to the regulator', { id: 'gap.pathwayKind.application' });
  }
}

export function deliveryLabel(delivery: DeliveryFormat): string {
  switch (delivery) {
    case 'online':
      return msg('Online', { id: 'gap.delivery.online' });
    case 'in-person':
      return msg('In person', { id: 'gap.delivery.inPerson' });
    case 'hybrid':
      return msg('Hybrid', { id: 'gap.delivery.hybrid' });
    default:
      return msg('At a test centre', { id: 'gap.delivery.testCentre' });
  }
}

export const EDUCATION_LEVELS: EducationLevel[] = ['secondary', 'trade-certificate', 'diploma', 'bachelor', 'postgraduate-diploma', 'master', 'doctorate'];

export function levelLabel(level: string): string {
  switch (level as EducationLevel) {
    case 'secondary':
      return msg('Secondary school', { id: 'gap.level.secondary' });
    case 'trade-certificate':
      return msg('Trade certificate', { id: 'gap.level.tradeCertificate' });
    case 'diploma':
      return msg('Diploma', { id: 'gap.level.diploma' });
    case 'bachelor':
      return msg("Bachelor's degree", { id: 'gap.level.bachelor' });
    case 'postgraduate-diploma':
      return msg('Postgraduate diploma', { id: 'gap.level.postgraduateDiploma' });
    case 'master':
      return msg("Master's degree", { id: 'gap.level.master' });
    case 'doctorate':
      return msg('Doctorate', { id: 'gap.level.doctorate' });
    default:
      return level;
  }
}

export const FIELD_FAMILIES: FieldFamily[] = [
  'nursing',
  'medicine',
  'dentistry',
  'pharmacy',
  'health-other',
  'engineering',
  'computing',
  'mathematics-statistics',
  'natural-sciences',
  'accounting-finance',
  'business',
  'education',
  'social-work',
  'social-sciences',
  'electrical-trades',
  'humanities',
  'other',
];

export function fieldLabel(field: string): string {
  switch (field as FieldFamily) {
    case 'nursing':
      return msg('Nursing', { id: 'gap.field.nursing' });
    case 'medicine':
      return msg('Medicine', { id: 'gap.field.medicine' });
    case 'dentistry':
      return msg('Dentistry', { id: 'gap.field.dentistry' });
    case 'pharmacy':
      return msg('Pharmacy', { id: 'gap.field.pharmacy' });
    case 'health-other':
      return msg('Other health professions', { id: 'gap.field.healthOther' });
    case 'engineering':
      return msg('Engineering', { id: 'gap.field.engineering' });
    case 'computing':
      return msg('Computing', { id: 'gap.field.computing' });
    case 'mathematics-statistics':
      return msg('Mathematics and statistics', { id: 'gap.field.mathematicsStatistics' });
    case 'natural-sciences':
      return msg('Natural sciences', { id: 'gap.field.naturalSciences' });
    case 'accounting-finance':
      return msg('Accounting and finance', { id: 'gap.field.accountingFinance' });
    case 'business':
      return msg('Business', { id: 'gap.field.business' });
    case 'education':
      return msg('Education (teaching)', { id: 'gap.field.education' });
    case 'social-work':
      return msg('Social work', { id: 'gap.field.socialWork' });
    case 'social-sciences':
      return msg('Social sciences', { id: 'gap.field.socialSciences' });
    case 'electrical-trades':
      return msg('Electrical trades', { id: 'gap.field.electricalTrades' });
    case 'humanities':
      return msg('Humanities', { id: 'gap.field.humanities' });
    case 'other':
      return msg('Other field', { id: 'gap.field.other' });
    default:
      return field;
  }
}

/** Test names are brands: the same in every language. */
export const LANGUAGE_TESTS: Record<LanguageTest, string> = {
  'ielts-general': 'IELTS General Training',
  'ielts-academic': 'IELTS Academic',
  'celpip-general': 'CELPIP General',
  celban: 'CELBAN',
  oet: 'OET',
  'tef-canada': 'TEF Canada',
  'tcf-canada': 'TCF Canada',
  'toefl-ibt': 'TOEFL iBT',
  'pte-core': 'PTE Core',
  'pte-academic': 'PTE Academic',
  goethe: 'Goethe-Zertifikat',
  telc: 'telc',
  'delf-dalf': 'DELF / DALF',
};

export function skillLabel(skill: string): string {
  switch (skill) {
    case 'reading':
      return msg('Reading', { id: 'gap.skill.reading' });
    case 'writing':
      return msg('Writing', { id: 'gap.skill.writing' });
    case 'listening':
      return msg('Listening', { id: 'gap.skill.listening' });
    case 'speaking':
      return msg('Speaking', { id: 'gap.skill.speaking' });
    default:
      return msg('Overall', { id: 'gap.skill.overall' });
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
      return msg(str`Your ${s('level')} in ${s('field')} (${String(p.country ?? '')}) meets the minimum.`, { id: 'gap.reason.education.met' });
    case 'education.levelBelow':
      return msg(str`Your education is in the right field but at the level of ${s('have')}; ${s('need')} is required.`, { id: 'gap.reason.education.levelBelow' });
    case 'education.fieldDiffers':
      return msg(str`You have a ${s('level')}, but not in a field the regulator accepts (${terms(p.need, format)}).`, { id: 'gap.reason.education.fieldDiffers' });
    case 'education.missing':
      return msg(str`A ${s('need')} in ${terms(p.fields, format)} is required and your profile lists none.`, { id: 'gap.reason.education.missing' });
    case 'assessment.met':
      return msg(str`Your credential assessment by ${String(p.body ?? '')} is complete.`, { id: 'gap.reason.assessment.met' });
    case 'assessment.inProgress':
      return msg(str`Your credential assessment by ${String(p.body ?? '')} is in progress.`, { id: 'gap.reason.assessment.inProgress' });
    case 'assessment.otherBody':
      return msg(str`You have an assessment by ${String(p.have ?? '')}; the regulator asks for one by ${String(p.need ?? '')}. Ask whether yours is accepted.`, { id: 'gap.reason.assessment.otherBody' });
    case 'assessment.missing':
      return msg(str`A credential assessment by ${String(p.need ?? '')} is required.`, { id: 'gap.reason.assessment.missing' });
    case 'exam.passed':
      return msg(str`You passed ${String(p.exam ?? '')} on ${d('date')}.`, { id: 'gap.reason.exam.passed' });
    case 'exam.notPassed':
      return msg(str`You have not yet passed ${String(p.exams ?? '')}.`, { id: 'gap.reason.exam.notPassed' });
    case 'licence.active':
      return msg(str`Your ${String(p.title ?? '')} licence from ${String(p.issuer ?? '')} is active.`, { id: 'gap.reason.licence.active' });
    case 'licence.held':
      return msg(str`You held a ${String(p.title ?? '')} licence from ${String(p.issuer ?? '')}.`, { id: 'gap.reason.licence.held' });
    case 'licence.lapsed':
      return msg(str`Your ${String(p.title ?? '')} licence from ${String(p.issuer ?? '')} has lapsed; the regulator asks for one in good standing.`, { id: 'gap.reason.licence.lapsed' });
    case 'licence.suspended':
      return msg(str`Your licence from ${String(p.issuer ?? '')} is suspended.`, { id: 'gap.reason.licence.suspended' });
    case 'licence.missing':
      return msg(str`A licence to practise (${terms(p.fields, format)}) in good standing is required.`, { id: 'gap.reason.licence.missing' });
    case 'experience.missing':
      return msg(str`${n('need')} years of relevant experience are required and your profile lists none.`, { id: 'gap.reason.experience.missing' });
    case 'experience.tooFew':
      return msg(str`You have ${n('have')} of the ${n('need')} years of relevant experience required.`, { id: 'gap.reason.experience.tooFew' });
    case 'experience.notRecent':
      return msg(str`Your last practice was in ${String(p.lastYear ?? '')}; the regulator asks for practice within the last ${n('withinYears')} years.`, { id: 'gap.reason.experience.notRecent' });
    case 'experience.competenciesUnlisted':
      return msg(str`Your years are enough; show experience in: ${String(p.missing ?? '')}.`, { id: 'gap.reason.experience.competenciesUnlisted' });
    case 'experience.met':
      return msg(str`Your ${n('have')} years of relevant experience meet the ${n('need')} required.`, { id: 'gap.reason.experience.met' });
    case 'language.met':
      return msg(str`Your ${s('test')} result of ${d('date')} meets the requirement.`, { id: 'gap.reason.language.met' });
    case 'language.expired':
      return msg(str`Your ${s('test')} result of ${d('date')} met the scores but is older than ${n('months')} months; retake it or ask the regulator.`, { id: 'gap.reason.language.expired' });
    case 'language.expiredShort':
      return msg(str`Your ${s('test')} result of ${d('date')} is older than ${n('months')} months and was short in: ${terms(p.short, format, 'conjunction')}; take the test again.`, { id: 'gap.reason.language.expiredShort' });
    case 'language.scoresShort':
      return msg(str`Your ${s('test')} scores are short in: ${terms(p.short, format, 'conjunction')}.`, { id: 'gap.reason.language.scoresShort' });
    case 'language.testNotAccepted':
      return msg(str`Your ${s('test')} result reaches the level, but the regulator accepts: ${terms(p.accepted, format)}.`, { id: 'gap.reason.language.testNotAccepted' });
    case 'language.missing':
      if (!p.accepted) return pickText(reason.text, format.locale);
      return msg(str`A language test result is needed: ${terms(p.accepted, format)}.`, { id: 'gap.reason.language.missing' });
    case 'registration.pending':
      return msg('Apply to the regulator once the other requirements are met.', { id: 'gap.reason.registration.pending' });
    case 'requirement.notStarted':
      return msg('Not started: the profile has nothing that shows this is done.', { id: 'gap.reason.requirement.notStarted' });
    case 'requirement.declared':
      return msg('You say this is done: keep the document that proves it ready for the regulator.', { id: 'gap.reason.requirement.declared' });
    default:
      return pickText(reason.text, format.locale);
  }
}
