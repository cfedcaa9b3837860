/**
 * Data access for plans, milestones, check-ins, comments and recalibrations.
 *
 * Every function takes the organisation and the acting user and enforces who may see and
 * change what: a mentee sees their own plans, a mentor only plans shared with them, a
 * coordinator every plan of their organisation. A plan another person may not see is
 * reported as `not-found`, never as `forbidden`, so its existence does not leak.
 *
 * Functions that write several rows run in one transaction: pass a `Database` (its
 * `transaction` is used, and a refused write is rolled back) or a `Queryable` that is
 * already inside one (then the caller rolls back when the result is not `ok`).
 */
import type { Evidence, Milestone, MilestoneCreate, MilestoneReorder, MilestoneUpdate, Plan, PlanCreate, PlanDetail, PlanUpdate, CheckIn, CheckInCreate, Comment, CommentCreate, Recalibration, RecalibrationCreate } from '../../api/plan.js';
import type { Role } from '../../api/identity.js';
import type { Page } from '../../api/common.js';
import type { Database, Queryable } from '../db/types.js';
import { canTransition } from '../../core/plan/status.js';
import { validateDependencyChange } from '../../core/plan/dependencies.js';
import { applyOrder, sortByPosition } from '../../core/plan/order.js';

export interface Actor {
  userId: string;
  role: Role;
}

export type StoreError =
  | { ok: false; error: 'not-found' }
  | { ok: false; error: 'forbidden'; detail: string }
  | { ok: false; error: 'invalid'; detail: string };

export type StoreResult<T> = { ok: true; value: T } | StoreError;
/** A write based on a stale version: `current` is the resource as it is now. */
export type Conflict<C> = { ok: false; error: 'conflict'; current: C };

const notFound = { ok: false, error: 'not-found' } as const;
const forbidden = (detail: string) => ({ ok: false, error: 'forbidden', detail }) as const;
const invalid = (detail: string) => ({ ok: false, error: 'invalid', detail }) as const;
const ok = <T>(value: T) => ({ ok: true, value }) as const;

