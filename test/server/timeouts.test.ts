/**
 * Slow clients over raw sockets: headers sent a byte at a time, a body that never ends, an idle
 * keep-alive connection and more connections than the cap. The server cuts each off at its limit
 * and still answers a normal request meanwhile.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { resolveServerLimits } from '../../src/server/timeouts.js';
import { startTestServer, type TestServer } from './helpers.js';

const LIMITS = { headersMs: 600, requestMs: 1_200, idleMs: 400, maxConnections: 40 };
let server: TestServer;
before(async () => {
  server = await startTestServer({ serverLimits: LIMITS });
});
after(() => server.close());

interface Watched {
  socket: Socket;
  received: string;
  /** Milliseconds from connect to close. */
  closed: Promise<number>;
}

function open(port: number): Promise<Watched> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    const watched: Watched = { socket, received: '', closed: new Promise((done) => socket.once('close', () => done(Date.now() - started))) };
    socket.on('data', (chunk) => (watched.received += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.once('connect', () => resolve(watched));
    socket.once('error', reject);
  });
}

/** Writes `text` one byte per `everyMs` until the socket closes (or the text runs out). */
function dribble(socket: Socket, text: string, everyMs = 40): () => void {
  let at = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || at >= text.length) return clearInterval(timer);
    socket.write(text[at++]);
  }, everyMs);
  return () => clearInterval(timer);
}

const endless = (prefix: string) => prefix + 'x'.repeat(10_000);

describe('server time limits over raw sockets', () => {
  it('closes clients that dribble their headers, and answers a normal request meanwhile', async () => {
    const clients = await Promise.all(Array.from({ length: 20 }, () => open(server.port)));
    const stops = clients.map((client) => dribble(client.socket, endless('GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ')));
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = Date.now();
      const health = await server.request('/health');
      assert.equal(health.status, 200);
      assert.ok(Date.now() - started < 500, 'a normal request is not held up by the slow ones');
      const closedAfter = await Promise.all(clients.map((client) => client.closed));
      for (const ms of closedAfter) assert.ok(ms >= LIMITS.headersMs - 50 && ms < LIMITS.headersMs + 1_500, `closed after ${ms} ms`);
      // Node answers 408 when it can; either way no request was ever handled.
      for (const client of clients) assert.doesNotMatch(client.received, /HTTP\/1\.1 200/);
    } finally {
      stops.forEach((stop) => stop());
    }
  });

  it('closes a connection that never sends anything', async () => {
    const silent = await open(server.port);
    const ms = await silent.closed;
    assert.ok(ms < LIMITS.headersMs + 1_500, `closed after ${ms} ms`);
  });

  it('closes a client whose body never ends at the request limit', async () => {
    const client = await open(server.port);
    client.socket.write('POST /v1/tokens HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer sk_demo_bridgeway\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n');
    const stop = dribble(client.socket, endless('{"externalId":"'), 30);
    try {
      const ms = await client.closed;
      assert.ok(ms >= LIMITS.requestMs - 50 && ms < LIMITS.requestMs + 1_500, `closed after ${ms} ms: ${client.received}`);
      assert.doesNotMatch(client.received, /HTTP\/1\.1 20\d/, client.received);
    } finally {
      stop();
    }
  });

  it('closes an idle keep-alive connection after the idle limit', async () => {
    const client = await open(server.port);
    client.socket.write('GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
    const ms = await client.closed;
    assert.match(client.received, /^HTTP\/1\.1 200/);
    assert.ok(ms >= LIMITS.idleMs - 50 && ms < LIMITS.idleMs + 1_500, `closed after ${ms} ms`);
  });

  it('refuses connections over the cap, and serves again once they are gone', async () => {
    let capped: RunningServer | undefined;
    try {
      capped = await startServer({ db: server.db, skipMigrations: true, seed: false, rateLimits: false, port: 0, host: '127.0.0.1', log: false, serverLimits: { ...LIMITS, maxConnections: 3 } });
      const holders = await Promise.all([0, 1, 2].map(() => open(capped!.port)));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const extra = await open(capped.port);
      extra.socket.write('GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n');
      const extraMs = await extra.closed;
      assert.equal(extra.received, '', 'the connection over the cap is closed unanswered');
      assert.ok(extraMs < LIMITS.headersMs, `closed at once (${extraMs} ms)`);
      await Promise.all(holders.map((holder) => holder.closed));
      const health = await fetch(`${capped.url}/health`);
      assert.equal(health.status, 200);
    } finally {
      await capped?.close();
    }
  });

  it('takes each limit from the environment and refuses nonsense', () => {
    const env = { BRIDGEWAY_HEADERS_TIMEOUT_MS: '2000', BRIDGEWAY_REQUEST_TIMEOUT_MS: '4000', BRIDGEWAY_IDLE_TIMEOUT_MS: '1000', BRIDGEWAY_MAX_CONNECTIONS: '50' };
    assert.deepEqual(resolveServerLimits({}, env), { headersMs: 2000, requestMs: 4000, idleMs: 1000, maxConnections: 50 });
    assert.deepEqual(resolveServerLimits({ idleMs: 7 }, env).idleMs, 7, 'an option wins over the environment');
    assert.throws(() => resolveServerLimits({}, { BRIDGEWAY_MAX_CONNECTIONS: 'lots' }), /BRIDGEWAY_MAX_CONNECTIONS/);
    assert.throws(() => resolveServerLimits({ headersMs: 5000, requestMs: 1000 }), /cannot be longer/);
  });
});
