/**
 * `npx bridgeway catalogue validate|import` over the real CLI: the packaged server (built
 * here), run through bin/bridgeway.js, on the catalogue files the package ships.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PgliteDatabase } from '../../src/server/db/pglite.js';
import { getRequirementSet } from '../../src/server/store/catalogue.js';
import { databaseSnapshot } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;

function bridgeway(...args: string[]) {
  return run([], args);
}

function run(nodeArgs: string[], args: string[]) {
  const done = spawnSync(process.execPath, [...nodeArgs, join(ROOT, 'bin/bridgeway.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  return { code: done.status, out: done.stdout, err: done.stderr };
}

/** A Node module hook that makes the server's optional peer packages look uninstalled. */
const HIDE_SERVER_STACK = `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
const hidden = new Set(['@electric-sql/pglite', 'pg', 'hono', '@hono/node-server']);
export async function resolve(specifier, context, next) {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  if (hidden.has(name)) throw Object.assign(new Error('Cannot find package ' + specifier), { code: 'ERR_MODULE_NOT_FOUND' });
  return next(specifier, context);
}\`));
`;

const course = {
  id: 'demo-ielts-prep',
  closes: ['ca-on-rn-language'],
  kind: 'course',
  title: { en: 'Our IELTS preparation evenings' },
  provider: 'Bridgeway Demo Association',
  link: { url: 'https://example.org/ielts-evenings' },
  duration: { minDays: 30, maxDays: 60 },
  cost: [{ minMinor: 0, maxMinor: 0, currency: 'CAD' }],
  delivery: 'online',
  languages: ['en'],
};
const layer = { requirementSets: [{ occupationId: 'registered-nurse', jurisdictionId: 'ca-on', requirements: [], pathways: [course] }] };

