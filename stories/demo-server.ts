/** The reference server the stories talk to (`npm start`, demo mode). */
export const ENDPOINT = 'http://localhost:8787';

/** Asks the reference server's demo route for a user token, as a host's backend would; undefined when it is not running. */
export async function demoToken(role: 'mentee' | 'mentor' | 'coordinator'): Promise<string | undefined> {
  try {
    const response = await fetch(`${ENDPOINT}/demo/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role }) });
    return response.ok ? ((await response.json()) as { token: string }).token : undefined;
  } catch {
    return undefined;
  }
}