export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`;
}

class Refused {
  constructor(readonly result: unknown) {}
}

/**
 * Runs `work` in a transaction when `db` can start one (otherwise the caller already has).
 * A result that is not `ok` rolls the transaction back, so a refused write leaves nothing behind.
 */
async function inTransaction<T extends { ok: boolean }>(db: Queryable | Database, work: (tx: Queryable) => Promise<T>): Promise<T> {
  if (!('transaction' in db) || typeof db.transaction !== 'function') return work(db);
  try {
    return await db.transaction(async (tx) => {
      const result = await work(tx);
      if (!result.ok) throw new Refused(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Refused) return error.result as T;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------
// Rows

interface PlanRow {
  id: string;
  mentee_id: string;
  occupation_id: string;
  jurisdiction_id: string;
  target_date: string;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
  shared_with: string[] | null;
  mentee_name: string | null;
}

interface MilestoneRow {
  id: string;
  plan_id: string;
  title: string;
  kind: Milestone['kind'];
  source_requirement_id: string | null;
  source_pathway_id: string | null;
  due_date: string | null;
  status: Milestone['status'];
  evidence: Evidence[] | string;
  position: number;
  expires_on: string | null;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
  depends_on: string[] | null;
  comment_count: number | null;
}

const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

const PLAN_COLUMNS = `p.id, p.mentee_id, p.occupation_id, p.jurisdiction_id, p.target_date::text AS target_date, p.version,
  p.created_at, p.updated_at,
  ARRAY(SELECT s.mentor_id FROM plan_shares s WHERE s.plan_id = p.id AND s.organisation_id = p.organisation_id ORDER BY s.mentor_id) AS shared_with,
  (SELECT u.display_name FROM users u WHERE u.id = p.mentee_id AND u.organisation_id = p.organisation_id) AS mentee_name`;

const MILESTONE_COLUMNS = `m.id, m.plan_id, m.title, m.kind, m.source_requirement_id, m.source_pathway_id, m.due_date::text AS due_date,
  m.status, m.evidence, m.position, m.expires_on::text AS expires_on, m.version, m.created_at, m.updated_at,
  ARRAY(SELECT d.depends_on_id FROM milestone_dependencies d WHERE d.milestone_id = m.id AND d.organisation_id = m.organisation_id ORDER BY d.depends_on_id) AS depends_on,
  (SELECT count(*)::int FROM comments c WHERE c.milestone_id = m.id AND c.organisation_id = m.organisation_id) AS comment_count`;

function toPlan(row: PlanRow): Plan {
  return {
    id: row.id,
    menteeId: row.mentee_id,
    ...(row.mentee_name ? { menteeName: row.mentee_name } : {}),
    goal: { occupationId: row.occupation_id, jurisdictionId: row.jurisdiction_id, targetDate: row.target_date },
    sharedWith: row.shared_with ?? [],
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

function toMilestone(row: MilestoneRow): Milestone {
  const milestone: Milestone = {
    id: row.id,
    planId: row.plan_id,
    title: row.title,
    kind: row.kind,
    dueDate: row.due_date,
    status: row.status,
    evidence: typeof row.evidence === 'string' ? JSON.parse(row.evidence) : row.evidence,
    position: row.position,
    dependsOn: row.depends_on ?? [],
    commentCount: row.comment_count ?? 0,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
  if (row.source_requirement_id) {
    milestone.source = { requirementId: row.source_requirement_id, ...(row.source_pathway_id ? { pathwayId: row.source_pathway_id } : {}) };
  }
  if (row.expires_on) milestone.expiresOn = row.expires_on;
  return milestone;
}

async function planRow(db: Queryable, organisationId: string, planId: string, lock = false): Promise<PlanRow | undefined> {
  const { rows } = await db.query<PlanRow>(
    `SELECT ${PLAN_COLUMNS} FROM plans p WHERE p.organisation_id = $1 AND p.id = $2${lock ? ' FOR UPDATE' : ''}`,
    [organisationId, planId],
  );
  return rows[0];
}

async function milestoneRows(db: Queryable, organisationId: string, planId: string): Promise<Milestone[]> {
  const { rows } = await db.query<MilestoneRow>(
    `SELECT ${MILESTONE_COLUMNS} FROM milestones m WHERE m.organisation_id = $1 AND m.plan_id = $2 ORDER BY m.position, m.created_at, m.id`,
    [organisationId, planId],
  );
  return rows.map(toMilestone);
}

async function milestoneRow(db: Queryable, organisationId: string, milestoneId: string): Promise<Milestone | undefined> {
  const { rows } = await db.query<MilestoneRow>(`SELECT ${MILESTONE_COLUMNS} FROM milestones m WHERE m.organisation_id = $1 AND m.id = $2`, [
    organisationId,
    milestoneId,
  ]);
  return rows[0] ? toMilestone(rows[0]) : undefined;
}

// ---------------------------------------------------------------------------------------
// Access

function canRead(plan: Plan, actor: Actor): boolean {
  if (actor.role === 'coordinator') return true;
  if (actor.role === 'mentee') return plan.menteeId === actor.userId;
  return plan.sharedWith.includes(actor.userId);
}

/** Owners and coordinators change the plan and its milestones; mentors comment and record check-ins. */
function canEdit(plan: Plan, actor: Actor): boolean {
  return actor.role === 'coordinator' || (actor.role === 'mentee' && plan.menteeId === actor.userId);
}

async function readablePlan(db: Queryable, organisationId: string, actor: Actor, planId: string, lock = false): Promise<Plan | undefined> {
  const row = await planRow(db, organisationId, planId, lock);
  if (!row) return undefined;
  const plan = toPlan(row);
  return canRead(plan, actor) ? plan : undefined;
}

async function usersWithRole(db: Queryable, organisationId: string, ids: readonly string[], role: Role | null): Promise<string[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM users WHERE organisation_id = $1 AND id = ANY($2::text[]) AND ($3::text IS NULL OR role = $3)`,
    [organisationId, [...ids], role],
  );
  const found = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}

