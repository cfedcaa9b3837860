/**
 * Narrative templates, drafts, their versions and mentor reviews: the contract behind
 * `bw-narrative-builder`. A template is a guided form (sections of fields with plain-word
 * guidance) plus a body written in the tiny template language of `src/core/narrative`;
 * a draft holds one person's field values for one template.
 */
import * as z from 'zod/mini';
import { isUnreservedKey, hasUniqueIds } from './refinements.js';
import { Count, Cursor, Id, IsoDateTime, ListPage, LocaleTag, Page, PageQuery, PositiveInt, Text } from './common.js';

export const NarrativeKind = z.enum([
  'resume-summary',
  'elevator-pitch',
  'star-story',
  'credential-equivalency',
  'cover-letter-paragraph',
  'networking-profile',
]);
export type NarrativeKind = z.infer<typeof NarrativeKind>;

export { RESERVED_FIELD_KEYS } from './refinements.js';

/**
 * A field id or section id: letters, digits and `-`/`_`, starting with a lower-case letter, and
 * none of {@link RESERVED_FIELD_KEYS}.
 */
export const FieldKey = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(/^[a-z][a-zA-Z0-9_-]{0,63}$/, 'must start with a letter and hold only letters, digits, _ or -'),
    z.refine(isUnreservedKey, 'must not be a reserved name (constructor, toString, valueOf, prototype...)'),
  );
export type FieldKey = z.infer<typeof FieldKey>;

export const FieldType = z.enum(['text', 'textarea', 'list', 'choice']);
export type FieldType = z.infer<typeof FieldType>;

export const TemplateField = z.object({
  id: FieldKey,
  label: /* @__PURE__ */ Text(200, { min: 1 }),
  /** What to write, in plain words. */
  guidance: /* @__PURE__ */ Text(2000),
  /** A realistic example answer. */
  example: /* @__PURE__ */ Text(2000),
  type: FieldType,
  required: z.boolean(),
  minWords: z.optional(Count),
  maxWords: z.optional(PositiveInt),
  maxChars: z.optional(PositiveInt),
  /** The choices of a `choice` field. */
  options: z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ Text(200, { min: 1 })).check(z.maxLength(50))),
});
export type TemplateField = z.infer<typeof TemplateField>;

export const TemplateSection = z.object({
  id: FieldKey,
  title: /* @__PURE__ */ Text(200, { min: 1 }),
  /** An optional section is left out of the text when none of its fields has a value. */
  optional: z.boolean(),
  fields: /* @__PURE__ */ z.array(TemplateField).check(z.minLength(1), z.maxLength(50)),
});
export type TemplateSection = z.infer<typeof TemplateSection>;

export const NarrativeLimits = z.object({
  maxWords: z.optional(PositiveInt),
  maxChars: z.optional(PositiveInt),
  /** For spoken pieces (the elevator pitch): how long it may take to say. */
  spokenSeconds: z.optional(PositiveInt),
});
export type NarrativeLimits = z.infer<typeof NarrativeLimits>;

export const NarrativeTemplate = z.object({
  id: Id,
  kind: NarrativeKind,
  locale: LocaleTag,
  title: /* @__PURE__ */ Text(200, { min: 1 }),
  description: /* @__PURE__ */ Text(2000),
  /** `null` for the shared seed templates; an organisation's own templates carry its id. */
  organisationId: z.nullable(Id),
  sections: /* @__PURE__ */ z.array(TemplateSection).check(z.minLength(1)),
  /** The text with `{{field}}`, `{{#section}}...{{/section}}` and `{{#each list}}...{{/each}}`. */
  body: /* @__PURE__ */ Text(20_000, { min: 1 }),
  limits: NarrativeLimits,
  /** Competency ids a STAR story can be tagged with. */
  competencies: z.optional(z.array(FieldKey)),
});
export type NarrativeTemplate = z.infer<typeof NarrativeTemplate>;

/** The longest text a field may hold, in UTF-16 code units (what `Text` counts); elements show a counter near it. */
export const FIELD_TEXT_MAX = 10_000;
/** The longest entry of a `list` field. */
export const LIST_ENTRY_MAX = 2_000;
/** The most entries a `list` field may hold. */
export const LIST_ENTRIES_MAX = 50;

/** A field's value: text, or a list of entries for `list` fields. */
export const FieldValue = z.union([/* @__PURE__ */ Text(FIELD_TEXT_MAX), /* @__PURE__ */ z.array(/* @__PURE__ */ Text(LIST_ENTRY_MAX)).check(z.maxLength(LIST_ENTRIES_MAX))]);
export type FieldValue = z.infer<typeof FieldValue>;

export const DraftValues = z.record(FieldKey, FieldValue);
export type DraftValues = z.infer<typeof DraftValues>;

export const DraftStatus = z.enum(['draft', 'in-review', 'changes-requested', 'approved']);
export type DraftStatus = z.infer<typeof DraftStatus>;

export const NarrativeDraft = z.object({
  id: Id,
  templateId: Id,
  ownerId: Id,
  title: /* @__PURE__ */ Text(200),
  values: DraftValues,
  /** Competencies this story shows (STAR stories). */
  competencies: z.array(FieldKey),
  status: DraftStatus,
  version: PositiveInt,
  /** Mentors the draft is shared with for review. */
  sharedWith: z.array(Id),
  updatedAt: IsoDateTime,
});
export type NarrativeDraft = z.infer<typeof NarrativeDraft>;

