/**
 * Plans store, shared parts: rows and their mapping to the contract, the reads every write
 * starts from, who may read and edit a plan, and the refusals that say so. A plan another
 * person may not see is "not found", never "forbidden", so its existence does not leak.
 */
import { pickDetails } from '../../../api/details.js';
import { milestoneDetails, type Evidence, type Milestone, type MilestoneCounts, type MilestoneStatus, type Plan, type PlanDetail } from '../../../api/plan.js';
import { dateOf } from '../../../core/plan/dates.js';
import { countMilestones, noMilestones } from '../../../core/plan/progress.js';
import type { Role } from '../../../api/identity.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { isoTime, pagedByPosition, positionSql, requireAnchor, type ListOrder, type PositionWindow } from '../../wire.js';

export type { Actor };

export const planNotFound = () => Refusal.notFound('No plan with this id is visible to you.');
export const milestoneNotFound = () => Refusal.notFound('No milestone with this id is visible to you.');
/** A write based on a stale version: `current` is the plan, milestone or plan detail as it is now. */
export const staleVersion = (current: unknown) => Refusal.conflict('Someone changed this since you read it. Merge your change into "current" and send it again.', current);

export interface PlanRow {
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
  /** The descriptive fields (`milestoneDetails` in the contract), by name. */
  details: Record<string, unknown> | string;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
  depends_on: string[] | null;
  comment_count: number | null;
}

export const PLAN_COLUMNS = `p.id, p.mentee_id, p.occupation_id, p.jurisdiction_id, p.target_date::text AS target_date, p.version,
  p.created_at, p.updated_at,
  ARRAY(SELECT s.mentor_id FROM plan_shares s WHERE s.plan_id = p.id AND s.organisation_id = p.organisation_id ORDER BY s.mentor_id) AS shared_with,
  (SELECT u.display_name FROM users u WHERE u.id = p.mentee_id AND u.organisation_id = p.organisation_id) AS mentee_name`;

const MILESTONE_COLUMNS = `m.id, m.plan_id, m.title, m.kind, m.source_requirement_id, m.source_pathway_id, m.due_date::text AS due_date,
  m.status, m.evidence, m.position, m.details, m.version, m.created_at, m.updated_at,
  ARRAY(SELECT d.depends_on_id FROM milestone_dependencies d WHERE d.milestone_id = m.id AND d.organisation_id = m.organisation_id ORDER BY d.depends_on_id) AS depends_on,
  (SELECT count(*)::int FROM comments c WHERE c.milestone_id = m.id AND c.organisation_id = m.organisation_id) AS comment_count`;

export function toPlan(row: PlanRow): Plan {
  return {
    id: row.id,
    menteeId: row.mentee_id,
    ...(row.mentee_name ? { menteeName: row.mentee_name } : {}),
    goal: { occupationId: row.occupation_id, jurisdictionId: row.jurisdiction_id, targetDate: row.target_date },
    sharedWith: row.shared_with ?? [],
    version: row.version,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
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
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
  };
  if (row.source_requirement_id) {
    milestone.source = { requirementId: row.source_requirement_id, ...(row.source_pathway_id ? { pathwayId: row.source_pathway_id } : {}) };
  }
  const details = pickDetails(milestoneDetails, typeof row.details === 'string' ? JSON.parse(row.details) : row.details);
  for (const [name, value] of Object.entries(details)) if (value !== null) Object.assign(milestone, { [name]: value });
  return milestone;
}

/**
 * The descriptive fields of a create or an update, as JSON for the `details` column: fields left
 * out are not in it, a cleared one (`null` or `''`) is `null`. Written as
 * `jsonb_strip_nulls(details || $n::jsonb)`, an update then keeps what it leaves out and drops
 * what it clears.
 */
export const detailsJson = (source: object): string => JSON.stringify(pickDetails(milestoneDetails, source));

/** The plan as stored, whoever asks (`lock` holds it until the transaction ends). */
export async function loadPlan(db: Queryable, organisationId: string, planId: string, lock = false): Promise<Plan | undefined> {
  const { rows } = await db.query<PlanRow>(
    `SELECT ${PLAN_COLUMNS} FROM plans p WHERE p.organisation_id = $1 AND p.id = $2${lock ? ' FOR UPDATE' : ''}`,
    [organisationId, planId],
  );
  return rows[0] ? toPlan(rows[0]) : undefined;
}

/**
 * A plan's milestones in order. Positions move when the plan is reordered: a reorder between two
 * pages may move an item across the page boundary, and its answer is a fresh first page.
 */
const MILESTONE_ORDER: ListOrder = { table: 'milestones', alias: 'm', keys: [{ column: 'position' }, { column: 'created_at' }, { column: 'id' }] };

/** A plan's milestones in order: all of them, or with `window` a page after its anchor (one row more than the page). */
export async function milestoneRows(db: Queryable, organisationId: string, planId: string, window?: PositionWindow): Promise<Milestone[]> {
  await requireAnchor(db, window, 'milestones', { organisation_id: organisationId, plan_id: planId });
  const page = positionSql(window, MILESTONE_ORDER, 3);
  const { rows } = await db.query<MilestoneRow>(
    `SELECT ${MILESTONE_COLUMNS} FROM milestones m WHERE m.organisation_id = $1 AND m.plan_id = $2 AND ${page.after}${page.tail}`,
    [organisationId, planId, ...page.params],
  );
  return rows.map(toMilestone);
}

