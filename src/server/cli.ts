/** `bridgeway serve [--port N] [--data-dir DIR] [--demo] [--no-seed]`, `bridgeway catalogue validate|import ...` */
import type { RunningServer } from './index.js';
import { CATALOGUE_HELP, catalogueCommand } from './seed/catalogue/commands.js';
import { BACKUP_HELP, backupCommand } from './backup/commands.js';
import type { CliIo } from './cli-io.js';
import { parseTrustProxy } from './proxy.js';

const HELP = `Usage: bridgeway serve [options]
       bridgeway catalogue validate [files...]
       bridgeway catalogue import <file> --organisation ID [--data-dir DIR]

Runs the Bridgeway reference server, or checks and imports catalogue data files
(\`bridgeway catalogue --help\`).

Options:
  --port N          port to listen on (default: env PORT, else 8787; 0 picks a free one)
  --host HOST       interface to listen on (default: all)
  --data-dir DIR    PGlite data folder (default: .bridgeway/data); ignored when
                    DATABASE_URL=postgres://... is set
  --demo            seed the demo organisation and its well-known keys, serve the
                    demo page's token endpoint and print the keys (never in
                    production: anyone may use those keys)
  --public-origin URL
                    the origin this server is reached at (default: env
                    BRIDGEWAY_PUBLIC_ORIGIN, else the listening address); pages
                    served from it may call the API without an allow-list entry
  --trust-proxy HOPS|ADDRESSES
                    behind a reverse proxy: the number of proxy hops in front, or
                    the proxies' addresses and subnets (comma-separated), whose
                    X-Forwarded-For names the client for per-address limits
                    (default: env BRIDGEWAY_TRUST_PROXY, else the header is ignored)
  --no-seed         do not seed anything on start
  --log             print one JSON line per request
  -h, --help        show this help

${CATALOGUE_HELP}
${BACKUP_HELP}`;

/** Said at every start on a database where the demo keys work: they are public knowledge. */
function demoKeysWarning(demo: boolean, keys: { publishable: string; secret: string }): string {
  const line = '!'.repeat(78);
  const why = demo
    ? 'Started with --demo.'
    : 'This database was seeded by an earlier --demo start.';
  return `${line}\n!! WARNING: THE DEMO KEYS ARE LIVE (${keys.publishable}, ${keys.secret}).\n!! Anyone who knows them can act for the demo organisation, coordinator included.\n!! ${why} Never run a real program on this database; in production start\n!! without --demo on a fresh database (or revoke the demo keys).\n${line}\n`;
}

export type { CliIo };

/** Runs the CLI; resolves to the exit code (the server keeps running after `serve` resolves 0). */
export async function main(argv: string[], io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }): Promise<{ code: number; server?: RunningServer }> {
  const args = [...argv];
  if (args[0] === 'catalogue') return { code: await catalogueCommand(args.slice(1), io) };
  if (args[0] === 'backup' || args[0] === 'restore') return { code: await backupCommand(args, io) };
  if (args[0] === 'admin') return { code: await (await import('./admin-commands.js')).adminCommand(args.slice(1), io) };
  if (args.length === 0 || args.includes('--help') || args.includes('-h') || args[0] === 'help') {
    io.out(HELP);
    return { code: args.length === 0 ? 1 : 0 };
  }
  const command = args.shift();
  if (command !== 'serve') {
    io.err(`Unknown command "${command}".\n\n${HELP}`);
    return { code: 2 };
  }
  // Loaded only to serve: the catalogue commands do not start (or load) the server.
  const { DEMO_PUBLISHABLE_KEY, DEMO_SECRET_KEY, startServer, isDataDirProblem } = await import('./index.js');
  const options: Parameters<typeof startServer>[0] = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value.`);
      return next;
    };
    try {
      if (arg === '--port') {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port needs a number from 0 to 65535.');
        options.port = port;
      } else if (arg === '--host') options.host = value();
      else if (arg === '--data-dir') options.dataDir = value();
      else if (arg === '--demo') options.demo = true;
      else if (arg === '--public-origin') options.publicOrigin = value();
      else if (arg === '--trust-proxy') {
        options.trustProxy = value();
        parseTrustProxy(options.trustProxy);
      }
      else if (arg === '--no-seed') options.seed = false;
      else if (arg === '--log') options.log = true;
      else throw new Error(`Unknown option ${arg}.`);
    } catch (error) {
      io.err(`${(error as Error).message}\n\n${HELP}`);
      return { code: 2 };
    }
  }
  const server = await startServer(options).catch((error: unknown) => {
    if (!isDataDirProblem(error)) throw error;
    io.err(`bridgeway: ${error.message}\n`);
  });
  if (!server) return { code: 1 };
  io.out(`Bridgeway server listening on ${server.url} (${server.db.kind})\n`);
  io.out(`  API docs: ${server.url}/docs   OpenAPI: ${server.url}/v1/openapi.json\n`);
  if (options.demo) {
    io.out(`  Demo page: ${server.url}/\n`);
    io.out(`  Demo keys (DEMO ONLY, public knowledge): publishable ${DEMO_PUBLISHABLE_KEY}, secret ${DEMO_SECRET_KEY}\n`);
  }
  if (server.backupBeforeMigrating) io.out(`  Backed up the database before migrating it: ${server.backupBeforeMigrating}\n`);
  if (server.demoKeysLive) io.err(demoKeysWarning(Boolean(options.demo), { publishable: DEMO_PUBLISHABLE_KEY, secret: DEMO_SECRET_KEY }));
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { code: 0, server };
}