/** One saved state of a draft; restoring it saves a new version with these values. */
export const DraftVersion = z.object({
  draftId: Id,
  version: PositiveInt,
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
  draftVersion: PositiveInt,
  createdAt: IsoDateTime,
});
export type NarrativeReview = z.infer<typeof NarrativeReview>;

// ---- requests ---------------------------------------------------------------------

export const TemplateQuery = z.extend(PageQuery, {
  kind: z.optional(NarrativeKind),
  locale: z.optional(LocaleTag),
});
export type TemplateQuery = z.infer<typeof TemplateQuery>;

/** A coordinator adds an organisation's own template. */
export const CreateTemplateRequest = /* @__PURE__ */ z
  .object({
    kind: NarrativeKind,
    locale: LocaleTag,
    title: /* @__PURE__ */ Text(200, { min: 1 }),
    description: /* @__PURE__ */ Text(2000),
    sections: /* @__PURE__ */ z.array(TemplateSection).check(z.minLength(1), z.maxLength(50)),
    body: /* @__PURE__ */ Text(20_000, { min: 1 }),
    limits: NarrativeLimits,
    competencies: z.optional(/* @__PURE__ */ z.array(FieldKey).check(z.maxLength(50))),
  })
  .check(z.refine(hasUniqueIds, { message: 'section ids and field ids must each be used once', path: ['sections'] }));
export type CreateTemplateRequest = z.infer<typeof CreateTemplateRequest>;

export const CreateDraftRequest = z.object({
  templateId: Id,
  title: z.optional(/* @__PURE__ */ Text(200)),
  values: z.optional(DraftValues),
  competencies: z.optional(z.array(FieldKey)),
});
export type CreateDraftRequest = z.infer<typeof CreateDraftRequest>;

/** Saves a draft; `version` is the version the edit was based on (stale -> 409 with the current draft). */
export const UpdateDraftRequest = z.object({
  version: PositiveInt,
  title: z.optional(/* @__PURE__ */ Text(200)),
  values: z.optional(DraftValues),
  competencies: z.optional(z.array(FieldKey)),
});
export type UpdateDraftRequest = z.infer<typeof UpdateDraftRequest>;

export const RestoreVersionRequest = z.object({
  /** The current version of the draft (optimistic concurrency). */
  version: PositiveInt,
  /** The earlier version to bring back. */
  restore: PositiveInt,
});
export type RestoreVersionRequest = z.infer<typeof RestoreVersionRequest>;

export const ShareDraftRequest = z.object({
  mentorIds: /* @__PURE__ */ z.array(Id).check(z.minLength(1), z.maxLength(10)),
  /** An optional note to the mentor. */
  message: z.optional(/* @__PURE__ */ Text(2000)),
});
export type ShareDraftRequest = z.infer<typeof ShareDraftRequest>;

export const CommentRequest = z.object({
  sectionId: z.nullable(FieldKey),
  text: /* @__PURE__ */ Text(4000, { min: 1 }),
  /** Ask for changes: the draft moves to `changes-requested`. */
  requestChanges: z.optional(z.boolean()),
});
export type CommentRequest = z.infer<typeof CommentRequest>;

export const SuggestRequest = z.object({
  sectionId: FieldKey,
  fieldId: FieldKey,
  text: /* @__PURE__ */ Text(4000),
  suggestedText: /* @__PURE__ */ Text(10_000),
});
export type SuggestRequest = z.infer<typeof SuggestRequest>;

export const ApproveRequest = z.object({
  /** The draft version the mentor read; approving a stale version is a conflict. */
  version: PositiveInt,
  text: z.optional(/* @__PURE__ */ Text(4000)),
});
export type ApproveRequest = z.infer<typeof ApproveRequest>;

/** The owner accepts a suggestion (its text replaces the field, saving a new version). */
export const AcceptSuggestionRequest = z.object({
  version: PositiveInt,
});
export type AcceptSuggestionRequest = z.infer<typeof AcceptSuggestionRequest>;

/** The owner marks a comment or suggestion as dealt with, without applying it. */
export const ResolveReviewRequest = z.object({});
export type ResolveReviewRequest = z.infer<typeof ResolveReviewRequest>;

// ---- responses ----------------------------------------------------------------------

export const NarrativeTemplatePage = Page(NarrativeTemplate);
export type NarrativeTemplatePage = z.infer<typeof NarrativeTemplatePage>;

/**
 * A page of templates as sent, each item still to be read on its own with {@link NarrativeTemplate}
 * (the builder's catalogue): one broken template cannot fail the others.
 */
export const RawNarrativeTemplatePage = z.object({ items: /* @__PURE__ */ z.array(z.unknown()).check(z.maxLength(100)), nextCursor: z.optional(z.nullable(Cursor)) });
export type RawNarrativeTemplatePage = z.infer<typeof RawNarrativeTemplatePage>;

export const NarrativeDraftPage = Page(NarrativeDraft);
export type NarrativeDraftPage = z.infer<typeof NarrativeDraftPage>;

export const DraftVersionList = z.object({ items: z.array(DraftVersion) });
export type DraftVersionList = z.infer<typeof DraftVersionList>;

export const NarrativeReviewList = /* @__PURE__ */ ListPage(NarrativeReview);
export type NarrativeReviewList = z.infer<typeof NarrativeReviewList>;

/** The draft with its reviews, as `acceptSuggestion` and friends answer. */
export const DraftWithReviews = z.object({
  draft: NarrativeDraft,
  reviews: z.array(NarrativeReview),
});
export type DraftWithReviews = z.infer<typeof DraftWithReviews>;
