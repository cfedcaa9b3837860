/**
 * The server's in-memory mentor search index against SQL, its reference: the same page (ids,
 * scores, explanations, cursor) on many random queries, page after page, in two organisations,
 * while random writes change who is offered and what they offer; two instances on one database
 * each see the other's writes; the change log is pruned, and an instance that last looked before a
 * prune loads again in full; inside a transaction SQL answers, seeing the transaction's writes.
 * (On PostgreSQL, a write committed after a later one is not missed: postgres.test.ts.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { seededRandom } from '../../src/core/random.js';
import { PgliteDatabase } from '../../src/server/db/pglite.js';
import type { Database, Queryable, Statement } from '../../src/server/db/types.js';
import type { Page } from '../../src/api/common.js';
import type { MentorMatch, MentorSearchQuery } from '../../src/api/mentor.js';
import { normaliseQuery } from '../../src/core/mentor/index.js';
import { searchMentors, searchMentorsSql } from '../../src/server/store/mentors.js';
import { pruneSearchChanges, pruneSearchChangesWhenDue, searchByIndex, searchIndexesOf } from '../../src/server/store/mentors/search-indexes.js';
import { databaseSnapshot } from './helpers.js';
import { randomMentorQueries } from '../support/mentor-queries.js';
import { JURISDICTIONS, OCCUPATIONS, generateMentorPool, loadMentorPool } from '../../bench/mentor-pool.js';

const MIGRATIONS = ['001_foundation.sql', '002_administration.sql', '030_mentors.sql', '031_mentor_search.sql', '032_mentor_search_bounds.sql', '033_mentorships.sql', '034_mentor_onboarding.sql', '036_mentor_search_indexes.sql', '037_mentor_search_codes.sql', '039_mentor_search_changes.sql'];
const ORGS = { a: 800, b: 200 } as const;
type Org = keyof typeof ORGS;
/** An occupation no mentor has until a write gives it to one: its code appears only then. */
const LATE_OCCUPATION = 'late-occupation';

/** The database as the server holds it: statements take turns, and searches queued together share a look. */
let db: PgliteDatabase;
/** A second instance on the same database: another object, so its own indexes; its statements are sent at once. */
let second: Queryable & Pick<Database, 'transaction'>;

const random = seededRandom(15);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const some = <T>(items: readonly T[], most: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(random() * most) }, () => pick(items)))];

const randomQuery = randomMentorQueries(random, [LATE_OCCUPATION]);

type Search = (on: Queryable, org: Org, query: MentorSearchQuery, options: { seed: number }) => Promise<Page<MentorMatch> | null>;
/** The index's answer itself (never SQL's fallback: null fails). */
const byIndex: Search = (on, org, query, options) => searchByIndex(searchIndexesOf(on)!, on, org, query, options);

/** The first pages of a query (three at most) from `search`, as comparable text. */
async function pages(search: Search, on: Queryable, org: Org, query: MentorSearchQuery, seed: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 3; page++) {
    const answer = await search(on, org, { ...query, cursor }, { seed });
    assert.ok(answer, 'the index answered');
    for (const item of answer.items) assert.ok(item.mentor.id.startsWith(`${org}-`), `${item.mentor.id} found in organisation ${org}`);
    seen.push(JSON.stringify(answer));
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return seen;
}

/** Random queries: the index (on both instances) gives SQL's pages. */
async function assertAgrees(round: string, count: number) {
  for (let i = 0; i < count; i++) {
    const org = pick(['a', 'b'] as const);
    const query = randomQuery();
    const seed = Math.floor(random() * 2 ** 31);
    const expected = await pages(searchMentorsSql, db, org, query, seed);
    const label = `${round}, query ${i} in ${org}: ${JSON.stringify(query)}`;
    assert.deepEqual(await pages(byIndex, db, org, query, seed), expected, label);
    assert.deepEqual(await pages(byIndex, second, org, query, seed), expected, `${label} (second instance)`);
  }
}

