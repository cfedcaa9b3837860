/**
 * `bridgeway catalogue validate [files...]` and `bridgeway catalogue import <file>`: check
 * catalogue data files against the contract (alone, or over the shipped catalogue), and
 * write a file's entries into the database as an organisation's own layer.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type LayerSource, type LoadedCatalogue, loadLayers, type SourceFile } from './load.js';
import type { CatalogueLayerFile } from '../../../api/catalogue-files.js';
import { CatalogueError, formatIssue } from './validate.js';

export const CATALOGUE_HELP = `Usage: bridgeway catalogue validate [files...]
       bridgeway catalogue import <file> --organisation ID [--data-dir DIR]

validate  checks the shipped catalogue, or the given files over it (an organisation's
          own courses, fees, overrides and "hidden" ids), against the contract's schemas,
          read exactly as import reads them. Each problem names the file, the entry and
          the field. Exit code 1 on problems.
import    checks <file> the same way, then writes its entries into the database as
          organisation ID's own layer: its entries replace shared ones with the same id
          for that organisation only; "hidden": [ids] hides shared requirements or
          pathways from it. Each import is a new version of the layer, as each change
          through POST /v1/catalogue/layer is. The shared catalogue is the shipped files.
          --data-dir DIR   PGlite data folder (default .bridgeway/data); ignored when
                           DATABASE_URL=postgres://... is set
`;

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

async function readSources(paths: readonly string[], io: CommandIo): Promise<SourceFile[] | null> {
  const sources: SourceFile[] = [];
  for (const path of paths) {
    try {
      sources.push({ name: basename(path), text: await readFile(path, 'utf8') });
    } catch (error) {
      io.err(`${path}: cannot be read: ${(error as Error).message}\n`);
      return null;
    }
  }
  return sources;
}

/** The files read as layers over the shipped catalogue (the reader validate and import share), or null after printing every problem. */
function checked(extra: readonly SourceFile[], io: CommandIo): { catalogue: LoadedCatalogue; layers: LayerSource[] } | null {
  try {
    return loadLayers(extra);
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    io.err(`${error.issues.length} problem(s) in the catalogue:\n${error.issues.map((i) => `  ${formatIssue(i)}\n`).join('')}`);
    return null;
  }
}

function summary(c: LoadedCatalogue, layers: readonly LayerSource[]): string {
  const hidden = layers.reduce((n, layer) => n + (layer.data.hidden?.length ?? 0), 0);
  return `${c.requirementSets.length} requirement sets, ${c.requirements.length} requirements, ${c.pathways.length} pathways${hidden ? `, ${hidden} hidden` : ''}; version ${c.version}`;
}

async function validate(paths: readonly string[], io: CommandIo): Promise<number> {
  const extra = await readSources(paths, io);
  if (!extra) return 1;
  const read = checked(extra, io);
  if (!read) return 1;
  io.out(`catalogue: ok${paths.length ? ` (${paths.join(', ')} over the shipped catalogue)` : ''}: ${summary(read.catalogue, read.layers)}\n`);
  return 0;
}

async function importFile(args: string[], io: CommandIo): Promise<number> {
  let file: string | undefined;
  let organisation: string | undefined;
  let dataDir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const value = () => {
      const next = args[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${args[i - 1]} needs a value.`);
      return next;
    };
    try {
      if (args[i] === '--organisation') organisation = value();
      else if (args[i] === '--data-dir') dataDir = value();
      else if (args[i].startsWith('--')) throw new Error(`Unknown option ${args[i]}.`);
      else if (file) throw new Error('Import one file at a time.');
      else file = args[i];
    } catch (error) {
      io.err(`${(error as Error).message}\n\n${CATALOGUE_HELP}`);
      return 2;
    }
  }
  if (!file || !organisation) {
    io.err(`${file ? 'Name the organisation whose layer the file is: --organisation ID.' : 'Name the file to import.'}\n\n${CATALOGUE_HELP}`);
    return 2;
  }
  const sources = await readSources([file], io);
  const read = sources && checked(sources, io);
  if (!sources || !read) return 1;
  const data: CatalogueLayerFile = read.layers[0].data;
  // Loaded here, not at the top: `validate` runs where the server's database stack is not installed.
  const [{ migrate, openDatabase }, { changeLayer }, { Refusal }, { checkLayerChange }] = await Promise.all([
    import('../../db/index.js'),
    import('../../store/catalogue-layer.js'),
    import('../../refusal.js'),
    import('./layer.js'),
  ]);
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
  try {
    await migrate(db);
    const known = await db.query('SELECT 1 FROM organisations WHERE id = $1', [organisation]);
    if (known.rows.length === 0) {
      io.err(`No organisation "${organisation}" in this database. Create it first, then import again.\n`);
      return 1;
    }
    const sets = data.requirementSets ?? [];
    let version: number;
    try {
      // The same change as POST /v1/catalogue/layer: one overlay model, one new version.
      ({ version } = await changeLayer(db, organisation, data, { source: sources[0].name, changedBy: null, check: checkLayerChange }));
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      io.err(`${sources[0].name} does not fit organisation "${organisation}"'s catalogue:\n${(error.extras.errors ?? []).map((e) => `  ${sources[0].name} > ${e.path}: ${e.message}\n`).join('')}`);
      return 1;
    }
    const count = (n: number, what: string) => `${n} ${what}`;
    io.out(
      `Imported ${sources[0].name} into organisation "${organisation}": ${[
        count(data.jurisdictions?.length ?? 0, 'jurisdictions'),
        count(data.occupations?.length ?? 0, 'occupations'),
        count(sets.flatMap((s) => s.requirements).length, 'requirements'),
        count(sets.flatMap((s) => s.pathways).length, 'pathways'),
      ].join(', ')}${data.hidden?.length ? `, ${data.hidden.length} hidden` : ''}; layer version ${version}.\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

// A table rather than `sub === 'import'`: tools that scan the built code for import specifiers read that as one.
const SUBCOMMANDS: Record<string, (args: string[], io: CommandIo) => Promise<number>> = { validate, import: importFile };

/** Runs `bridgeway catalogue ...`; resolves to the exit code. */
export async function catalogueCommand(args: string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = args;
  const command = sub !== undefined && Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
  if (command) return command(rest, io);
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.out(CATALOGUE_HELP);
    return sub === undefined ? 2 : 0;
  }
  io.err(`Unknown catalogue command "${sub}".\n\n${CATALOGUE_HELP}`);
  return 2;
}
