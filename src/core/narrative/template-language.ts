/**
 * The narrative template language: tiny and safe on purpose.
 *
 * - `{{field}}` puts a field's value (a list field is joined as the locale joins lists:
 *   "A, B and C").
 * - `{{#name}}...{{/name}}` keeps its content only when `name` has a value: a field, or a
 *   section of the template (any of its fields filled).
 * - `{{#each list}}...{{.}}...{{/each}}` repeats its content for each entry of a list field;
 *   `{{.}}` is the entry.
 *
 * There is nothing else: no HTML, no expressions, no code. A block tag alone on its line
 * takes the line with it, so templates can be laid out readably. Mistakes come back as
 * errors with a line and column the author can jump to.
 */

export type TemplateErrorCode =
  | 'unclosed-tag'
  | 'malformed-tag'
  | 'unknown-placeholder'
  | 'unclosed-section'
  | 'unexpected-close'
  | 'mismatched-close'
  | 'each-not-list'
  | 'item-outside-each'
  | 'html-not-allowed';

export interface TemplateError {
  code: TemplateErrorCode;
  /**
   * An English sentence for logs and authors, when the parse was asked for one
   * (`describeTemplateError` from template-errors.ts, as `checkTemplate` does); '' otherwise:
   * widgets localise by `code`, and their bundles need not carry the sentences.
   */
  message: string;
  /** 1-based line of the offending tag. */
  line: number;
  /** 1-based column (UTF-16 units, as a textarea counts them). */
  column: number;
  /** 0-based offset into the body. */
  offset: number;
  /** The placeholder or section name involved, when there is one. */
  name?: string;
}

/** What an error's sentence is made of: its code, and the words the author wrote. */
export interface TemplateErrorFacts {
  code: TemplateErrorCode;
  name?: string;
  /** The tag or HTML as written (malformed tags, HTML). */
  found?: string;
  /** What `name` was meant to be: a list (`{{#each}}`), a section, or any placeholder; for an unclosed section, `each` when it is a list's. */
  as?: 'list' | 'section' | 'tag' | 'each';
  /** The close tag expected (a mismatched close), or the one that closed an outer section first (an unclosed section). */
  expected?: string;
}

/** Turns an error's facts into its sentence. */
export type DescribeTemplateError = (facts: TemplateErrorFacts) => string;

interface Position {
  line: number;
  column: number;
  offset: number;
}

export type TemplateNode =
  | { type: 'text'; value: string }
  | ({ type: 'field'; name: string } & Position)
  | ({ type: 'item' } & Position)
  | ({ type: 'section'; name: string; children: TemplateNode[] } & Position)
  | ({ type: 'each'; name: string; children: TemplateNode[] } & Position);

export interface ParsedTemplate {
  nodes: TemplateNode[];
  errors: TemplateError[];
  /** Every name the body refers to, in order of first use. */
  names: string[];
}

/** What the body may refer to: field ids (with whether each is a list) and section ids. */
export interface TemplateScope {
  fields: ReadonlyMap<string, { list: boolean }>;
  sections: ReadonlySet<string>;
}

const NAME = /^[a-z][a-zA-Z0-9_-]{0,63}$/;

type Token =
  | { kind: 'text'; value: string }
  | ({ kind: 'field'; name: string } & Position)
  | ({ kind: 'item' } & Position)
  | ({ kind: 'open'; name: string; each: boolean } & Position)
  | ({ kind: 'close'; name: string } & Position);

function positionAt(source: string, offset: number, lineStarts: number[]): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low] + 1, offset };
}

function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i += 1) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

type ErrorAt = (facts: TemplateErrorFacts, at: Position) => TemplateError;

/** An error maker that words each error with `describe`. */
function errorMaker(describe: DescribeTemplateError): ErrorAt {
  return (facts, at) => ({ code: facts.code, message: describe(facts), line: at.line, column: at.column, offset: at.offset, ...(facts.name === undefined ? {} : { name: facts.name }) });
}

