// A rollup plugin that minifies the static text of Lit `css\`...\`` templates in our
// own sources: comments go, runs of white space collapse, and the spaces around
// punctuation that CSS does not need are dropped. Interpolations (`${...}`) are kept
// exactly, and so are quoted strings (`content: ': '` keeps its space). terser leaves
// template text alone, so without this every widget ships its styles with their indentation.

/** A comment or a quoted string (escapes included): comments are dropped, strings kept as written. */
const commentOrString = /\/\*[\s\S]*?\*\/|(['"])(?:\\.|(?!\1)[^\\])*\1/g;
const quotedString = /(['"])(?:\\.|(?!\1)[^\\])*\1/g;

export function minifyCssText(text) {
  const withoutComments = text
    .replace(commentOrString, (match, quote) => (quote ? match : ' '))
    // [data-theme='dark'] -> [data-theme=dark] where the value is a plain identifier
    .replace(/\[([\w-]+)=(['"])([a-zA-Z_][\w-]*)\2\]/g, '[$1=$3]');
  let out = '';
  let index = 0;
  for (const match of withoutComments.matchAll(quotedString)) {
    out += minifyOutsideStrings(withoutComments.slice(index, match.index)) + match[0];
    index = match.index + match[0].length;
  }
  return out + minifyOutsideStrings(withoutComments.slice(index));
}

function minifyOutsideStrings(text) {
  return (
    text
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .replace(/\s+!important/g, '!important')
      // 0.5rem -> .5rem (only where a number starts: after `:`, space, `,` or `(`)
      .replace(/([:\s,(])0\.(\d)/g, '$1.$2')
      // #ffffff -> #fff
      .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3(?![0-9a-f])/gi, '#$1$2$3')
  );
}

/** Rewrites every css`...` literal in `code`; returns null when there is none. */
export function minifyCssLiterals(code) {
  let out = '';
  let index = 0;
  let changed = false;
  const tag = /\bcss`/g;
  let match;
  while ((match = tag.exec(code))) {
    const start = match.index + match[0].length;
    out += code.slice(index, start);
    let i = start;
    while (/\s/.test(code[i] ?? '')) i++;
    let chunkStart = i;
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        i += 2;
        continue;
      }
      if (code[i] === '$' && code[i + 1] === '{') {
        out += minifyCssText(code.slice(chunkStart, i));
        let depth = 0;
        const exprStart = i;
        for (; i < code.length; i++) {
          if (code[i] === '{') depth++;
          else if (code[i] === '}' && --depth === 0) break;
        }
        i++;
        out += code.slice(exprStart, i);
        chunkStart = i;
        continue;
      }
      i++;
    }
    out += minifyCssText(code.slice(chunkStart, i)).replace(/ $/, '');
    index = i;
    tag.lastIndex = i + 1;
    changed = true;
  }
  return changed ? out + code.slice(index) : null;
}

export default function minifyCssLiteralsPlugin() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const result = minifyCssLiterals(code);
      return result === null ? null : { code: result, map: null };
    },
  };
}
