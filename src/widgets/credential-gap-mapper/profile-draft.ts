/**
 * The profile as the form edits it: rows of raw strings (what the inputs hold), turned
 * into a contract `Profile` with an error message per field path (`education.0.year`),
 * and kept as a draft in localStorage so a reload loses nothing. Loaded on demand
 * (profile-form.ts): with the form's code, or when a host's profile is to be checked.
 */
import { msg } from '@lit/localize';
import type { LanguageTest } from '../../api/catalogue.js';
import type { AssessmentEntry, EducationEntry, ExamEntry, ExperienceEntry, LanguageTestResult, LicenceEntry } from '../../api/gap.js';
import { failures, safeParse } from '../../api/validate.js';
import { Profile } from '../../generated/contract.js';
import { countryCode } from '../../ui/countries.js';
import { SKILLS } from './score-fields.js';

// Countries are codes the form shows by name (a name typed in an older draft is read too); optional fields may be absent in older drafts.
export interface EducationRow { id?: string; level: string; fieldFamily: string; country: string; year: string; title: string; completedOn?: string; languageOfInstruction?: string; fullTimeYears?: string }
export interface LicenceRow { title: string; fieldFamily: string; issuer: string; country: string; status: string }
export interface ExperienceRow { role: string; fieldFamily: string; country: string; years: string; endYear: string; competencies: string[]; start?: string; end?: string; language?: string; languageReference?: string }
/** A credential assessment; `educationId` names the education row it assessed (by id, so it survives reordering); `outcome` the body's decision, where its regulation lists outcomes. */
export interface AssessmentRow { body: string; status: string; equivalentLevel: string; completedOn: string; educationId: string; linkRemoved?: boolean; outcome?: string }
/** An exam passed (`examId` as the catalogue names it) and the day of the pass. */
export interface ExamRow { examId: string; passedOn: string }
export interface LanguageRow { test: string; takenOn: string; reading: string; writing: string; listening: string; speaking: string; overall: string; scale?: string; comparableTotal?: string }

export interface ProfileDraft {
  education: EducationRow[];
  licences: LicenceRow[];
  experience: ExperienceRow[];
  languageTests: LanguageRow[];
  /** Absent in drafts stored before the form edited assessments (they were kept as they came). */
  assessments?: AssessmentRow[];
  /** Absent in drafts stored before the form edited exams (they were kept as they came). */
  exams?: ExamRow[];
  /** Where the person lives (a country code): travel to an exam held elsewhere is a cost of its own. */
  residenceCountry?: string;
  /** Parts of a host's profile the form does not edit, kept as they came. */
  kept?: Pick<Profile, 'displayName' | 'assessments' | 'exams' | 'declared'>;
}

export type Section = 'education' | 'licences' | 'experience' | 'languageTests' | 'assessments' | 'exams';
/** Sections of fields: the rows, and `about` (one row: where the person lives). */
export type FieldSection = Section | 'about';

/** A picked catalogue entry: its id and the name shown. */
export type { Choice } from '../../ui/combobox.js';
import type { Choice } from '../../ui/combobox.js';

export interface Draft {
  profile: ProfileDraft;
  occupation?: Choice;
  jurisdiction?: Choice;
}


/** A fresh id for an education row, so an assessment can name it. */
export function newRowId(): string {
  return `edu-${Math.random().toString(36).slice(2, 10)}`;
}

export function emptyRow(section: Section): EducationRow | LicenceRow | ExperienceRow | LanguageRow | AssessmentRow | ExamRow {
  switch (section) {
    case 'exams':
      return { examId: '', passedOn: '' };
    case 'education':
      return { id: newRowId(), level: '', fieldFamily: '', country: '', year: '', title: '' };
    case 'assessments':
      return { body: '', status: 'completed', equivalentLevel: '', completedOn: '', educationId: '' };
    case 'licences':
      return { title: '', fieldFamily: '', issuer: '', country: '', status: 'active' };
    case 'experience':
      return { role: '', fieldFamily: '', country: '', years: '', endYear: '', competencies: [] };
    default:
      return { test: '', takenOn: '', reading: '', writing: '', listening: '', speaking: '', overall: '' };
  }
}

export function emptyDraft(): ProfileDraft {
  return { education: [emptyRow('education') as EducationRow], licences: [], experience: [emptyRow('experience') as ExperienceRow], languageTests: [], assessments: [], exams: [] };
}

const text = (value: number | string | undefined) => (value === undefined ? '' : String(value));

