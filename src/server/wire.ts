/**
 * The server's own values, made in one place: new ids, instants and dates as the contract
 * writes them, and page cursors (the codec is `src/core/cursor.ts`, shared with the in-memory
 * mentor ranking). A cursor the server did not issue for that list is refused the same way on
 * every list: 400 `invalid_request` naming `cursor`.
 */
import { decodeCursor, encodeCursor, InvalidCursorError, type CursorField, type CursorValues } from '../core/cursor.js';
import { Refusal } from './refusal.js';

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
