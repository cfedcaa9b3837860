/**
 * Every answer the core gives has words in the element that shows it. The gap analysis sends each
 * reason as a code with parameters and an English text; the gap mapper puts the code in the
 * reader's language (`reasonText`) and falls back to the English text only for a code it does not
 * know, such as one from a newer server. A code the core emits without a label would show English
 * to every reader of the shipped widget. The same holds for the narrative builder's writing hints.
 *
 * Reads the sources with TypeScript's parser: the codes the core passes to `reason(...)` (directly,
 * or through a variable of the same file) or writes as a hint's `code`, and the codes the element
 * handles in a `case`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): ts.SourceFile[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true)] : [];
  });
}

/** The string literals in an expression: a code, or each branch of a choice between codes. */
function literals(node: ts.Node, file: ts.SourceFile): string[] {
  if (ts.isStringLiteralLike(node)) return [node.text];
  if (ts.isIdentifier(node)) {
    const found: string[] = [];
    const visit = (n: ts.Node) => {
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === node.text && n.initializer) found.push(...literals(n.initializer, file));
      n.forEachChild(visit);
    };
    visit(file);
    return found;
  }
  if (ts.isConditionalExpression(node)) return [...literals(node.whenTrue, file), ...literals(node.whenFalse, file)];
  if (ts.isParenthesizedExpression(node)) return literals(node.expression, file);
  return [];
}

function collect(files: ts.SourceFile[], pick: (node: ts.Node) => ts.Node | undefined): Set<string> {
  const codes = new Set<string>();
  for (const file of files) {
    const visit = (node: ts.Node) => {
      const picked = pick(node);
      if (picked) for (const code of literals(picked, file)) codes.add(code);
      node.forEachChild(visit);
    };
    visit(file);
  }
  return codes;
}

const reasonCodes = (dir: string) => collect(sources(dir), (n) => (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'reason' ? n.arguments[0] : undefined));
const hintCodes = (dir: string) => collect(sources(dir), (n) => (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === 'code' && ts.isObjectLiteralExpression(n.parent) && n.parent.properties.some((p) => p.name?.getText() === 'severity') ? n.initializer : undefined));
const handled = (dir: string) => collect(sources(dir), (n) => (ts.isCaseClause(n) ? n.expression : undefined));

describe('every code the core answers with has words in the element', () => {
  it('the gap analysis\'s reasons, in the gap mapper', () => {
    const emitted = reasonCodes('src/core/gap');
    assert.ok(emitted.size > 40, `found the reason codes (${emitted.size})`);
    const labels = handled('src/widgets/credential-gap-mapper');
    assert.deepEqual([...emitted].filter((code) => !labels.has(code)).sort(), [], 'reason codes the gap mapper shows only in English');
  });

  it('the narrative norms\' hints, in the narrative builder', () => {
    const emitted = hintCodes('src/core/narrative');
    assert.ok(emitted.size >= 5, `found the hint codes (${emitted.size})`);
    const labels = handled('src/widgets/narrative-builder');
    assert.deepEqual([...emitted].filter((code) => !labels.has(code)).sort(), [], 'hint codes the narrative builder has no words for');
  });
});
