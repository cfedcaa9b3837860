/**
 * Narrative templates, drafts with versions, sharing for review and mentor reviews.
 * The store (`../store/narratives.ts`) decides who may do what and refuses the rest (a draft
 * the caller may not read is `not_found`, never `forbidden`); these routes call it.
 */
import { DraftVersion, DraftWithReviews, NarrativeDraft, NarrativeReview, NarrativeTemplate } from '../../api/narrative.js';
import {
  acceptSuggestion, approveDraft, commentOnDraft, createNarrativeDraft, createNarrativeTemplate, getNarrativeDraft, getNarrativeTemplate, listDraftReviews,
  listDraftVersions, listNarrativeDrafts, listNarrativeTemplates, resolveReview, restoreDraftVersion, shareDraft, suggestOnDraft, updateNarrativeDraft,
} from '../../api/operations/narratives.js';
import { component, route, type RouteModule } from '../route.js';
import { paged, pagedByPosition } from '../wire.js';
import { seedDemoDraft, seedNarrativeTemplates } from '../seed/narratives/index.js';
import * as store from '../store/narratives.js';

component('NarrativeTemplate', NarrativeTemplate);
component('NarrativeDraft', NarrativeDraft);
component('DraftVersion', DraftVersion);
component('NarrativeReview', NarrativeReview);
component('DraftWithReviews', DraftWithReviews);

const tags = ['narratives'];

export const narrativeRoutes: RouteModule = {
  name: 'narratives',
  tags: { narratives: 'Narrative templates, drafts with their versions, and reviews (comments, suggestions, approval).' },
  seeders: [
    { name: 'narrative-templates', run: async (db) => void (await seedNarrativeTemplates(db)) },
    { name: 'narrative-demo-draft', demoOnly: true, run: seedDemoDraft },
  ],
  routes: [
    route(listNarrativeTemplates, {
      summary: 'Narrative templates by kind and locale',
      description: 'The shared templates and the organisation\'s own. `locale=fr-CA` also finds `fr`; exact matches come first.',
      tags,
      auth: 'key',
      handler: async ({ db, principal, query }) =>
        pagedByPosition('templates', query, (window) => store.listTemplates(db, principal.organisationId, { kind: query.kind, locale: query.locale }, window), (template) => template.id),
    }),
    route(getNarrativeTemplate, {
      summary: 'One narrative template',
      tags,
      auth: 'key',
      handler: async ({ db, principal, params }) => store.getTemplate(db, principal.organisationId, params.id),
    }),
    route(createNarrativeTemplate, {
      summary: 'A coordinator adds an organisation template',
      description: 'The body must parse against the template\'s fields: an unknown placeholder, an unclosed section or HTML is 422 `unprocessable` with `templateErrors` (code, message, line, column, offset).',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor, body }) => store.createTemplate(db, actor.organisationId, actor, body),
    }),
    route(listNarrativeDrafts, {
      summary: 'My drafts, and the drafts shared with me for review, newest first',
      tags,
      auth: 'user',
      handler: async ({ db, actor, query }) => pagedByPosition('drafts', query, (window) => store.listDrafts(db, actor.organisationId, actor, window), (draft) => draft.id),
    }),
    route(createNarrativeDraft, {
      summary: 'Start a draft from a template',
      description: 'Send an `Idempotency-Key` so a retried request never creates two drafts.',
      tags,
      auth: 'user',
      handler: async ({ db, actor, body }) => store.createDraft(db, actor.organisationId, actor, body),
    }),
    route(getNarrativeDraft, {
      summary: 'One draft (its owner, or a mentor it is shared with)',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params }) => store.getDraft(db, actor.organisationId, actor, params.id),
    }),
    route(updateNarrativeDraft, {
      summary: 'Save a draft as a new version',
      description: '`version` is the version the edit was based on; a stale one is 409 `conflict` with `current`.',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, body }) => store.updateDraft(db, actor.organisationId, actor, params.id, body),
    }),
    route(listDraftVersions, {
      summary: 'A draft\'s saved versions, newest first',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params }) => ({ items: await store.listVersions(db, actor.organisationId, actor, params.id) }),
    }),
    route(restoreDraftVersion, {
      summary: 'Bring back an earlier version (saved as a new version)',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, body }) => store.restoreVersion(db, actor.organisationId, actor, params.id, body),
    }),
    route(shareDraft, {
      summary: 'Share a draft with mentors for review',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, body }) => store.shareForReview(db, actor.organisationId, actor, params.id, body),
    }),
    route(listDraftReviews, {
      summary: 'Comments, suggestions and approvals on a draft, oldest first',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, query }) => paged('reviews', query, (window) => store.listReviews(db, actor.organisationId, actor, params.id, window)),
    }),
    route(commentOnDraft, {
      summary: 'A reviewing mentor comments on a section',
      tags,
      auth: 'user',
      roles: ['mentor'],
      handler: async ({ db, actor, params, body }) => store.addReview(db, actor.organisationId, actor, params.id, { kind: 'comment', ...body }),
    }),
    route(suggestOnDraft, {
      summary: 'A reviewing mentor suggests replacement text for a field',
      tags,
      auth: 'user',
      roles: ['mentor'],
      handler: async ({ db, actor, params, body }) => store.addReview(db, actor.organisationId, actor, params.id, { kind: 'suggestion', ...body }),
    }),
    route(approveDraft, {
      summary: 'A reviewing mentor approves the version they read',
      tags,
      auth: 'user',
      roles: ['mentor'],
      handler: async ({ db, actor, params, body }) => store.withReviews(db, actor.organisationId, actor, (await store.approve(db, actor.organisationId, actor, params.id, body)).draft),
    }),
    route(acceptSuggestion, {
      summary: 'The author accepts a suggestion (saved as a new version)',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, body }) =>
        store.withReviews(db, actor.organisationId, actor, (await store.acceptSuggestion(db, actor.organisationId, actor, params.id, params.reviewId, body)).draft),
    }),
    route(resolveReview, {
      summary: 'The author marks a comment or suggestion as dealt with',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params }) => store.withReviews(db, actor.organisationId, actor, (await store.resolveReview(db, actor.organisationId, actor, params.id, params.reviewId)).draft),
    }),
  ],
};
