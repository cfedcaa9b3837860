/** Which of Bridgeway's tables a backup holds, in an order that loads without breaking a foreign key. */
import { loadMigrations } from '../db/migrate.js';
import type { Queryable } from '../db/types.js';

/** Tables left out of a backup, and why. Every other table in the schema is backed up. */
export const NOT_BACKED_UP: Readonly<Record<string, string>> = {
  mentor_search: 'rebuilt from `mentors` by a trigger as the mentors are restored',
  mentor_search_codes: 'codes of the search table, given again by the same trigger as the mentors are restored',
  mentor_search_changes: 'which search rows changed, for the servers\' in-memory indexes; written again as the mentors are restored',
  mentor_search_pruned: 'how far the change log was pruned; a restored database starts its own log',
  outcome_facts: 'rebuilt from the outcome, plan and introduction tables once, when the restore commits',
  outcome_cells: 'counts of `outcome_facts`, kept by its triggers as it is rebuilt',
  outcome_waits: 'waiting times of `outcome_facts`, counted again once it is rebuilt',
  outcome_facts_pauses: 'holds a row only inside a bulk load, until its transaction commits',
  rate_limits: 'abuse counters that expire within the hour',
  schema_migrations: 'the header lists the migrations; restore runs them',
};

export interface TableShape {
  name: string;
  /** Columns a restore may write (stored generated columns are computed again). */
  writable: string[];
  /** Columns `GENERATED ALWAYS AS IDENTITY`: written with `OVERRIDING SYSTEM VALUE`, their sequence moved past the restored values. */
  identity: string[];
  /** Stored generated columns: in the export, computed again on restore. */
  generated: string[];
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every table in the current schema, backed up or not. */
export async function schemaTables(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`);
  return rows.map((row) => row.name);
}

/** The backed-up tables, parents before the tables that reference them. */
export async function backupTables(db: Queryable): Promise<TableShape[]> {
  const names = (await schemaTables(db)).filter((name) => !(name in NOT_BACKED_UP));
  const { rows: edges } = await db.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())`,
  );
  const parents = new Map(names.map((name) => [name, new Set<string>()]));
  for (const { child, parent } of edges) if (child !== parent && parents.has(child) && parents.has(parent)) parents.get(child)!.add(parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  const place = (name: string, path: string[]) => {
    if (placed.has(name)) return;
    if (path.includes(name)) throw new Error(`Tables reference each other in a circle (${[...path, name].join(' -> ')}); a backup cannot order them.`);
    for (const parent of [...parents.get(name)!].sort()) place(parent, [...path, name]);
    placed.add(name);
    ordered.push(name);
  };
  names.forEach((name) => place(name, []));

  const { rows: columns } = await db.query<{ table_name: string; column_name: string; is_generated: string; identity_generation: string | null }>(
    `SELECT table_name, column_name, is_generated, identity_generation FROM information_schema.columns
      WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
  );
  return ordered.map((name) => {
    const own = columns.filter((column) => column.table_name === name);
    return {
      name,
      writable: own.filter((column) => column.is_generated !== 'ALWAYS').map((column) => column.column_name),
      identity: own.filter((column) => column.identity_generation === 'ALWAYS').map((column) => column.column_name),
      generated: own.filter((column) => column.is_generated === 'ALWAYS').map((column) => column.column_name),
    };
  });
}

/** True when any backed-up table holds a row (a restore then needs `--force`). */
export async function holdsData(db: Queryable): Promise<boolean> {
  for (const table of await backupTables(db)) {
    const { rows } = await db.query(`SELECT 1 FROM ${quoteIdent(table.name)} LIMIT 1`);
    if (rows.length > 0) return true;
  }
  return false;
}

/** Drops Bridgeway's schema (its tables and the functions its migrations create) so that migrations can build it again. */
export async function dropSchema(db: Queryable): Promise<void> {
  const tables = (await schemaTables(db)).filter((name) => name !== 'rate_limits');
  if (tables.length > 0) await db.exec(`DROP TABLE IF EXISTS ${tables.map(quoteIdent).join(', ')} CASCADE`);
  const created = new Set<string>();
  for (const migration of await loadMigrations()) {
    for (const match of migration.sql.matchAll(/CREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\s+([A-Za-z_][\w]*)\s*\(/gi)) created.add(match[1].toLowerCase());
  }
  const { rows } = await db.query<{ signature: string }>(
    `SELECT p.oid::regprocedure::text AS signature FROM pg_proc p
      WHERE p.pronamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND p.proname = ANY ($1::text[])`,
    [[...created]],
  );
  for (const { signature } of rows) await db.exec(`DROP FUNCTION IF EXISTS ${signature} CASCADE`);
}
