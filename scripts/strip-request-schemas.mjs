// Rollup plugin for the self-contained CDN bundles. The client never reads an operation's
// `params`, `query` or `body` schema (it fills the path and sends the body; only the reference
// server and the OpenAPI document validate with them), yet each one named in a
// `defineOperation({...})` call keeps that schema, and every schema it is built from, in every
// bundle that imports the operation. This blanks those three properties of each call in
// src/api/operations/ to `void 0`, so request schemas tree-shake away and response schemas
// stay: the widgets still validate every response. The npm build (`lib`) keeps them, since an
// integrator's own server may validate requests with them. Positions are kept (values are
// overwritten with spaces), so source maps stay exact.
const REQUEST_SCHEMAS = new Set(['params', 'query', 'body']);
const OPERATIONS = /[\\/]src[\\/]api[\\/]operations[\\/][^\\/]+\.ts$/;

function* callsOf(node, callee) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === callee) yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* callsOf(child, callee);
    else if (value && typeof value === 'object') yield* callsOf(value, callee);
  }
}

/** `code` (JavaScript, parsed as `ast`) with every defineOperation() call's request schemas blanked. */
export function blankRequestSchemas(code, ast) {
  const chars = code.split(''); // UTF-16 units, as the parser's positions count
  for (const call of callsOf(ast, 'defineOperation')) {
    const [spec] = call.arguments;
    if (spec?.type !== 'ObjectExpression') throw new Error('defineOperation() without an object literal');
    for (const property of spec.properties) {
      if (property.type !== 'Property' || !REQUEST_SCHEMAS.has(property.key.name)) continue;
      if (property.shorthand) throw new Error(`write \`${property.key.name}: ${property.key.name}\`, not the shorthand, in defineOperation()`);
      const { start, end } = property.value;
      if (end - start < 'void 0'.length) throw new Error(`a ${property.key.name} schema named in under 6 characters`);
      for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
      chars.splice(start, 6, ...'void 0');
    }
  }
  return chars.join('');
}

export default function stripRequestSchemas() {
  return {
    name: 'strip-request-schemas',
    transform(code, id) {
      if (!OPERATIONS.test(id)) return null;
      try {
        return { code: blankRequestSchemas(code, this.parse(code)), map: null };
      } catch (error) {
        this.error(`${id}: ${error.message}`);
      }
    },
  };
}