// ---------------------------------------------------------------------------------------
// Plans

/** Creates a plan for the calling mentee (a coordinator names the mentee with `menteeId`). */
export async function createPlan(
  db: Queryable | Database,
  organisationId: string,
  actor: Actor,
  input: PlanCreate & { menteeId?: string },
): Promise<StoreResult<Plan>> {
  if (actor.role === 'mentor') return forbidden('Mentors cannot create plans; a mentee creates a plan and shares it.');
  const menteeId = actor.role === 'coordinator' ? input.menteeId : actor.userId;
  if (!menteeId) return invalid('menteeId is required when a coordinator creates a plan.');
  if (actor.role === 'mentee' && input.menteeId && input.menteeId !== actor.userId) return forbidden('A mentee creates plans only for themselves.');
  const sharedWith = [...new Set(input.sharedWith ?? [])];
  return inTransaction(db, async (tx) => {
    if ((await usersWithRole(tx, organisationId, [menteeId], 'mentee')).length > 0) return invalid(`${menteeId} is not a mentee of this organisation.`);
    const unknown = await usersWithRole(tx, organisationId, sharedWith, 'mentor');
    if (unknown.length > 0) return invalid(`Not mentors of this organisation: ${unknown.join(', ')}.`);
    const id = newId('plan');
    await tx.query(
      `INSERT INTO plans (id, organisation_id, mentee_id, occupation_id, jurisdiction_id, target_date) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, organisationId, menteeId, input.goal.occupationId, input.goal.jurisdictionId, input.goal.targetDate],
    );
    for (const mentorId of sharedWith) {
      await tx.query(`INSERT INTO plan_shares (organisation_id, plan_id, mentor_id) VALUES ($1, $2, $3)`, [organisationId, id, mentorId]);
    }
    return ok(toPlan((await planRow(tx, organisationId, id))!));
  });
}

/** A plan with its milestones in order, when the actor may see it. */
export async function getPlan(db: Queryable, organisationId: string, actor: Actor, planId: string): Promise<StoreResult<PlanDetail>> {
  const plan = await readablePlan(db, organisationId, actor, planId);
  if (!plan) return notFound;
  return ok({ plan, milestones: await milestoneRows(db, organisationId, planId) });
}

interface PageOptions {
  limit?: number;
  cursor?: string;
}

function decodeCursor(cursor: string | undefined): { createdAt: string; id: string } | undefined {
  if (!cursor) return undefined;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    return typeof createdAt === 'string' && typeof id === 'string' ? { createdAt, id } : undefined;
  } catch {
    return undefined;
  }
}

const encodeCursor = (plan: Plan) => Buffer.from(JSON.stringify([plan.createdAt, plan.id])).toString('base64url');

async function listPlans(db: Queryable, organisationId: string, where: string, param: string | null, options: PageOptions): Promise<Page<Plan>> {
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 100);
  const after = decodeCursor(options.cursor);
  const { rows } = await db.query<PlanRow>(
    `SELECT ${PLAN_COLUMNS} FROM plans p
      WHERE p.organisation_id = $1 AND ${where}
        AND ($3::timestamptz IS NULL OR (p.created_at, p.id) > ($3::timestamptz, $4::text))
      ORDER BY p.created_at, p.id LIMIT $5`,
    [organisationId, param, after?.createdAt ?? null, after?.id ?? '', limit + 1],
  );
  const items = rows.slice(0, limit).map(toPlan);
  return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]) : null };
}

/** Plans shared with the calling mentor. */
export async function listPlansForMentor(db: Queryable, organisationId: string, actor: Actor, options: PageOptions = {}): Promise<StoreResult<Page<Plan>>> {
  if (actor.role !== 'mentor') return forbidden('Only mentors have plans shared with them.');
  return ok(
    await listPlans(db, organisationId, `EXISTS (SELECT 1 FROM plan_shares s WHERE s.plan_id = p.id AND s.organisation_id = p.organisation_id AND s.mentor_id = $2)`, actor.userId, options),
  );
}

/** The calling mentee's own plans; every plan of the organisation for a coordinator. */
export async function listPlansForActor(db: Queryable, organisationId: string, actor: Actor, options: PageOptions = {}): Promise<StoreResult<Page<Plan>>> {
  if (actor.role === 'mentor') return listPlansForMentor(db, organisationId, actor, options);
  if (actor.role === 'mentee') return ok(await listPlans(db, organisationId, `p.mentee_id = $2`, actor.userId, options));
  return ok(await listPlans(db, organisationId, `($2::text IS NULL)`, null, options));
}

// ---------------------------------------------------------------------------------------
// Milestones

/** Creates milestones at the end of the plan (or at `position`), in one transaction. */
export async function createMilestones(
  db: Queryable | Database,
  organisationId: string,
  actor: Actor,
  planId: string,
  items: readonly MilestoneCreate[],
): Promise<StoreResult<Milestone[]>> {
  return inTransaction(db, async (tx) => {
    const plan = await readablePlan(tx, organisationId, actor, planId, true);
    if (!plan) return notFound;
    if (!canEdit(plan, actor)) return forbidden('Only the mentee or a coordinator adds milestones.');
    const existing = await milestoneRows(tx, organisationId, planId);
    const nodes = existing.map((m) => ({ id: m.id, dependsOn: m.dependsOn }));
    const created: string[] = [];
    let ordered = sortByPosition(existing).map((m) => ({ id: m.id, position: m.position }));
    for (const item of items) {
      const id = newId('ms');
      const dependsOn = [...new Set(item.dependsOn ?? [])];
      const check = validateDependencyChange(nodes, id, dependsOn);
      if (!check.ok) return invalid(check.reason === 'unknown' ? `Unknown milestones in dependsOn: ${check.unknown.join(', ')}.` : 'dependsOn would make a cycle.');
      nodes.push({ id, dependsOn });
      const at = Math.min(item.position ?? ordered.length, ordered.length);
      ordered.splice(at, 0, { id, position: at });
      ordered = ordered.map((entry, index) => ({ ...entry, position: index }));
      await tx.query(
        `INSERT INTO milestones (id, organisation_id, plan_id, title, kind, source_requirement_id, source_pathway_id, due_date, position, expires_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [id, organisationId, planId, item.title, item.kind, item.source?.requirementId ?? null, item.source?.pathwayId ?? null, item.dueDate ?? null, at, item.expiresOn ?? null],
      );
      for (const dep of dependsOn) {
        await tx.query(`INSERT INTO milestone_dependencies (organisation_id, milestone_id, depends_on_id) VALUES ($1, $2, $3)`, [organisationId, id, dep]);
      }
      created.push(id);
    }
    await writePositions(tx, organisationId, ordered);
    const all = await milestoneRows(tx, organisationId, planId);
    return ok(created.map((id) => all.find((m) => m.id === id)!));
  });
}

