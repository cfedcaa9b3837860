/**
 * Data access for narrative templates, drafts, versions, shares and reviews, split by what
 * they do under `./narratives/`. Every function takes the caller's organisation and the
 * acting user and enforces who may do what, refusing with a `Refusal` (src/server/refusal.ts):
 *
 * - templates: shared seed templates (organisation NULL) plus the organisation's own;
 *   only a coordinator adds one.
 * - a draft is read by its owner and by the mentors it is shared with; nobody from another
 *   organisation ever sees it (it is "not found", never "forbidden").
 * - the owner edits, restores, shares, accepts and resolves; a mentor it is shared with
 *   comments, suggests and approves.
 */
export type { Actor } from '../actor.js';
export { createTemplate, findTemplate, getTemplate, listTemplates, type TemplateFilter } from './narratives/templates.js';
export { createDraft, getDraft, listDrafts, listVersions, restoreVersion, updateDraft } from './narratives/drafts.js';
export { acceptSuggestion, addReview, approve, listReviews, resolveReview, shareForReview, withReviews, type ReviewInput } from './narratives/reviews.js';
