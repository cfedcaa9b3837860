import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from '../../src/server/app.js';
import { startTestServer, type TestServer } from './helpers.js';
import { notesModule, createNotesTable } from './fixtures/notes-routes.js';

let server: TestServer;
const lines: Record<string, unknown>[] = [];
before(async () => {
  server = await startTestServer({ extraModules: [notesModule], setup: createNotesTable, log: (line) => lines.push(line) });
});
after(() => server.close());

function assertProblem(response: { status: number; headers: Headers; body: any }, status: number, code: string) {
  assert.equal(response.status, status, JSON.stringify(response.body));
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(response.body.code, code);
  assert.equal(response.body.status, status);
  assert.equal(typeof response.body.title, 'string');
  assert.match(response.body.type, /^https:\/\/bridgeway\.dev\/problems\//);
}

describe('system routes', () => {
  it('answers /health with the Health schema', async () => {
    const { status, body } = await server.request('/health');
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(body).sort(), ['database', 'status', 'version']);
    assert.equal(body.status, 'ok');
    assert.equal(body.database, 'pglite');
  });

  it('logs one structured line per request with the organisation', async () => {
    lines.length = 0;
    await server.request('/v1/me', { token: 'pk_demo_bridgeway' });
    const line = lines.find((entry) => entry.path === '/v1/me');
    assert.ok(line);
    assert.equal(line.method, 'GET');
    assert.equal(line.status, 200);
    assert.equal(line.organisation, 'demo');
    assert.equal(typeof line.ms, 'number');
  });

  it('serves an OpenAPI 3.1 document listing the routes with components and security schemes', async () => {
    const { status, body } = await server.request('/v1/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, '3.1.0');
    assert.ok(body.info.title && body.info.version);
    for (const path of ['/health', '/v1/tokens', '/v1/me', '/v1/test/notes/{id}']) assert.ok(body.paths[path], `lists ${path}`);
    const tokens = body.paths['/v1/tokens'].post;
    assert.deepEqual(tokens.security, [{ secretKey: [] }]);
    assert.equal(tokens.requestBody.content['application/json'].schema.$ref, '#/components/schemas/TokenRequest');
    assert.equal(tokens.responses['201'].content['application/json'].schema.$ref, '#/components/schemas/TokenResponse');
    assert.equal(tokens.responses['400'].content['application/problem+json'].schema.$ref, '#/components/schemas/Problem');
    for (const name of ['Problem', 'User', 'TokenRequest', 'TokenResponse', 'Me', 'Health']) assert.ok(body.components.schemas[name], `component ${name}`);
    assert.deepEqual(Object.keys(body.components.securitySchemes).sort(), ['publishableKey', 'secretKey', 'userToken']);
    const patch = body.paths['/v1/test/notes/{id}'].patch;
    assert.ok(patch.parameters.some((p: any) => p.name === 'id' && p.in === 'path' && p.required));
    assert.ok(patch.parameters.some((p: any) => p.name === 'Idempotency-Key' && p.in === 'header'));
    assert.ok(patch.responses['409']);
    const list = body.paths['/v1/test/notes'].get;
    assert.ok(list.parameters.some((p: any) => p.name === 'limit' && p.in === 'query' && p.schema.type === 'integer'));
    // every $ref points at a component that exists
    const refs = JSON.stringify(body).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const name = ref.replace(/^"\$ref":"#\/components\/schemas\//, '').replace(/"$/, '');
      assert.ok(body.components.schemas[name], `${ref} resolves`);
    }
  });

  it('renders /docs as script-free HTML under a strict CSP', async () => {
    const { status, headers, text } = await server.request('/docs');
    assert.equal(status, 200);
    assert.match(headers.get('content-type') ?? '', /^text\/html/);
    assert.match(text, /\/v1\/tokens/);
    assert.match(text, /TokenRequest/);
    assert.doesNotMatch(text, /<script/i);
    const csp = headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(headers.get('x-content-type-options'), 'nosniff');
  });
});

