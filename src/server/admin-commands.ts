/**
 * `bridgeway admin ...`: an operator administers organisations without SQL, on the server's
 * database (PGlite in --data-dir, or DATABASE_URL). The commands call the same store as the
 * `/v1/admin/*` routes; each change is one transaction with its audit record, which names the
 * operator's login as who made it.
 */
import { userInfo } from 'node:os';
import * as z from 'zod/mini';
import { ApiKeyCreate, CoordinatorInvite, Origin, type ApiKey, type ApiKeyCreated } from '../api/admin.js';
import { Id, Text } from '../api/common.js';
import { fieldIssues } from '../api/problem.js';
import type { Database } from './db/types.js';
import { Refusal } from './refusal.js';
import type { ChangeActor } from './store/admin.js';

export const ADMIN_HELP = `Usage: bridgeway admin <command> [options]

  org create <id> --name NAME [--origin URL]...
                                 a new organisation with a publishable and a secret key
  key list --organisation ID     its keys: kind, prefix, label, created, last used, revoked
  key create --organisation ID --kind publishable|secret [--label TEXT]
  key rotate <keyId> --organisation ID
                                 a new key replaces the old one, which is revoked
  key revoke <keyId> --organisation ID
  origin list --organisation ID
  origin add <origin> --organisation ID
  origin remove <origin> --organisation ID
  coordinator invite <externalId> --name NAME --organisation ID

A new key's secret is printed once: only its hash is stored. Every change is recorded in the
organisation's audit log (GET /v1/audit-events, for its coordinators).

Options:
  --data-dir DIR   PGlite data folder (default .bridgeway/data); ignored when
                   DATABASE_URL=postgres://... is set
  --json           print the result as JSON
`;

export interface AdminIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A mistake in the command line: exit code 2 with the help. */
class UsageError extends Error {}

interface Parsed {
  positional: string[];
  options: Map<string, string[]>;
}

const FLAGS = new Set(['--json']);
const VALUED = new Set(['--name', '--origin', '--organisation', '--kind', '--label', '--data-dir']);

