/**
 * The profile as the form edits it: every field as typed (numbers and years stay text until
 * sent, so nothing a person typed is lost or reformatted), to and from the contract, and the
 * fields that need attention, checked with the contract's own schema before anything is sent.
 */
import type { CredentialStepKind, MentorFormat, MentorOffer } from '../../api/mentor.js';
import type { OwnMentorApplication } from '../../api/mentor-onboarding.js';
import { failures, safeParse } from '../../api/validate.js';
import { slugOf } from '../../core/text.js';
import { MentorProfileInput } from '../../generated/contract.js';
import type { FieldIssue } from '../../api/problem.js';

export interface StepDraft {
  /** The step's catalogue code: kept from a saved step, made from the label for a new one. */
  code: string;
  kind: CredentialStepKind;
  label: string;
  year: string;
}

export interface ProfileDraft {
  displayName: string;
  headline: string;
  occupations: string[];
  jurisdiction: string;
  city: string;
  licensedIn: string[];
  /** Whether the mentor shares their own recognition path (origin and steps). */
  sharePath: boolean;
  originCountry: string;
  steps: StepDraft[];
  languages: string[];
  formats: MentorFormat[];
  offers: MentorOffer[];
  capacity: string;
  hoursPerMonth: string;
  /** `YYYY-MM-DD`, or empty to take requests. */
  pausedUntil: string;
  contactEmail: string;
}

/** The message of each field that needs attention, by its key (`occupations`, `steps.1.year`). */
export type FieldErrors = Record<string, string>;

export function emptyDraft(): ProfileDraft {
  return {
    displayName: '', headline: '', occupations: [], jurisdiction: '', city: '', licensedIn: [], sharePath: false, originCountry: '', steps: [],
    languages: [], formats: ['online'], offers: [], capacity: '2', hoursPerMonth: '4', pausedUntil: '', contactEmail: '',
  };
}

export const emptyStep = (): StepDraft => ({ code: '', kind: 'credential-assessment', label: '', year: '' });

export function draftFromApplication(application: OwnMentorApplication): ProfileDraft {
  const m = application.mentor;
  const path = m.credentialPath;
  return {
    displayName: m.displayName, headline: m.headline, occupations: [...m.occupations], jurisdiction: m.jurisdiction, city: m.city, licensedIn: [...m.licensedIn],
    sharePath: path !== null, originCountry: path?.originCountry ?? '',
    steps: (path?.steps ?? []).map((s) => ({ code: s.code, kind: s.kind, label: s.label, year: s.year === undefined ? '' : String(s.year) })),
    languages: [...m.languages], formats: [...m.formats], offers: [...m.offers], capacity: String(m.capacity),
    hoursPerMonth: application.hoursPerMonth === null ? '' : String(application.hoursPerMonth), pausedUntil: application.pausedUntil ?? '', contactEmail: application.contactEmail ?? '',
  };
}

/** A code for a step the mentor added: its label as a slug (`PEBC Evaluating Exam` → `pebc-evaluating-exam`). */
function stepCode(step: StepDraft, index: number): string {
  if (step.code) return step.code;
  return slugOf(step.label, 64) || `${step.kind}-${index + 1}`;
}

/** A whole number typed, or NaN (which the schema refuses, naming the field). */
const wholeNumber = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The request body the draft makes (not yet checked). */
export function inputFromDraft(draft: ProfileDraft, version: number | undefined): MentorProfileInput {
  return {
    displayName: draft.displayName, headline: draft.headline, occupations: draft.occupations, jurisdiction: draft.jurisdiction, city: draft.city, licensedIn: draft.licensedIn,
    credentialPath: draft.sharePath
      ? { originCountry: draft.originCountry, steps: draft.steps.map((s, i) => ({ code: stepCode(s, i), kind: s.kind, label: s.label.trim(), ...(s.year.trim() ? { year: wholeNumber(s.year) } : {}) })) }
      : null,
    languages: draft.languages, formats: draft.formats, offers: draft.offers, capacity: wholeNumber(draft.capacity), hoursPerMonth: wholeNumber(draft.hoursPerMonth),
    pausedUntil: draft.pausedUntil || null, contactEmail: draft.contactEmail.trim(),
    ...(version === undefined ? {} : { version }),
  };
}

/** The draft's key for a path of the contract (`occupations.2` → `occupations`, `credentialPath.steps.0.year` → `steps.0.year`). */
export function fieldKey(path: string): string {
  const [first, second, index, field] = path.split('.');
  if (first !== 'credentialPath') return first;
  if (second !== 'steps') return 'originCountry';
  return index !== undefined && field !== undefined ? `steps.${index}.${field}` : 'steps';
}

/** The fields the issues name, each with `message(key)`. */
export function errorsFromIssues(issues: readonly FieldIssue[], message: (key: string) => string): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = fieldKey(issue.path);
    errors[key] ??= message(key);
  }
  return errors;
}

/** Checks the draft with the contract's schema: the body to send, or the fields that need attention. */
export function checkDraft(draft: ProfileDraft, version: number | undefined, message: (key: string) => string): { body: MentorProfileInput } | { errors: FieldErrors } {
  const body = inputFromDraft(draft, version);
  const result = safeParse(MentorProfileInput, body);
  if (result.success) return { body: result.data };
  // Every field in error, not only the first.
  const issues = failures(MentorProfileInput, body).map((path) => ({ path: path.join('.'), message: '' }));
  return { errors: errorsFromIssues(issues, message) };
}