const mentorIds = async (org: Org) => (await db.query<{ id: string }>('SELECT id FROM mentors WHERE organisation_id = $1', [org])).rows.map((row) => row.id);

/** One random write of what search reads, through SQL as any instance would write it. */
async function randomWrite(step: number) {
  const org = pick(['a', 'b'] as const);
  const id = pick(await mentorIds(org));
  const writes: Array<() => Promise<unknown>> = [
    () => db.query('UPDATE mentors SET current_load = capacity WHERE id = $1', [id]),
    () => db.query('UPDATE mentors SET current_load = 0 WHERE id = $1', [id]),
    () => db.query(`UPDATE mentors SET status = CASE status WHEN 'active' THEN 'paused' ELSE 'active' END WHERE id = $1`, [id]),
    () => db.query('UPDATE mentors SET occupations = $2 WHERE id = $1', [id, some([...OCCUPATIONS, LATE_OCCUPATION], 2)]),
    () => db.query('UPDATE mentors SET jurisdiction = $2, licensed_in = $3 WHERE id = $1', [id, pick(JURISDICTIONS), some(JURISDICTIONS, 2)]),
    () => {
      const languages = some(['fr', 'ar', 'es', 'tl', 'en'], 3);
      return db.query('UPDATE mentors SET languages = $2, language_codes = $2, formats = $3 WHERE id = $1', [id, languages, some(['online', 'in-person'], 2)]);
    },
    () => db.query(`UPDATE mentors SET approval = CASE approval WHEN 'approved' THEN 'pending' ELSE 'approved' END WHERE id = $1`, [id]),
    () => db.query('UPDATE mentors SET response_sample = 10, response_rate_pct = $2, median_response_hours = $3 WHERE id = $1', [id, Math.floor(random() * 100), Math.floor(random() * 200)]),
    // What only the page shows, not the ranking: a kept row must not outlive it.
    () => db.query(`UPDATE mentors SET headline = 'Changed ' || $2, city = $2, last_active_at = now() WHERE id = $1`, [id, String(step)]),
    () => db.query('DELETE FROM mentors WHERE id = $1', [id]),
    () => loadMentorPool(db, org, generateMentorPool(3, 1_000 + step).map((mentor, n) => ({ ...mentor, id: `${org}-w${step}-${n}` }))),
  ];
  await pick(writes)();
}

before(async () => {
  db = await PgliteDatabase.open({ dataDir: 'memory://', loadDataDir: await databaseSnapshot('blank') });
  for (const file of MIGRATIONS) await db.exec(await readFile(new URL(`../../src/server/migrations/${file}`, import.meta.url), 'utf8'));
  await db.query(`INSERT INTO organisations (id, name) VALUES ('a', 'A'), ('b', 'B')`);
  for (const [org, size] of Object.entries(ORGS)) {
    await loadMentorPool(db, org, generateMentorPool(size, size).map((mentor) => ({ ...mentor, id: `${org}-${mentor.id}` })));
  }
  second = { query: (sql, params) => db.query(sql, params), exec: (sql) => db.exec(sql), transaction: (work) => db.transaction(work) };
});

after(async () => {
  await db.close();
});

