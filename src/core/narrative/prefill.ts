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
  /** The field of study in the person's words; absent, the degree is named by its level alone. */
  field?: string;
  /** ISO 3166 country code (`NG`, `UA`) or a country name. */
  country: string;
  institution?: string;
  year?: number;
  /** The local equivalent an assessment of this very credential found, e.g. "a Canadian four-year bachelor's degree". */
  assessedEquivalent?: string;
  /** Who assessed it, by name (WES, ICAS, NARIC/ENIC, anabin ...). */
  assessedBy?: string;
  /** An assessment of this credential is under way (nothing is said about an assessment otherwise). */
  assessmentPending?: boolean;
}

/** Field ids of the credential-equivalency seed templates that the pre-fill writes. */
export const EQUIVALENCY_FIELDS = { credentials: 'credentials', assessedBy: 'assessed-by', pending: 'pending' } as const;

export type EducationLevel = 'secondary' | 'trade-certificate' | 'certificate' | 'diploma' | 'associate' | 'bachelor' | 'postgraduate-diploma' | 'master' | 'doctorate';

interface Phrases {
  levels: Record<EducationLevel, string>;
  /** `{level} in {field}` */
  degree: (level: string, field: string) => string;
  assessed: (equivalent: string, by?: string) => string;
  pending: string;
}

const PHRASES: Record<string, Phrases> = {
  en: {
    levels: { secondary: 'Secondary school diploma', 'trade-certificate': 'Trade certificate', certificate: 'Certificate', diploma: 'Diploma', associate: 'Associate degree', bachelor: "Bachelor's degree", 'postgraduate-diploma': 'Postgraduate diploma', master: "Master's degree", doctorate: 'Doctorate' },
    degree: (level, field) => `${level} in ${field}`,
    assessed: (eq, by) => (by ? `assessed by ${by} as equivalent to ${eq}` : `assessed as equivalent to ${eq}`),
    pending: 'assessment in progress',
  },
  fr: {
    levels: { secondary: "Diplôme d'études secondaires", 'trade-certificate': 'Certificat de métier', certificate: 'Certificat', diploma: 'Diplôme', associate: "Diplôme d'études collégiales", bachelor: 'Baccalauréat (licence)', 'postgraduate-diploma': "Diplôme d'études supérieures spécialisées", master: 'Maîtrise (master)', doctorate: 'Doctorat' },
    degree: (level, field) => `${level} en ${field}`,
    assessed: (eq, by) => (by ? `évalué par ${by} comme équivalent à ${eq}` : `évalué comme équivalent à ${eq}`),
    pending: 'évaluation en cours',
  },
  es: {
    levels: { secondary: 'Título de educación secundaria', 'trade-certificate': 'Certificado de oficio', certificate: 'Certificado', diploma: 'Diploma', associate: 'Título técnico superior', bachelor: 'Licenciatura', 'postgraduate-diploma': 'Diploma de posgrado', master: 'Maestría', doctorate: 'Doctorado' },
    degree: (level, field) => `${level} en ${field}`,
    assessed: (eq, by) => (by ? `evaluado por ${by} como equivalente a ${eq}` : `evaluado como equivalente a ${eq}`),
    pending: 'evaluación en curso',
  },
  'pt-BR': {
    levels: { secondary: 'Ensino médio', 'trade-certificate': 'Certificado técnico profissional', certificate: 'Certificado', diploma: 'Diploma', associate: 'Curso tecnólogo', bachelor: 'Bacharelado', 'postgraduate-diploma': 'Diploma de pós-graduação', master: 'Mestrado', doctorate: 'Doutorado' },
    degree: (level, field) => `${level} em ${field}`,
    assessed: (eq, by) => (by ? `avaliado por ${by} como equivalente a ${eq}` : `avaliado como equivalente a ${eq}`),
    pending: 'avaliação em andamento',
  },
  uk: {
    levels: { secondary: 'Атестат про повну загальну середню освіту', 'trade-certificate': 'Свідоцтво про робітничу професію', certificate: 'Сертифікат', diploma: 'Диплом', associate: 'Диплом молодшого спеціаліста', bachelor: 'Ступінь бакалавра', 'postgraduate-diploma': 'Диплом післядипломної освіти', master: 'Ступінь магістра', doctorate: 'Ступінь доктора' },
    degree: (level, field) => `${level} зі спеціальності «${field}»`,
    assessed: (eq, by) => (by ? `оцінено ${by} як еквівалент: ${eq}` : `оцінено як еквівалент: ${eq}`),
    pending: 'оцінювання триває',
  },
  ar: {
    levels: { secondary: 'شهادة الثانوية العامة', 'trade-certificate': 'شهادة مهنية', certificate: 'شهادة', diploma: 'دبلوم', associate: 'دبلوم مشارك', bachelor: 'بكالوريوس', 'postgraduate-diploma': 'دبلوم دراسات عليا', master: 'ماجستير', doctorate: 'دكتوراه' },
    degree: (level, field) => `${level} في ${field}`,
    assessed: (eq, by) => (by ? `قيّمتها ${by} بما يعادل ${eq}` : `قُيّمت بما يعادل ${eq}`),
    pending: 'التقييم جارٍ',
  },
  'zh-Hans': {
    levels: { secondary: '高中毕业证书', 'trade-certificate': '职业资格证书', certificate: '证书', diploma: '专科文凭', associate: '副学士学位', bachelor: '学士学位', 'postgraduate-diploma': '研究生文凭', master: '硕士学位', doctorate: '博士学位' },
    degree: (level, field) => `${field}${level}`,
    assessed: (eq, by) => (by ? `经 ${by} 评估，相当于${eq}` : `经评估，相当于${eq}`),
    pending: '评估进行中',
  },
  hi: {
    levels: { secondary: 'माध्यमिक विद्यालय प्रमाणपत्र', 'trade-certificate': 'व्यावसायिक प्रमाणपत्र', certificate: 'प्रमाणपत्र', diploma: 'डिप्लोमा', associate: 'एसोसिएट डिग्री', bachelor: 'स्नातक डिग्री', 'postgraduate-diploma': 'स्नातकोत्तर डिप्लोमा', master: 'स्नातकोत्तर डिग्री', doctorate: 'डॉक्टरेट' },
    degree: (level, field) => `${field} में ${level}`,
    assessed: (eq, by) => (by ? `${by} द्वारा ${eq} के समकक्ष आँकी गई` : `${eq} के समकक्ष आँकी गई`),
    pending: 'मूल्यांकन जारी है',
  },
};

