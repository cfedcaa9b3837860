/**
 * Hiring-convention hints for the target country. Each hint has a stable `id` (so the
 * person can dismiss it and it stays dismissed), a message `code` and `params` that the
 * widget turns into words in the reader's language. Hints advise; they never block.
 */
import type { DraftValues, NarrativeKind } from '../../api/narrative.js';
import { lawfulWordingIn, protectedTitleUses, type TitleRules, type TitleUse } from './protected-titles.js';
import { hasValue, valueOf } from './render.js';
import { countWords } from './text-metrics.js';

export type CountryCode = 'CA' | 'GB' | 'AU' | 'US' | 'DE' | 'NZ' | 'IE' | 'FR';

export type NormsHintCode =
  | 'norms.personal-detail'
  | 'norms.too-long'
  | 'norms.foreign-title-without-equivalent'
  | 'norms.first-person'
  | 'norms.spoken-too-long'
  | 'norms.protected-title'
  | 'norms.protected-title-unverified';

export type PersonalDetail = 'photo' | 'date-of-birth' | 'age' | 'marital-status' | 'nationality' | 'religion' | 'gender' | 'children';

export interface NormsHint {
  /** Stable across re-renders: the same advice about the same thing keeps its id. */
  id: string;
  code: NormsHintCode;
  severity: 'info' | 'warning';
  params: Record<string, string | number>;
  /** The field the hint is about, when it is about one. */
  fieldId?: string;
  /** A protected title the person's text uses: what the hint offers to rewrite. */
  titleUse?: TitleUse;
}

export interface NormsInput {
  kind: NarrativeKind;
  /** `CA`, `ca-on`, `GB`, `gb-eng` ... */
  country: string;
  locale: string;
  /** The rendered text. */
  text: string;
  values: DraftValues;
  /** Words in the rendered text, when already counted. */
  words?: number;
  spokenSeconds?: number;
  /** The template's own target for a spoken piece, in seconds (its `limits.spokenSeconds`). */
  spokenTarget?: number;
  /** The protected titles of the jurisdictions the person applies in. */
  titleRules?: readonly TitleRules[];
}

/** `ca-on` -> `CA`, `gb` -> `GB`. */
export function countryOf(countryOrJurisdiction: string): string {
  return countryOrJurisdiction.split('-')[0].toUpperCase();
}

/** Countries whose résumés leave out photo, age, marital status and the like (anti-discrimination practice). */
const NO_PERSONAL_DETAILS = new Set(['CA', 'GB', 'AU', 'US', 'NZ', 'IE']);
/** Countries where a résumé summary is written without "I" and "my". */
const IMPLIED_FIRST_PERSON = new Set(['CA', 'GB', 'AU', 'US', 'NZ', 'IE', 'DE']);

/** About how many words a résumé summary runs to in each country. */
export const SUMMARY_WORDS: Record<string, number> = { CA: 80, US: 80, GB: 100, AU: 100, NZ: 100, IE: 100, DE: 80, FR: 80 };
/** A summary this many times the usual length is "far over". */
const FAR_OVER = 1.5;
/** An elevator pitch whose template names no target is said in about this many seconds. */
export const PITCH_SECONDS = 60;

const L = '\\p{L}\\p{M}';
/** A term bounded by non-letters (works for Latin, Cyrillic, Arabic and Devanagari; CJK matches anywhere). */
function term(words: string[]): RegExp {
  return new RegExp(`(?<![${L}])(?:${words.join('|')})(?![${L}])`, 'iu');
}

const PERSONAL: Record<PersonalDetail, RegExp[]> = {
  photo: [term(['photo', 'photograph', 'headshot', 'foto', 'fotografía', 'фото', 'фотографія', 'صورة', 'फ़ोटो', 'फोटो']), /照片|相片/u],
  'date-of-birth': [
    term(['date of birth', 'd\\.o\\.b\\.?', 'dob', 'born on', 'born in \\d{4}', 'date de naissance', 'née? le', 'fecha de nacimiento', 'data de nascimento', 'nascid[oa] em', 'дата народження', 'народил(?:ася|ся)', 'تاريخ الميلاد', 'जन्म तिथि', 'जन्मतिथि', 'geburtsdatum', 'geboren am']),
    /出生日期|出生于\s*\d{4}/u,
  ],
  age: [term(['\\d{2} years old', 'aged \\d{2}', '\\d{2} ans', '\\d{2} años', '\\d{2} anos', '\\d{2} роки', '\\d{2} років', 'عمري \\d{2}', '\\d{2} वर्ष की आयु']), /\d{2}\s*岁/u],
  'marital-status': [
    term(['married', 'divorced', 'widowed', 'marital status', 'marié(?:e)?', 'célibataire', 'situation familiale', 'casad[oa]', 'solter[oa]', 'estado civil', 'одружен(?:а|ий)', 'заміжня', 'сімейний стан', 'متزوج(?:ة)?', 'أعزب', 'الحالة الاجتماعية', 'विवाहित', 'अविवाहित', 'वैवाहिक स्थिति', 'verheiratet', 'familienstand', 'ledig']),
    /已婚|未婚|婚姻状况/u,
  ],
  nationality: [term(['nationality', 'citizenship', 'nationalité', 'nacionalidad', 'nacionalidade', 'громадянство', 'національність', 'الجنسية', 'राष्ट्रीयता', 'nationalität', 'staatsangehörigkeit']), /国籍/u],
  religion: [term(['religion', 'religious affiliation', 'religión', 'religião', 'релігія', 'الديانة', 'धर्म']), /宗教信仰/u],
  gender: [term(['gender: ?\\p{L}+', 'sex: ?\\p{L}+', 'sexe ?: ?\\p{L}+', 'sexo: ?\\p{L}+', 'стать: ?\\p{L}+', 'الجنس: ?\\p{L}+', 'लिंग: ?\\p{L}+']), /性别[:：]/u],
  children: [term(['\\d children', 'two children', 'three children', 'mother of \\w+', 'father of \\w+', '\\d enfants', '\\d hijos', '\\d filhos', 'двоє дітей']), /\d\s*个孩子/u],
};

