/**
 * What the first-render bench and its profiler (bench/profile.ts) render: each element with the
 * role it is shown to, and a demo token per role minted from the reference server.
 */
import { demoProfile } from '../../src/server/seed/catalogue/demo-profile.js';

export type DemoRole = 'mentee' | 'mentor' | 'coordinator';

export interface FirstRenderCase {
  tag: string;
  attributes: Record<string, string>;
  properties?: Record<string, unknown>;
  role?: DemoRole;
}

export const FIRST_RENDER_CASES: readonly FirstRenderCase[] = [
  { tag: 'bw-credential-gap-mapper', attributes: { occupation: 'registered-nurse', jurisdiction: 'ca-on' }, properties: { profile: demoProfile } },
  { tag: 'bw-milestone-tracker', attributes: {}, role: 'mentee' },
  { tag: 'bw-mentor-finder', attributes: { occupation: 'registered-nurse', jurisdiction: 'ca-on' } },
  { tag: 'bw-narrative-builder', attributes: {}, role: 'mentee' },
  { tag: 'bw-mentor-profile', attributes: {}, role: 'mentor' },
  { tag: 'bw-coordinator-desk', attributes: {}, role: 'coordinator' },
  { tag: 'bw-program-metrics', attributes: {}, role: 'coordinator' },
];

/** A token for the demo person of each role, minted with the demo secret key. */
export async function demoTokens(serverUrl: string): Promise<Record<DemoRole, string>> {
  const tokens = {} as Record<DemoRole, string>;
  for (const role of ['mentee', 'mentor', 'coordinator'] as const) {
    const response = await fetch(`${serverUrl}/v1/tokens`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_demo_bridgeway', 'content-type': 'application/json' },
      body: JSON.stringify({ externalId: `demo-${role}`, role }),
    });
    tokens[role] = ((await response.json()) as { token: string }).token;
  }
  return tokens;
}