describe('bridgeway catalogue, over the packaged CLI', () => {
  before(async () => {
    execFileSync(process.execPath, ['node_modules/.bin/rollup', '-c', '--silent'], { cwd: ROOT, env: { ...process.env, BUILD_ONLY: 'server' }, stdio: 'inherit' });
    dir = await mkdtemp(join(tmpdir(), 'bridgeway-catalogue-'));
    await writeFile(join(dir, 'layer.json'), JSON.stringify(layer));
    const bad = structuredClone(layer);
    (bad.requirementSets[0].pathways[0] as Record<string, unknown>).duration = { minDays: 'thirty', maxDays: 60 };
    bad.requirementSets[0].pathways.push({ ...course, id: 'demo-orphan', closes: ['ca-on-rn-nowhere'] });
    await writeFile(join(dir, 'bad.json'), JSON.stringify(bad));
    await writeFile(join(dir, 'hide-server-stack.mjs'), HIDE_SERVER_STACK);
    await writeFile(join(dir, 'hides.json'), JSON.stringify({ ...layer, hidden: ['ca-on-rn-language'] }));
    await writeFile(join(dir, 'hides-unknown.json'), JSON.stringify({ hidden: ['ca-on-rn-language', 'ca-on-rn-nowhere'] }));
    await writeFile(join(dir, 'hides-bad-id.json'), JSON.stringify({ hidden: ['Not An Id'] }));
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('validates the shipped catalogue', () => {
    const { code, out } = bridgeway('catalogue', 'validate');
    assert.equal(code, 0);
    assert.match(out, /^catalogue: ok: \d+ requirement sets, \d+ requirements, \d+ pathways; version 2026-12-06\+[0-9a-f]{8}\n$/);
  });

  it('validates an organisation’s file over it, and names the file, entry and field of each problem', () => {
    assert.equal(bridgeway('catalogue', 'validate', 'layer.json').code, 0);
    const { code, err } = bridgeway('catalogue', 'validate', 'bad.json');
    assert.equal(code, 1);
    assert.match(err, /bad\.json > demo-ielts-prep > duration\.minDays: /);
    const refs = bridgeway('catalogue', 'validate', 'layer.json', 'missing.json');
    assert.equal(refs.code, 1);
    assert.match(refs.err, /missing\.json: cannot be read/);
  });

  it('reads an organisation’s hidden entries as import does, and names the file, entry and field of a bad one', () => {
    const ok = bridgeway('catalogue', 'validate', 'hides.json');
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out, /^catalogue: ok \(hides\.json over the shipped catalogue\): .*, 1 hidden; version /);
    const unknown = bridgeway('catalogue', 'validate', 'hides-unknown.json');
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /^1 problem\(s\) in the catalogue:\n  hides-unknown\.json > ca-on-rn-nowhere > hidden\.1: "ca-on-rn-nowhere" is not a requirement or pathway of the catalogue\n$/);
    const badId = bridgeway('catalogue', 'validate', 'hides-bad-id.json');
    assert.equal(badId.code, 1);
    assert.match(badId.err, /hides-bad-id\.json > hidden\.0: /);
    const imported = bridgeway('catalogue', 'import', 'hides-unknown.json', '--organisation', 'demo', '--data-dir', join(dir, 'unused'));
    assert.equal(imported.code, 1);
    assert.equal(imported.err, unknown.err, 'import reports the same problem, in the same words, before opening a database');
  });

  it('validates without the server’s optional packages installed; import names them', () => {
    const hidden = ['--import', './hide-server-stack.mjs'];
    const checked = run(hidden, ['catalogue', 'validate', 'layer.json']);
    assert.equal(checked.code, 0, checked.err);
    assert.match(checked.out, /^catalogue: ok/);
    const imported = run(hidden, ['catalogue', 'import', 'layer.json', '--organisation', 'demo']);
    assert.equal(imported.code, 1);
    assert.match(imported.err, /needs packages .*@electric-sql\/pglite/);
  });

  it('imports a file as an organisation’s layer, seen by that organisation only', async () => {
    const dataDir = join(dir, 'data');
    // The migrated database with the demo organisation, as `bridgeway serve --demo` leaves it (the tests' shared snapshot, not a migration and seed of its own).
    const seeded = await PgliteDatabase.open({ dataDir, loadDataDir: await databaseSnapshot() });
    await seeded.close();
    assert.equal(bridgeway('catalogue', 'import', 'layer.json', '--data-dir', dataDir).code, 2, 'the organisation must be named');
    const unknown = bridgeway('catalogue', 'import', 'layer.json', '--organisation', 'nobody', '--data-dir', dataDir);
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /No organisation "nobody"/);
    assert.equal(bridgeway('catalogue', 'import', 'bad.json', '--organisation', 'demo', '--data-dir', dataDir).code, 1, 'a bad file is not imported');

    const imported = bridgeway('catalogue', 'import', 'layer.json', '--organisation', 'demo', '--data-dir', dataDir);
    assert.equal(imported.code, 0, imported.err);
    assert.match(imported.out, /Imported layer\.json into organisation "demo": 0 jurisdictions, 0 occupations, 0 requirements, 1 pathways; layer version 1\./);

    const db = await PgliteDatabase.open({ dataDir });
    try {
      await db.query(`INSERT INTO organisations (id, name) VALUES ('other', 'Other') ON CONFLICT DO NOTHING`);
      const mine = await getRequirementSet(db, 'demo', 'registered-nurse', 'ca-on');
      assert.ok(mine.pathways.some((p) => p.id === 'demo-ielts-prep'));
      assert.match(mine.catalogueVersion ?? '', /^2026-12-06\+[0-9a-f]{8};demo:v1$/);
      const theirs = await getRequirementSet(db, 'other', 'registered-nurse', 'ca-on');
      assert.ok(!theirs.pathways.some((p) => p.id === 'demo-ielts-prep'), 'invisible to another organisation');
    } finally {
      await db.close();
    }
  });
});
