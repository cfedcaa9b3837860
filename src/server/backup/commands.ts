/** `bridgeway backup <file>` and `bridgeway restore <file> [--force]`, on PGlite or (with DATABASE_URL) PostgreSQL. */
import { existsSync } from 'node:fs';
import type { CliIo } from '../cli-io.js';

export const BACKUP_HELP = `Backups:
  bridgeway backup <file> [--data-dir DIR]
                    write every Bridgeway table to <file> (JSON Lines; gzip when
                    it ends in .gz), from the PGlite folder or DATABASE_URL
  bridgeway restore <file> [--data-dir DIR] [--force]
                    load a backup into an empty database (a new --data-dir, or
                    an empty PostgreSQL database); --force replaces one that
                    holds data. Stop the servers on that database first.
`;

const USAGE = 'Usage: bridgeway backup <file> [--data-dir DIR]\n       bridgeway restore <file> [--data-dir DIR] [--force]\n';

/** Runs `backup` or `restore` (args[0]); resolves to the exit code. */
export async function backupCommand(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  let file: string | undefined;
  let dataDir: string | undefined;
  let force = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--data-dir' && rest[i + 1] && !rest[i + 1].startsWith('--')) dataDir = rest[++i];
    else if (arg === '--force' && command === 'restore') force = true;
    else if (arg === '--help' || arg === '-h') {
      io.out(BACKUP_HELP);
      return 0;
    } else if (!arg.startsWith('--') && file === undefined) file = arg;
    else {
      io.err(`Unknown option ${arg}.\n\n${USAGE}`);
      return 2;
    }
  }
  if (!file) {
    io.err(`Name the backup file.\n\n${USAGE}`);
    return 2;
  }
  if (command === 'restore' && !existsSync(file)) {
    io.err(`bridgeway: ${file} does not exist.\n`);
    return 1;
  }
  // Loaded only here: the server's database stack is an optional peer of the package.
  const { openDatabase, isDataDirProblem } = await import('../db/index.js');
  const { BackupRefused, restoreBackup, writeBackup } = await import('./dump.js');
  let db: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
    const header = command === 'backup' ? await writeBackup(db, file) : await restoreBackup(db, file, { force });
    const rows = Object.values(header.tables).reduce((sum, count) => sum + count, 0);
    const tables = Object.keys(header.tables).length;
    const latest = String(Math.max(0, ...header.migrations)).padStart(3, '0');
    io.out(command === 'backup'
      ? `Backed up ${rows} rows of ${tables} tables (${db.kind}, migrations up to ${latest}) to ${file}. It holds keys and user data: keep it as private as the database.\n`
      : `Restored ${rows} rows of ${tables} tables from ${file} (taken ${header.createdAt} on ${header.source}) into ${db.kind}.\n`);
    return 0;
  } catch (error) {
    if (error instanceof BackupRefused || isDataDirProblem(error)) {
      io.err(`bridgeway: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await db?.close();
  }
}
