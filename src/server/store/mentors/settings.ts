/** How an organisation runs requests: how long they wait, whether coordinators approve them first, when a mentorship is stuck. */
import type { MentorshipSettings, MentorshipSettingsUpdate } from '../../../api/mentorship.js';
import { inTransaction, type Connection } from '../../db/transaction.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { recordAudit, type ChangeActor } from '../admin/audit.js';

interface SettingsRow {
  request_expiry_days: number;
  coordinator_approval: boolean;
  stuck_after_days: number;
  version: number;
}

const fromRow = (row: SettingsRow): MentorshipSettings => ({
  requestExpiryDays: row.request_expiry_days,
  coordinatorApproval: row.coordinator_approval,
  stuckAfterDays: row.stuck_after_days,
  version: row.version,
});

/** The organisation's settings; the defaults (14 days, no approval, 30 days) until a coordinator changes them. */
export async function getMentorshipSettings(db: Queryable, organisationId: string): Promise<MentorshipSettings> {
  const { rows } = await db.query<SettingsRow>(
    `SELECT request_expiry_days, coordinator_approval, stuck_after_days, version FROM mentorship_settings WHERE organisation_id = $1`,
    [organisationId],
  );
  return rows[0] ? fromRow(rows[0]) : { requestExpiryDays: 14, coordinatorApproval: false, stuckAfterDays: 30, version: 1 };
}

/** A coordinator changes the settings (version-checked); the change is audited. New requests follow them, sent ones keep their deadline. */
export async function updateMentorshipSettings(
  db: Connection,
  organisationId: string,
  actor: ChangeActor,
  update: MentorshipSettingsUpdate,
): Promise<MentorshipSettings> {
  return inTransaction(db, async (tx) => {
    await tx.query(`INSERT INTO mentorship_settings (organisation_id) VALUES ($1) ON CONFLICT DO NOTHING`, [organisationId]);
    const current = (await tx.query<SettingsRow>(
      `SELECT request_expiry_days, coordinator_approval, stuck_after_days, version FROM mentorship_settings WHERE organisation_id = $1 FOR UPDATE`,
      [organisationId],
    )).rows[0];
    if (current.version !== update.version) {
      throw Refusal.conflict(`The settings changed since version ${update.version}; reload them and try again.`, fromRow(current), { reason: 'stale-version' });
    }
    const { rows } = await tx.query<SettingsRow>(
      `UPDATE mentorship_settings SET
         request_expiry_days = COALESCE($2, request_expiry_days),
         coordinator_approval = COALESCE($3, coordinator_approval),
         stuck_after_days = COALESCE($4, stuck_after_days),
         updated_at = now(), version = version + 1
       WHERE organisation_id = $1
       RETURNING request_expiry_days, coordinator_approval, stuck_after_days, version`,
      [organisationId, update.requestExpiryDays ?? null, update.coordinatorApproval ?? null, update.stuckAfterDays ?? null],
    );
    const next = fromRow(rows[0]);
    const changed = Object.fromEntries(
      (['requestExpiryDays', 'coordinatorApproval', 'stuckAfterDays'] as const).filter((key) => next[key] !== fromRow(current)[key]).map((key) => [key, String(next[key])]),
    );
    if (Object.keys(changed).length > 0) await recordAudit(tx, organisationId, actor, 'settings.updated', 'mentorship-settings', changed);
    return next;
  });
}