export function draftFromProfile(profile: Profile): ProfileDraft {
  const country = (code: string) => code;
  const kept: ProfileDraft['kept'] = {};
  if (profile.displayName) kept.displayName = profile.displayName;
  if (profile.declared) kept.declared = profile.declared;
  return {
    // A host's profile without ids gets ids from the rows' places, not random ones: the same profile
    // then makes the same request every time (a random id per load defeated every cache of the answer).
    education: profile.education.map((e, i) => ({
      id: e.id ?? `edu-${i + 1}`,
      level: e.level,
      fieldFamily: e.fieldFamily,
      country: country(e.country),
      year: text(e.year),
      title: e.title ?? '',
      completedOn: e.completedOn ?? '',
      languageOfInstruction: e.languageOfInstruction ?? '',
      fullTimeYears: text(e.fullTimeYears),
    })),
    licences: profile.licences.map((l) => ({ title: l.title, fieldFamily: l.fieldFamily, issuer: l.issuer, country: country(l.country), status: l.status })),
    experience: profile.experience.map((x) => ({
      role: x.role ?? '',
      fieldFamily: x.fieldFamily,
      country: country(x.country),
      years: text(x.years),
      endYear: text(x.endYear),
      competencies: [...x.competencies],
      start: x.start ?? '',
      end: x.end ?? '',
      language: x.language ?? '',
      languageReference: x.languageReference ? 'yes' : '',
    })),
    languageTests: profile.languageTests.map((t) => ({
      test: t.test,
      takenOn: t.takenOn,
      reading: text(t.scores.reading),
      writing: text(t.scores.writing),
      listening: text(t.scores.listening),
      speaking: text(t.scores.speaking),
      overall: text(t.scores.overall),
      scale: t.scale ?? '',
      comparableTotal: text(t.comparableTotal),
    })),
    assessments: (profile.assessments ?? []).map((a) => ({
      body: a.body,
      status: a.status,
      equivalentLevel: a.equivalentLevel ?? '',
      completedOn: a.completedOn ?? '',
      outcome: a.outcome ?? '',
      // A link to a credential the profile does not list is no link.
      educationId: a.educationId && profile.education.some((e) => e.id === a.educationId) ? a.educationId : '',
    })),
    exams: (profile.exams ?? []).map((e) => ({ examId: e.examId, passedOn: e.passedOn })),
    residenceCountry: profile.residenceCountry ? country(profile.residenceCountry) : '',
    kept,
  };
}

export type FieldErrors = Record<string, string>;

const required = () => msg('Fill in this field.', { id: 'gap.error.required' });

/**
 * The contract profile, or the errors by field path. Messages say what to enter.
 */
