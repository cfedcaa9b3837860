/** The audit log: every administrative change of an organisation, who made it and when. */
import type { AuditAction, AuditActor, AuditEvent } from '../../../api/admin.js';
import type { Queryable } from '../../db/types.js';
import { isoTime, newId, pageSql, type PageWindow } from '../../wire.js';

/** Who makes a change. A key's label, when not given, is its prefix; a user's, their name. */
export interface ChangeActor {
  kind: AuditActor['kind'];
  id: string | null;
  label?: string;
}

/** Records one change, in the caller's transaction so that it lands with the change or not at all. */
export async function recordAudit(
  tx: Queryable,
  organisationId: string,
  actor: ChangeActor,
  action: AuditAction,
  target: string | null,
  details: Record<string, string> = {},
): Promise<void> {
  await tx.query(
    `INSERT INTO audit_events (id, organisation_id, actor_kind, actor_id, actor_label, action, target, details)
     VALUES ($1, $2, $3, $4, COALESCE($5,
       CASE $3 WHEN 'key' THEN (SELECT prefix FROM api_keys WHERE id = $4 AND organisation_id = $2)
               WHEN 'user' THEN (SELECT display_name FROM users WHERE id = $4 AND organisation_id = $2) END, $3), $6, $7, $8::jsonb)`,
    [newId('aud'), organisationId, actor.kind, actor.id, actor.label ?? null, action, target, JSON.stringify(details)],
  );
}

interface AuditRow {
  id: string;
  created_at: Date | string;
  actor_kind: AuditActor['kind'];
  actor_id: string | null;
  actor_label: string;
  action: AuditAction;
  target: string | null;
  details: Record<string, string>;
}

/** The organisation's audit log, newest first. */
export async function listAuditEvents(db: Queryable, organisationId: string, window?: PageWindow): Promise<AuditEvent[]> {
  const { rows } = await db.query<AuditRow>(
    `SELECT id, created_at, actor_kind, actor_id, actor_label, action, target, details FROM audit_events
     WHERE organisation_id = $1 ORDER BY seq DESC${pageSql(window)}`,
    [organisationId],
  );
  return rows.map((row) => ({
    id: row.id,
    at: isoTime(row.created_at),
    actor: { kind: row.actor_kind, id: row.actor_id, label: row.actor_label },
    action: row.action,
    target: row.target,
    details: row.details,
  }));
}
