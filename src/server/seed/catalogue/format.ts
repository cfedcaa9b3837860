/**
 * Writes catalogue data as people edit it: JSON with two-space indentation, where an
 * object or array that fits on one line of at most 120 characters stays on one line.
 */
const WIDTH = 120;

/** One line with a space after each colon and comma: `{ "en": "Nurse" }`, `["a", "b"]`. */
function oneLine(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return entries.length ? `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')} }` : '{}';
}

function render(value: unknown, indent: string, room: number): string {
  const flat = oneLine(value);
  if (value === null || typeof value !== 'object' || flat.length <= room) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + render(item, inner, WIDTH - inner.length - 1)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries
    .map(([key, v]) => {
      const head = `${inner}${JSON.stringify(key)}: `;
      return head + render(v, inner, WIDTH - head.length - 1);
    })
    .join(',\n')}\n${indent}}`;
}

export function formatCatalogueJson(value: unknown): string {
  return `${render(value, '', WIDTH)}\n`;
}
