/**
 * Imports one entry of the installed package in a fresh Node process (no DOM), after the
 * packages it depends on, and reports what the entry itself did: the globals it added, the
 * elements it registered, what it printed, and whether the process then ended by itself.
 */
import { run } from './packed.js';

export interface ServerImport {
  ok: boolean;
  /** Why it failed, when it did. */
  failure?: string;
  exports: string[];
  added: string[];
  defined: string[];
  said: string[];
}

export function importOnServer(consumer: string, specifier: string, dependencies: string[], tags: string[]): ServerImport {
  const json = specifier.endsWith('.json');
  const script = `
    // The dependencies first: their own globals (Lit's DOM shim, zod's registry) are theirs.
    for (const dependency of ${JSON.stringify(dependencies)}) await import(dependency);
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const said = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug']) console[level] = (...args) => said.push(level + ': ' + args.map(String).join(' '));
    const entry = await import(${JSON.stringify(specifier)}${json ? ", { with: { type: 'json' } }" : ''});
    const added = Object.getOwnPropertyNames(globalThis).filter((key) => !before.has(key));
    const defined = ${JSON.stringify(tags)}.filter((tag) => globalThis.customElements?.get(tag));
    process.stdout.write(JSON.stringify({ exports: Object.keys(entry), added, defined, said }));
  `;
  // A module that leaves a timer or a socket behind keeps the process alive: the timeout says so.
  const result = run(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer, timeout: 30_000 });
  if (result.status !== 0) {
    const failure = result.signal ? `still running, ${result.timedOut ?? result.signal}: it left something scheduled` : result.stderr.trim().split('\n').slice(0, 8).join('\n');
    return { ok: false, failure, exports: [], added: [], defined: [], said: [] };
  }
  return { ok: true, ...(JSON.parse(result.stdout) as Omit<ServerImport, 'ok'>) };
}