export async function createMilestone(
  db: Queryable | Database,
  organisationId: string,
  actor: Actor,
  planId: string,
  item: MilestoneCreate,
): Promise<StoreResult<Milestone>> {
  const result = await createMilestones(db, organisationId, actor, planId, [item]);
  return result.ok ? ok(result.value[0]) : result;
}

async function writePositions(tx: Queryable, organisationId: string, ordered: ReadonlyArray<{ id: string; position: number }>): Promise<void> {
  if (ordered.length === 0) return;
  await tx.query(
    `UPDATE milestones m SET position = o.position
       FROM unnest($2::text[], $3::int[]) AS o(id, position)
      WHERE m.organisation_id = $1 AND m.id = o.id AND m.position <> o.position`,
    [organisationId, ordered.map((entry) => entry.id), ordered.map((entry) => entry.position)],
  );
}

/** Changes a milestone if `patch.version` is current; otherwise a conflict carrying the current milestone. */
export async function updateMilestone(
  db: Queryable | Database,
  organisationId: string,
  actor: Actor,
  milestoneId: string,
  patch: MilestoneUpdate,
): Promise<StoreResult<Milestone> | Conflict<Milestone>> {
  return inTransaction(db, async (tx) => {
    const current = await milestoneRow(tx, organisationId, milestoneId);
    if (!current) return notFound;
    const plan = await readablePlan(tx, organisationId, actor, current.planId);
    if (!plan) return notFound;
    if (!canEdit(plan, actor)) return forbidden('Only the mentee or a coordinator changes milestones; mentors comment.');
    if (current.version !== patch.version) return { ok: false, error: 'conflict', current };
    if (patch.status !== undefined && !canTransition(current.status, patch.status)) {
      return invalid(`A milestone cannot go from ${current.status} to ${patch.status}.`);
    }
    if (patch.dependsOn !== undefined) {
      const siblings = await milestoneRows(tx, organisationId, current.planId);
      const check = validateDependencyChange(siblings, milestoneId, [...new Set(patch.dependsOn)]);
      if (!check.ok) return invalid(check.reason === 'unknown' ? `Unknown milestones in dependsOn: ${check.unknown.join(', ')}.` : check.reason === 'self' ? 'A milestone cannot depend on itself.' : `dependsOn would make a cycle: ${check.cycle.join(' -> ')}.`);
    }
    const { rows } = await tx.query<{ id: string }>(
      `UPDATE milestones SET
         title = COALESCE($4, title),
         kind = COALESCE($5, kind),
         status = COALESCE($6, status),
         evidence = COALESCE($7::jsonb, evidence),
         expires_on = CASE WHEN $8::boolean THEN $9::date ELSE expires_on END,
         version = version + 1,
         updated_at = now()
       WHERE organisation_id = $1 AND id = $2 AND version = $3
       RETURNING id`,
      [
        organisationId,
        milestoneId,
        patch.version,
        patch.title ?? null,
        patch.kind ?? null,
        patch.status ?? null,
        patch.evidence === undefined ? null : JSON.stringify(patch.evidence),
        patch.expiresOn !== undefined,
        patch.expiresOn ?? null,
      ],
    );
    if (rows.length === 0) return { ok: false, error: 'conflict', current: (await milestoneRow(tx, organisationId, milestoneId))! };
    if (patch.dependsOn !== undefined) {
      await tx.query(`DELETE FROM milestone_dependencies WHERE organisation_id = $1 AND milestone_id = $2`, [organisationId, milestoneId]);
      for (const dep of new Set(patch.dependsOn)) {
        await tx.query(`INSERT INTO milestone_dependencies (organisation_id, milestone_id, depends_on_id) VALUES ($1, $2, $3)`, [organisationId, milestoneId, dep]);
      }
    }
    return ok((await milestoneRow(tx, organisationId, milestoneId))!);
  });
}

