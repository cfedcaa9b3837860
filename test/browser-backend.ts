/**
 * The reference server behind the browser tests. @web/test-runner forwards `/v1/*` to it
 * (same origin, so no CORS set-up), and `/test/token` mints user tokens the way a host's
 * backend does: with the demo organisation's secret key, server to server.
 */
import { startTestServer, type TestServer } from './server/helpers.js';
import type { Role } from '../src/api/identity.js';

let server: Promise<TestServer> | undefined;

export function browserBackend(): Promise<TestServer> {
  return (server ??= startTestServer({ demo: true }));
}

export async function mintToken(role: Role, externalId?: string): Promise<unknown> {
  const backend = await browserBackend();
  const response = await backend.request('/v1/tokens', {
    method: 'POST',
    headers: { authorization: 'Bearer sk_demo_bridgeway' },
    body: { role, externalId: externalId ?? `demo-${role}`, displayName: externalId },
  });
  if (response.status !== 201 && response.status !== 200) throw new Error(`minting a test token failed: ${response.status} ${response.text}`);
  return response.body;
}