describe('the in-memory mentor search index', () => {
  it('gives SQL\'s pages on random queries, in each organisation, page after page', async () => {
    await assertAgrees('before any write', 40);
  });

  it('stays equal to SQL through random writes made by either instance, new codes included', async () => {
    for (let round = 0; round < 6; round++) {
      for (let write = 0; write < 8; write++) await randomWrite(round * 8 + write);
      await assertAgrees(`after ${(round + 1) * 8} writes`, 12);
    }
    // A value with no code yet, then given to a mentor: the index finds it once it exists.
    const [id] = await mentorIds('b');
    await db.query(`UPDATE mentors SET occupations = ARRAY['brand-new-occupation'], status = 'active', current_load = 0, approval = 'approved', training_complete = true WHERE id = $1`, [id]);
    const query: MentorSearchQuery = { occupation: 'brand-new-occupation', require: ['occupation'] };
    const found = await byIndex(second, 'b', query, { seed: 1 });
    assert.deepEqual(found?.items.map((item) => item.mentor.id), [id]);
    assert.deepEqual(found, await searchMentorsSql(db, 'b', query, { seed: 1 }));
  });

  it('sends one statement per search once warm, and still sees the other instance\'s writes at once, new codes included', async () => {
    const statements: string[] = [];
    /** The ids each statement read rows of (the hydration's second parameter). */
    const rowsRead: unknown[] = [];
    const counted: typeof second = {
      query: (sql, params) => {
        statements.push(sql);
        rowsRead.push(params?.[1]);
        return db.query(sql, params);
      },
      exec: (sql) => db.exec(sql),
      transaction: (work) => db.transaction(work),
    };
    const statementsOf = async (query: MentorSearchQuery) => {
      statements.length = 0;
      const page = await byIndex(counted, 'a', query, { seed: 4 });
      assert.deepEqual(page, await searchMentorsSql(db, 'a', query, { seed: 4 }), JSON.stringify(query));
      return statements.length;
    };
    const query: MentorSearchQuery = { occupation: OCCUPATIONS[0], languages: ['fr', 'qq'], limit: 5 };
    const nobody: MentorSearchQuery = { languages: ['qq'], require: ['language'] };
    await statementsOf(query);
    await statementsOf(nobody);
    rowsRead.length = 0;
    assert.equal(await statementsOf(query), 1, 'a page: one statement');
    assert.deepEqual(rowsRead, [[]], 'the page\'s rows were kept from the last time');
    // Changed by the other instance, on a row this one kept: seen at once.
    const [shown] = (await searchMentorsSql(db, 'a', query, { seed: 4 })).items.map((item) => item.mentor.id);
    await db.query(`UPDATE mentors SET display_name = 'Renamed elsewhere' WHERE id = $1`, [shown]);
    await statementsOf(query);
    assert.deepEqual(rowsRead.at(-1), [shown], 'the change seen, the index refreshed, and only the changed row read again');
    assert.equal(await statementsOf(nobody), 1, 'no mentor, and a value without a code: one statement');
    // Written by the other instance: the next search sees it (and then takes one statement again).
    const [top] = (await searchMentorsSql(db, 'a', query, { seed: 4 })).items.map((item) => item.mentor.id);
    await db.query(`UPDATE mentors SET status = 'paused' WHERE id = $1`, [top]);
    await statementsOf(query);
    assert.equal(await statementsOf(query), 1);
    // A value that had no code, given to a mentor by the other instance: found at once.
    const [id] = await mentorIds('a');
    await db.query(
      `UPDATE mentors SET languages = ARRAY['qq'], language_codes = ARRAY['qq'], status = 'active', current_load = 0, approval = 'approved', training_complete = true WHERE id = $1`,
      [id],
    );
    statements.length = 0;
    assert.deepEqual((await byIndex(counted, 'a', nobody, { seed: 4 }))?.items.map((item) => item.mentor.id), [id]);
    assert.equal(await statementsOf(nobody), 1);
  });

  it('shares one look among the searches queued together, and each sees what was written before it asked', async () => {
    /** Looks wait here for their turn until it is let go, as on a busy database. */
    let letGo!: () => void;
    let turn = Promise.resolve();
    let asked = 0;
    const built: Statement[] = [];
    const queued: Queryable & Pick<Database, 'transaction' | 'queryWhenDue'> = {
      query: (sql, params) => db.query(sql, params),
      exec: (sql) => db.exec(sql),
      transaction: (work) => db.transaction(work),
      queryWhenDue: async <Row>(build: () => Statement) => {
        asked++;
        await turn;
        const statement = build();
        built.push(statement);
        return db.query<Row>(statement.sql, statement.params);
      },
    };
    const holdTurns = () => (turn = new Promise<void>((resolve) => (letGo = resolve)));
    const settle = async () => {
      for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
    };
    const queries: MentorSearchQuery[] = [
      { occupation: OCCUPATIONS[1], limit: 8 },
      { jurisdiction: JURISDICTIONS[0], require: ['jurisdiction'], limit: 8 },
      { languages: ['es'], format: 'online', limit: 8 },
    ];
    const search = (query: MentorSearchQuery) => byIndex(queued, 'a', query, { seed: 6 });
    for (const query of queries) await byIndex(queued, 'a', query, { seed: 5 });
    const sql = () => Promise.all(queries.map((query) => searchMentorsSql(db, 'a', query, { seed: 6 })));

    holdTurns();
    asked = 0;
    built.length = 0;
    const together = Promise.all(queries.map(search));
    await settle();
    letGo();
    assert.deepEqual(await together, await sql());
    assert.equal(asked, 1, 'one look sent for three searches');
    assert.equal(built.length, 1);

    // A look opened before a write, joined after it: built when its turn comes, so it sees the write.
    holdTurns();
    asked = 0;
    const early = search(queries[0]);
    await settle();
    assert.equal(asked, 1, 'the first search waits for its look\'s turn');
    const [top] = (await searchMentorsSql(db, 'a', queries[0], { seed: 6 })).items.map((item) => item.mentor.id);
    await db.query(`UPDATE mentors SET status = 'paused' WHERE id = $1`, [top]);
    const late = search(queries[0]);
    await settle();
    assert.equal(asked, 1, 'the later search joined the look');
    letGo();
    const [expected] = await sql();
    assert.ok(!expected.items.some((item) => item.mentor.id === top), 'the paused mentor is gone');
    assert.deepEqual(await late, expected);
    assert.deepEqual(await early, expected);
    await db.query(`UPDATE mentors SET status = 'active' WHERE id = $1`, [top]);
  });

  it('ranks a search again only once its index has changed', async () => {
    const indexes = searchIndexesOf(db)!;
    const index = await indexes.fresh(db, 'a');
    const query = normaliseQuery({ occupation: OCCUPATIONS[2], languages: ['fr'], limit: 5 });
    const coded = await indexes.coded(db, query);
    const first = index.rankOnce(coded, 3, undefined, 5);
    assert.equal(index.rankOnce(coded, 3, undefined, 5), first, 'the same criteria, seed and size: not ranked again');
    assert.notEqual(index.rankOnce(coded, 4, undefined, 5), first, 'another seed is ranked');
    const [top] = first;
    index.remove(top.id);
    const after = index.rankOnce(coded, 3, undefined, 5);
    assert.notEqual(after, first);
    assert.ok(!after.some((candidate) => candidate.id === top.id), 'a removed mentor is not ranked');
    // The index is the database's again at its next load.
    await db.query('UPDATE mentors SET response_sample = response_sample WHERE id = $1', [top.id]);
    await assertAgrees('after an index change', 4);
  });

  it('reloads from scratch after the search table is emptied and refilled', async () => {
    await pages(byIndex, db, 'a', {}, 3);
    await db.exec(`TRUNCATE mentor_search; SELECT bw_mentor_search_put(m) FROM mentors m WHERE bw_mentor_offered(m);`);
    await assertAgrees('after the table was rebuilt', 10);
  });

  it('writes one change line per statement and organisation, however many mentors it wrote', async () => {
    const count = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM mentor_search_changes')).rows[0].n;
    const before = await count();
    await db.query(`UPDATE mentors SET response_sample = response_sample WHERE organisation_id IN ('a', 'b')`);
    assert.equal(await count(), before + 2, 'one line per organisation');
    const { rows } = await db.query<{ ids: string[] }>(`SELECT mentor_ids AS ids FROM mentor_search_changes WHERE organisation_id = 'a' ORDER BY xid DESC LIMIT 1`);
    assert.deepEqual(new Set(rows[0].ids), new Set(await mentorIds('a')));
  });

  it('prunes the change log, and an instance that last looked before the prune loads again in full', async () => {
    const query: MentorSearchQuery = { occupation: OCCUPATIONS[0], limit: 10 };
    const lagging = searchIndexesOf(second)!;
    const current = searchIndexesOf(db)!;
    const laggingBefore = await lagging.fresh(second, 'a');
    // Writes the lagging instance has not seen, then made old and pruned.
    const [first, other] = (await searchMentorsSql(db, 'a', query, { seed: 2 })).items.map((item) => item.mentor.id);
    await db.query(`UPDATE mentors SET status = 'paused' WHERE id = $1`, [first]);
    await db.query(`UPDATE mentors SET occupations = ARRAY['brand-new-occupation'] WHERE id = $1`, [other]);
    const currentBefore = await current.fresh(db, 'a');
    await db.query(`UPDATE mentor_search_changes SET changed_at = changed_at - interval '1 hour'`);
    assert.equal(await pruneSearchChanges(db, '30 minutes') > 0, true, 'old lines pruned');
    assert.equal((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM mentor_search_changes')).rows[0].n, 0);
    // Up to date when the prune ran: it keeps its index. Behind: it cannot know what it missed, so it reloads.
    assert.equal(await current.fresh(db, 'a'), currentBefore, 'the current instance keeps its index');
    const laggingAfter = await lagging.fresh(second, 'a');
    assert.notEqual(laggingAfter, laggingBefore, 'the lagging instance loaded again');
    const expected = await pages(searchMentorsSql, db, 'a', query, 2);
    assert.ok(![first, other].some((id) => expected.join().includes(`"${id}"`)), 'the writes show in SQL');
    assert.deepEqual(await pages(byIndex, second, 'a', query, 2), expected);
    assert.deepEqual(await pages(byIndex, db, 'a', query, 2), expected);
    // Lines younger than the retention stay, and both instances follow them without a reload.
    await db.query(`UPDATE mentors SET status = 'active' WHERE id = $1`, [first]);
    assert.equal(await pruneSearchChanges(db), 0, 'a fresh line is kept');
    assert.equal(await lagging.fresh(second, 'a'), laggingAfter, 'no reload for a line that is kept');
    await assertAgrees('after a prune', 8);
  });

  it('prunes at most once a minute per server, and never inside a transaction', async () => {
    await db.query(`UPDATE mentors SET response_sample = response_sample WHERE organisation_id = 'b'`);
    await db.query(`UPDATE mentor_search_changes SET changed_at = changed_at - interval '1 hour'`);
    const lines = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM mentor_search_changes')).rows[0].n;
    await db.transaction((tx) => pruneSearchChangesWhenDue(tx, 10 ** 13));
    assert.ok((await lines()) > 0, 'a transaction does not prune');
    await pruneSearchChangesWhenDue(db, 10 ** 13);
    assert.equal(await lines(), 0);
    await db.query(`UPDATE mentors SET response_sample = response_sample WHERE organisation_id = 'b'`);
    await db.query(`UPDATE mentor_search_changes SET changed_at = changed_at - interval '1 hour'`);
    await pruneSearchChangesWhenDue(db, 10 ** 13 + 30_000);
    assert.equal(await lines(), 1, 'not again within the minute');
    await pruneSearchChangesWhenDue(db, 10 ** 13 + 60_000);
    assert.equal(await lines(), 0);
  });

  it('leaves a search inside a transaction to SQL, which sees the transaction\'s own writes', async () => {
    const query: MentorSearchQuery = { limit: 5 };
    const before = await searchMentors(db, 'a', query, { seed: 9 });
    const first = before.items[0].mentor.id;
    await db
      .transaction(async (tx) => {
        assert.equal(searchIndexesOf(tx), undefined, 'no index inside a transaction');
        await tx.query(`UPDATE mentors SET status = 'paused' WHERE id = $1`, [first]);
        const inside = await searchMentors(tx, 'a', query, { seed: 9 });
        assert.ok(!inside.items.some((item) => item.mentor.id === first), 'the paused mentor is gone inside the transaction');
        throw new Error('roll back');
      })
      .catch((error: Error) => assert.equal(error.message, 'roll back'));
    assert.deepEqual(await searchMentors(db, 'a', query, { seed: 9 }), before);
  });
});
