/**
 * Plans store: milestones (create, change, reorder) and recalibration of dates. Writes of
 * several rows run in one transaction; a refusal rolls it back.
 */
import type { Milestone, MilestoneCreate, MilestoneReorder, MilestoneUpdate, Plan, PlanDetail, Recalibration, RecalibrationCreate } from '../../../api/plan.js';
import { validateDependencyChange } from '../../../core/plan/dependencies.js';
import { applyOrder, sortByPosition } from '../../../core/plan/order.js';
import { canTransition } from '../../../core/plan/status.js';
import { inTransaction, type Connection } from '../../db/transaction.js';
import { Refusal } from '../../refusal.js';
import { newId } from '../../wire.js';
import { insertRecalibration } from './activity.js';
import {
  canEdit, detailsJson, editablePlan, loadPlan, milestoneRow, milestoneRows, planDetail, readableMilestone, staleVersion, writePositions, type Actor,
} from './rows.js';

/** Creates milestones at the end of the plan (or at `position`), in one transaction. */
export async function createMilestones(db: Connection, organisationId: string, actor: Actor, planId: string, items: readonly MilestoneCreate[]): Promise<Milestone[]> {
  return inTransaction(db, async (tx) => {
    await editablePlan(tx, organisationId, actor, planId, 'Only the mentee or a coordinator adds milestones.', { lock: true });
    const existing = await milestoneRows(tx, organisationId, planId);
    const nodes = existing.map((m) => ({ id: m.id, dependsOn: m.dependsOn }));
    const created: string[] = [];
    let ordered = sortByPosition(existing).map((m) => ({ id: m.id, position: m.position }));
    for (const item of items) {
      const id = newId('ms');
      const dependsOn = [...new Set(item.dependsOn ?? [])];
      const check = validateDependencyChange(nodes, id, dependsOn);
      if (!check.ok) throw Refusal.invalid(check.reason === 'unknown' ? `Unknown milestones in dependsOn: ${check.unknown.join(', ')}.` : 'dependsOn would make a cycle.');
      nodes.push({ id, dependsOn });
      const at = Math.min(item.position ?? ordered.length, ordered.length);
      ordered.splice(at, 0, { id, position: at });
      ordered = ordered.map((entry, index) => ({ ...entry, position: index }));
      await tx.query(
        `INSERT INTO milestones (id, organisation_id, plan_id, title, kind, source_requirement_id, source_pathway_id, due_date, position, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, jsonb_strip_nulls($10::jsonb))`,
        [id, organisationId, planId, item.title, item.kind, item.source?.requirementId ?? null, item.source?.pathwayId ?? null, item.dueDate ?? null, at, detailsJson(item)],
      );
      for (const dep of dependsOn) {
        await tx.query(`INSERT INTO milestone_dependencies (organisation_id, milestone_id, depends_on_id) VALUES ($1, $2, $3)`, [organisationId, id, dep]);
      }
      created.push(id);
    }
    await writePositions(tx, organisationId, ordered);
    const all = await milestoneRows(tx, organisationId, planId);
    return created.map((id) => all.find((m) => m.id === id)!);
  });
}

export async function createMilestone(db: Connection, organisationId: string, actor: Actor, planId: string, item: MilestoneCreate): Promise<Milestone> {
  return (await createMilestones(db, organisationId, actor, planId, [item]))[0];
}

