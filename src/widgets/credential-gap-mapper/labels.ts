/**
 * Words the profile form needs (and the result view reuses): education levels, fields of
 * study, language tests and skills. The result's own words are in result-labels.ts and reason-texts.ts, loaded
 * with the result view.
 */
import { msg } from '@lit/localize';
import type { LanguageTest } from '../../api/catalogue.js';
import { EducationLevel, FieldFamily } from '../../generated/contract.js';

/** In the contract's order, lowest first. */
export const EDUCATION_LEVELS: readonly EducationLevel[] = EducationLevel.options;

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

export const FIELD_FAMILIES: readonly FieldFamily[] = FieldFamily.options;

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
  'cambridge-c1-advanced': 'Cambridge C1 Advanced',
  'cambridge-c2-proficiency': 'Cambridge C2 Proficiency',
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

/**
 * Catalogue ids of assessment bodies and exams as people write them: the acronyms in
 * capitals (`nnas` -> NNAS, `nclex-rn` -> NCLEX-RN, `cno-jurisprudence` -> CNO jurisprudence).
 */
export function idName(id: string): string {
  const parts = id.split('-');
  const acronym = (part: string) => part.length <= 5;
  if (parts.every(acronym)) return id.toUpperCase();
  return parts.map((part, index) => (index === 0 && acronym(part) ? part.toUpperCase() : part)).join(' ');
}