/**
 * Puts the plan's milestones in the given order. A plan-level write: it names the plan's
 * version, bumps it, and a stale one gets the plan with its milestones as they are.
 */
export async function reorderMilestones(
  db: Queryable | Database,
  organisationId: string,
  actor: Actor,
  planId: string,
  input: MilestoneReorder,
): Promise<StoreResult<PlanDetail> | Conflict<PlanDetail>> {
  return inTransaction(db, async (tx) => {
    const plan = await readablePlan(tx, organisationId, actor, planId, true);
    if (!plan) return notFound;
    if (!canEdit(plan, actor)) return forbidden('Only the mentee or a coordinator reorders milestones.');
    const milestones = await milestoneRows(tx, organisationId, planId);
    if (plan.version !== input.version) return { ok: false, error: 'conflict', current: { plan, milestones } };
    const known = new Set(milestones.map((m) => m.id));
    const unknown = input.order.filter((id) => !known.has(id));
    if (unknown.length > 0) return invalid(`Not milestones of this plan: ${unknown.join(', ')}.`);
    await writePositions(tx, organisationId, applyOrder(milestones, input.order));
    await tx.query(`UPDATE plans SET version = version + 1, updated_at = now() WHERE organisation_id = $1 AND id = $2`, [organisationId, planId]);
    return ok({ plan: toPlan((await planRow(tx, organisationId, planId))!), milestones: await milestoneRows(tx, organisationId, planId) });
  });
}

