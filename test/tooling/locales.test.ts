/**
 * lit-localize only warns about a missing `<target>`; this test fails instead. It checks
 * that every target locale has an XLIFF file, that each file holds a translation of
 * every message in the source, with the same placeholders, and that extraction is
 * current: every `msg()` id used in src/ is in every file, with the same source text.
 *
 * Run: node --import tsx --test test/tooling/locales.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..', '..');
const config = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8')) as {
  sourceLocale: string;
  targetLocales: string[];
  interchange: { xliffDir: string };
  output: { outputDir: string };
};

interface Unit {
  id: string;
  source: string;
  target?: string;
}

const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function parseXliff(file: string): { language: string | undefined; units: Map<string, Unit> } {
  const xml = readFileSync(file, 'utf8');
  const language = /<file[^>]*\starget-language="([^"]+)"/.exec(xml)?.[1];
  const units = new Map<string, Unit>();
  for (const match of xml.matchAll(/<trans-unit\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const [, id, body] = match;
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1];
    assert.ok(source !== undefined, `${file}: trans-unit ${id} has no <source>`);
    units.set(decode(id), { id: decode(id), source, target });
  }
  return { language, units };
}

/** Placeholders (`<x id="0" equiv-text="..."/>`, `<ph>`) must survive translation. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/<x\s+id="([^"]+)"|<ph\s+id="([^"]+)"/g)].map((m) => m[1] ?? m[2]).sort();
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (path === join(ROOT, config.output.outputDir)) continue;
      out.push(...sourceFiles(path));
    } else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
      out.push(path);
    }
  }
  return out;
}

interface UsedMessage {
  id: string | undefined;
  /** The source text when the template is a plain string (no `${}`). */
  text: string | undefined;
  where: string;
}

/** Every `msg(...)` call in src/, with its `id` option and plain text. */
function usedMessages(): UsedMessage[] {
  const used: UsedMessage[] = [];
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const code = readFileSync(file, 'utf8');
    if (!code.includes('msg(')) continue;
    const sf = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
        const [template, options] = node.arguments;
        let id: string | undefined;
        if (options && ts.isObjectLiteralExpression(options)) {
          for (const prop of options.properties) {
            if (ts.isPropertyAssignment(prop) && prop.name.getText(sf) === 'id' && ts.isStringLiteralLike(prop.initializer)) id = prop.initializer.text;
          }
        }
        const text = template && ts.isStringLiteralLike(template) ? template.text : undefined;
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        used.push({ id, text, where: `${relative(ROOT, file)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return used;
}

const xliffDir = join(ROOT, config.interchange.xliffDir);
const files = new Map(config.targetLocales.map((locale) => [locale, join(xliffDir, `${locale}.xlf`)]));

test('every target locale has an XLIFF file for its language', () => {
  for (const [locale, file] of files) {
    const { language } = parseXliff(file);
    assert.equal(language, locale, `${relative(ROOT, file)} should declare target-language="${locale}"`);
  }
});

test('every message has a non-empty translation in every target locale, with the same placeholders', () => {
  const problems: string[] = [];
  const reference = parseXliff(files.get(config.targetLocales[0])!).units;
  for (const [locale, file] of files) {
    const { units } = parseXliff(file);
    for (const id of reference.keys()) if (!units.has(id)) problems.push(`${locale}: message "${id}" is missing (run npx lit-localize extract)`);
    for (const unit of units.values()) {
      if (!unit.target || !unit.target.trim()) {
        problems.push(`${locale}: "${unit.id}" has no <target> translation of: ${decode(unit.source)}`);
      } else if (placeholders(unit.source).join() !== placeholders(unit.target).join()) {
        problems.push(`${locale}: "${unit.id}" lost or added a placeholder`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('extraction is current: every msg() in src has an explicit id and is in every locale file with the same text', () => {
  const used = usedMessages();
  assert.ok(used.length > 0, 'found no msg() calls in src/');
  const problems: string[] = [];
  for (const message of used) if (!message.id) problems.push(`${message.where}: msg() without an { id } (CONTRIBUTING.md asks for one)`);
  const ids = new Set(used.map((m) => m.id).filter(Boolean));
  for (const [locale, file] of files) {
    const { units } = parseXliff(file);
    for (const message of used) {
      if (!message.id) continue;
      const unit = units.get(message.id);
      if (!unit) problems.push(`${locale}: "${message.id}" (${message.where}) is not extracted; run npx lit-localize extract and translate it`);
      else if (message.text !== undefined && decode(unit.source) !== message.text) {
        problems.push(`${locale}: "${message.id}" source text changed in ${message.where}; run npx lit-localize extract and update the translation`);
      }
    }
    for (const id of units.keys()) if (!ids.has(id)) problems.push(`${locale}: "${id}" is no longer used in src; run npx lit-localize extract`);
  }
  assert.deepEqual(problems, []);
});
