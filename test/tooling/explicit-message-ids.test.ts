import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
// @ts-expect-error: a plain .mjs build helper without type declarations
import explicitMessageIds from '../../scripts/explicit-message-ids.mjs';

type RuntimeMsg = (templates: Record<string, string> | undefined, template: string, options?: { id?: string }) => string;

/** @lit/localize's runtime lookup as the CDN bundles build it. */
async function bundledRuntimeMsg(): Promise<{ code: string; runtimeMsg: RuntimeMsg }> {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? "export { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';" : null) },
      explicitMessageIds(),
      nodeResolve({ browser: true }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  const { code } = output[0];
  const { runtimeMsg } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  return { code, runtimeMsg };
}

describe('explicit-message-ids (CDN build)', () => {
  it('leaves the message-id hash out of @lit/localize', async () => {
    const { code } = await bundledRuntimeMsg();
    assert.doesNotMatch(code, /fnv1a64|0xcbf2|\* 435/);
  });

  it('finds a translation by its id, and shows the source text of a message that has none', async () => {
    const { runtimeMsg } = await bundledRuntimeMsg();
    const templates = { 'state.loading': 'Chargement…' };
    assert.equal(runtimeMsg(templates, 'Loading…', { id: 'state.loading' }), 'Chargement…');
    assert.equal(runtimeMsg(templates, 'Not translated', { id: 'state.other' }), 'Not translated');
    assert.equal(runtimeMsg(templates, 'Loading…'), 'Loading…');
    assert.equal(runtimeMsg(undefined, 'Loading…', { id: 'state.loading' }), 'Loading…');
  });
});