// ---------------------------------------------------------------------------------------
// Recalibration

export type RecalibrationTarget = { milestoneId: string } | { planId: string };

/**
 * Moves a milestone's due date or the plan's target date, and records the old date, the
 * new one and the reason. History rows are only ever added.
 */
export async function recalibrate(
  db: Queryable | Database,
  organisationId: string,
  actor: Actor,
  target: RecalibrationTarget,
  input: RecalibrationCreate,
): Promise<StoreResult<{ recalibration: Recalibration; milestone?: Milestone; plan?: Plan }> | Conflict<Milestone | Plan>> {
  const reason = input.reason.trim();
  if (!reason) return invalid('Say why the date moves.');
  return inTransaction(db, async (tx) => {
    const milestone = 'milestoneId' in target ? await milestoneRow(tx, organisationId, target.milestoneId) : undefined;
    if ('milestoneId' in target && !milestone) return notFound;
    const planId = milestone ? milestone.planId : (target as { planId: string }).planId;
    const plan = await readablePlan(tx, organisationId, actor, planId, true);
    if (!plan) return notFound;
    if (!canEdit(plan, actor)) return forbidden('Only the mentee or a coordinator moves dates.');
    const currentVersion = milestone ? milestone.version : plan.version;
    if (currentVersion !== input.version) return { ok: false, error: 'conflict', current: milestone ?? plan };
    const fromDate = milestone ? milestone.dueDate : plan.goal.targetDate;
    if (fromDate === input.toDate) return invalid('The new date is the same as the current one.');

    const updated = milestone
      ? await tx.query(
          `UPDATE milestones SET due_date = $4, version = version + 1, updated_at = now() WHERE organisation_id = $1 AND id = $2 AND version = $3 RETURNING id`,
          [organisationId, milestone.id, input.version, input.toDate],
        )
      : await tx.query(
          `UPDATE plans SET target_date = $4, version = version + 1, updated_at = now() WHERE organisation_id = $1 AND id = $2 AND version = $3 RETURNING id`,
          [organisationId, plan.id, input.version, input.toDate],
        );
    if (updated.rows.length === 0) {
      return { ok: false, error: 'conflict', current: milestone ? (await milestoneRow(tx, organisationId, milestone.id))! : toPlan((await planRow(tx, organisationId, plan.id))!) };
    }
    const id = newId('rc');
    const { rows } = await tx.query<RecalibrationRow>(
      `INSERT INTO recalibrations (id, organisation_id, plan_id, milestone_id, from_date, to_date, reason, author_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING ${RECALIBRATION_COLUMNS}`,
      [id, organisationId, plan.id, milestone?.id ?? null, fromDate, input.toDate, reason, actor.userId],
    );
    return ok({
      recalibration: toRecalibration(rows[0]),
      ...(milestone
        ? { milestone: (await milestoneRow(tx, organisationId, milestone.id))! }
        : { plan: toPlan((await planRow(tx, organisationId, plan.id))!) }),
    });
  });
}

interface RecalibrationRow {
  id: string;
  plan_id: string;
  milestone_id: string | null;
  from_date: string | null;
  to_date: string;
  reason: string;
  author_id: string;
  at: Date | string;
}

const RECALIBRATION_COLUMNS = `id, plan_id, milestone_id, from_date::text AS from_date, to_date::text AS to_date, reason, author_id, at`;

function toRecalibration(row: RecalibrationRow): Recalibration {
  return {
    id: row.id,
    planId: row.plan_id,
    milestoneId: row.milestone_id,
    fromDate: row.from_date,
    toDate: row.to_date,
    reason: row.reason,
    authorId: row.author_id,
    at: iso(row.at),
  };
}

