/** Operations of narratives: templates, drafts with versions, sharing for review, and mentor reviews. */
import * as z from 'zod/mini';
import { defineOperation } from '../operation.js';
import { Id, PageQuery } from '../common.js';
import {
  AcceptSuggestionRequest, ApproveRequest, CommentRequest, CreateDraftRequest, CreateTemplateRequest, DraftVersionList, DraftWithReviews, NarrativeDraft,
  NarrativeDraftPage, NarrativeReview, NarrativeReviewList, NarrativeTemplate, NarrativeTemplatePage, ResolveReviewRequest, RestoreVersionRequest,
  ShareDraftRequest, SuggestRequest, TemplateQuery, UpdateDraftRequest,
} from '../narrative.js';

/** A template or a draft by id. */
export const NarrativeParams = z.object({ id: Id });
export type NarrativeParams = z.infer<typeof NarrativeParams>;
export const ReviewParams = z.object({ id: Id, reviewId: Id });
export type ReviewParams = z.infer<typeof ReviewParams>;

/** The shared templates and the organisation's own, by kind and locale. */
export const listNarrativeTemplates = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/narrative-templates', query: TemplateQuery, response: NarrativeTemplatePage });

export const getNarrativeTemplate = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/narrative-templates/:id', params: NarrativeParams, response: NarrativeTemplate });

/** A coordinator adds an organisation template. */
export const createNarrativeTemplate = /* @__PURE__ */ defineOperation({
  method: 'POST', path: '/v1/narrative-templates', body: CreateTemplateRequest, response: NarrativeTemplate, status: 201, idempotent: true,
});

/** The caller's drafts, and the drafts shared with them for review. */
export const listNarrativeDrafts = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/narrative-drafts', query: PageQuery, response: NarrativeDraftPage });

export const createNarrativeDraft = /* @__PURE__ */ defineOperation({
  method: 'POST', path: '/v1/narrative-drafts', body: CreateDraftRequest, response: NarrativeDraft, status: 201, idempotent: true,
});

export const getNarrativeDraft = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/narrative-drafts/:id', params: NarrativeParams, response: NarrativeDraft });

/** Saves a draft as a new version. */
export const updateNarrativeDraft = /* @__PURE__ */ defineOperation({
  method: 'PATCH', path: '/v1/narrative-drafts/:id', params: NarrativeParams, body: UpdateDraftRequest, response: NarrativeDraft, idempotent: true, versioned: true,
});

export const listDraftVersions = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/narrative-drafts/:id/versions', params: NarrativeParams, response: DraftVersionList });

/** Brings back an earlier version (saved as a new version). */
export const restoreDraftVersion = /* @__PURE__ */ defineOperation({
  method: 'POST', path: '/v1/narrative-drafts/:id/restore', params: NarrativeParams, body: RestoreVersionRequest, response: NarrativeDraft, idempotent: true, versioned: true,
});

export const shareDraft = /* @__PURE__ */ defineOperation({
  method: 'POST', path: '/v1/narrative-drafts/:id/shares', params: NarrativeParams, body: ShareDraftRequest, response: NarrativeDraft, idempotent: true,
});

export const listDraftReviews = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/narrative-drafts/:id/reviews', params: NarrativeParams, query: PageQuery, response: NarrativeReviewList });

export const commentOnDraft = /* @__PURE__ */ defineOperation({
  method: 'POST', path: '/v1/narrative-drafts/:id/comments', params: NarrativeParams, body: CommentRequest, response: NarrativeReview, status: 201, idempotent: true,
});

export const suggestOnDraft = /* @__PURE__ */ defineOperation({
  method: 'POST', path: '/v1/narrative-drafts/:id/suggestions', params: NarrativeParams, body: SuggestRequest, response: NarrativeReview, status: 201, idempotent: true,
});

export const approveDraft = /* @__PURE__ */ defineOperation({
  method: 'POST', path: '/v1/narrative-drafts/:id/approval', params: NarrativeParams, body: ApproveRequest, response: DraftWithReviews, idempotent: true, versioned: true,
});

export const acceptSuggestion = /* @__PURE__ */ defineOperation({
  method: 'POST', path: '/v1/narrative-drafts/:id/reviews/:reviewId/accept', params: ReviewParams, body: AcceptSuggestionRequest, response: DraftWithReviews, idempotent: true, versioned: true,
});

export const resolveReview = /* @__PURE__ */ defineOperation({
  method: 'POST', path: '/v1/narrative-drafts/:id/reviews/:reviewId/resolve', params: ReviewParams, body: ResolveReviewRequest, response: DraftWithReviews, idempotent: true,
});

export const narrativeOperations = [
  listNarrativeTemplates, getNarrativeTemplate, createNarrativeTemplate, listNarrativeDrafts, createNarrativeDraft, getNarrativeDraft, updateNarrativeDraft,
  listDraftVersions, restoreDraftVersion, shareDraft, listDraftReviews, commentOnDraft, suggestOnDraft, approveDraft, acceptSuggestion, resolveReview,
];
