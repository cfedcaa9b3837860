/**
 * Backups a person can keep and load back: a logical export of Bridgeway's own tables, the same
 * on PGlite and PostgreSQL (no `pg_dump` needed). The file is JSON Lines, gzip-compressed when
 * its name ends in `.gz`: a header (format, the migrations applied, rows per table), one line per
 * row as PostgreSQL itself renders it (`row_to_json`), and an end line that proves it is whole.
 * The export runs in one repeatable-read transaction, so it is one consistent moment.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Writable } from 'node:stream';
import { loadMigrations, migrate, SCHEMA_LOCK_KEY } from '../db/migrate.js';
import type { Database, Queryable } from '../db/types.js';
import { backupTables, dropSchema, holdsData, quoteIdent, type TableShape } from './tables.js';
import { pauseOutcomeFactsUntilCommit } from '../store/outcomes/facts.js';

export const BACKUP_FORMAT = 'bridgeway-backup';
const FORMAT_VERSION = 1;
const BATCH_ROWS = 500;
/** A row line, `{"t":"table","r":{...}}`: the table name and where the row's own JSON starts. */
const ROW_LINE = /^\{"t":("(?:[^"\\]|\\.)*"),"r":(?=\{)/;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** The database it was taken from. */
  source: Database['kind'];
  /** The migration versions applied to that database. */
  migrations: number[];
  /** Rows per table, in load order. */
  tables: Record<string, number>;
}

/** A backup file that cannot be restored: the message says why. */
export class BackupRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefused';
  }
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Writes a backup of `db` to `file` (whole or not at all: written aside, then renamed). Returns its header. */
export async function writeBackup(db: Database, file: string): Promise<BackupHeader> {
  const draft = `${file}.partial`;
  const sink = createWriteStream(draft, { mode: 0o600 });
  const out: Writable = file.endsWith('.gz') ? createGzip() : sink;
  if (out !== sink) out.pipe(sink);
  try {
    const header = await db.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const tables = await backupTables(tx);
      const counts: Record<string, number> = {};
      for (const table of tables) {
        const { rows } = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoteIdent(table.name)}`);
        counts[table.name] = rows[0].n;
      }
      const applied = await tx.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      const head: BackupHeader = { format: BACKUP_FORMAT, formatVersion: FORMAT_VERSION, createdAt: new Date().toISOString(), source: db.kind, migrations: applied.rows.map((row) => row.version), tables: counts };
      await write(out, `${JSON.stringify(head)}\n`);
      let total = 0;
      // One table at a time (the snapshot keeps them consistent), so memory holds one table's rows.
      for (const table of tables) {
        const name = JSON.stringify(table.name);
        const { rows } = await tx.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${quoteIdent(table.name)} t`);
        for (const { row } of rows) await write(out, `{"t":${name},"r":${row}}\n`);
        total += rows.length;
      }
      await write(out, `${JSON.stringify({ end: true, rows: total })}\n`);
      return head;
    });
    out.end();
    await finished(sink);
    await rename(draft, file);
    return header;
  } catch (error) {
    out.destroy();
    sink.destroy();
    await unlink(draft).catch(() => {});
    throw error;
  }
}

