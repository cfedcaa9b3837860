/**
 * The one cursor codec of every paged list: a cursor is the base64url of a JSON array whose
 * first element names the list (`plans`, `mentors`...) and whose others are the position after
 * which the next page starts. Decoding checks the list's name and every field's type, so a
 * malformed, tampered or foreign cursor is refused, never read as "page one".
 * Pure (no Buffer): the in-memory mentor ranking uses it too.
 */

/** A cursor that is not one this server issued for this list. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

/** `count`: a whole number from 0 (an offset); `instant`: an ISO 8601 date and time with a zone. */
export type CursorField = 'string' | 'instant' | 'integer' | 'count';
type FieldValue<F extends CursorField> = F extends 'string' | 'instant' ? string : number;
export type CursorValues<S extends readonly CursorField[]> = { -readonly [K in keyof S]: FieldValue<S[K]> };

const NOT_OURS = 'The cursor is not one this server issued.';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new InvalidCursorError(NOT_OURS);
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function fits(value: unknown, field: CursorField): boolean {
  switch (field) {
    case 'string':
      return typeof value === 'string';
    case 'instant':
      return typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value));
    case 'integer':
      return Number.isSafeInteger(value);
    case 'count':
      return Number.isSafeInteger(value) && (value as number) >= 0;
  }
}

/** The cursor of `list` that points after `values`. */
export function encodeCursor(list: string, values: readonly (string | number)[]): string {
  return toBase64Url(JSON.stringify([list, ...values]));
}

/** Reads a cursor of `list` with fields of `shape`; throws {@link InvalidCursorError} for anything else. */
export function decodeCursor<const S extends readonly CursorField[]>(text: string, list: string, shape: S): CursorValues<S> {
  let parts: unknown;
  try {
    parts = JSON.parse(fromBase64Url(text));
  } catch {
    throw new InvalidCursorError(NOT_OURS);
  }
  if (!Array.isArray(parts) || parts.length !== shape.length + 1 || parts[0] !== list || !shape.every((field, index) => fits(parts[index + 1], field))) {
    throw new InvalidCursorError(NOT_OURS);
  }
  return parts.slice(1) as CursorValues<S>;
}
