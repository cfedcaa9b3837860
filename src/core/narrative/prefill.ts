/**
 * Pre-filling the credential-equivalency statement from the person's education and the
 * equivalents their credentials were assessed at (from the gap analysis), written in the
 * active locale. The input type is kept local so the gap mapper's schemas can evolve.
 */
import type { DraftValues } from '../../api/narrative.js';
import { joinList } from './render.js';

export interface EducationEntry {
  /** A level code (`bachelor`, `master` ...) or the person's own words ("BSc Nursing"). */
  level: string;
  /** The field of study. */
  field: string;
  /** ISO 3166 country code (`NG`, `UA`) or a country name. */
  country: string;
  institution?: string;
  year?: number;
  /** The local equivalent an assessment found, e.g. "a Canadian four-year bachelor's degree". */
  assessedEquivalent?: string;
  /** Who assessed it (WES, ICAS, NARIC/ENIC, anabin ...). */
  assessedBy?: string;
}

/** Field ids of the credential-equivalency seed templates that the pre-fill writes. */
export const EQUIVALENCY_FIELDS = { credentials: 'credentials', assessedBy: 'assessed-by', pending: 'pending' } as const;

export type EducationLevel = 'secondary' | 'certificate' | 'diploma' | 'associate' | 'bachelor' | 'master' | 'doctorate';

interface Phrases {
  levels: Record<EducationLevel, string>;
  /** `{level} in {field}` */
  degree: (level: string, field: string) => string;
  assessed: (equivalent: string, by?: string) => string;
  pending: string;
}

const PHRASES: Record<string, Phrases> = {
  en: {
    levels: { secondary: 'Secondary school diploma', certificate: 'Certificate', diploma: 'Diploma', associate: 'Associate degree', bachelor: "Bachelor's degree", master: "Master's degree", doctorate: 'Doctorate' },
    degree: (level, field) => `${level} in ${field}`,
    assessed: (eq, by) => (by ? `assessed by ${by} as equivalent to ${eq}` : `assessed as equivalent to ${eq}`),
    pending: 'assessment in progress',
  },
  fr: {
    levels: { secondary: "Diplôme d'études secondaires", certificate: 'Certificat', diploma: 'Diplôme', associate: "Diplôme d'études collégiales", bachelor: 'Baccalauréat (licence)', master: 'Maîtrise (master)', doctorate: 'Doctorat' },
    degree: (level, field) => `${level} en ${field}`,
    assessed: (eq, by) => (by ? `évalué par ${by} comme équivalent à ${eq}` : `évalué comme équivalent à ${eq}`),
    pending: 'évaluation en cours',
  },
  es: {
    levels: { secondary: 'Título de educación secundaria', certificate: 'Certificado', diploma: 'Diploma', associate: 'Título técnico superior', bachelor: 'Licenciatura', master: 'Maestría', doctorate: 'Doctorado' },
    degree: (level, field) => `${level} en ${field}`,
    assessed: (eq, by) => (by ? `evaluado por ${by} como equivalente a ${eq}` : `evaluado como equivalente a ${eq}`),
    pending: 'evaluación en curso',
  },
  'pt-BR': {
    levels: { secondary: 'Ensino médio', certificate: 'Certificado', diploma: 'Diploma', associate: 'Curso tecnólogo', bachelor: 'Bacharelado', master: 'Mestrado', doctorate: 'Doutorado' },
    degree: (level, field) => `${level} em ${field}`,
    assessed: (eq, by) => (by ? `avaliado por ${by} como equivalente a ${eq}` : `avaliado como equivalente a ${eq}`),
    pending: 'avaliação em andamento',
  },
  uk: {
    levels: { secondary: 'Атестат про повну загальну середню освіту', certificate: 'Сертифікат', diploma: 'Диплом', associate: 'Диплом молодшого спеціаліста', bachelor: 'Ступінь бакалавра', master: 'Ступінь магістра', doctorate: 'Ступінь доктора' },
    degree: (level, field) => `${level} зі спеціальності «${field}»`,
    assessed: (eq, by) => (by ? `оцінено ${by} як еквівалент: ${eq}` : `оцінено як еквівалент: ${eq}`),
    pending: 'оцінювання триває',
  },
  ar: {
    levels: { secondary: 'شهادة الثانوية العامة', certificate: 'شهادة', diploma: 'دبلوم', associate: 'دبلوم مشارك', bachelor: 'بكالوريوس', master: 'ماجستير', doctorate: 'دكتوراه' },
    degree: (level, field) => `${level} في ${field}`,
    assessed: (eq, by) => (by ? `قيّمتها ${by} بما يعادل ${eq}` : `قُيّمت بما يعادل ${eq}`),
    pending: 'التقييم جارٍ',
  },
  'zh-Hans': {
    levels: { secondary: '高中毕业证书', certificate: '证书', diploma: '专科文凭', associate: '副学士学位', bachelor: '学士学位', master: '硕士学位', doctorate: '博士学位' },
    degree: (level, field) => `${field}${level}`,
    assessed: (eq, by) => (by ? `经 ${by} 评估，相当于${eq}` : `经评估，相当于${eq}`),
    pending: '评估进行中',
  },
  hi: {
    levels: { secondary: 'माध्यमिक विद्यालय प्रमाणपत्र', certificate: 'प्रमाणपत्र', diploma: 'डिप्लोमा', associate: 'एसोसिएट डिग्री', bachelor: 'स्नातक डिग्री', master: 'स्नातकोत्तर डिग्री', doctorate: 'डॉक्टरेट' },
    degree: (level, field) => `${field} में ${level}`,
    assessed: (eq, by) => (by ? `${by} द्वारा ${eq} के समकक्ष आँकी गई` : `${eq} के समकक्ष आँकी गई`),
    pending: 'मूल्यांकन जारी है',
  },
};

