/**
 * `npx bridgeway admin ...` through the CLI's entry (`main()` of src/server/cli.ts), on PGlite
 * and on a throwaway PostgreSQL: an organisation set up from nothing, its keys and origins
 * changed, a coordinator registered, mistakes answered clearly, and then a server on the same
 * database that takes the printed key and shows every change in the audit log.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/server/cli.js';
import { startServer } from '../../src/server/index.js';
import { withHelpers } from './helpers.js';
import { postgresUnavailable, startThrowawayCluster } from '../support/postgres-cluster.js';

interface Run {
  code: number;
  out: string;
  err: string;
}

/** The scenario, on whatever database `where` (extra CLI arguments) and `serve` (server options) point at. */
async function setUpAProgramWithoutSql(where: string[], serve: { dataDir?: string; databaseUrl?: string }) {
  const admin = async (...args: string[]): Promise<Run> => {
    let out = '';
    let err = '';
    const { code } = await main(['admin', ...args, ...where], { out: (text) => void (out += text), err: (text) => void (err += text) });
    return { code, out, err };
  };

  const created = await admin('org create', 'acme', '--name', 'Acme Bridges', '--origin', 'https://acme.example.org', '--json');
  // `org create` as two words: the shell splits it; here it is one argument, which is a mistake.
  assert.equal(created.code, 2);
  const made = await admin('org', 'create', 'acme', '--name', 'Acme Bridges', '--origin', 'https://acme.example.org', '--json');
  assert.equal(made.code, 0, made.err);
  const organisation = JSON.parse(made.out);
  const [publishable, secret] = organisation.keys;
  assert.match(publishable.secret, /^pk_/);
  assert.match(secret.secret, /^sk_/);
  assert.deepEqual(organisation.allowedOrigins, ['https://acme.example.org']);

  const again = await admin('org', 'create', 'acme', '--name', 'Acme again');
  assert.equal(again.code, 1);
  assert.match(again.err, /exists already/);

  const key = await admin('key', 'create', '--organisation', 'acme', '--kind', 'secret', '--label', 'payroll backend');
  assert.equal(key.code, 0, key.err);
  const newSecret = /(sk_\S+)/.exec(key.out)?.[1];
  assert.ok(newSecret, key.out);
  assert.match(key.out, /shown only this once/);

  const list = await admin('key', 'list', '--organisation', 'acme');
  assert.equal(list.code, 0, list.err);
  assert.equal(list.out.trim().split('\n').length, 3);
  assert.match(list.out, /payroll backend/);
  assert.match(list.out, /last used never/);
  for (const raw of [publishable.secret, secret.secret, newSecret]) assert.ok(!list.out.includes(raw), 'a list shows no secret');

  const rotated = await admin('key', 'rotate', publishable.key.id, '--organisation', 'acme', '--json');
  assert.equal(rotated.code, 0, rotated.err);
  const rotatedKey = JSON.parse(rotated.out);
  assert.equal(rotatedKey.replaces.id, publishable.key.id);

  const lastOne = await admin('key', 'revoke', secret.key.id, '--organisation', 'acme');
  assert.equal(lastOne.code, 0, `another secret key works, so this one may go: ${lastOne.err}`);

  const badOrigin = await admin('origin', 'add', 'https://acme.example.org/app', '--organisation', 'acme');
  assert.equal(badOrigin.code, 2);
  assert.match(badOrigin.err, /origin: must be an origin/);
  assert.equal((await admin('origin', 'add', 'https://mentors.acme.example.org', '--organisation', 'acme')).code, 0);
  assert.equal((await admin('origin', 'remove', 'https://acme.example.org', '--organisation', 'acme')).code, 0);
  const origins = await admin('origin', 'list', '--organisation', 'acme');
  assert.equal(origins.out, 'https://mentors.acme.example.org\n');

  const invited = await admin('coordinator', 'invite', 'staff-1', '--name', 'Ana Lima', '--organisation', 'acme');
  assert.equal(invited.code, 0, invited.err);

  const unknown = await admin('key', 'list', '--organisation', 'nobody');
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /No organisation "nobody"/);
  const missing = await admin('key', 'create', '--organisation', 'acme');
  assert.equal(missing.code, 2);
  assert.match(missing.err, /--kind is required/);

  const server = withHelpers(await startServer({ ...serve, port: 0, host: '127.0.0.1', seed: false, log: false }));
  try {
    assert.equal((await server.request('/v1/me', { token: secret.secret })).status, 401, 'the revoked key');
    assert.equal((await server.request('/v1/me', { token: publishable.secret })).status, 401, 'the rotated key');
    assert.equal((await server.request('/v1/me', { token: rotatedKey.secret })).status, 200);
    const coordinator = await server.tokenFor('coordinator', 'staff-1', newSecret);
    const log = await server.request('/v1/audit-events', { token: coordinator });
    assert.equal(log.status, 200, log.text);
    assert.deepEqual(log.body.items.map((event: { action: string }) => event.action), [
      'coordinator.invited', 'origin.removed', 'origin.added', 'key.revoked', 'key.rotated', 'key.created',
      'origin.added', 'key.created', 'key.created', 'organisation.created',
    ]);
    assert.ok(log.body.items.every((event: { actor: { kind: string; label: string } }) => event.actor.kind === 'cli' && event.actor.label.startsWith('cli:')));
    const keys = await server.request('/v1/admin/keys', { token: newSecret });
    assert.ok(keys.body.items.find((item: { id: string }) => item.id === rotatedKey.key.id).lastUsedAt, 'the key used above shows its last use');
  } finally {
    await server.close();
  }
}

describe('bridgeway admin on PGlite', () => {
  let dir: string;
  after(() => rm(dir, { recursive: true, force: true }));

  it('sets up and runs an organisation without SQL', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bridgeway-admin-'));
    const dataDir = join(dir, 'data');
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      await setUpAProgramWithoutSql(['--data-dir', dataDir], { dataDir });
    } finally {
      if (saved !== undefined) process.env.DATABASE_URL = saved;
    }
  });

  it('prints its help and refuses an unknown command', async () => {
    let out = '';
    let err = '';
    const io = { out: (text: string) => void (out += text), err: (text: string) => void (err += text) };
    assert.equal((await main(['admin', '--help'], io)).code, 0);
    assert.match(out, /key rotate <keyId>/);
    assert.equal((await main(['admin', 'key', 'burn'], io)).code, 2);
    assert.match(err, /Unknown admin command "key burn"/);
  });
});

const unavailable = postgresUnavailable();
if (unavailable) console.log(`# SKIP the PostgreSQL part of admin-cli.test.ts: ${unavailable}.`);

describe('bridgeway admin on PostgreSQL (DATABASE_URL)', { skip: unavailable ?? false }, () => {
  it('sets up and runs an organisation without SQL', async () => {
    const cluster = await startThrowawayCluster();
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = cluster.databaseUrl;
    try {
      await setUpAProgramWithoutSql([], { databaseUrl: cluster.databaseUrl });
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
      await cluster.stop();
    }
  });
});
