/**
 * The package as an integrator gets it: built into a temp folder (without the CDN bundles,
 * which these tests do not load, and with src/generated/ as `npm run localize:build` left it
 * when it is current), packed with `npm pack`, and installed from the tarball
 * with a plain `npm install` into an empty project outside this repository, so nothing
 * resolves from the repository's own node_modules by accident.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(fileURLToPath(new URL('../../../', import.meta.url)));

export interface Packed {
  /** The folder that was packed: package.json, dist/, custom-elements.json ... */
  stage: string;
  tarball: string;
  /** Paths inside the tarball, relative to the package root. */
  files: string[];
  /** The integrator's project, with the tarball installed. */
  consumer: string;
  /** The installed package: `<consumer>/node_modules/bridgeway`. */
  installed: string;
}

export interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Set when the command ran past its limit and was stopped: says the limit and the load. */
  timedOut?: string;
}

/**
 * A time limit that grows with the machine's load: `limit` on a machine with a core free, times the
 * 1-minute load average per core when it is above 1. The build that takes about 100 s on a quiet
 * 2-core machine ran past a fixed 240 s at a load above 20; a command that hangs still stops, at
 * the scaled limit, and the failure names it, its limit and the load (`runOk`).
 */
export function underLoad(limit: number): number {
  return Math.round(limit * Math.max(1, loadavg()[0] / availableParallelism()));
}

/**
 * Runs a command without the `npm_*` variables of an enclosing `npm test`: npm passes its own
 * configuration down that way (the project folder among it), which would make an `npm install`
 * in the consumer act on this repository. `timeout` (240 s unless given) is scaled by `underLoad`
 * when the command starts.
 */
export function run(command: string, args: string[], options: SpawnSyncOptions = {}): RunResult {
  const env = Object.fromEntries(Object.entries({ ...process.env, ...options.env }).filter(([key]) => !/^npm_/i.test(key)));
  const timeout = underLoad(options.timeout ?? 240_000);
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options, timeout, env });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return {
    status: result.status, signal: result.signal, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? ''),
    ...(timedOut ? { timedOut: `stopped at its limit of ${Math.round(timeout / 1000)} s (load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)` } : {}),
  };
}

export function runOk(command: string, args: string[], options: SpawnSyncOptions = {}): RunResult {
  const result = run(command, args, options);
  if (result.status !== 0) {
    const ended = result.timedOut ?? `exited ${result.status ?? result.signal}`;
    throw new Error(`\`${command} ${args.join(' ')}\` ${ended}\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  }
  return result;
}

/** `npm install` in the consumer: from npm's cache when it has the package (CI's `npm ci` filled it). */
export function npmInstall(consumer: string, specs: string[]): RunResult {
  return runOk('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...specs], { cwd: consumer });
}

export function packAndInstall(): Packed {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { files: string[] };
  mkdirSync(join(repo, '.tmp'), { recursive: true });
  const stage = mkdtempSync(join(repo, '.tmp', 'package-'));
  cpSync(join(repo, 'package.json'), join(stage, 'package.json'));
  for (const entry of pkg.files) {
    if (entry !== 'dist' && entry !== 'custom-elements.json') cpSync(join(repo, entry), join(stage, entry), { recursive: true });
  }
  // The declarations without a second type-check of the sources: `npm run lint` checks them (build.mjs says why).
  runOk(process.execPath, ['scripts/build.mjs', '--out', join(stage, 'dist'), '--only', 'lib,server', '--types-unchecked'], { cwd: repo });

  const packed = JSON.parse(runOk('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', stage], { cwd: stage }).stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const tarball = join(stage, packed[0].filename);

  const consumer = mkdtempSync(join(tmpdir(), 'bridgeway-consumer-'));
  writeFileSync(join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  npmInstall(consumer, [tarball]);
  return { stage, tarball, files: packed[0].files.map((file) => file.path), consumer, installed: join(consumer, 'node_modules', 'bridgeway') };
}

/**
 * Puts one of this repository's devDependencies (React's types, Vue, TypeScript's Node types)
 * into the consumer, as the integrator's own install would: a link, so they resolve their own
 * dependencies from here.
 */
export function linkDevPackage(consumer: string, name: string): void {
  const target = join(consumer, 'node_modules', name);
  if (existsSync(target)) return;
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(join(repo, 'node_modules', name), target, 'dir');
}

/** Every `.js` file under `folder`. */
export function javascriptFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.js'))
    .map((path) => join(folder, path));
}

/** The bare specifiers (`lit`, `lit/decorators.js`, `zod/mini`) that built modules import. */
export function bareImports(files: string[]): string[] {
  const found = new Set<string>();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'./][^"']*)["']/g)) {
      if (!match[1].startsWith('node:')) found.add(match[1]);
    }
  }
  return [...found].sort();
}

/** `lit/decorators.js` -> `lit`, `@lit/localize` -> `@lit/localize` */
export const packageName = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
