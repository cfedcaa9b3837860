/** `bridgeway <command>`: every command is in {@link COMMANDS}, and the top-level "Usage" is made from it. */
import type { RunningServer } from './index.js';
import { CATALOGUE_HELP, catalogueCommand } from './seed/catalogue/commands.js';
import { BACKUP_HELP, backupCommand } from './backup/commands.js';
import type { CliIo } from './cli-io.js';
import { parseTrustProxy } from './proxy.js';

interface Command {
  /** The first word: `bridgeway <name> ...`. */
  name: string;
  /** Its forms as the top-level "Usage" lists them, without `bridgeway `. */
  usage: readonly string[];
  /** Runs it with every argument (the name first); resolves to the exit code. */
  run(args: string[], io: CliIo): Promise<{ code: number; server?: RunningServer }>;
}

const code = (pending: Promise<number>) => pending.then((exit) => ({ code: exit }));

/** Every command of the CLI, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  { name: 'serve', usage: ['serve [options]'], run: (args, io) => serve(args.slice(1), io) },
  {
    name: 'catalogue',
    usage: ['catalogue validate [files...]', 'catalogue import <file> --organisation ID [--data-dir DIR]'],
    run: (args, io) => code(catalogueCommand(args.slice(1), io)),
  },
  { name: 'backup', usage: ['backup <file> [--data-dir DIR]'], run: (args, io) => code(backupCommand(args, io)) },
  { name: 'restore', usage: ['restore <file> [--data-dir DIR] [--force]'], run: (args, io) => code(backupCommand(args, io)) },
  { name: 'admin', usage: ['admin <command> [options]'], run: async (args, io) => code((await import('./admin-commands.js')).adminCommand(args.slice(1), io)) },
  { name: 'help', usage: ['help'], run: async (_args, io) => (io.out(HELP), { code: 0 }) },
];

/** The top-level "Usage" lines, one per form of every command. */
export const USAGE = COMMANDS.flatMap((command) => command.usage)
  .map((form, index) => `${index === 0 ? 'Usage:' : '      '} bridgeway ${form}`)
  .join('\n');

const HELP = `${USAGE}

Runs the Bridgeway reference server; checks and imports catalogue data files
(\`bridgeway catalogue --help\`); backs up and restores its database; administers
organisations, keys, origins and coordinators (\`bridgeway admin --help\`).

Options of serve:
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
  const command = COMMANDS.find((candidate) => candidate.name === argv[0]);
  if (command) return command.run([...argv], io);
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    io.out(HELP);
    return { code: argv.length === 0 ? 1 : 0 };
  }
  io.err(`Unknown command "${argv[0]}".\n\n${HELP}`);
  return { code: 2 };
}

/** `bridgeway serve [options]`: starts the server and keeps it running. */
async function serve(args: string[], io: CliIo): Promise<{ code: number; server?: RunningServer }> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(HELP);
    return { code: 0 };
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
