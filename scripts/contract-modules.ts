// The generated contract as many small modules, so a bundler can put each validator and each
// operation in the chunk that uses it. A lazy part's operations and the validators only they need
// then load with that part, not with the element's first download: rollup never splits a module,
// so one contract.ts put every validator any part of an element used into its first chunk.
//
// Used by scripts/generate-validators.ts. A declaration's module holds it and the hoisted pieces
// only it uses (so the count stays near one module per named schema); declarations that reach each
// other (a z.lazy() cycle) share one module. contract.ts and operations.ts stay, as re-exports, so
// every import of them keeps working.

/** One `const` of the generated contract, with the type that may follow it. */
interface Declaration {
  name: string;
  exported: boolean;
  code: string;
  order: number;
  deps: string[];
}

/** The names a declaration's code refers to, strings and regular expressions left out. */
function referencedNames(code: string, known: ReadonlySet<string>, self: string): string[] {
  const body = code
    .slice(code.indexOf('=') + 1)
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/v\.pattern\(\/(?:[^/\\]|\\.)*\/[a-z]*\)/g, '');
  return [...new Set(body.match(/(?<![.\w$])[A-Za-z_$][\w$]*/g) ?? [])].filter((name) => known.has(name) && name !== self);
}

function parse(lines: readonly string[]): { declarations: Declaration[]; other: string[] } {
  const declarations: Declaration[] = [];
  const other: string[] = [];
  lines.forEach((code, order) => {
    const match = /^(export )?const ([A-Za-z_$][\w$]*)\b/.exec(code);
    if (match) declarations.push({ name: match[2]!, exported: !!match[1], code, order, deps: [] });
    else other.push(code);
  });
  const known = new Set(declarations.map((d) => d.name));
  for (const declaration of declarations) declaration.deps = referencedNames(declaration.code, known, declaration.name);
  return { declarations, other };
}

/** Which module each declaration goes to (by the module's name). */
function groups(declarations: readonly Declaration[]): Map<string, string> {
  const byName = new Map(declarations.map((d) => [d.name, d]));
  const parent = new Map(declarations.map((d) => [d.name, d.name]));
  const find = (name: string): string => {
    let root = name;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  // Declarations that reach each other (strongly connected, Tarjan) share a module: no import cycle.
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const connect = (name: string): void => {
    indexOf.set(name, index);
    low.set(name, index++);
    stack.push(name);
    onStack.add(name);
    for (const dep of byName.get(name)!.deps) {
      if (!indexOf.has(dep)) {
        connect(dep);
        low.set(name, Math.min(low.get(name)!, low.get(dep)!));
      } else if (onStack.has(dep)) low.set(name, Math.min(low.get(name)!, indexOf.get(dep)!));
    }
    if (low.get(name) === indexOf.get(name)) {
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        union(name, member);
      } while (member !== name);
    }
  };
  for (const declaration of declarations) if (!indexOf.has(declaration.name)) connect(declaration.name);
  // A hoisted piece (not exported) that one declaration alone uses goes with it.
  const users = new Map<string, Set<string>>();
  for (const declaration of declarations) for (const dep of declaration.deps) users.set(dep, (users.get(dep) ?? new Set()).add(declaration.name));
  for (const declaration of declarations) {
    const only = users.get(declaration.name);
    if (!declaration.exported && only?.size === 1) union([...only][0]!, declaration.name);
  }
  // Each module is named after its first exported member (else its first member), in file-name-safe form.
  const members = new Map<string, Declaration[]>();
  for (const declaration of declarations) members.set(find(declaration.name), [...(members.get(find(declaration.name)) ?? []), declaration]);
  const fileOf = new Map<string, string>();
  for (const list of members.values()) {
    const named = list.find((d) => d.exported) ?? list[0]!;
    for (const declaration of list) fileOf.set(declaration.name, named.name);
  }
  return fileOf;
}

export interface ContractModules {
  /** `contract/<name>.ts` -> its text. */
  modules: Map<string, string>;
  /** The re-exports (and lines that are not declarations) that contract.ts keeps. */
  barrel: string[];
}

/**
 * Splits the generated contract's `lines` into modules. `typeImports` are the `import type * as
 * alias from '<path from src/generated>'` lines; each module imports those it uses.
 */
export function contractModules(lines: readonly string[], typeImports: readonly string[]): ContractModules {
  const { declarations, other } = parse(lines);
  const fileOf = groups(declarations);
  const byFile = new Map<string, Declaration[]>();
  for (const declaration of declarations) byFile.set(fileOf.get(declaration.name)!, [...(byFile.get(fileOf.get(declaration.name)!) ?? []), declaration]);
  const modules = new Map<string, string>();
  for (const [file, list] of byFile) {
    list.sort((a, b) => a.order - b.order);
    // A hoisted piece is exported from its module when another module uses it.
    const code = list.map((d) => (d.exported || !declarations.some((other) => fileOf.get(other.name) !== file && other.deps.includes(d.name)) ? d.code : `export ${d.code}`)).join('\n');
    const imports: string[] = [];
    if (/\bv\./.test(code)) imports.push(`import * as v from '../../api/validate.js';`);
    if (/\br\./.test(code)) imports.push(`import * as r from '../../api/refinements.js';`);
    const validatorTypes = ['EnumValidator', 'Validator'].filter((type) => new RegExp(`\\b${type}<`).test(code));
    if (validatorTypes.length) imports.push(`import type { ${validatorTypes.join(', ')} } from '../../api/validate.js';`);
    if (/\bz\.output</.test(code)) imports.push(`import type * as z from 'zod/mini';`);
    for (const line of typeImports) {
      const [, alias, path] = /^import type \* as (\w+) from '\.\.\/(.*)';$/.exec(line) ?? [];
      if (alias && new RegExp(`\\b${alias}\\.`).test(code)) imports.push(`import type * as ${alias} from '../../${path}';`);
    }
    const fromOthers = new Map<string, Set<string>>();
    for (const d of list) {
      for (const dep of d.deps) {
        const depFile = fileOf.get(dep)!;
        if (depFile !== file) fromOthers.set(depFile, (fromOthers.get(depFile) ?? new Set()).add(dep));
      }
    }
    for (const [depFile, names] of [...fromOthers].sort(([a], [b]) => a.localeCompare(b))) imports.push(`import { ${[...names].sort().join(', ')} } from './${depFile}.js';`);
    modules.set(file, [...imports, '', code, ''].join('\n'));
  }
  const barrel = [
    ...declarations.filter((d) => d.exported).map((d) => `export { ${d.name} } from './contract/${fileOf.get(d.name)}.js';`),
    ...other,
  ];
  return { modules, barrel };
}