function parse(args: readonly string[]): Parsed {
  const parsed: Parsed = { positional: [], options: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (FLAGS.has(arg)) parsed.options.set(arg, ['']);
    else if (VALUED.has(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
      parsed.options.set(arg, [...(parsed.options.get(arg) ?? []), value]);
    } else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.`);
    else parsed.positional.push(arg);
  }
  return parsed;
}

/** Checks a value with a contract schema; a bad one is a usage error naming the option. */
function checked<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issues = fieldIssues(result.error.issues).map((issue) => `${issue.path && issue.path !== '(root)' ? `${issue.path} ` : ''}${issue.message}`);
  throw new UsageError(`${what}: ${issues.join('; ')}.`);
}

function one(parsed: Parsed, option: string, required: true): string;
function one(parsed: Parsed, option: string, required?: false): string | undefined;
function one(parsed: Parsed, option: string, required = false): string | undefined {
  const values = parsed.options.get(option);
  if (values && values.length > 1) throw new UsageError(`Give ${option} once.`);
  if (!values && required) throw new UsageError(`${option} is required.`);
  return values?.[0];
}

function positional(parsed: Parsed, what: string): string {
  if (parsed.positional.length === 0) throw new UsageError(`Name the ${what}.`);
  if (parsed.positional.length > 1) throw new UsageError(`Unexpected ${parsed.positional.slice(1).join(' ')}.`);
  return parsed.positional[0];
}

function operator(): ChangeActor {
  let login = 'operator';
  try {
    login = userInfo().username || login;
  } catch {
    // No user database in some containers: the audit then says "operator".
  }
  return { kind: 'cli', id: null, label: `cli:${login}` };
}

function keyLine(key: ApiKey): string {
  const state = key.revokedAt ? `revoked ${key.revokedAt}` : 'active';
  return `${key.id}  ${key.kind.padEnd(11)}  ${key.prefix}...  ${state}  created ${key.createdAt}  last used ${key.lastUsedAt ?? 'never'}${key.label ? `  "${key.label}"` : ''}`;
}

function secretLines(made: ApiKeyCreated): string {
  return `${made.key.kind} key ${made.key.id}: ${made.secret}\n`;
}

const SHOWN_ONCE = 'Store the secret now: it is shown only this once (only its hash is kept).\n';

type Command = (parsed: Parsed, db: Database, io: AdminIo) => Promise<unknown>;

const organisationOf = (parsed: Parsed) => checked(Id, one(parsed, '--organisation', true), '--organisation');

/** Each command: what it does with the store, and what it prints (unless --json). */
const COMMANDS: Record<string, Command> = {
  'org create': async (parsed, db, io) => {
    const id = checked(Id, positional(parsed, 'organisation id'), 'organisation id');
    const name = checked(Text(200, { min: 1, trim: true }), one(parsed, '--name', true), '--name');
    const origins = (parsed.options.get('--origin') ?? []).map((origin) => checked(Origin, origin, `--origin ${origin}`));
    const { createOrganisation } = await import('./store/admin.js');
    const made = await createOrganisation(db, operator(), { id, name, origins });
    io.out(`Created organisation "${made.id}" (${made.name}).\n${made.keys.map(secretLines).join('')}${SHOWN_ONCE}`);
    return made;
  },
  'key list': async (parsed, db, io) => {
    const organisation = organisationOf(parsed);
    const { listApiKeys, listOrigins } = await import('./store/admin.js');
    await listOrigins(db, organisation); // Refuses an unknown organisation.
    const keys = await listApiKeys(db, organisation);
    io.out(keys.length ? `${keys.map(keyLine).join('\n')}\n` : 'No keys.\n');
    return keys;
  },
  'key create': async (parsed, db, io) => {
    const organisation = organisationOf(parsed);
    const body = checked(ApiKeyCreate, { kind: one(parsed, '--kind', true), label: one(parsed, '--label') }, '--kind/--label');
    const { createApiKey } = await import('./store/admin.js');
    const made = await createApiKey(db, organisation, operator(), body);
    io.out(secretLines(made) + SHOWN_ONCE);
    return made;
  },
  'key rotate': async (parsed, db, io) => {
    const organisation = organisationOf(parsed);
    const keyId = checked(Id, positional(parsed, 'key id'), 'key id');
    const { rotateApiKey } = await import('./store/admin.js');
    const made = await rotateApiKey(db, organisation, operator(), keyId);
    io.out(`Revoked ${keyId}; its replacement:\n${secretLines(made)}${SHOWN_ONCE}`);
    return made;
  },
  'key revoke': async (parsed, db, io) => {
    const organisation = organisationOf(parsed);
    const keyId = checked(Id, positional(parsed, 'key id'), 'key id');
    const { revokeApiKey } = await import('./store/admin.js');
    const key = await revokeApiKey(db, organisation, operator(), keyId);
    io.out(`${keyLine(key)}\nServers stop accepting it within 5 seconds.\n`);
    return key;
  },
  'origin list': async (parsed, db, io) => {
    const { listOrigins } = await import('./store/admin.js');
    const list = await listOrigins(db, organisationOf(parsed));
    io.out(list.items.length ? `${list.items.join('\n')}\n` : 'No allowed origins.\n');
    return list;
  },
  'origin add': async (parsed, db, io) => {
    const organisation = organisationOf(parsed);
    const origin = checked(Origin, positional(parsed, 'origin'), 'origin');
    const { addOrigin } = await import('./store/admin.js');
    const list = await addOrigin(db, organisation, operator(), origin);
    io.out(`Allowed origins of "${organisation}":\n${list.items.join('\n')}\n`);
    return list;
  },
  'origin remove': async (parsed, db, io) => {
    const organisation = organisationOf(parsed);
    const origin = checked(Origin, positional(parsed, 'origin'), 'origin');
    const { removeOrigin } = await import('./store/admin.js');
    const list = await removeOrigin(db, organisation, operator(), origin);
    io.out(`Allowed origins of "${organisation}":\n${list.items.length ? list.items.join('\n') : '(none)'}\n`);
    return list;
  },
  'coordinator invite': async (parsed, db, io) => {
    const organisation = organisationOf(parsed);
    const invite = checked(CoordinatorInvite, { externalId: positional(parsed, 'coordinator\'s externalId'), displayName: one(parsed, '--name', true) }, 'coordinator');
    const { inviteCoordinator } = await import('./store/admin.js');
    const user = await inviteCoordinator(db, organisation, operator(), invite);
    io.out(`Coordinator ${user.displayName} (${user.externalId}) is ${user.id} in "${organisation}". Your backend signs them in with POST /v1/tokens, role coordinator.\n`);
    return user;
  },
};

/** Runs `bridgeway admin ...`; resolves to the exit code (0 done, 1 refused, 2 a mistake in the command line). */
export async function adminCommand(args: string[], io: AdminIo): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    io.out(ADMIN_HELP);
    return args.length === 0 ? 2 : 0;
  }
  const name = `${args[0]} ${args[1] ?? ''}`.trim();
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  let parsed: Parsed;
  try {
    if (!command) throw new UsageError(`Unknown admin command "${name}".`);
    parsed = parse(args.slice(2));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${ADMIN_HELP}`);
    return 2;
  }
  const json = parsed.options.has('--json');
  // Loaded here: `--help` and mistakes need no database.
  const { migrate, openDatabase } = await import('./db/index.js');
  let db: Database | undefined;
  try {
    db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: one(parsed, '--data-dir') });
    await migrate(db);
    const quiet: AdminIo = { out: () => {}, err: io.err };
    const result = await command(parsed, db, json ? quiet : io);
    if (json) io.out(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${ADMIN_HELP}`);
      return 2;
    }
    if (error instanceof Refusal) {
      io.err(`${error.detail}\n`);
      return 1;
    }
    throw error;
  } finally {
    await db?.close();
  }
}