/** The lines of a backup file, gunzipped when it is gzip (whatever its name). */
async function* backupLines(file: string): AsyncGenerator<string> {
  const probe = createReadStream(file, { start: 0, end: 1 });
  const magic: Buffer[] = [];
  for await (const chunk of probe) magic.push(chunk as Buffer);
  const gzip = Buffer.concat(magic).equals(Buffer.from([0x1f, 0x8b]));
  const raw = createReadStream(file);
  const lines = createInterface({ input: gzip ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield line;
}

/** Reads and checks the header of a backup. */
function parseHeader(line: string | undefined, file: string): BackupHeader {
  let header: Partial<BackupHeader> = {};
  try {
    header = JSON.parse(line ?? '') as Partial<BackupHeader>;
  } catch {
    // Reported below.
  }
  if (header.format !== BACKUP_FORMAT) throw new BackupRefused(`${file} is not a Bridgeway backup (made by \`bridgeway backup\`).`);
  if (header.formatVersion !== FORMAT_VERSION) throw new BackupRefused(`${file} is a backup of format ${header.formatVersion}; this Bridgeway reads format ${FORMAT_VERSION}.`);
  return header as BackupHeader;
}

/** A Database that runs every "transaction" inside the one `tx` (so a restore is all or nothing). */
function within(tx: Queryable, kind: Database['kind']): Database {
  return { kind, query: (sql, params) => tx.query(sql, params), exec: (sql) => tx.exec(sql), transaction: (work) => work(tx), close: async () => {} };
}

/** Rows stay PostgreSQL's own JSON text (never parsed into JavaScript numbers, which would round a bigint). */
async function insertBatch(tx: Queryable, table: TableShape, rows: string[]): Promise<void> {
  const given = Object.keys(JSON.parse(rows[0]) as object);
  const unknown = given.filter((column) => !table.writable.includes(column) && !table.generated.includes(column));
  if (unknown.length > 0) throw new BackupRefused(`The backup has columns ${unknown.join(', ')} in ${table.name}, which this database does not have.`);
  const columns = given.filter((column) => table.writable.includes(column)).map(quoteIdent).join(', ');
  const overriding = table.identity.length > 0 ? ' OVERRIDING SYSTEM VALUE' : '';
  await tx.query(`INSERT INTO ${quoteIdent(table.name)} (${columns})${overriding} SELECT ${columns} FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, $1::json)`, [`[${rows.join(',')}]`]);
}

export interface RestoreOptions {
  /** Replace a database that already holds data (everything in it is dropped first). */
  force?: boolean;
}

/**
 * Loads a backup into `db` in one transaction, under the schema lock: migrations up to the
 * backup's, its rows, then the migrations this version adds. Refuses a database that holds data
 * unless `force`. A failure (a truncated file among them) leaves the database as it was.
 */
export async function restoreBackup(db: Database, file: string, options: RestoreOptions = {}): Promise<BackupHeader> {
  const lines = backupLines(file);
  const header = parseHeader((await lines.next()).value as string | undefined, file);
  const known = await loadMigrations();
  const newer = header.migrations.filter((version) => !known.some((migration) => migration.version === version));
  if (newer.length > 0) throw new BackupRefused(`${file} was made by a newer Bridgeway (migrations ${newer.join(', ')} are unknown here); upgrade Bridgeway, then restore.`);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
    const hasSchema = (await tx.query(`SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_migrations'`)).rows.length > 0;
    if (hasSchema && (await holdsData(tx))) {
      if (!options.force) throw new BackupRefused('The database already holds data; restoring would replace all of it. Restore into an empty database (a new --data-dir, or a new PostgreSQL database), or add --force to replace it.');
    }
    if (hasSchema) await dropSchema(tx);
    const inside = within(tx, db.kind);
    await migrate(inside, known.filter((migration) => header.migrations.includes(migration.version)));
    // Derived tables that triggers keep are rebuilt once when the restore commits, not per batch.
    await pauseOutcomeFactsUntilCommit(tx);
    const tables = new Map((await backupTables(tx)).map((table) => [table.name, table]));

    const loaded: Record<string, number> = {};
    let batch: string[] = [];
    let current: TableShape | undefined;
    const flush = async () => {
      if (current && batch.length > 0) await insertBatch(tx, current, batch);
      batch = [];
    };
    let ended = false;
    for await (const line of lines) {
      const row = ROW_LINE.exec(line);
      if (!row) {
        ended = (JSON.parse(line) as { end?: boolean }).end === true;
        if (ended) break;
        throw new BackupRefused(`${file} has a line that is neither a row nor the end.`);
      }
      const name = JSON.parse(row[1]) as string;
      const table = tables.get(name);
      if (!table) throw new BackupRefused(`${file} has rows for a table this database does not have (${name}).`);
      if (table !== current) {
        await flush();
        current = table;
      }
      batch.push(line.slice(row[0].length, -1));
      loaded[table.name] = (loaded[table.name] ?? 0) + 1;
      if (batch.length >= BATCH_ROWS) await flush();
    }
    await flush();
    if (!ended) throw new BackupRefused(`${file} is cut short (no end line): it was not restored. Use a complete backup.`);
    for (const [name, count] of Object.entries(header.tables)) {
      if ((loaded[name] ?? 0) !== count) throw new BackupRefused(`${file} lists ${count} rows of ${name} but holds ${loaded[name] ?? 0}: it was not restored.`);
    }
    for (const table of tables.values()) {
      for (const column of table.identity) {
        await tx.query(`SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${quoteIdent(column)}) FROM ${quoteIdent(table.name)}), 0) + 1, false)`, [quoteIdent(table.name), column]);
      }
    }
    await migrate(inside, known);
    return header;
  });
}
