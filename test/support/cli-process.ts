/**
 * The `bridgeway` CLI as a real process: `scripts/serve.ts` runs the same `main()` that
 * bin/bridgeway.js runs from the build, from source through tsx (no build step in the test).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** tsx by its address, so that a process started in a temp folder finds it. */
const TSX = import.meta.resolve('tsx');

export interface CliProcess {
  child: ChildProcess;
  /** Everything written so far. */
  readonly out: string;
  readonly err: string;
  /** Resolves on exit with the code (null when killed by a signal). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface ServeProcess extends CliProcess {
  url: string;
  /** SIGKILL, then waits for the exit. */
  kill(): Promise<void>;
  /** SIGTERM (a clean stop), then waits for the exit. */
  stop(): Promise<void>;
}

/** Runs `bridgeway ...args` in `cwd`; DATABASE_URL is unset unless `env` sets it. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliProcess {
  const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'scripts/serve.ts'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'test', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const result = {
    child,
    out: '',
    err: '',
    exited: new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))),
  };
  child.stdout!.on('data', (chunk: Buffer) => (result.out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (result.err += chunk.toString()));
  return result;
}

/** Runs `bridgeway serve` on a free loopback port and resolves once it listens (rejects if it exits first). */
export async function startServeProcess(args: string[], options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<ServeProcess> {
  const cli = runCli(['serve', '--port', '0', '--host', '127.0.0.1', ...args], options);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      cli.child.kill('SIGKILL');
      reject(new Error(`bridgeway serve did not start in time.\n${cli.out}\n${cli.err}`));
    }, options.timeoutMs ?? 60_000);
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(cli.out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    cli.child.stdout!.on('data', check);
    void cli.exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`bridgeway serve exited (${code ?? signal}) before listening.\n${cli.err}`), { cli }));
    });
  });
  return {
    ...cli,
    get out() {
      return cli.out;
    },
    get err() {
      return cli.err;
    },
    url,
    async kill() {
      cli.child.kill('SIGKILL');
      await cli.exited;
    },
    async stop() {
      cli.child.kill('SIGTERM');
      await cli.exited;
    },
  };
}
