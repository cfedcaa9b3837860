/**
 * Seed data: the shape every seed template shares, whatever its language: which sections and fields
 * each kind has, their types and limits, and the competencies a STAR story can show.
 * Each locale file supplies only words (labels, guidance, examples, section titles, bodies),
 * so all locales stay in step and the norms checks and pre-fill find the same field ids.
 */
import type { FieldType, NarrativeKind, NarrativeLimits } from '../../../api/narrative.js';

export const SEED_LOCALES = ['en', 'fr', 'es', 'ar', 'uk', 'zh-Hans', 'pt-BR', 'hi'] as const;
export type SeedLocale = (typeof SEED_LOCALES)[number];

export const NARRATIVE_KINDS: readonly NarrativeKind[] = [
  'resume-summary',
  'elevator-pitch',
  'star-story',
  'credential-equivalency',
  'cover-letter-paragraph',
  'networking-profile',
];

export interface FieldShape {
  type: FieldType;
  required: boolean;
  minWords?: number;
  maxWords?: number;
  maxChars?: number;
}

export const FIELDS = {
  'local-title': { type: 'text', required: true, maxChars: 80 },
  'foreign-title': { type: 'text', required: false, maxChars: 120 },
  years: { type: 'text', required: true, maxChars: 40 },
  specialties: { type: 'list', required: true },
  achievement: { type: 'textarea', required: true, maxWords: 40 },
  'licence-status': { type: 'text', required: false, maxChars: 160 },
  'origin-country': { type: 'text', required: true, maxChars: 80 },
  highlight: { type: 'textarea', required: true, maxWords: 40 },
  'current-step': { type: 'textarea', required: true, maxWords: 30 },
  goal: { type: 'textarea', required: true, maxWords: 30 },
  ask: { type: 'textarea', required: false, maxWords: 25 },
  situation: { type: 'textarea', required: true, maxWords: 70 },
  task: { type: 'textarea', required: true, maxWords: 40 },
  action: { type: 'textarea', required: true, minWords: 20, maxWords: 120 },
  result: { type: 'textarea', required: true, maxWords: 60 },
  metric: { type: 'text', required: false, maxChars: 120 },
  jurisdiction: { type: 'text', required: true, maxChars: 80 },
  credentials: { type: 'list', required: true },
  'assessed-by': { type: 'text', required: false, maxChars: 120 },
  experience: { type: 'textarea', required: true, maxWords: 80 },
  pending: { type: 'list', required: false },
  'next-steps': { type: 'textarea', required: false, maxWords: 60 },
  position: { type: 'text', required: true, maxChars: 120 },
  employer: { type: 'text', required: true, maxChars: 120 },
  requirement: { type: 'text', required: true, maxChars: 160 },
  evidence: { type: 'textarea', required: true, maxWords: 60 },
  'local-step': { type: 'textarea', required: false, maxWords: 40 },
  closing: { type: 'textarea', required: true, maxWords: 35 },
  headline: { type: 'text', required: true, maxChars: 220 },
  background: { type: 'textarea', required: true, maxWords: 120 },
  'looking-for': { type: 'textarea', required: true, maxWords: 50 },
  languages: { type: 'list', required: false },
  'contact-note': { type: 'text', required: false, maxChars: 160 },
} as const satisfies Record<string, FieldShape>;
export type SeedFieldId = keyof typeof FIELDS;

interface SectionShape {
  id: string;
  optional: boolean;
  fields: SeedFieldId[];
}

export const SECTIONS = {
  'resume-summary': [
    { id: 'profile', optional: false, fields: ['local-title', 'foreign-title', 'years', 'specialties'] },
    { id: 'strengths', optional: false, fields: ['achievement'] },
    { id: 'licence', optional: true, fields: ['licence-status'] },
  ],
  'elevator-pitch': [
    { id: 'past', optional: false, fields: ['local-title', 'years', 'origin-country', 'highlight'] },
    { id: 'present', optional: false, fields: ['current-step', 'goal'] },
    { id: 'request', optional: true, fields: ['ask'] },
  ],
  'star-story': [
    { id: 'context', optional: false, fields: ['situation'] },
    { id: 'mission', optional: false, fields: ['task'] },
    { id: 'steps', optional: false, fields: ['action'] },
    { id: 'outcome', optional: false, fields: ['result', 'metric'] },
  ],
  'credential-equivalency': [
    { id: 'profession', optional: false, fields: ['foreign-title', 'local-title', 'jurisdiction'] },
    { id: 'education', optional: false, fields: ['credentials', 'assessed-by'] },
    { id: 'practice', optional: false, fields: ['experience'] },
    { id: 'progress', optional: true, fields: ['pending', 'next-steps'] },
  ],
  'cover-letter-paragraph': [
    { id: 'opening', optional: false, fields: ['position', 'employer'] },
    { id: 'match', optional: false, fields: ['requirement', 'evidence'] },
    { id: 'bridge', optional: true, fields: ['local-step'] },
    { id: 'close', optional: false, fields: ['closing'] },
  ],
  'networking-profile': [
    { id: 'top', optional: false, fields: ['headline'] },
    { id: 'story', optional: false, fields: ['background', 'specialties'] },
    { id: 'looking', optional: false, fields: ['looking-for'] },
    { id: 'extras', optional: true, fields: ['languages', 'contact-note'] },
  ],
} as const satisfies Record<NarrativeKind, readonly SectionShape[]>;
export type SeedSectionId = (typeof SECTIONS)[NarrativeKind][number]['id'];

/** In the credential-equivalency template the foreign title is the point, so it is required there. */
export const REQUIRED_IN: Partial<Record<NarrativeKind, SeedFieldId[]>> = { 'credential-equivalency': ['foreign-title'] };

export const LIMITS: Record<NarrativeKind, NarrativeLimits> = {
  'resume-summary': { maxWords: 100 },
  'elevator-pitch': { maxWords: 150, spokenSeconds: 60 },
  'star-story': { maxWords: 300 },
  'credential-equivalency': { maxWords: 250 },
  'cover-letter-paragraph': { maxWords: 170 },
  'networking-profile': { maxWords: 300, maxChars: 2600 },
};

/** Competencies a STAR story can be tagged with; occupations in the catalogue ask for some of them. */
export const STAR_COMPETENCIES = [
  'communication',
  'teamwork',
  'problem-solving',
  'leadership',
  'patient-safety',
  'client-service',
  'adaptability',
  'cultural-competence',
  'quality-improvement',
  'technical-expertise',
  'ethics',
  'time-management',
];

export interface FieldWords {
  label: string;
  /** Plain words: what to write and why. */
  guidance: string;
  example: string;
}

export interface KindWords {
  title: string;
  description: string;
  body: string;
}

/** Everything a locale writes. */
export interface LocaleWords {
  fields: Record<SeedFieldId, FieldWords>;
  sections: Record<SeedSectionId, string>;
  kinds: Record<NarrativeKind, KindWords>;
}

/** Chinese is measured in characters: about two characters carry what one English word does. */
export const CHARS_PER_WORD: Partial<Record<SeedLocale, number>> = { 'zh-Hans': 2 };