/** Every moved date of a plan (its goal and its milestones), oldest first. */
export async function listHistory(db: Queryable, organisationId: string, actor: Actor, planId: string): Promise<StoreResult<Recalibration[]>> {
  const plan = await readablePlan(db, organisationId, actor, planId);
  if (!plan) return notFound;
  const { rows } = await db.query<RecalibrationRow>(
    `SELECT ${RECALIBRATION_COLUMNS} FROM recalibrations WHERE organisation_id = $1 AND plan_id = $2 ORDER BY at, id`,
    [organisationId, planId],
  );
  return ok(rows.map(toRecalibration));
}

// ---------------------------------------------------------------------------------------
// Check-ins and comments

interface CheckInRow {
  id: string;
  plan_id: string;
  date: string;
  participants: string[];
  summary: string;
  confidence: number;
  next_steps: string;
  author_id: string;
  created_at: Date | string;
  milestone_ids: string[] | null;
}

const CHECK_IN_COLUMNS = `c.id, c.plan_id, c.date::text AS date, c.participants, c.summary, c.confidence, c.next_steps, c.author_id, c.created_at,
  ARRAY(SELECT cm.milestone_id FROM check_in_milestones cm WHERE cm.check_in_id = c.id AND cm.organisation_id = c.organisation_id ORDER BY cm.milestone_id) AS milestone_ids`;

function toCheckIn(row: CheckInRow): CheckIn {
  return {
    id: row.id,
    planId: row.plan_id,
    date: row.date,
    participants: row.participants,
    summary: row.summary,
    confidence: row.confidence,
    nextSteps: row.next_steps,
    milestoneIds: row.milestone_ids ?? [],
    authorId: row.author_id,
    createdAt: iso(row.created_at),
  };
}

/** Records a check-in: the mentee, a mentor the plan is shared with, or a coordinator. */
export async function addCheckIn(
  db: Queryable | Database,
  organisationId: string,
  actor: Actor,
  planId: string,
  input: CheckInCreate,
): Promise<StoreResult<CheckIn>> {
  return inTransaction(db, async (tx) => {
    const plan = await readablePlan(tx, organisationId, actor, planId);
    if (!plan) return notFound;
    const participants = [...new Set(input.participants)];
    const strangers = await usersWithRole(tx, organisationId, participants, null);
    if (strangers.length > 0) return invalid(`Not people of this organisation: ${strangers.join(', ')}.`);
    const milestoneIds = [...new Set(input.milestoneIds ?? [])];
    const milestones = new Set((await milestoneRows(tx, organisationId, planId)).map((m) => m.id));
    const foreign = milestoneIds.filter((id) => !milestones.has(id));
    if (foreign.length > 0) return invalid(`Not milestones of this plan: ${foreign.join(', ')}.`);
    const id = newId('ci');
    await tx.query(
      `INSERT INTO check_ins (id, organisation_id, plan_id, date, participants, summary, confidence, next_steps, author_id)
       VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9)`,
      [id, organisationId, planId, input.date, participants, input.summary, input.confidence, input.nextSteps, actor.userId],
    );
    for (const milestoneId of milestoneIds) {
      await tx.query(`INSERT INTO check_in_milestones (organisation_id, check_in_id, milestone_id) VALUES ($1, $2, $3)`, [organisationId, id, milestoneId]);
    }
    const { rows } = await tx.query<CheckInRow>(`SELECT ${CHECK_IN_COLUMNS} FROM check_ins c WHERE c.organisation_id = $1 AND c.id = $2`, [organisationId, id]);
    return ok(toCheckIn(rows[0]));
  });
}

/** A plan's check-ins, newest first. */
export async function listCheckIns(db: Queryable, organisationId: string, actor: Actor, planId: string): Promise<StoreResult<CheckIn[]>> {
  const plan = await readablePlan(db, organisationId, actor, planId);
  if (!plan) return notFound;
  const { rows } = await db.query<CheckInRow>(
    `SELECT ${CHECK_IN_COLUMNS} FROM check_ins c WHERE c.organisation_id = $1 AND c.plan_id = $2 ORDER BY c.date DESC, c.created_at DESC`,
    [organisationId, planId],
  );
  return ok(rows.map(toCheckIn));
}

