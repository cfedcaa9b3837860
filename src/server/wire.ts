/**
 * The server's own values, made in one place: new ids, instants and dates as the contract
 * writes them, and page cursors (the codec is `src/core/cursor.ts`, shared with the in-memory
 * mentor ranking). A cursor the server did not issue for that list is refused the same way on
 * every list: 400 `invalid_request` naming `cursor`.
 */
import { decodeCursor, encodeCursor, InvalidCursorError, type CursorField, type CursorValues } from '../core/cursor.js';
import { Refusal } from './refusal.js';
import type { Queryable } from './db/types.js';

export { encodeCursor };

/** A new random id with a prefix: `plan_3f2a...` (32 hex digits), a valid contract `Id`. */
export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`;
}

/** An instant from the database (a `Date`, or text) as ISO 8601 in UTC. */
export function isoTime(value: Date | string | number): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function isoTimeOrNull(value: Date | string | null): string | null {
  return value === null ? null : isoTime(value);
}

/** A day as `YYYY-MM-DD` (UTC); today by default. */
export function isoDay(instant: Date = new Date()): string {
  return instant.toISOString().slice(0, 10);
}

/** The refusal of a cursor that is not one this server issued for the list. */
export function invalidCursor(message = 'The cursor is not one this server issued.'): Refusal {
  return Refusal.invalid(`${message} Start again without a cursor.`, { errors: [{ path: 'cursor', message }], reason: 'invalid-cursor' });
}

/**
 * The position a list's cursor points after, or `undefined` without one (the first page).
 * `decode` reads it (a list with its own check passes one that throws `InvalidCursorError`);
 * any malformed, tampered or foreign cursor is refused with {@link invalidCursor}.
 */
export function readCursor<T>(cursor: string | undefined, decode: (text: string) => T): T | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    return decode(cursor);
  } catch (error) {
    if (error instanceof InvalidCursorError) throw invalidCursor(error.message);
    throw error;
  }
}

/** Reads the cursor of `list` with fields of `shape` (see {@link readCursor}). */
export function readListCursor<const S extends readonly CursorField[]>(cursor: string | undefined, list: string, shape: S): CursorValues<S> | undefined {
  return readCursor(cursor, (text) => decodeCursor(text, list, shape));
}

/** The largest page a list answers, and what it answers without `limit`. */
export const MAX_PAGE_SIZE = 100;

/** Which slice of a list a request asks for: `limit` rows after the first `offset`. */
export interface PageWindow {
  offset: number;
  limit: number;
}

/**
 * Reads a list's `cursor` and `limit` as a window, then answers the page: `read` gets the
 * window and fetches one row more than `limit` (append {@link pageSql} to its query), so the
 * page knows whether another follows and issues its cursor.
 */
export async function paged<T>(list: string, query: { cursor?: string; limit?: number } | undefined, read: (window: PageWindow) => Promise<T[]>): Promise<{ items: T[]; nextCursor: string | null }> {
  const [offset] = readListCursor(query?.cursor, list, ['count'] as const) ?? [0];
  const window = { offset, limit: Math.min(query?.limit ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE) };
  const rows = await read(window);
  const more = rows.length > window.limit;
  return { items: more ? rows.slice(0, window.limit) : rows, nextCursor: more ? encodeCursor(list, [offset + window.limit]) : null };
}

/** The SQL tail of a paged query: one row more than the page, after the window's offset. */
export function pageSql(window: PageWindow | undefined): string {
  if (!window) return '';
  return ` LIMIT ${Math.trunc(window.limit) + 1} OFFSET ${Math.trunc(window.offset)}`;
}

/** A page by position: `limit` rows after the row whose id is `after` (none: the first page). */
export interface PositionWindow {
  limit: number;
  after?: string;
}

/**
 * Like {@link paged}, but the cursor names the last row's id instead of counting rows: rows
 * added or leaving the list between two pages never shift the next one (no repeats, no skips).
 */
export async function pagedByPosition<T>(list: string, query: { cursor?: string; limit?: number } | undefined, read: (window: PositionWindow) => Promise<T[]>, idOf: (item: T) => string): Promise<{ items: T[]; nextCursor: string | null }> {
  const [after] = readListCursor(query?.cursor, list, ['string'] as const) ?? [undefined];
  // Ids are plain (`cm_3f2a...`, `seed-...`); anything else (a NUL, 10 kB) never reaches the database.
  if (after !== undefined && !/^[A-Za-z0-9_-]{1,100}$/.test(after)) throw invalidCursor();
  const window: PositionWindow = { limit: Math.min(query?.limit ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE), after };
  const rows = await read(window);
  const more = rows.length > window.limit;
  const items = more ? rows.slice(0, window.limit) : rows;
  return { items, nextCursor: more ? encodeCursor(list, [idOf(items[items.length - 1])]) : null };
}

/**
 * A list's order: its table, the alias the query gives it, and the ORDER BY keys, the last being
 * the unique `id`. A key is a column, or `computed` from the row (given the row's alias), e.g.
 * whether a template's locale is the one asked for; either must never be NULL.
 */
export interface ListOrder {
  table: string;
  alias: string;
  keys: readonly { column: string; descending?: boolean; computed?: (alias: string) => string }[];
}

/**
 * The SQL of a page by position: `after`, a condition true for the rows that come after the
 * anchor row (the one whose id is the placeholder `$param`) in `order`, compared with the
 * database's own values (no rounding of instants), and `tail`, the ORDER BY and LIMIT (one row
 * more than the page). Without an anchor `after` is `TRUE` and `params` is empty.
 */
export function positionSql(window: PositionWindow | undefined, order: ListOrder, param: number): { after: string; tail: string; params: unknown[] } {
  const column = (key: ListOrder['keys'][number], table: string) => (key.computed ? key.computed(table) : `${table}.${key.column}`);
  const tail = ` ORDER BY ${order.keys.map((key) => `${column(key, order.alias)}${key.descending ? ' DESC' : ''}`).join(', ')}${window ? ` LIMIT ${Math.trunc(window.limit) + 1}` : ''}`;
  if (!window?.after) return { after: 'TRUE', tail, params: [] };
  // (k1 after a.k1) OR (k1 = a.k1 AND k2 after a.k2) OR ...: a row comparison that allows mixed directions.
  const branches = order.keys.map((key, index) => [
    ...order.keys.slice(0, index).map((earlier) => `${column(earlier, order.alias)} = ${column(earlier, 'anchor')}`),
    `${column(key, order.alias)} ${key.descending ? '<' : '>'} ${column(key, 'anchor')}`,
  ].join(' AND '));
  const after = `EXISTS (SELECT 1 FROM ${order.table} anchor WHERE anchor.id = $${param} AND ((${branches.join(') OR (')})))`;
  return { after, tail, params: [window.after] };
}

/**
 * Refuses (400, naming `cursor`) a position cursor whose row is not in the list's scope: never
 * issued for this list, or deleted. The row may have left the list's filter (an answered request)
 * and still places the page. `scope` is column = value, e.g. `{ organisation_id, plan_id }`.
 */
export async function requireAnchor(db: Queryable, window: PositionWindow | undefined, table: string, scope: Record<string, unknown>): Promise<void> {
  if (!window?.after) return;
  const columns = Object.keys(scope);
  const where = columns.map((column, index) => `${column} = $${index + 2}`).join(' AND ');
  const { rows } = await db.query(`SELECT 1 FROM ${table} WHERE id = $1${where ? ` AND ${where}` : ''}`, [window.after, ...columns.map((column) => scope[column])]);
  if (rows.length === 0) throw invalidCursor('The cursor points after an item that is not in this list.');
}
