/**
 * The fields a value has that the contract does not know. The contract's object schemas strip
 * unknown keys when they parse (so a reader stays lenient to a newer writer); where a person or a
 * client wrote the value (a request body, a catalogue file), such a key is a typo whose meaning
 * would be lost, so the reader refuses it instead. Written once: the server's request validation
 * and the catalogue files' validation both call it.
 */

/**
 * The paths of the object keys in `raw` that parsing dropped, comparing the value sent with what
 * the schema made of it. Keys of records and of loose objects are kept by parsing, so they never
 * show; `__proto__` and `constructor` sent as keys are never kept, so they show as unknown.
 */
export function droppedFields(raw: unknown, parsed: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (Array.isArray(raw) && Array.isArray(parsed)) return raw.flatMap((item, i) => droppedFields(item, parsed[i], [...path, i]));
  if (!raw || !parsed || typeof raw !== 'object' || typeof parsed !== 'object' || Array.isArray(raw) || Array.isArray(parsed)) return [];
  const kept = parsed as Record<string, unknown>;
  return Object.entries(raw).flatMap(([key, value]) => (Object.hasOwn(kept, key) ? droppedFields(value, kept[key], [...path, key]) : [[...path, key]]));
}
