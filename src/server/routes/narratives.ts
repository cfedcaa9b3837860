/**
 * Narrative templates, drafts with versions, sharing for review and mentor reviews.
 * The store (`../store/narratives.ts`) decides who may do what; these routes validate,
 * call it, and translate its results to HTTP problems (a draft the caller may not read is
 * `not_found`, never `forbidden`).
 */
import { DraftVersion, DraftWithReviews, NarrativeDraft, NarrativeReview, NarrativeTemplate } from '../../api/narrative.js';
import {
  acceptSuggestion, approveDraft, commentOnDraft, createNarrativeDraft, createNarrativeTemplate, getNarrativeDraft, getNarrativeTemplate, listDraftReviews,
  listDraftVersions, listNarrativeDrafts, listNarrativeTemplates, resolveReview, restoreDraftVersion, shareDraft, suggestOnDraft, updateNarrativeDraft,
} from '../../api/operations/narratives.js';
import type { Queryable } from '../db/types.js';
import { HttpProblem } from '../problem.js';
import { component, route, type RouteContext, type RouteModule } from '../route.js';
import { seedNarrativeTemplates, seedTemplateId } from '../seed/narratives/index.js';
import type { Seeder } from '../seed/types.js';
import * as store from '../store/narratives.js';

component('NarrativeTemplate', NarrativeTemplate);
component('NarrativeDraft', NarrativeDraft);
component('DraftVersion', DraftVersion);
component('NarrativeReview', NarrativeReview);
component('DraftWithReviews', DraftWithReviews);

const TAGS = ['narratives'];

type AnyCtx = RouteContext<'user', unknown, unknown, unknown>;

/** The acting user, as the store wants it. */
function actorOf(ctx: { principal: { user: { id: string; role: store.Actor['role'] } } }): store.Actor {
  return { userId: ctx.principal.user.id, role: ctx.principal.user.role };
}

/** The connection with a `transaction` that joins the route's own (idempotent writes run in one). */
function tx(ctx: Pick<AnyCtx, 'db' | 'transaction'>): Queryable & { transaction: AnyCtx['transaction'] } {
  return { query: ctx.db.query.bind(ctx.db), transaction: ctx.transaction } as Queryable & { transaction: AnyCtx['transaction'] };
}

/** A store result, or the problem it stands for. */
function unwrap<T>(result: store.StoreResult<T>, what = 'draft'): T {
  if (result.ok) return result.value;
  switch (result.error) {
    case 'not_found':
      throw new HttpProblem('not_found', `No ${what} with this id that you can read.`);
    case 'forbidden':
      throw new HttpProblem('forbidden', result.detail);
    case 'conflict':
      throw new HttpProblem('conflict', `The draft changed since you read it; it is now at version ${result.current.version}. Merge your change into "current" and send it again.`, {
        current: result.current,
      });
    case 'unprocessable': {
      const check = result.check;
      if (!check) throw new HttpProblem('unprocessable', result.detail);
      const errors = [
        ...check.errors.map((error) => ({ path: 'body', message: `Line ${error.line}, column ${error.column}: ${error.message}` })),
        ...check.problems.map((problem) => ({ path: `sections.${problem.id}`, message: problem.message })),
      ];
      throw new HttpProblem('unprocessable', `${result.detail} Fix the body or the fields and send it again.`, {
        errors,
        templateErrors: check.errors,
        templateProblems: check.problems,
      });
    }
  }
}

async function withReviews(ctx: AnyCtx, draft: NarrativeDraft): Promise<DraftWithReviews> {
  const reviews = unwrap(await store.listReviews(ctx.db, ctx.principal.organisationId, actorOf(ctx), draft.id));
  return { draft, reviews };
}

// ---- demo seed ------------------------------------------------------------------------

export const DEMO_DRAFT_ID = 'nd_demo_equivalency';