const FIRST_PERSON: Array<[RegExp, RegExp]> = [
  [/^en/, term(['i', "i'm", "i've", 'my', 'me', 'myself'])],
  [/^fr/, term(["j'", 'je', 'moi', 'mon', 'ma', 'mes'])],
  [/^es/, term(['yo', 'mi', 'mis', 'me'])],
  [/^pt/, term(['eu', 'meu', 'minha', 'meus', 'minhas'])],
  [/^uk/, term(['я', 'мій', 'моя', 'моє', 'мої', 'мене', 'мені'])],
  [/^ar/, term(['أنا', 'لدي', 'خبرتي'])],
  [/^hi/, term(['मैं', 'मेरा', 'मेरी', 'मेरे', 'मुझे'])],
  [/^zh/, /我/u],
  [/^de/, term(['ich', 'mein', 'meine', 'mich', 'mir'])],
];

function countMatches(text: string, pattern: RegExp): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return text.match(global)?.length ?? 0;
}

/** How many first-person words `text` uses in its language. */
export function firstPersonCount(text: string, locale: string): number {
  const pattern = FIRST_PERSON.find(([lang]) => lang.test(locale.toLowerCase()))?.[1] ?? FIRST_PERSON[0][1];
  return countMatches(text, pattern);
}

/** Which personal details `text` mentions. */
export function personalDetailsIn(text: string): PersonalDetail[] {
  return (Object.keys(PERSONAL) as PersonalDetail[]).filter((detail) => PERSONAL[detail].some((pattern) => pattern.test(text)));
}

/**
 * Field ids the norms checks read, by convention across the seed templates: a foreign
 * job title and the local equivalent it corresponds to.
 */
export const TITLE_FIELDS = { foreign: 'foreign-title', local: 'local-title' } as const;

/** Hints about the target country's hiring conventions for one narrative. */
export function checkNorms(input: NormsInput): NormsHint[] {
  const country = countryOf(input.country);
  const hints: NormsHint[] = [];
  const words = input.words ?? countWords(input.text, input.locale);
  const isResume = input.kind === 'resume-summary' || input.kind === 'networking-profile' || input.kind === 'cover-letter-paragraph';

  if (NO_PERSONAL_DETAILS.has(country) && isResume) {
    for (const detail of personalDetailsIn(input.text)) {
      hints.push({ id: `norms.personal-detail:${detail}`, code: 'norms.personal-detail', severity: 'warning', params: { detail, country } });
    }
  }

  if (input.kind === 'resume-summary') {
    const usual = SUMMARY_WORDS[country];
    if (usual && words > usual * FAR_OVER) {
      hints.push({ id: 'norms.too-long', code: 'norms.too-long', severity: 'info', params: { words, usual, country } });
    }
    if (IMPLIED_FIRST_PERSON.has(country)) {
      const count = firstPersonCount(input.text, input.locale);
      // One slip is fine; a summary that keeps saying "I" reads as a letter, not a résumé.
      if (count >= 3 || (words > 0 && count / words > 0.05 && count >= 2)) {
        hints.push({ id: 'norms.first-person', code: 'norms.first-person', severity: 'info', params: { count, country } });
      }
    }
  }

  // The hint and the preview's limit agree: both measure against the template's own target.
  const target = input.spokenTarget ?? (input.kind === 'elevator-pitch' ? PITCH_SECONDS : undefined);
  const seconds = input.spokenSeconds;
  if (target !== undefined && seconds !== undefined && seconds > target) {
    hints.push({ id: 'norms.spoken-too-long', code: 'norms.spoken-too-long', severity: 'info', params: { seconds, usual: target } });
  }

  for (const use of protectedTitleUses(input.values, input.titleRules ?? [], input.kind)) {
    const verified = use.title.verification.status === 'verified';
    hints.push({
      id: `norms.protected-title:${use.fieldId}:${use.found.toLowerCase()}`,
      code: verified ? 'norms.protected-title' : 'norms.protected-title-unverified',
      severity: 'warning',
      params: { title: use.found, regulator: use.title.regulator, jurisdiction: use.jurisdictionName, lawful: lawfulWordingIn(use.title, input.locale) },
      fieldId: use.fieldId,
      titleUse: use,
    });
  }

  const foreign = valueOf(input.values, TITLE_FIELDS.foreign);
  if (hasValue(foreign) && !hasValue(valueOf(input.values, TITLE_FIELDS.local))) {
    hints.push({
      id: 'norms.foreign-title-without-equivalent',
      code: 'norms.foreign-title-without-equivalent',
      severity: 'warning',
      params: { title: typeof foreign === 'string' ? foreign.trim() : (foreign ?? []).join(', '), country },
      fieldId: TITLE_FIELDS.local,
    });
  }
  return hints;
}

/** Leaves out the hints the person dismissed. */
export function withoutDismissed(hints: readonly NormsHint[], dismissed: Iterable<string>): NormsHint[] {
  const gone = new Set(dismissed);
  return hints.filter((hint) => !gone.has(hint.id));
}