interface CommentRow {
  id: string;
  milestone_id: string;
  author_id: string;
  author_role: Role;
  text: string;
  created_at: Date | string;
}

const toComment = (row: CommentRow): Comment => ({
  id: row.id,
  milestoneId: row.milestone_id,
  authorId: row.author_id,
  authorRole: row.author_role,
  text: row.text,
  createdAt: iso(row.created_at),
});

/** Comments on a milestone: anyone who may see the plan. */
export async function addComment(db: Queryable, organisationId: string, actor: Actor, milestoneId: string, input: CommentCreate): Promise<StoreResult<Comment>> {
  const milestone = await milestoneRow(db, organisationId, milestoneId);
  if (!milestone || !(await readablePlan(db, organisationId, actor, milestone.planId))) return notFound;
  const text = input.text.trim();
  if (!text) return invalid('A comment needs text.');
  const { rows } = await db.query<CommentRow>(
    `INSERT INTO comments (id, organisation_id, milestone_id, author_id, author_role, text) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING id, milestone_id, author_id, author_role, text, created_at`,
    [newId('cm'), organisationId, milestoneId, actor.userId, actor.role, text],
  );
  return ok(toComment(rows[0]));
}

/** A milestone's comments, oldest first. */
export async function listComments(db: Queryable, organisationId: string, actor: Actor, milestoneId: string): Promise<StoreResult<Comment[]>> {
  const milestone = await milestoneRow(db, organisationId, milestoneId);
  if (!milestone || !(await readablePlan(db, organisationId, actor, milestone.planId))) return notFound;
  const { rows } = await db.query<CommentRow>(
    `SELECT id, milestone_id, author_id, author_role, text, created_at FROM comments WHERE organisation_id = $1 AND milestone_id = $2 ORDER BY created_at, id`,
    [organisationId, milestoneId],
  );
  return ok(rows.map(toComment));
}

/**
 * Changes a plan's goal (occupation, jurisdiction) or the mentors it is shared with, if
 * `patch.version` is current. The target date moves only by {@link recalibrate}.
 */
export async function updatePlan(
  db: Queryable | Database,
  organisationId: string,
  actor: Actor,
  planId: string,
  patch: PlanUpdate,
): Promise<StoreResult<Plan> | Conflict<Plan>> {
  return inTransaction(db, async (tx) => {
    const plan = await readablePlan(tx, organisationId, actor, planId, true);
    if (!plan) return notFound;
    if (!canEdit(plan, actor)) return forbidden('Only the mentee or a coordinator changes the plan.');
    if (plan.version !== patch.version) return { ok: false, error: 'conflict', current: plan };
    if (patch.sharedWith !== undefined) {
      const sharedWith = [...new Set(patch.sharedWith)];
      const unknown = await usersWithRole(tx, organisationId, sharedWith, 'mentor');
      if (unknown.length > 0) return invalid(`Not mentors of this organisation: ${unknown.join(', ')}.`);
      await tx.query(`DELETE FROM plan_shares WHERE organisation_id = $1 AND plan_id = $2`, [organisationId, planId]);
      for (const mentorId of sharedWith) {
        await tx.query(`INSERT INTO plan_shares (organisation_id, plan_id, mentor_id) VALUES ($1, $2, $3)`, [organisationId, planId, mentorId]);
      }
    }
    await tx.query(
      `UPDATE plans SET occupation_id = COALESCE($3, occupation_id), jurisdiction_id = COALESCE($4, jurisdiction_id),
         version = version + 1, updated_at = now() WHERE organisation_id = $1 AND id = $2`,
      [organisationId, planId, patch.goal?.occupationId ?? null, patch.goal?.jurisdictionId ?? null],
    );
    return ok(toPlan((await planRow(tx, organisationId, planId))!));
  });
}
