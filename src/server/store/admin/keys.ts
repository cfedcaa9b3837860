/**
 * API keys of an organisation: made, listed, rotated and revoked. Only a key's SHA-256 is
 * stored; its secret is returned once, by the call that makes it. Each change is audited in
 * the same transaction, so nothing is half-applied.
 */
import type { ApiKey, ApiKeyCreate, ApiKeyCreated } from '../../../api/admin.js';
import type { KeyKind } from '../../../api/identity.js';
import { generateApiKey } from '../../auth.js';
import { inTransaction, type Connection } from '../../db/transaction.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { isoTime, isoTimeOrNull, newId, pageSql, type PageWindow } from '../../wire.js';
import { recordAudit, type ChangeActor } from './audit.js';

interface KeyRow {
  id: string;
  kind: KeyKind;
  label: string;
  prefix: string;
  created_at: Date | string;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
}

const KEY_COLUMNS = 'id, kind, label, prefix, created_at, last_used_at, revoked_at';

function keyFromRow(row: KeyRow): ApiKey {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    prefix: row.prefix,
    createdAt: isoTime(row.created_at),
    lastUsedAt: isoTimeOrNull(row.last_used_at),
    revokedAt: isoTimeOrNull(row.revoked_at),
  };
}

/** The organisation's keys, newest first, revoked ones included. */
export async function listApiKeys(db: Queryable, organisationId: string, window?: PageWindow): Promise<ApiKey[]> {
  const { rows } = await db.query<KeyRow>(
    `SELECT ${KEY_COLUMNS} FROM api_keys WHERE organisation_id = $1 ORDER BY created_at DESC, id${pageSql(window)}`,
    [organisationId],
  );
  return rows.map(keyFromRow);
}

/** Inserts a new key (no audit): for callers that audit the step they are part of. */
export async function insertApiKey(tx: Queryable, organisationId: string, kind: KeyKind, label: string): Promise<{ key: ApiKey; secret: string }> {
  const made = generateApiKey(kind);
  const { rows } = await tx.query<KeyRow>(
    `INSERT INTO api_keys (id, organisation_id, kind, key_hash, prefix, label) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${KEY_COLUMNS}`,
    [newId('key'), organisationId, kind, made.hash, made.prefix, label],
  );
  return { key: keyFromRow(rows[0]), secret: made.key };
}

/** A new key; the answer holds its secret, which is not kept. */
export async function createApiKey(db: Connection, organisationId: string, actor: ChangeActor, body: ApiKeyCreate): Promise<ApiKeyCreated> {
  return inTransaction(db, async (tx) => {
    await lockOrganisation(tx, organisationId);
    const made = await insertApiKey(tx, organisationId, body.kind, body.label ?? '');
    await recordAudit(tx, organisationId, actor, 'key.created', made.key.id, { kind: made.key.kind, prefix: made.key.prefix, label: made.key.label });
    return made;
  });
}

/** Refuses the write of an organisation that does not exist (the CLI names any id). */
export async function lockOrganisation(tx: Queryable, organisationId: string): Promise<void> {
  const { rows } = await tx.query('SELECT id FROM organisations WHERE id = $1 FOR UPDATE', [organisationId]);
  if (!rows[0]) throw Refusal.notFound(`No organisation "${organisationId}". Create it first with \`bridgeway admin org create\`.`, { reason: 'organisation-not-found' });
}

async function loadKeyForUpdate(tx: Queryable, organisationId: string, keyId: string): Promise<KeyRow> {
  await lockOrganisation(tx, organisationId);
  const { rows } = await tx.query<KeyRow>(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE organisation_id = $1 AND id = $2 FOR UPDATE`, [organisationId, keyId]);
  if (!rows[0]) throw Refusal.notFound(`No key ${keyId} in this organisation; list the keys to see their ids.`, { reason: 'key-not-found' });
  return rows[0];
}

/** Revokes a secret key unless it is the organisation's last working one (which would lock its backend out). */
async function revokeRow(tx: Queryable, organisationId: string, row: KeyRow, replacedBy?: string): Promise<ApiKey> {
  if (row.kind === 'secret' && !replacedBy) {
    const others = await tx.query(
      `SELECT id FROM api_keys WHERE organisation_id = $1 AND kind = 'secret' AND revoked_at IS NULL AND id <> $2`,
      [organisationId, row.id],
    );
    if (others.rows.length === 0) {
      throw Refusal.unprocessable('This is the organisation\'s last working secret key: revoking it would lock your backend out. Create another secret key first, or rotate this one.', { reason: 'last-secret-key' });
    }
  }
  const { rows } = await tx.query<KeyRow>(`UPDATE api_keys SET revoked_at = now() WHERE organisation_id = $1 AND id = $2 RETURNING ${KEY_COLUMNS}`, [organisationId, row.id]);
  return keyFromRow(rows[0]);
}

/**
 * Revokes a key; revoking a revoked key changes nothing. The server whose route revoked it stops
 * accepting it at once; other servers that cached the key (see `CredentialCache` in auth.ts) within 5 seconds.
 */
export async function revokeApiKey(db: Connection, organisationId: string, actor: ChangeActor, keyId: string): Promise<ApiKey> {
  return inTransaction(db, async (tx) => {
    const row = await loadKeyForUpdate(tx, organisationId, keyId);
    if (row.revoked_at !== null) return keyFromRow(row);
    const revoked = await revokeRow(tx, organisationId, row);
    await recordAudit(tx, organisationId, actor, 'key.revoked', keyId, { kind: row.kind, prefix: row.prefix });
    return revoked;
  });
}

/** A new key of the same kind and label, and the old one revoked, in one transaction. */
export async function rotateApiKey(db: Connection, organisationId: string, actor: ChangeActor, keyId: string): Promise<ApiKeyCreated> {
  return inTransaction(db, async (tx) => {
    const row = await loadKeyForUpdate(tx, organisationId, keyId);
    if (row.revoked_at !== null) {
      throw Refusal.unprocessable(`Key ${keyId} is revoked already; create a new key instead.`, { reason: 'key-revoked' });
    }
    const made = await insertApiKey(tx, organisationId, row.kind, row.label);
    const replaces = await revokeRow(tx, organisationId, row, made.key.id);
    await recordAudit(tx, organisationId, actor, 'key.rotated', keyId, { kind: row.kind, prefix: row.prefix, newKeyId: made.key.id, newPrefix: made.key.prefix });
    return { ...made, replaces };
  });
}