/** The demo mentee's credential-equivalency statement, shared with the demo mentor, who left a comment and a suggestion. */
async function seedDemoDraft(db: Queryable): Promise<void> {
  const users = await db.query<{ id: string }>(`SELECT id FROM users WHERE organisation_id = 'demo' AND id IN ('usr_demo_mentee', 'usr_demo_mentor')`);
  if (users.rows.length !== 2) return;
  const values = {
    'foreign-title': 'Registered Nurse (Nigeria)',
    'local-title': 'Registered Nurse',
    jurisdiction: 'Ontario',
    credentials: ["Bachelor's degree in Nursing, University of Lagos, Nigeria (2014) — assessed by NNAS as comparable to a Canadian bachelor's degree in nursing"],
    'assessed-by': 'NNAS',
    experience: 'Eight years on a busy medical-surgical ward at Lagos University Teaching Hospital, including three years as charge nurse for a team of twelve.',
  };
  const inserted = await db.query<{ id: string }>(
    `INSERT INTO narrative_drafts (id, organisation_id, template_id, owner_id, title, "values", competencies, status, version)
     VALUES ($1, 'demo', $2, 'usr_demo_mentee', $3, $4::jsonb, '[]'::jsonb, 'changes-requested', 1)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [DEMO_DRAFT_ID, seedTemplateId('credential-equivalency', 'en'), 'My nursing credentials', JSON.stringify(values)],
  );
  if (!inserted.rows[0]) return;
  await db.query(
    `INSERT INTO narrative_draft_versions (organisation_id, draft_id, version, title, "values", competencies, author_id)
     VALUES ('demo', $1, 1, $2, $3::jsonb, '[]'::jsonb, 'usr_demo_mentee')`,
    [DEMO_DRAFT_ID, 'My nursing credentials', JSON.stringify(values)],
  );
  await db.query(
    `INSERT INTO narrative_shares (organisation_id, draft_id, mentor_id, shared_by, message)
     VALUES ('demo', $1, 'usr_demo_mentor', 'usr_demo_mentee', 'Could you check this before I send it to the hospital?')`,
    [DEMO_DRAFT_ID],
  );
  await db.query(
    `INSERT INTO narrative_reviews (id, organisation_id, draft_id, section_id, field_id, author_id, kind, text, suggested_text, draft_version)
     VALUES ('nr_demo_comment', 'demo', $1, 'education', NULL, 'usr_demo_mentor', 'comment',
             'Good: naming NNAS makes the assessment easy to check. Add the registration exam once you have booked it.', NULL, 1),
            ('nr_demo_suggestion', 'demo', $1, 'practice', 'experience', 'usr_demo_mentor', 'suggestion',
             'Lead with the numbers a Canadian hiring manager looks for.',
             'Eight years of acute medical-surgical nursing at Lagos University Teaching Hospital, three of them as charge nurse leading a team of twelve on a 40-bed ward.', 1)`,
    [DEMO_DRAFT_ID],
  );
}

const seeders: Seeder[] = [
  { name: 'narrative-templates', run: async (db) => void (await seedNarrativeTemplates(db)) },
  { name: 'narrative-demo-draft', run: seedDemoDraft },
];

// ---- routes ---------------------------------------------------------------------------

export const narrativeRoutes: RouteModule = {
  name: 'narratives',
  seeders,
  routes: [
    route(listNarrativeTemplates, {
      summary: 'Narrative templates by kind and locale',
      description: 'The shared templates and the organisation\'s own. `locale=fr-CA` also finds `fr`; exact matches come first.',
      tags: TAGS,
      auth: 'key',
      handler: async ({ db, principal, query }) => {
        const actor = { userId: principal.user?.id ?? '', role: principal.user?.role ?? 'mentee' } as store.Actor;
        const items = await store.listTemplates(db, principal.organisationId, actor, { kind: query.kind, locale: query.locale });
        return { items, nextCursor: null };
      },
    }),
    route(getNarrativeTemplate, {
      summary: 'One narrative template',
      tags: TAGS,
      auth: 'key',
      handler: async ({ db, principal, params }) => unwrap(await store.getTemplate(db, principal.organisationId, params.id), 'template'),
    }),
    route(createNarrativeTemplate, {
      summary: 'A coordinator adds an organisation template',
      description: 'The body must parse against the template\'s fields: an unknown placeholder, an unclosed section or HTML is 422 `unprocessable` with `templateErrors` (code, message, line, column, offset).',
      tags: TAGS,
      auth: 'user',
      roles: ['coordinator'],
      handler: async (ctx) => unwrap(await store.createTemplate(ctx.db, ctx.principal.organisationId, actorOf(ctx), ctx.body), 'template'),
    }),
    route(listNarrativeDrafts, {
      summary: 'My drafts, and the drafts shared with me for review',
      tags: TAGS,
      auth: 'user',
      handler: async (ctx) => ({ items: await store.listDrafts(ctx.db, ctx.principal.organisationId, actorOf(ctx)), nextCursor: null }),
    }),
    route(createNarrativeDraft, {
      summary: 'Start a draft from a template',
      description: 'Send an `Idempotency-Key` so a retried request never creates two drafts.',
      tags: TAGS,
      auth: 'user',
      handler: async (ctx) => unwrap(await store.createDraft(tx(ctx), ctx.principal.organisationId, actorOf(ctx), ctx.body)),
    }),
    route(getNarrativeDraft, {
      summary: 'One draft (its owner, or a mentor it is shared with)',
      tags: TAGS,
      auth: 'user',
      handler: async (ctx) => unwrap(await store.getDraft(ctx.db, ctx.principal.organisationId, actorOf(ctx), ctx.params.id)),
    }),
    route(updateNarrativeDraft, {
      summary: 'Save a draft as a new version',
      description: '`version` is the version the edit was based on; a stale one is 409 `conflict` with `current`.',
      tags: TAGS,
      auth: 'user',
      handler: async (ctx) => unwrap(await store.updateDraft(tx(ctx), ctx.principal.organisationId, actorOf(ctx), ctx.params.id, ctx.body)),
    }),
    route(listDraftVersions, {
      summary: 'A draft\'s saved versions, newest first',
      tags: TAGS,
      auth: 'user',
      handler: async (ctx) => ({ items: unwrap(await store.listVersions(ctx.db, ctx.principal.organisationId, actorOf(ctx), ctx.params.id)) }),
    }),
    route(restoreDraftVersion, {
      summary: 'Bring back an earlier version (saved as a new version)',
      tags: TAGS,
      auth: 'user',
      handler: async (ctx) => unwrap(await store.restoreVersion(tx(ctx), ctx.principal.organisationId, actorOf(ctx), ctx.params.id, ctx.body)),
    }),
    route(shareDraft, {
      summary: 'Share a draft with mentors for review',
      tags: TAGS,
      auth: 'user',
      handler: async (ctx) => unwrap(await store.shareForReview(tx(ctx), ctx.principal.organisationId, actorOf(ctx), ctx.params.id, ctx.body)),
    }),
    route(listDraftReviews, {
      summary: 'Comments, suggestions and approvals on a draft, oldest first',
      tags: TAGS,
      auth: 'user',
      handler: async (ctx) => ({ items: unwrap(await store.listReviews(ctx.db, ctx.principal.organisationId, actorOf(ctx), ctx.params.id)) }),
    }),
    route(commentOnDraft, {
      summary: 'A reviewing mentor comments on a section',
      tags: TAGS,
      auth: 'user',
      roles: ['mentor'],
      handler: async (ctx) => unwrap(await store.addReview(tx(ctx), ctx.principal.organisationId, actorOf(ctx), ctx.params.id, { kind: 'comment', ...ctx.body })),
    }),
    route(suggestOnDraft, {
      summary: 'A reviewing mentor suggests replacement text for a field',
      tags: TAGS,
      auth: 'user',
      roles: ['mentor'],
      handler: async (ctx) => unwrap(await store.addReview(tx(ctx), ctx.principal.organisationId, actorOf(ctx), ctx.params.id, { kind: 'suggestion', ...ctx.body })),
    }),
    route(approveDraft, {
      summary: 'A reviewing mentor approves the version they read',
      tags: TAGS,
      auth: 'user',
      roles: ['mentor'],
      handler: async (ctx) => withReviews(ctx as AnyCtx, unwrap(await store.approve(tx(ctx), ctx.principal.organisationId, actorOf(ctx), ctx.params.id, ctx.body)).draft),
    }),
    route(acceptSuggestion, {
      summary: 'The author accepts a suggestion (saved as a new version)',
      tags: TAGS,
      auth: 'user',
      handler: async (ctx) =>
        withReviews(ctx as AnyCtx, unwrap(await store.acceptSuggestion(tx(ctx), ctx.principal.organisationId, actorOf(ctx), ctx.params.id, ctx.params.reviewId, ctx.body)).draft),
    }),
    route(resolveReview, {
      summary: 'The author marks a comment or suggestion as dealt with',
      tags: TAGS,
      auth: 'user',
      handler: async (ctx) =>
        withReviews(ctx as AnyCtx, unwrap(await store.resolveReview(tx(ctx), ctx.principal.organisationId, actorOf(ctx), ctx.params.id, ctx.params.reviewId)).draft),
    }),
  ],
};
