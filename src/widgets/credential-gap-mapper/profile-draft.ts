/**
 * The profile as the form edits it: rows of raw strings (what the inputs hold), turned
 * into a contract `Profile` with an error message per field path (`education.0.year`),
 * and kept as a draft in localStorage so a reload loses nothing.
 */
import { msg } from '@lit/localize';
import type { LanguageTest } from '../../api/catalogue.js';
import { Profile, type EducationEntry, type ExperienceEntry, type LanguageTestResult, type LicenceEntry } from '../../api/gap.js';

export interface EducationRow { level: string; fieldFamily: string; country: string; year: string; title: string }
export interface LicenceRow { title: string; fieldFamily: string; issuer: string; country: string; status: string }
export interface ExperienceRow { role: string; fieldFamily: string; country: string; years: string; endYear: string; competencies: string[] }
export interface LanguageRow { test: string; takenOn: string; reading: string; writing: string; listening: string; speaking: string; overall: string }

export interface ProfileDraft {
  education: EducationRow[];
  licences: LicenceRow[];
  experience: ExperienceRow[];
  languageTests: LanguageRow[];
  /** Parts of a host's profile the form does not edit, kept as they came. */
  kept?: Pick<Profile, 'displayName' | 'assessments' | 'exams' | 'declared'>;
}

export type Section = 'education' | 'licences' | 'experience' | 'languageTests';

/** A picked catalogue entry: its id and the name shown. */
export interface Choice { id: string; label: string }

export interface Draft {
  profile: ProfileDraft;
  occupation?: Choice;
  jurisdiction?: Choice;
}

export const SKILLS = ['reading', 'writing', 'listening', 'speaking', 'overall'] as const;

export function emptyRow(section: Section): EducationRow | LicenceRow | ExperienceRow | LanguageRow {
  switch (section) {
    case 'education':
      return { level: '', fieldFamily: '', country: '', year: '', title: '' };
    case 'licences':
      return { title: '', fieldFamily: '', issuer: '', country: '', status: 'active' };
    case 'experience':
      return { role: '', fieldFamily: '', country: '', years: '', endYear: '', competencies: [] };
    default:
      return { test: '', takenOn: '', reading: '', writing: '', listening: '', speaking: '', overall: '' };
  }
}

export function emptyDraft(): ProfileDraft {
  return { education: [emptyRow('education') as EducationRow], licences: [], experience: [emptyRow('experience') as ExperienceRow], languageTests: [] };
}

const text = (value: number | string | undefined) => (value === undefined ? '' : String(value));

export function draftFromProfile(profile: Profile): ProfileDraft {
  const kept: ProfileDraft['kept'] = {};
  if (profile.displayName) kept.displayName = profile.displayName;
  if (profile.assessments) kept.assessments = profile.assessments;
  if (profile.exams) kept.exams = profile.exams;
  if (profile.declared) kept.declared = profile.declared;
  return {
    education: profile.education.map((e) => ({ level: e.level, fieldFamily: e.fieldFamily, country: e.country, year: text(e.year), title: e.title ?? '' })),
    licences: profile.licences.map((l) => ({ title: l.title, fieldFamily: l.fieldFamily, issuer: l.issuer, country: l.country, status: l.status })),
    experience: profile.experience.map((x) => ({
      role: x.role ?? '',
      fieldFamily: x.fieldFamily,
      country: x.country,
      years: text(x.years),
      endYear: text(x.endYear),
      competencies: [...x.competencies],
    })),
    languageTests: profile.languageTests.map((t) => ({
      test: t.test,
      takenOn: t.takenOn,
      reading: text(t.scores.reading),
      writing: text(t.scores.writing),
      listening: text(t.scores.listening),
      speaking: text(t.scores.speaking),
      overall: text(t.scores.overall),
    })),
    kept,
  };
}

export type FieldErrors = Record<string, string>;

const required = () => msg('Fill in this field.', { id: 'gap.error.required' });

/**
 * The contract profile, or the errors by field path. Messages say what to enter.
 */
export function profileFromDraft(draft: ProfileDraft): { profile?: Profile; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const need = (path: string, value: string) => {
    if (!value.trim()) errors[path] = required();
    return value.trim();
  };
  const country = (path: string, value: string) => {
    const code = value.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) errors[path] = msg('Enter the two-letter country code, such as NG or IN.', { id: 'gap.error.country' });
    return code;
  };
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
    if (row.title.trim()) entry.title = row.title.trim();
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
    const years = Number(row.years);
    if (!row.years.trim() || !Number.isFinite(years) || years < 0 || years > 60) {
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
    return entry;
  });
  const languageTests = draft.languageTests.map((row, i): LanguageTestResult => {
    const scores: LanguageTestResult['scores'] = {};
    for (const skill of SKILLS) {
      const raw = row[skill].trim();
      if (!raw) continue;
      const n = Number(raw);
      if (!Number.isFinite(n) || n < 0) errors[`languageTests.${i}.${skill}`] = msg('Enter the score as a number, such as 6.5.', { id: 'gap.error.score' });
      else scores[skill] = n;
    }
    if (Object.keys(scores).length === 0 && !errors[`languageTests.${i}.reading`]) {
      errors[`languageTests.${i}.reading`] = msg('Enter at least one score.', { id: 'gap.error.scoresMissing' });
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.takenOn)) errors[`languageTests.${i}.takenOn`] = msg('Enter the date of the test.', { id: 'gap.error.date' });
    return { test: need(`languageTests.${i}.test`, row.test) as LanguageTest, scores, takenOn: row.takenOn };
  });

  if (Object.keys(errors).length > 0) return { errors };
  const candidate = { ...draft.kept, education, licences, experience, languageTests };
  const parsed = Profile.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[issue.path.map(String).join('.') || 'profile'] = issue.message;
    return { errors };
  }
  return { profile: parsed.data, errors };
}

/** Reads a stored draft; anything unreadable counts as none. */
export function loadDraft(key: string): Draft | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Draft;
    const p = value?.profile;
    if (!p || ![p.education, p.licences, p.experience, p.languageTests].every(Array.isArray)) return undefined;
    return value;
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
