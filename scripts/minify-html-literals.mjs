// A rollup plugin that collapses the indentation of Lit `html`/`svg` templates in our own
// sources: every run of white space that contains a line break becomes one space. HTML
// renders such a run as one space anyway (outside `white-space: pre*`), so the markup shows
// the same; what changes is the bytes every element ships. Templates with a <pre> or a
// <textarea> that has content are left alone, and so is everything inside `${...}`.
// It runs after esbuild (on JavaScript), and finds the templates with rollup's parser.

const TAGS = new Set(['html', 'svg']);

export function collapse(text) {
  return text.replace(/[ \t]*[\r\n]\s*/g, ' ');
}

/** True when collapsing could change what the template shows. */
function preformatted(quasis) {
  const text = quasis.map((q) => q.value.raw).join('\u0000');
  return /<pre\b/i.test(text) || /<textarea\b[^>]*>(?!<\/textarea>)/i.test(text);
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

/** Rewrites the templates of `code` given its AST; returns null when nothing changed. */
export function minifyHtmlLiterals(code, ast) {
  const edits = [];
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression') return;
    const tag = node.tag.type === 'Identifier' ? node.tag.name : node.tag.type === 'MemberExpression' ? node.tag.property.name : '';
    if (!TAGS.has(tag) || preformatted(node.quasi.quasis)) return;
    for (const quasi of node.quasi.quasis) {
      const raw = code.slice(quasi.start, quasi.end);
      const next = collapse(raw);
      if (next !== raw) edits.push({ start: quasi.start, end: quasi.end, text: next });
    }
  });
  if (!edits.length) return null;
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

export default function minifyHtmlLiteralsPlugin() {
  return {
    name: 'minify-html-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      const result = minifyHtmlLiterals(code, this.parse(code));
      return result === null ? null : { code: result, map: null };
    },
  };
}