/** A POST of the test notes route as raw HTTP/1.1, split where the test wants the packets to end. */
function notePost(token: string, text: string, connection: 'keep-alive' | 'close'): { head: string; body: string } {
  const body = JSON.stringify({ text });
  const head = [`POST /v1/test/notes HTTP/1.1`, `Host: ${new URL(server.url).host}`, `Authorization: Bearer ${token}`, 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`, `Connection: ${connection}`, '', ''].join('\r\n');
  return { head, body };
}

/** The next whole response on a socket (status and JSON body), by its Content-Length. */
function nextResponse(socket: Socket, buffered: { data: Buffer }): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const tryParse = () => {
      const end = buffered.data.indexOf('\r\n\r\n');
      if (end < 0) return false;
      const head = buffered.data.subarray(0, end).toString('latin1');
      const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? NaN);
      if (buffered.data.byteLength < end + 4 + length) return false;
      const body = buffered.data.subarray(end + 4, end + 4 + length).toString('utf8');
      buffered.data = buffered.data.subarray(end + 4 + length);
      socket.off('data', onData).off('error', reject);
      resolve({ status: Number(head.split(' ')[1]), body: JSON.parse(body) });
      return true;
    };
    const onData = (chunk: Buffer) => {
      buffered.data = Buffer.concat([buffered.data, chunk]);
      tryParse();
    };
    if (!tryParse()) socket.on('data', onData).on('error', reject);
  });
}

async function rawSocket(): Promise<{ socket: Socket; buffered: { data: Buffer } }> {
  const { hostname, port } = new URL(server.url);
  const socket = connect(Number(port), hostname);
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  return { socket, buffered: { data: Buffer.alloc(0) } };
}

// A body that came with its headers is taken from the parser's buffer at once; any other is streamed.
describe('request bodies as they come over the socket', () => {
  it('reads a body that arrives in pieces after its headers', async () => {
    const token = await server.tokenFor('mentee');
    const { socket, buffered } = await rawSocket();
    const { head, body } = notePost(token, 'sent slowly, in three packets', 'close');
    socket.write(head);
    await sleep(30);
    socket.write(body.slice(0, 5));
    await sleep(30);
    socket.write(body.slice(5));
    const response = await nextResponse(socket, buffered);
    socket.destroy();
    assert.equal(response.status, 201, JSON.stringify(response.body));
    assert.equal(response.body.text, 'sent slowly, in three packets');
  });

  it('answers each request of a kept-alive connection, one after the other and pipelined', async () => {
    const token = await server.tokenFor('mentee');
    const { socket, buffered } = await rawSocket();
    const first = notePost(token, 'first', 'keep-alive');
    socket.write(first.head + first.body);
    const one = await nextResponse(socket, buffered);
    const second = notePost(token, 'second', 'keep-alive');
    const third = notePost(token, 'third', 'close');
    // Two requests in one packet: each body is exactly its declared length, the rest is the next request.
    socket.write(second.head + second.body + third.head + third.body);
    const two = await nextResponse(socket, buffered);
    const three = await nextResponse(socket, buffered);
    socket.destroy();
    assert.deepEqual([one, two, three].map((response) => [response.status, response.body.text]), [[201, 'first'], [201, 'second'], [201, 'third']]);
  });

  it('refuses a body whose declared length is over 1 MB before reading it', async () => {
    const token = await server.tokenFor('mentee');
    const { socket, buffered } = await rawSocket();
    const { head } = notePost(token, 'x', 'close');
    socket.write(head.replace(/Content-Length: \d+/, `Content-Length: ${1024 * 1024 + 1}`) + '{"text":"x"');
    const response = await nextResponse(socket, buffered);
    socket.destroy();
    assert.equal(response.status, 413);
    assert.equal(response.body.code, 'payload_too_large');
  });
});

describe('errors as problem+json', () => {
  it('answers an unknown route with 404 not_found', async () => {
    assertProblem(await server.request('/v1/nothing-here'), 404, 'not_found');
  });

  it('answers a wrong method on a known path with 405 and an Allow header', async () => {
    const response = await server.request('/v1/tokens', { method: 'DELETE' });
    assertProblem(response, 405, 'method_not_allowed');
    assert.match(response.headers.get('allow') ?? '', /POST/);
  });

  it('refuses a body over 1 MB with 413 payload_too_large', async () => {
    const token = await server.tokenFor('mentee');
    const response = await server.request('/v1/test/notes', { token, body: { text: 'x'.repeat(1024 * 1024 + 10) } });
    assertProblem(response, 413, 'payload_too_large');
  });

  it('refuses a non-JSON body with 415 unsupported_media_type', async () => {
    const token = await server.tokenFor('mentee');
    const response = await server.request('/v1/test/notes', { token, body: 'text=hello', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assertProblem(response, 415, 'unsupported_media_type');
  });

  it('names each invalid field in a 400 invalid_request', async () => {
    const response = await server.request('/v1/tokens', { token: 'sk_demo_bridgeway', body: { role: 'astronaut', ttlSeconds: 5 } });
    assertProblem(response, 400, 'invalid_request');
    const paths = response.body.errors.map((issue: any) => issue.path).sort();
    assert.deepEqual(paths, ['externalId', 'role', 'ttlSeconds']);
    for (const issue of response.body.errors) assert.ok(issue.message.length > 0);
  });

  it('names an invalid query parameter and an invalid path parameter', async () => {
    const token = await server.tokenFor('mentee');
    const query = await server.request('/v1/test/notes?limit=500', { token });
    assertProblem(query, 400, 'invalid_request');
    assert.equal(query.body.errors[0].path, 'limit');
    const param = await server.request('/v1/test/notes/not%20an%20id', { token });
    assertProblem(param, 400, 'invalid_request');
    assert.equal(param.body.errors[0].path, 'id');
  });

  it('answers malformed JSON with 400', async () => {
    const response = await server.request('/v1/tokens', { token: 'sk_demo_bridgeway', body: '{"role":', headers: { 'content-type': 'application/json' } });
    assertProblem(response, 400, 'invalid_request');
  });

  it('turns an uncaught error into 500 internal without leaking the stack', async () => {
    const response = await server.request('/v1/test/boom');
    assertProblem(response, 500, 'internal');
    assert.doesNotMatch(response.text, /secret internal detail|\/srv\/app\.ts|at /);
  });
});

describe('static files', () => {
  it('explains that dist/cdn must be built, or serves it', async () => {
    const response = await server.request('/cdn/bridgeway.js');
    if (response.status === 404) {
      assertProblem(response, 404, 'not_found');
      assert.match(response.body.detail, /npm run build|No file/);
    } else assert.equal(response.status, 200);
  });

  it('never serves files outside the demo folder', async () => {
    for (const path of ['/demo/..%2Fpackage.json', '/demo/%2e%2e/package.json', '/demo/..%5Cpackage.json', '/cdn/..%2F..%2Fpackage.json']) {
      const response = await server.request(path);
      assert.equal(response.status, 404, path);
      assert.doesNotMatch(response.text, /"name":\s*"bridgeway"/);
    }
  });
});

describe('demo files', () => {
  it('serves the demo page with security headers and demo assets with their content types', async () => {
    const root = await mkdtemp(join(tmpdir(), 'bridgeway-static-'));
    try {
      await mkdir(join(root, 'demo'));
      await mkdir(join(root, 'dist', 'cdn'), { recursive: true });
      await writeFile(join(root, 'demo', 'index.html'), '<!doctype html><title>demo</title><script type="module" src="/demo/app.js"></script>');
      await writeFile(join(root, 'demo', 'app.js'), 'export {};');
      await writeFile(join(root, 'dist', 'cdn', 'bridgeway.js'), 'export {};');
      const app = createApp({ db: server.db, tokenSecret: 'test', staticRoot: root });
      const page = await app.request('/');
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      assert.doesNotMatch(page.headers.get('content-security-policy') ?? '', /unsafe-inline/);
      assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
      const script = await app.request('/demo/app.js');
      assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
      const bundle = await app.request('/cdn/bridgeway.js');
      assert.equal(bundle.status, 200);
      assert.match(bundle.headers.get('content-type') ?? '', /^text\/javascript/);
      const missing = await app.request('/demo/nope.css');
      assert.equal(missing.status, 404);
      const noDemo = await app.request('/demo/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"role":"mentee"}' });
      assert.equal(noDemo.status, 405, 'without demo: true there is no token route, only demo files');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
