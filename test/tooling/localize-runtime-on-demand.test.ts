import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rollup, type Plugin } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
// @ts-expect-error: a plain .mjs build helper without type declarations
import localizeRuntimeOnDemand from '../../scripts/localize-runtime-on-demand.mjs';

/** A first download that shows a message and, on demand, configures the runtime (as src/ui/localization.ts does). */
const SOURCES: Record<string, string> = {
  entry: "import { msg } from '@lit/localize'; export const text = () => msg('Hello', { id: 'hello' }); export const translate = () => import('on-demand');",
  'on-demand': "import { configureLocalization } from '@lit/localize'; export const start = () => configureLocalization({ sourceLocale: 'en', targetLocales: ['fr'], loadLocale: async () => ({ templates: {} }) });",
};

/** The code of the first download (the entry and the chunks it imports) and of the chunk loaded on demand. */
async function chunks(plugins: Plugin[]): Promise<{ entry: string; onDemand: string }> {
  const sources: Plugin = { name: 'sources', resolveId: (id) => (id in SOURCES ? id : null), load: (id) => SOURCES[id] ?? null };
  const bundle = await rollup({ input: 'entry', plugins: [sources, ...plugins, nodeResolve({ browser: true })] });
  const { output } = await bundle.generate({ format: 'es' });
  const code = (onDemand: boolean) => output.flatMap((chunk) => (chunk.type === 'chunk' && chunk.isDynamicEntry === onDemand ? [chunk.code] : [])).join('\n');
  return { entry: code(false), onDemand: code(true) };
}

// A message only the runtime's setLocale carries.
const RUNTIME_CODE = /Invalid locale code/;

describe('localize-runtime-on-demand (CDN build)', () => {
  it("leaves @lit/localize's runtime out of the first download and puts it with the code that configures it", async () => {
    const { entry, onDemand } = await chunks([localizeRuntimeOnDemand()]);
    assert.doesNotMatch(entry, RUNTIME_CODE);
    assert.match(entry, /Hello/);
    assert.match(onDemand, RUNTIME_CODE);
  });

  it('is what moves it: without the plugin the runtime joins the first download', async () => {
    const { entry } = await chunks([]);
    assert.match(entry, RUNTIME_CODE);
  });
});