function phrasesFor(locale: string): Phrases {
  if (PHRASES[locale]) return PHRASES[locale];
  const language = locale.split('-')[0];
  if (language === 'zh') return PHRASES['zh-Hans'];
  if (language === 'pt') return PHRASES['pt-BR'];
  return PHRASES[language] ?? PHRASES.en;
}

/** A country's name in the locale when given as an ISO code; otherwise as written. */
export function countryName(country: string, locale: string): string {
  if (!/^[A-Za-z]{2}$/.test(country)) return country;
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}

/** One education entry as a sentence fragment in the locale. */
export function describeEducation(entry: EducationEntry, locale: string): string {
  const phrases = phrasesFor(locale);
  const level = (phrases.levels as Record<string, string>)[entry.level] ?? entry.level;
  const where = [entry.institution, countryName(entry.country, locale)].filter((part): part is string => !!part && part.trim() !== '');
  const separator = locale.startsWith('zh') ? '，' : locale.startsWith('ar') ? '، ' : ', ';
  let text = phrases.degree(level, entry.field);
  if (where.length) text += `${separator}${where.join(separator)}`;
  if (entry.year) text += ` (${entry.year})`;
  const dash = ' — ';
  text += entry.assessedEquivalent ? `${dash}${phrases.assessed(entry.assessedEquivalent, entry.assessedBy)}` : `${dash}${phrases.pending}`;
  return text;
}

/**
 * Field values for the credential-equivalency template: one list entry per credential
 * (highest level first, then most recent), the assessing bodies, and the credentials still
 * waiting for an assessment.
 */
export function prefillCredentialEquivalency(entries: readonly EducationEntry[], locale: string): DraftValues {
  const rank: Record<string, number> = { doctorate: 7, master: 6, bachelor: 5, associate: 4, diploma: 3, certificate: 2, secondary: 1 };
  const sorted = [...entries].sort((a, b) => (rank[b.level] ?? 0) - (rank[a.level] ?? 0) || (b.year ?? 0) - (a.year ?? 0));
  const phrases = phrasesFor(locale);
  const values: DraftValues = { [EQUIVALENCY_FIELDS.credentials]: sorted.map((entry) => describeEducation(entry, locale)) };
  const bodies = [...new Set(sorted.map((entry) => entry.assessedBy?.trim()).filter((by): by is string => !!by))];
  if (bodies.length) values[EQUIVALENCY_FIELDS.assessedBy] = joinList(bodies, locale);
  const pending = sorted.filter((entry) => !entry.assessedEquivalent);
  if (pending.length) {
    values[EQUIVALENCY_FIELDS.pending] = pending.map((entry) => phrases.degree((phrases.levels as Record<string, string>)[entry.level] ?? entry.level, entry.field));
  }
  return values;
}