function phrasesFor(locale: string): Phrases {
  const own = (key: string) => (Object.hasOwn(PHRASES, key) ? PHRASES[key] : undefined);
  const language = locale.split('-')[0];
  return own(locale) ?? (language === 'zh' ? PHRASES['zh-Hans'] : language === 'pt' ? PHRASES['pt-BR'] : own(language)) ?? PHRASES.en;
}

/** A level's name in the locale (`bachelor` -> "Bachelor's degree"); the person's own words as they are. */
export function levelName(level: string, locale: string): string {
  const levels = phrasesFor(locale).levels;
  return Object.hasOwn(levels, level) ? levels[level as EducationLevel] : level;
}

/** Assessment bodies by id, as people know them (brand names, the same in every language). */
const ASSESSMENT_BODIES: Readonly<Record<string, string>> = {
  wes: 'World Education Services (WES)',
  icas: 'ICAS',
  ices: 'ICES',
  ces: 'Comparative Education Service (CES)',
  iqas: 'IQAS',
  nnas: 'National Nursing Assessment Service (NNAS)',
  'uk-enic': 'UK ENIC',
  naric: 'UK ENIC',
  zab: 'ZAB',
  anabin: 'anabin',
  vetassess: 'VETASSESS',
  'engineers-australia': 'Engineers Australia',
  pebc: 'Pharmacy Examining Board of Canada (PEBC)',
  mcc: 'Medical Council of Canada',
  peo: 'Professional Engineers Ontario',
};

