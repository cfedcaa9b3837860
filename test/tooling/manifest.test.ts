import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The custom-elements manifest is where Storybook's docs and editors read each element's
// public surface from: every registered element must be in it under its tag name.
test('the custom-elements manifest describes every element under its tag name, with its events and parts', () => {
  // cem takes --outdir relative to the working directory.
  mkdirSync('.tmp', { recursive: true });
  const outdir = mkdtempSync(join('.tmp', 'cem-'));
  try {
    execFileSync(
      'node_modules/.bin/cem',
      ['analyze', '--outdir', outdir, '--quiet'],
      { stdio: 'pipe' },
    );
    const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')) as {
      modules: Array<{ declarations?: Array<{ tagName?: string; events?: unknown[]; cssParts?: unknown[]; attributes?: Array<{ name: string }> }> }>;
    };
    const elements = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));
    const widgets = readdirSync('src/widgets').map((folder) => `bw-${folder}`);
    for (const tag of [...widgets, 'bw-provider']) assert.ok(elements.has(tag), `${tag} is missing from the manifest (add @tagname to its class JSDoc)`);
    for (const tag of widgets) {
      const element = elements.get(tag)!;
      assert.ok((element.events ?? []).length > 0, `${tag} documents no events`);
      assert.ok((element.cssParts ?? []).length > 0, `${tag} documents no parts`);
      assert.ok(element.attributes?.some((a) => a.name === 'endpoint'), `${tag} does not show the inherited endpoint attribute`);
    }
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
});