/** Changes a milestone if `patch.version` is current; otherwise a conflict carrying the current milestone. */
export async function updateMilestone(db: Connection, organisationId: string, actor: Actor, milestoneId: string, patch: MilestoneUpdate): Promise<Milestone> {
  return inTransaction(db, async (tx) => {
    const { milestone: current, plan } = await readableMilestone(tx, organisationId, actor, milestoneId);
    if (!canEdit(plan, actor)) throw Refusal.forbidden('Only the mentee or a coordinator changes milestones; mentors comment.');
    if (current.version !== patch.version) throw staleVersion(current);
    if (patch.status !== undefined && !canTransition(current.status, patch.status)) {
      throw Refusal.invalid(`A milestone cannot go from ${current.status} to ${patch.status}.`);
    }
    if (patch.dependsOn !== undefined) {
      const siblings = await milestoneRows(tx, organisationId, current.planId);
      const check = validateDependencyChange(siblings, milestoneId, [...new Set(patch.dependsOn)]);
      if (!check.ok) throw Refusal.invalid(check.reason === 'unknown' ? `Unknown milestones in dependsOn: ${check.unknown.join(', ')}.` : check.reason === 'self' ? 'A milestone cannot depend on itself.' : `dependsOn would make a cycle: ${check.cycle.join(' -> ')}.`);
    }
    const { rows } = await tx.query<{ id: string }>(
      `UPDATE milestones SET
         title = COALESCE($4, title),
         kind = COALESCE($5, kind),
         status = COALESCE($6, status),
         evidence = COALESCE($7::jsonb, evidence),
         details = jsonb_strip_nulls(details || $8::jsonb),
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
        detailsJson(patch),
      ],
    );
    if (rows.length === 0) throw staleVersion((await milestoneRow(tx, organisationId, milestoneId))!);
    if (patch.dependsOn !== undefined) {
      await tx.query(`DELETE FROM milestone_dependencies WHERE organisation_id = $1 AND milestone_id = $2`, [organisationId, milestoneId]);
      for (const dep of new Set(patch.dependsOn)) {
        await tx.query(`INSERT INTO milestone_dependencies (organisation_id, milestone_id, depends_on_id) VALUES ($1, $2, $3)`, [organisationId, milestoneId, dep]);
      }
    }
    return (await milestoneRow(tx, organisationId, milestoneId))!;
  });
}

/**
 * Puts the plan's milestones in the given order. A plan-level write: it names the plan's
 * version, bumps it, and a stale one gets the plan with its milestones as they are.
 */
export async function reorderMilestones(db: Connection, organisationId: string, actor: Actor, planId: string, input: MilestoneReorder): Promise<PlanDetail> {
  return inTransaction(db, async (tx) => {
    const plan = await editablePlan(tx, organisationId, actor, planId, 'Only the mentee or a coordinator reorders milestones.', { lock: true });
    const milestones = await milestoneRows(tx, organisationId, planId);
    if (plan.version !== input.version) throw staleVersion(await planDetail(tx, organisationId, plan));
    const known = new Set(milestones.map((m) => m.id));
    const unknown = input.order.filter((id) => !known.has(id));
    if (unknown.length > 0) throw Refusal.invalid(`Not milestones of this plan: ${unknown.join(', ')}.`);
    await writePositions(tx, organisationId, applyOrder(milestones, input.order));
    await tx.query(`UPDATE plans SET version = version + 1, updated_at = now() WHERE organisation_id = $1 AND id = $2`, [organisationId, planId]);
    return planDetail(tx, organisationId, (await loadPlan(tx, organisationId, planId))!);
  });
}

export type RecalibrationTarget = { milestoneId: string } | { planId: string };

/**
 * Moves a milestone's due date or the plan's target date, and records the old date, the
 * new one and the reason. History rows are only ever added.
 */
export async function recalibrate(
  db: Connection,
  organisationId: string,
  actor: Actor,
  target: RecalibrationTarget,
  input: RecalibrationCreate,
): Promise<{ recalibration: Recalibration; milestone?: Milestone; plan?: Plan }> {
  const reason = input.reason.trim();
  if (!reason) throw Refusal.invalid('Say why the date moves.');
  return inTransaction(db, async (tx) => {
    const why = 'Only the mentee or a coordinator moves dates.';
    let milestone: Milestone | undefined;
    let plan: Plan;
    if ('milestoneId' in target) {
      ({ milestone, plan } = await readableMilestone(tx, organisationId, actor, target.milestoneId, true));
      if (!canEdit(plan, actor)) throw Refusal.forbidden(why);
    } else {
      plan = await editablePlan(tx, organisationId, actor, target.planId, why, { lock: true });
    }
    const currentVersion = milestone ? milestone.version : plan.version;
    if (currentVersion !== input.version) throw staleVersion(milestone ?? plan);
    const fromDate = milestone ? milestone.dueDate : plan.goal.targetDate;
    if (fromDate === input.toDate) throw Refusal.invalid('The new date is the same as the current one.');

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
      throw staleVersion(milestone ? (await milestoneRow(tx, organisationId, milestone.id))! : (await loadPlan(tx, organisationId, plan.id))!);
    }
    const recalibration = await insertRecalibration(tx, organisationId, actor, { planId: plan.id, milestoneId: milestone?.id ?? null, fromDate, toDate: input.toDate, reason });
    return {
      recalibration,
      ...(milestone ? { milestone: (await milestoneRow(tx, organisationId, milestone.id))! } : { plan: (await loadPlan(tx, organisationId, plan.id))! }),
    };
  });
}