export function profileFromDraft(draft: ProfileDraft, locale: string): { profile?: Profile; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const need = (path: string, value: string) => {
    if (!value.trim()) errors[path] = required();
    return value.trim();
  };
  const country = (path: string, value: string) => {
    const code = countryCode(value, locale);
    if (!code) errors[path] = msg('Choose a country from the list, such as India or Nigeria.', { id: 'gap.error.countryName' });
    return code ?? '';
  };
  const decimal = (value: string) => toNumber(value, locale);
  const year = (path: string, value: string, optional = false) => {
    if (optional && !value.trim()) return undefined;
    const n = Number(value);
    if (!value.trim() || !Number.isInteger(n) || n < 1940 || n > 2100) errors[path] = msg('Enter a year with four digits, such as 2014.', { id: 'gap.error.year' });
    return n;
  };

  const education = draft.education.map((row, i): EducationEntry => {
    const entry = {
      level: need(`education.${i}.level`, row.level),
      fieldFamily: need(`education.${i}.fieldFamily`, row.fieldFamily),
      country: country(`education.${i}.country`, row.country),
      year: year(`education.${i}.year`, row.year)!,
    } as EducationEntry;
    if (row.id) entry.id = row.id;
    if (row.title.trim()) entry.title = row.title.trim();
    if (row.completedOn) entry.completedOn = row.completedOn;
    if (row.languageOfInstruction) entry.languageOfInstruction = row.languageOfInstruction;
    if (row.fullTimeYears?.trim()) {
      const years = decimal(row.fullTimeYears);
      if (!Number.isFinite(years) || years <= 0 || years > 15) errors[`education.${i}.fullTimeYears`] = msg('Enter the years of full-time study as a number up to 15, such as 4 or 3.5.', { id: 'gap.error.fullTimeYears' });
      else entry.fullTimeYears = years;
    }
    return entry;
  });
  const licences = draft.licences.map(
    (row, i): LicenceEntry =>
      ({
        title: need(`licences.${i}.title`, row.title),
        fieldFamily: need(`licences.${i}.fieldFamily`, row.fieldFamily),
        issuer: need(`licences.${i}.issuer`, row.issuer),
        country: country(`licences.${i}.country`, row.country),
        status: need(`licences.${i}.status`, row.status),
      }) as LicenceEntry,
  );
  const experience = draft.experience.map((row, i): ExperienceEntry => {
    // With a first month, the months from it to the last (or today) count: the years may stay empty.
    const years = row.start && !row.years.trim() ? monthsBetween(row.start, row.end) / 12 : decimal(row.years);
    if (row.end && row.start && row.end < row.start) errors[`experience.${i}.end`] = msg('The last month comes after the first.', { id: 'gap.error.endBeforeStart' });
    if ((!row.years.trim() && !row.start) || !Number.isFinite(years) || years < 0 || years > 60) {
      errors[`experience.${i}.years`] = msg('Enter the number of years, from 0 to 60 (for example 2.5).', { id: 'gap.error.years' });
    }
    const entry = {
      fieldFamily: need(`experience.${i}.fieldFamily`, row.fieldFamily),
      country: country(`experience.${i}.country`, row.country),
      years,
      competencies: [...row.competencies],
    } as ExperienceEntry;
    if (row.role.trim()) entry.role = row.role.trim();
    const end = year(`experience.${i}.endYear`, row.endYear, true);
    if (end !== undefined) entry.endYear = end;
    if (row.start) entry.start = row.start;
    if (row.start && row.end) entry.end = row.end;
    if (row.language) entry.language = row.language;
    // A reference speaks for the language of the work: without one it has nothing to confirm.
    if (row.language && row.languageReference === 'yes') entry.languageReference = true;
    return entry;
  });
  const languageTests = draft.languageTests.map((row, i): LanguageTestResult => {
    const scores: LanguageTestResult['scores'] = {};
    for (const skill of SKILLS) {
      const raw = row[skill].trim();
      if (!raw) continue;
      const n = decimal(raw);
      if (!Number.isFinite(n) || n < 0) errors[`languageTests.${i}.${skill}`] = msg('Enter the score as a number, such as 6.5.', { id: 'gap.error.score' });
      else scores[skill] = n;
    }
    if (Object.keys(scores).length === 0 && !errors[`languageTests.${i}.reading`]) {
      errors[`languageTests.${i}.reading`] = msg('Enter at least one score.', { id: 'gap.error.scoresMissing' });
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.takenOn)) errors[`languageTests.${i}.takenOn`] = msg('Enter the date of the test.', { id: 'gap.error.date' });
    const result: LanguageTestResult = { test: need(`languageTests.${i}.test`, row.test) as LanguageTest, scores, takenOn: row.takenOn };
    if (row.test === 'toefl-ibt' && (row.scale === '0-30' || row.scale === '1-6')) result.scale = row.scale;
    if (row.test === 'toefl-ibt' && row.scale === '1-6' && row.comparableTotal?.trim()) {
      const total = decimal(row.comparableTotal);
      if (!Number.isInteger(total) || total < 0 || total > 120) errors[`languageTests.${i}.comparableTotal`] = msg('Enter the comparable total, a whole number from 0 to 120.', { id: 'gap.error.comparableTotal' });
      else result.comparableTotal = total;
    }
    return result;
  });
  const educationIds = new Set(draft.education.map((row) => row.id).filter(Boolean));
  const assessments = draft.assessments?.map((row, i): AssessmentEntry => {
    const entry = { body: need(`assessments.${i}.body`, row.body), status: need(`assessments.${i}.status`, row.status) } as AssessmentEntry;
    if (row.educationId && !educationIds.has(row.educationId)) {
      errors[`assessments.${i}.educationId`] = msg('Choose the credential it assessed from your education, or none.', { id: 'gap.error.assessedCredential' });
    } else if (row.educationId) entry.educationId = row.educationId;
    if (row.equivalentLevel) entry.equivalentLevel = row.equivalentLevel as AssessmentEntry['equivalentLevel'];
    if (row.completedOn) entry.completedOn = row.completedOn;
    if (row.outcome) entry.outcome = row.outcome;
    return entry;
  });
  const exams = draft.exams?.map((row, i): ExamEntry => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.passedOn)) errors[`exams.${i}.passedOn`] = msg('Enter the day you passed it.', { id: 'gap.error.passedOn' });
    return { examId: need(`exams.${i}.examId`, row.examId), passedOn: row.passedOn };
  });
  const residence = draft.residenceCountry?.trim() ? country('about.0.residenceCountry', draft.residenceCountry) : undefined;

  if (Object.keys(errors).length > 0) return { errors };
  // Exams kept as they came by an older draft give way to the form's rows.
  const { exams: keptExams, ...kept } = draft.kept ?? {};
  const candidate = {
    ...kept,
    ...(exams ? (exams.length ? { exams } : {}) : keptExams ? { exams: keptExams } : {}),
    education,
    licences,
    experience,
    languageTests,
    ...(assessments?.length ? { assessments } : {}),
    ...(residence ? { residenceCountry: residence } : {}),
  };
  // What the form's own checks let through but the contract refuses (a text too long, too many rows): each such field is named.
  const parsed = safeParse(Profile, candidate);
  if (!parsed.success) {
    const notAccepted = msg('This is not accepted here: check its length and format.', { id: 'gap.error.notAccepted' });
    for (const path of failures(Profile, candidate)) errors[path.map(String).join('.') || 'profile'] = notAccepted;
    return { errors };
  }
  return { profile: parsed.data, errors };
}

