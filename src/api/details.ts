/**
 * Descriptive fields: attributes of a resource that nothing queries by (where an exam is sat,
 * until when a result is valid), declared once in a table of the contract. The resource's read,
 * create and update schemas take their shape from the table, the server stores them together in
 * one `details` column, and an element edits and shows them from its own table of labels. So a new
 * one is a line in the contract's table and a label in the element's, nothing more.
 *
 * On the wire they stay flat fields of the resource (`milestone.expiresOn`), optional; in an
 * update `null` clears one and a field left out is kept.
 */
import * as z from 'zod/mini';
import { IsoDate, Text } from './common.js';

/** One descriptive field: what an element's input is (`kind`, `maxLength`) and what the server accepts (`schema`). */
export interface DetailField<S extends z.ZodMiniType<string> = z.ZodMiniType<string>> {
  kind: 'text' | 'date';
  maxLength?: number;
  schema: S;
}

export type DetailTable = Record<string, DetailField>;

/** A line of text (trimmed, at most `maxLength` characters). */
export const textDetail = (maxLength: number) => ({ kind: 'text' as const, maxLength, schema: Text(maxLength, { trim: true }) });

/** A calendar date (`YYYY-MM-DD`). */
export const dateDetail = () => ({ kind: 'date' as const, schema: IsoDate });

type Shape<T extends DetailTable> = { [K in keyof T]: z.ZodMiniOptional<T[K]['schema']> };
type PatchShape<T extends DetailTable> = { [K in keyof T]: z.ZodMiniOptional<z.ZodMiniNullable<T[K]['schema']>> };

/** The table's fields as optional members of a read or create schema. */
export function detailsShape<T extends DetailTable>(table: T): Shape<T> {
  return Object.fromEntries(Object.entries(table).map(([name, field]) => [name, z.optional(field.schema)])) as Shape<T>;
}

/** The table's fields as members of an update schema: left out keeps, `null` clears. */
export function detailsPatchShape<T extends DetailTable>(table: T): PatchShape<T> {
  return Object.fromEntries(Object.entries(table).map(([name, field]) => [name, z.optional(z.nullable(field.schema))])) as PatchShape<T>;
}

/** A resource's descriptive values by name (absent when not set). */
export type Details<T extends DetailTable> = { [K in keyof T]?: z.infer<T[K]['schema']> };

/**
 * The table's fields present in `source`: `null` and `''` both mean "cleared" and come out as
 * `null` (so an update removes them), fields left out stay out.
 */
export function pickDetails(table: DetailTable, source: object): Record<string, string | null> {
  const values = source as Record<string, unknown>;
  const picked: Record<string, string | null> = {};
  for (const name of Object.keys(table)) {
    const value = values[name];
    if (value === undefined) continue;
    picked[name] = typeof value === 'string' && value !== '' ? value : null;
  }
  return picked;
}
