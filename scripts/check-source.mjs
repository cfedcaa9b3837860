// Source rules that the type checker cannot see: the ones that keep Bridgeway safe on
// someone else's page and keep the layers pointing one way (DESIGN.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const rules = [
  { where: /^src\/(widgets|ui)\//, pattern: /\bunsafeHTML\b|\bunsafeSVG\b|\.innerHTML\s*=|\bouterHTML\s*=|insertAdjacentHTML/, why: 'backend text must be rendered as text, never as HTML' },
  { where: /^src\//, pattern: /\beval\s*\(|new Function\s*\(/, why: 'no eval: Bridgeway must run under a strict CSP' },
  { where: /^src\/(widgets|ui|core|api)\//, pattern: /from\s+['"][./]*(\.\.\/)+server\//, why: 'widgets, ui, core and api never import server code' },
  { where: /^src\/core\//, pattern: /from\s+['"](\.\.\/)+(ui|widgets)\//, why: 'core depends on nothing but the contract' },
  { where: /^src\/(widgets|ui)\//, pattern: /document\.documentElement\.(setAttribute|lang|dir)|document\.head\.append|document\.body\.(append|prepend|insertBefore)/, why: 'the library never writes to the host document' },
  { where: /^src\/(widgets|ui|core|api)\//, pattern: /from\s+['"]zod['"]/, why: 'browser code validates with zod/mini to stay small' },
];

const problems = [];
for (const file of walk('src')) {
  if (file.startsWith('src/generated/')) continue;
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    for (const rule of rules) {
      if (rule.where.test(file) && rule.pattern.test(line)) problems.push(`${file}:${index + 1}: ${rule.why}\n    ${line.trim()}`);
    }
  });
}
if (problems.length) {
  console.error(`check-source: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('check-source: ok');
