/**
 * Narrative templates, drafts, their versions and mentor reviews: the contract behind
 * `bw-narrative-builder`. A template is a guided form (sections of fields with plain-word
 * guidance) plus a body written in the tiny template language of `src/core/narrative`;
 * a draft holds one person's field values for one template.
 */
import * as z from 'zod/mini';
import { Id, IsoDateTime, LocaleTag, Page } from './common.js';

export const NarrativeKind = z.enum([
  'resume-summary',
  'elevator-pitch',
  'star-story',
  'credential-equivalency',
  'cover-letter-paragraph',
  'networking-profile',
]);
export type NarrativeKind = z.infer<typeof NarrativeKind>;

/** A field id or section id: lower-case letters, digits and `-`/`_`, starting with a letter. */
export const FieldKey = /* @__PURE__ */ z.string().check(z.regex(/^[a-z][a-zA-Z0-9_-]{0,63}$/, 'must start with a letter and hold only letters, digits, _ or -'));
export type FieldKey = z.infer<typeof FieldKey>;

export const FieldType = z.enum(['text', 'textarea', 'list', 'choice']);
export type FieldType = z.infer<typeof FieldType>;

export const TemplateField = z.object({
  id: FieldKey,
  label: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)),
  /** What to write, in plain words. */
  guidance: /* @__PURE__ */ z.string().check(z.maxLength(2000)),
  /** A realistic example answer. */
  example: /* @__PURE__ */ z.string().check(z.maxLength(2000)),
  type: FieldType,
  required: z.boolean(),
  minWords: z.optional(/* @__PURE__ */ z.int().check(z.nonnegative())),
  maxWords: z.optional(/* @__PURE__ */ z.int().check(z.positive())),
  maxChars: z.optional(/* @__PURE__ */ z.int().check(z.positive())),
  /** The choices of a `choice` field. */
  options: z.optional(z.array(/* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)))),
});
export type TemplateField = z.infer<typeof TemplateField>;

export const TemplateSection = z.object({
  id: FieldKey,
  title: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)),
  /** An optional section is left out of the text when none of its fields has a value. */
  optional: z.boolean(),
  fields: /* @__PURE__ */ z.array(TemplateField).check(z.minLength(1)),
});
export type TemplateSection = z.infer<typeof TemplateSection>;

export const NarrativeLimits = z.object({
  maxWords: z.optional(/* @__PURE__ */ z.int().check(z.positive())),
  maxChars: z.optional(/* @__PURE__ */ z.int().check(z.positive())),
  /** For spoken pieces (the elevator pitch): how long it may take to say. */
  spokenSeconds: z.optional(/* @__PURE__ */ z.int().check(z.positive())),
});
export type NarrativeLimits = z.infer<typeof NarrativeLimits>;

export const NarrativeTemplate = z.object({
  id: Id,
  kind: NarrativeKind,
  locale: LocaleTag,
  title: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)),
  description: /* @__PURE__ */ z.string().check(z.maxLength(2000)),
  /** `null` for the shared seed templates; an organisation's own templates carry its id. */
  organisationId: z.nullable(Id),
  sections: /* @__PURE__ */ z.array(TemplateSection).check(z.minLength(1)),
  /** The text with `{{field}}`, `{{#section}}...{{/section}}` and `{{#each list}}...{{/each}}`. */
  body: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(20_000)),
  limits: NarrativeLimits,
  /** Competency ids a STAR story can be tagged with. */
  competencies: z.optional(z.array(FieldKey)),
});
export type NarrativeTemplate = z.infer<typeof NarrativeTemplate>;

/** A field's value: text, or a list of entries for `list` fields. */
export const FieldValue = z.union([/* @__PURE__ */ z.string().check(z.maxLength(10_000)), /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(z.maxLength(2_000))).check(z.maxLength(50))]);
export type FieldValue = z.infer<typeof FieldValue>;

export const DraftValues = z.record(FieldKey, FieldValue);
export type DraftValues = z.infer<typeof DraftValues>;

export const DraftStatus = z.enum(['draft', 'in-review', 'changes-requested', 'approved']);
export type DraftStatus = z.infer<typeof DraftStatus>;

export const NarrativeDraft = z.object({
  id: Id,
  templateId: Id,
  ownerId: Id,
  title: /* @__PURE__ */ z.string().check(z.maxLength(200)),
  values: DraftValues,
  /** Competencies this story shows (STAR stories). */
  competencies: z.array(FieldKey),
  status: DraftStatus,
  version: /* @__PURE__ */ z.int().check(z.positive()),
  /** Mentors the draft is shared with for review. */
  sharedWith: z.array(Id),
  updatedAt: IsoDateTime,
});
export type NarrativeDraft = z.infer<typeof NarrativeDraft>;

/** One saved state of a draft; restoring it saves a new version with these values. */
export const DraftVersion = z.object({
  draftId: Id,
  version: /* @__PURE__ */ z.int().check(z.positive()),
  title: z.string(),
  values: DraftValues,
  competencies: z.array(FieldKey),
  authorId: Id,
  createdAt: IsoDateTime,
});
export type DraftVersion = z.infer<typeof DraftVersion>;

export const ReviewKind = z.enum(['comment', 'suggestion', 'approval']);
export type ReviewKind = z.infer<typeof ReviewKind>;