/** An assessment body's name, or undefined for an id this list does not know (never shown as a code). */
export function assessmentBodyName(id: string): string | undefined {
  const key = id.toLowerCase();
  return Object.hasOwn(ASSESSMENT_BODIES, key) ? ASSESSMENT_BODIES[key] : undefined;
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

/** The degree's name: its level in the locale, with the field when the person named one. */
function degreeName(entry: EducationEntry, phrases: Phrases, locale: string): string {
  const level = levelName(entry.level, locale);
  return entry.field?.trim() ? phrases.degree(level, entry.field.trim()) : level;
}

/** One education entry as a sentence fragment in the locale; an assessment is named only when one of this credential exists. */
export function describeEducation(entry: EducationEntry, locale: string): string {
  const phrases = phrasesFor(locale);
  const where = [entry.institution, countryName(entry.country, locale)].filter((part): part is string => !!part && part.trim() !== '');
  const separator = locale.startsWith('zh') ? '，' : locale.startsWith('ar') ? '، ' : ', ';
  let text = degreeName(entry, phrases, locale);
  if (where.length) text += `${separator}${where.join(separator)}`;
  if (entry.year) text += ` (${entry.year})`;
  const dash = ' — ';
  if (entry.assessedEquivalent) text += `${dash}${phrases.assessed(entry.assessedEquivalent, entry.assessedBy)}`;
  else if (entry.assessmentPending) text += `${dash}${phrases.pending}`;
  return text;
}

/**
 * Field values for the credential-equivalency template: one list entry per credential
 * (highest level first, then most recent), the bodies that assessed them, and the credentials
 * whose assessment is under way.
 */
export function prefillCredentialEquivalency(entries: readonly EducationEntry[], locale: string): DraftValues {
  const rank: Record<string, number> = { doctorate: 7, master: 6, 'postgraduate-diploma': 5.5, bachelor: 5, associate: 4, diploma: 3, 'trade-certificate': 2, certificate: 2, secondary: 1 };
  const rankOf = (level: string) => (Object.hasOwn(rank, level) ? rank[level] : 0);
  const sorted = [...entries].sort((a, b) => rankOf(b.level) - rankOf(a.level) || (b.year ?? 0) - (a.year ?? 0));
  const phrases = phrasesFor(locale);
  const values: DraftValues = { [EQUIVALENCY_FIELDS.credentials]: sorted.map((entry) => describeEducation(entry, locale)) };
  const bodies = [...new Set(sorted.filter((entry) => entry.assessedEquivalent).map((entry) => entry.assessedBy?.trim()).filter((by): by is string => !!by))];
  if (bodies.length) values[EQUIVALENCY_FIELDS.assessedBy] = joinList(bodies, locale);
  const pending = sorted.filter((entry) => !entry.assessedEquivalent && entry.assessmentPending);
  if (pending.length) values[EQUIVALENCY_FIELDS.pending] = pending.map((entry) => degreeName(entry, phrases, locale));
  return values;
}

/** What filling in would do to a draft's values. */
export interface PrefillMerge {
  /** The values with only the empty fields filled in. */
  emptyOnly: DraftValues;
  /** The values with every field the pre-fill writes replaced. */
  replaced: DraftValues;
  /** Fields that hold the person's text and would change if replaced (ask first). */
  changed: string[];
}

function isEmpty(value: DraftValues[string] | undefined): boolean {
  return value === undefined || (Array.isArray(value) ? value.every((line) => !line.trim()) : !value.trim());
}

function same(a: DraftValues[string], b: DraftValues[string]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Merges pre-filled values into a draft's: empty fields are filled; fields the person wrote in are listed, never overwritten silently. */
export function mergePrefill(current: DraftValues, proposed: DraftValues): PrefillMerge {
  // Built with Object.fromEntries (own data properties), never by assignment: an id is data, not a property of Object.prototype.
  const fill: Array<[string, DraftValues[string]]> = [];
  const changed: string[] = [];
  for (const [id, value] of Object.entries(proposed)) {
    const mine = Object.hasOwn(current, id) ? current[id] : undefined;
    if (mine === undefined || isEmpty(mine)) fill.push([id, value]);
    else if (!same(mine, value)) changed.push(id);
  }
  return {
    emptyOnly: { ...current, ...Object.fromEntries(fill) },
    replaced: { ...current, ...proposed },
    changed,
  };
}
