/**
 * Reading a draft's values: a module of its own, so the form (which shows them) does not bring
 * the template language (render.ts, which turns them into the text).
 */
import type { DraftValues, FieldValue } from '../../api/narrative.js';

/**
 * A field's value, read as data: only the values' own entries count, never what every object
 * inherits (a field named `constructor` or `toString` has no value unless the person wrote one).
 */
export function valueOf(values: DraftValues, fieldId: string): FieldValue | undefined {
  return Object.hasOwn(values, fieldId) ? values[fieldId] : undefined;
}

/** True when a value holds something to show. */
export function hasValue(value: FieldValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return value.some((entry) => entry.trim() !== '');
}