export const ReviewState = z.enum(['open', 'accepted', 'resolved']);
export type ReviewState = z.infer<typeof ReviewState>;

export const NarrativeReview = z.object({
  id: Id,
  draftId: Id,
  /** The section commented on; `null` for the whole draft (approvals). */
  sectionId: z.nullable(FieldKey),
  /** For a suggestion: the field whose text it would replace. */
  fieldId: z.nullable(FieldKey),
  authorId: Id,
  kind: ReviewKind,
  text: z.string(),
  suggestedText: z.optional(z.string()),
  state: ReviewState,
  /** The draft version the review was written against. */
  draftVersion: /* @__PURE__ */ z.int().check(z.positive()),
  createdAt: IsoDateTime,
});
export type NarrativeReview = z.infer<typeof NarrativeReview>;

// ---- requests ---------------------------------------------------------------------

export const TemplateQuery = z.object({
  kind: z.optional(NarrativeKind),
  locale: z.optional(LocaleTag),
});
export type TemplateQuery = z.infer<typeof TemplateQuery>;

/** A coordinator adds an organisation's own template. */
export const CreateTemplateRequest = z.object({
  kind: NarrativeKind,
  locale: LocaleTag,
  title: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)),
  description: /* @__PURE__ */ z.string().check(z.maxLength(2000)),
  sections: /* @__PURE__ */ z.array(TemplateSection).check(z.minLength(1)),
  body: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(20_000)),
  limits: NarrativeLimits,
  competencies: z.optional(z.array(FieldKey)),
});
export type CreateTemplateRequest = z.infer<typeof CreateTemplateRequest>;

export const CreateDraftRequest = z.object({
  templateId: Id,
  title: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
  values: z.optional(DraftValues),
  competencies: z.optional(z.array(FieldKey)),
});
export type CreateDraftRequest = z.infer<typeof CreateDraftRequest>;

/** Saves a draft; `version` is the version the edit was based on (stale -> 409 with the current draft). */
export const UpdateDraftRequest = z.object({
  version: /* @__PURE__ */ z.int().check(z.positive()),
  title: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
  values: z.optional(DraftValues),
  competencies: z.optional(z.array(FieldKey)),
});
export type UpdateDraftRequest = z.infer<typeof UpdateDraftRequest>;

export const RestoreVersionRequest = z.object({
  /** The current version of the draft (optimistic concurrency). */
  version: /* @__PURE__ */ z.int().check(z.positive()),
  /** The earlier version to bring back. */
  restore: /* @__PURE__ */ z.int().check(z.positive()),
});
export type RestoreVersionRequest = z.infer<typeof RestoreVersionRequest>;

export const ShareDraftRequest = z.object({
  mentorIds: /* @__PURE__ */ z.array(Id).check(z.minLength(1), z.maxLength(10)),
  /** An optional note to the mentor. */
  message: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(2000))),
});
export type ShareDraftRequest = z.infer<typeof ShareDraftRequest>;

export const CommentRequest = z.object({
  sectionId: z.nullable(FieldKey),
  text: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(4000)),
  /** Ask for changes: the draft moves to `changes-requested`. */
  requestChanges: z.optional(z.boolean()),
});
export type CommentRequest = z.infer<typeof CommentRequest>;

export const SuggestRequest = z.object({
  sectionId: FieldKey,
  fieldId: FieldKey,
  text: /* @__PURE__ */ z.string().check(z.maxLength(4000)),
  suggestedText: /* @__PURE__ */ z.string().check(z.maxLength(10_000)),
});
export type SuggestRequest = z.infer<typeof SuggestRequest>;

export const ApproveRequest = z.object({
  /** The draft version the mentor read; approving a stale version is a conflict. */
  version: /* @__PURE__ */ z.int().check(z.positive()),
  text: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(4000))),
});
export type ApproveRequest = z.infer<typeof ApproveRequest>;

/** The owner accepts a suggestion (its text replaces the field, saving a new version). */
export const AcceptSuggestionRequest = z.object({
  version: /* @__PURE__ */ z.int().check(z.positive()),
});
export type AcceptSuggestionRequest = z.infer<typeof AcceptSuggestionRequest>;

/** The owner marks a comment or suggestion as dealt with, without applying it. */
export const ResolveReviewRequest = z.object({});
export type ResolveReviewRequest = z.infer<typeof ResolveReviewRequest>;

// ---- responses ----------------------------------------------------------------------

export const NarrativeTemplatePage = Page(NarrativeTemplate);
export type NarrativeTemplatePage = z.infer<typeof NarrativeTemplatePage>;

export const NarrativeDraftPage = Page(NarrativeDraft);
export type NarrativeDraftPage = z.infer<typeof NarrativeDraftPage>;

export const DraftVersionList = z.object({ items: z.array(DraftVersion) });
export type DraftVersionList = z.infer<typeof DraftVersionList>;

export const NarrativeReviewList = z.object({ items: z.array(NarrativeReview) });
export type NarrativeReviewList = z.infer<typeof NarrativeReviewList>;

/** The draft with its reviews, as `acceptSuggestion` and friends answer. */
export const DraftWithReviews = z.object({
  draft: NarrativeDraft,
  reviews: z.array(NarrativeReview),
});
export type DraftWithReviews = z.infer<typeof DraftWithReviews>;
