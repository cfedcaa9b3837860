/**
 * What the search change log (migration 039) costs a bulk load of mentors: `upsertMentors` of a
 * generated pool into a freshly migrated embedded database, with the change log's triggers as
 * migrated (one line per statement and organisation), with the per-row trigger the log had before,
 * and without any (main before 039: the baseline). The variants alternate, each several times, in
 * one process. The mentor search bench calls it; alone:
 *
 *   node --import tsx bench/lib/search-bulk.ts
 */
import { migrate, openDatabase } from '../../src/server/db/index.js';
import { generateMentorPool, loadMentorPool } from '../mentor-pool.js';

const DROP_STATEMENT_TRIGGERS = `
  DROP TRIGGER mentor_search_inserted ON mentors;
  DROP TRIGGER mentor_search_updated ON mentors;
  DROP TRIGGER mentor_search_deleted ON mentors;`;

/** The variants, each a change to a migrated database. */
const VARIANTS = {
  'no change log (baseline)': DROP_STATEMENT_TRIGGERS,
  'a change line per search row (trigger per row, before)': `${DROP_STATEMENT_TRIGGERS}
    CREATE FUNCTION bench_changed_row() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        INSERT INTO mentor_search_changes (organisation_id, mentor_ids) VALUES (OLD.organisation_id, ARRAY[OLD.id]);
      ELSE
        INSERT INTO mentor_search_changes (organisation_id, mentor_ids) VALUES (NEW.organisation_id, ARRAY[NEW.id]);
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER bench_changed_row AFTER INSERT OR UPDATE OR DELETE ON mentor_search FOR EACH ROW EXECUTE FUNCTION bench_changed_row();`,
  'a change line per statement and organisation (now)': '',
} as const;

export type BulkVariant = keyof typeof VARIANTS;

/** Milliseconds to load `size` mentors, per variant (every run, in the order run), and the median's ratio to the baseline. */
export async function measureBulkLoad(size = 5_000, rounds = 3) {
  const pool = generateMentorPool(size, 77);
  const names = Object.keys(VARIANTS) as BulkVariant[];
  const runs = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<BulkVariant, number[]>;
  for (let round = 0; round < rounds; round++) {
    // Alternate the order so drift in the machine's load falls on every variant alike.
    for (const name of round % 2 ? [...names].reverse() : names) {
      const db = await openDatabase({ dataDir: 'memory://' });
      await migrate(db);
      await db.exec(VARIANTS[name]);
      await db.query(`INSERT INTO organisations (id, name) VALUES ('bulk', 'Bulk')`);
      const started = performance.now();
      await loadMentorPool(db, 'bulk', pool);
      runs[name].push(Math.round(performance.now() - started));
      await db.close();
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const baseline = median(runs['no change log (baseline)']);
  return {
    size,
    rounds,
    variants: names.map((name) => ({ name, runsMs: runs[name], medianMs: median(runs[name]), overBaseline: Math.round((median(runs[name]) / baseline) * 100) / 100 })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureBulkLoad(Number(process.env.BULK_SIZE ?? 5_000), Number(process.env.BULK_ROUNDS ?? 3)), null, 2));
}