/**
 * The draft without education row `index`. An assessment linked to it loses the link and is
 * flagged, so it never names a credential that is gone; links to the others follow their ids.
 */
export function withoutEducation(draft: ProfileDraft, index: number): ProfileDraft {
  const removed = draft.education[index]?.id;
  return {
    ...draft,
    education: draft.education.filter((_, i) => i !== index),
    assessments: draft.assessments?.map((a) => (removed && a.educationId === removed ? { ...a, educationId: '', linkRemoved: true } : a)),
  };
}

/**
 * A draft as stored by an older version, brought up to date: every education row has an id and
 * the assessments and exams kept as they came become rows of the form.
 */
export function upgradedDraft(draft: ProfileDraft): ProfileDraft {
  const education = draft.education.map((row) => (row.id ? row : { ...row, id: newRowId() }));
  let upgraded: ProfileDraft = { ...draft, education };
  if (!upgraded.assessments) {
    const { assessments: kept = [], ...rest } = upgraded.kept ?? {};
    upgraded = { ...upgraded, assessments: kept.map((a) => ({ body: a.body, status: a.status, equivalentLevel: a.equivalentLevel ?? '', completedOn: a.completedOn ?? '', educationId: '', outcome: a.outcome ?? '' })), kept: rest };
  }
  if (!upgraded.exams) {
    const { exams: kept = [], ...rest } = upgraded.kept ?? {};
    upgraded = { ...upgraded, exams: kept.map((e) => ({ examId: e.examId, passedOn: e.passedOn })), kept: rest };
  }
  return upgraded;
}

const decimalCommas = new Map<string, boolean>();

/** Whether `locale` writes a decimal comma; asked of Intl once per locale (a new NumberFormat per field was a cost of every render). */
function decimalComma(locale: string): boolean {
  let comma = decimalCommas.get(locale);
  if (comma === undefined) {
    comma = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value === ',';
    decimalCommas.set(locale, comma);
  }
  return comma;
}

/**
 * A number as the person wrote it: "6.5", or "6,5" where the locale writes a decimal comma.
 * NaN when it is not one.
 */
export function toNumber(raw: string, locale: string): number {
  const text = raw.trim();
  if (!text) return NaN;
  const comma = decimalComma(locale);
  const normalised = comma && /^\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : NaN;
}

/** Whole months from `start` to `end` (both `YYYY-MM`, counted in full), or to this month while ongoing. */
function monthsBetween(start: string, end?: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  const now = new Date();
  const last = end ? index(end) : now.getFullYear() * 12 + now.getMonth();
  return Math.max(0, last - index(start) + 1);
}

/** Reads a stored draft; anything unreadable counts as none. */
export function loadDraft(key: string): Draft | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Draft;
    const p = value?.profile;
    if (!p || ![p.education, p.licences, p.experience, p.languageTests].every(Array.isArray)) return undefined;
    return { ...value, profile: upgradedDraft(p) };
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, draft: Draft): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or blocked (private mode): the form still works, only without a draft.
  }
}