/** A page of a plan's milestones, the same page `GET /v1/plans/{planId}/milestones` answers. */
export const milestonePage = (db: Queryable, organisationId: string, planId: string, query: { cursor?: string; limit?: number } = {}) =>
  pagedByPosition('milestones', query, (window) => milestoneRows(db, organisationId, planId, window), (milestone) => milestone.id);

/** The plan with the first page of its milestones (`limit`, 100 at most) and the cursor of the next. */
export async function planDetail(db: Queryable, organisationId: string, plan: Plan, limit?: number): Promise<PlanDetail> {
  const page = await milestonePage(db, organisationId, plan.id, { limit });
  // A plan whose milestones all fit the page is counted from the page, without a second query.
  const counts = page.nextCursor ? await milestoneCounts(db, organisationId, plan.id) : countMilestones(page.items, dateOf(new Date()));
  return { plan, milestones: page.items, milestonesCursor: page.nextCursor, counts };
}

/** Every milestone of a plan counted by status, and the open ones overdue today (UTC), in one pass. */
export async function milestoneCounts(db: Queryable, organisationId: string, planId: string): Promise<MilestoneCounts> {
  const asOf = dateOf(new Date());
  const { rows } = await db.query<{ status: MilestoneStatus; count: number | string; overdue: number | string }>(
    `SELECT status, count(*) AS count, count(*) FILTER (WHERE due_date < $3::date AND status NOT IN ('done', 'dropped')) AS overdue
       FROM milestones WHERE organisation_id = $1 AND plan_id = $2 GROUP BY status`,
    [organisationId, planId, asOf],
  );
  const counts = noMilestones(asOf);
  for (const row of rows) {
    counts.byStatus[row.status] = Number(row.count);
    counts.overdue += Number(row.overdue);
  }
  return counts;
}

export async function milestoneRow(db: Queryable, organisationId: string, milestoneId: string): Promise<Milestone | undefined> {
  const { rows } = await db.query<MilestoneRow>(`SELECT ${MILESTONE_COLUMNS} FROM milestones m WHERE m.organisation_id = $1 AND m.id = $2`, [
    organisationId,
    milestoneId,
  ]);
  return rows[0] ? toMilestone(rows[0]) : undefined;
}

function canRead(plan: Plan, actor: Actor): boolean {
  if (actor.role === 'coordinator') return true;
  if (actor.role === 'mentee') return plan.menteeId === actor.userId;
  return plan.sharedWith.includes(actor.userId);
}

/** Owners and coordinators change the plan and its milestones; mentors comment and record check-ins. */
export function canEdit(plan: Plan, actor: Actor): boolean {
  return actor.role === 'coordinator' || (actor.role === 'mentee' && plan.menteeId === actor.userId);
}

/** The plan when the actor may see it; otherwise `refuse()` (plan not found by default). */
export async function readablePlan(db: Queryable, organisationId: string, actor: Actor, planId: string, options: { lock?: boolean; refuse?: () => Refusal } = {}): Promise<Plan> {
  const plan = await loadPlan(db, organisationId, planId, options.lock);
  if (!plan || !canRead(plan, actor)) throw (options.refuse ?? planNotFound)();
  return plan;
}

/** The plan when the actor may change it: not found when they may not see it, forbidden when they may only read it. */
export async function editablePlan(db: Queryable, organisationId: string, actor: Actor, planId: string, why: string, options: { lock?: boolean; refuse?: () => Refusal } = {}): Promise<Plan> {
  const plan = await readablePlan(db, organisationId, actor, planId, options);
  if (!canEdit(plan, actor)) throw Refusal.forbidden(why);
  return plan;
}

/** The milestone and its plan when the actor may see them (a milestone of a hidden plan is not found). */
export async function readableMilestone(db: Queryable, organisationId: string, actor: Actor, milestoneId: string, lockPlan = false): Promise<{ milestone: Milestone; plan: Plan }> {
  const milestone = await milestoneRow(db, organisationId, milestoneId);
  if (!milestone) throw milestoneNotFound();
  const plan = await readablePlan(db, organisationId, actor, milestone.planId, { lock: lockPlan, refuse: milestoneNotFound });
  return { milestone, plan };
}

/** The ids among `ids` that are not users of the organisation (with `role`, when given). */
export async function strangers(db: Queryable, organisationId: string, ids: readonly string[], role: Role | null): Promise<string[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM users WHERE organisation_id = $1 AND id = ANY($2::text[]) AND ($3::text IS NULL OR role = $3)`,
    [organisationId, [...ids], role],
  );
  const found = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}

export async function writePositions(tx: Queryable, organisationId: string, ordered: ReadonlyArray<{ id: string; position: number }>): Promise<void> {
  if (ordered.length === 0) return;
  await tx.query(
    `UPDATE milestones m SET position = o.position
       FROM unnest($2::text[], $3::int[]) AS o(id, position)
      WHERE m.organisation_id = $1 AND m.id = o.id AND m.position <> o.position`,
    [organisationId, ordered.map((entry) => entry.id), ordered.map((entry) => entry.position)],
  );
}