function tokenize(source: string, errors: TemplateError[], error: ErrorAt): Token[] {
  const starts = lineStartsOf(source);
  const tokens: Token[] = [];
  let cursor = 0;
  const pushText = (value: string, from: number) => {
    if (!value) return;
    const html = /<\/?[A-Za-z!][^<>]*>/.exec(value);
    if (html) {
      errors.push(error({ code: 'html-not-allowed', found: html[0] }, positionAt(source, from + html.index, starts)));
    }
    tokens.push({ kind: 'text', value });
  };
  while (cursor < source.length) {
    const open = source.indexOf('{{', cursor);
    if (open === -1) {
      pushText(source.slice(cursor), cursor);
      break;
    }
    pushText(source.slice(cursor, open), cursor);
    const at = positionAt(source, open, starts);
    const close = source.indexOf('}}', open + 2);
    const nextOpen = source.indexOf('{{', open + 2);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      errors.push(error({ code: 'unclosed-tag' }, at));
      pushText(source.slice(open, open + 2), open);
      cursor = open + 2;
      continue;
    }
    const inner = source.slice(open + 2, close).trim();
    cursor = close + 2;
    let match: RegExpExecArray | null;
    if (inner === '.') {
      tokens.push({ kind: 'item', ...at });
    } else if ((match = /^#\s*each\s+(\S+)$/.exec(inner))) {
      if (NAME.test(match[1])) tokens.push({ kind: 'open', name: match[1], each: true, ...at });
      else errors.push(error({ code: 'malformed-tag', name: match[1], as: 'list' }, at));
    } else if ((match = /^#\s*(\S+)$/.exec(inner))) {
      if (NAME.test(match[1])) tokens.push({ kind: 'open', name: match[1], each: false, ...at });
      else errors.push(error({ code: 'malformed-tag', name: match[1], as: 'section' }, at));
    } else if ((match = /^\/\s*(\S+)$/.exec(inner))) {
      if (NAME.test(match[1])) tokens.push({ kind: 'close', name: match[1], ...at });
      else errors.push(error({ code: 'malformed-tag', name: match[1], as: 'section' }, at));
    } else if (NAME.test(inner)) {
      tokens.push({ kind: 'field', name: inner, ...at });
    } else {
      errors.push(error({ code: 'malformed-tag', name: inner, as: 'tag' }, at));
    }
  }
  return standalone(tokens);
}

/** A block tag alone on its line removes that line (its indentation and its line break). */
function standalone(tokens: Token[]): Token[] {
  const isBlock = (t: Token | undefined) => t?.kind === 'open' || t?.kind === 'close';
  const flags = tokens.map((token, i) => {
    if (!isBlock(token)) return false;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const before = prev === undefined || (prev.kind === 'text' && (/\n[ \t]*$/.test(prev.value) || (i === 1 && /^[ \t]*$/.test(prev.value))));
    const after = next === undefined || (next.kind === 'text' && /^[ \t]*(\r?\n|$)/.test(next.value));
    return before && after;
  });
  return tokens.map((token, i) => {
    if (token.kind !== 'text') return token;
    let value = token.value;
    if (flags[i + 1]) value = value.replace(/[ \t]*$/, '');
    if (flags[i - 1]) value = value.replace(/^[ \t]*\r?\n?/, '');
    return { kind: 'text', value };
  });
}

/**
 * Parses a template body. With a `scope`, every name is checked against the template's
 * fields and sections; without one, only the syntax is checked. Errors are worded by
 * `describe` (none by default: pass `describeTemplateError` for the English sentences).
 */
export function parseTemplate(body: string, scope?: TemplateScope, describe: DescribeTemplateError = () => ''): ParsedTemplate {
  const errors: TemplateError[] = [];
  const error = errorMaker(describe);
  const tokens = tokenize(body, errors, error);
  const names: string[] = [];
  const root: TemplateNode[] = [];
  type Frame = { node: Extract<TemplateNode, { type: 'section' | 'each' }>; list: TemplateNode[] };
  const stack: Frame[] = [];
  const current = () => (stack.length ? stack[stack.length - 1].node.children : root);
  const inEach = () => stack.some((frame) => frame.node.type === 'each');
  const known = (name: string) => !scope || scope.fields.has(name) || scope.sections.has(name);
  const use = (name: string, at: Position) => {
    if (!names.includes(name)) names.push(name);
    if (!known(name)) errors.push(error({ code: 'unknown-placeholder', name }, at));
  };

  for (const token of tokens) {
    const at: Position = token.kind === 'text' ? { line: 0, column: 0, offset: 0 } : { line: token.line, column: token.column, offset: token.offset };
    switch (token.kind) {
      case 'text': {
        const list = current();
        const last = list[list.length - 1];
        if (last?.type === 'text') last.value += token.value;
        else if (token.value) list.push({ type: 'text', value: token.value });
        break;
      }
      case 'field':
        use(token.name, at);
        current().push({ type: 'field', name: token.name, ...at });
        break;
      case 'item':
        if (!inEach()) errors.push(error({ code: 'item-outside-each' }, at));
        current().push({ type: 'item', ...at });
        break;
      case 'open': {
        use(token.name, at);
        if (token.each && scope?.fields.has(token.name) && !scope.fields.get(token.name)?.list) {
          errors.push(error({ code: 'each-not-list', name: token.name, as: 'list' }, at));
        }
        if (token.each && scope?.sections.has(token.name) && !scope.fields.has(token.name)) {
          errors.push(error({ code: 'each-not-list', name: token.name, as: 'section' }, at));
        }
        const node = { type: token.each ? 'each' : 'section', name: token.name, children: [], ...at } as Frame['node'];
        current().push(node);
        stack.push({ node, list: node.children });
        break;
      }
      case 'close': {
        const top = stack[stack.length - 1];
        const expected = top ? (top.node.type === 'each' ? 'each' : top.node.name) : undefined;
        if (!top) {
          errors.push(error({ code: 'unexpected-close', name: token.name }, at));
        } else if (token.name === expected || (top.node.type === 'each' && token.name === top.node.name)) {
          stack.pop();
        } else if (stack.some((frame) => frame.node.name === token.name || (frame.node.type === 'each' && token.name === 'each'))) {
          // Closes an outer block: the inner ones were left open.
          while (stack.length) {
            const frame = stack.pop()!;
            if (frame.node.name === token.name || (frame.node.type === 'each' && token.name === 'each')) break;
            errors.push(error({ code: 'unclosed-section', name: frame.node.name, expected: token.name, ...(frame.node.type === 'each' ? { as: 'each' } : {}) }, frame.node));
          }
        } else {
          errors.push(error({ code: 'mismatched-close', name: token.name, expected }, at));
        }
        break;
      }
    }
  }
  for (const frame of stack.reverse()) {
    errors.push(error({ code: 'unclosed-section', name: frame.node.name, ...(frame.node.type === 'each' ? { as: 'each' } : {}) }, frame.node));
  }
  errors.sort((a, b) => a.offset - b.offset);
  return { nodes: root, errors, names };
}
