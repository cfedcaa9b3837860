import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface Manifest {
  modules: Array<{
    path: string;
    declarations?: Array<{
      name: string;
      tagName?: string;
      superclass?: { module?: string };
      events?: Array<{ name: string; type?: { text: string }; inheritedFrom?: { module: string } }>;
      cssParts?: unknown[];
      attributes?: Array<{ name: string }>;
    }>;
    exports?: Array<{ kind: string; name: string; declaration: { name: string; module?: string } }>;
  }>;
}

/** Runs the analyzer with the project's config into a temp folder (cem takes --outdir relative to the working directory). */
function analyze(): Manifest {
  mkdirSync('.tmp', { recursive: true });
  const outdir = mkdtempSync(join('.tmp', 'cem-'));
  try {
    execFileSync('node_modules/.bin/cem', ['analyze', '--outdir', outdir, '--quiet'], { stdio: 'pipe' });
    return JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')) as Manifest;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const manifest = analyze();
const widgets = readdirSync('src/widgets').map((folder) => `bw-${folder}`);
const elements = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));

// The custom-elements manifest is where Storybook's docs and editors read each element's
// public surface from: every registered element must be in it under its tag name.
test('the custom-elements manifest describes every element under its tag name, with its events and parts', () => {
  for (const tag of [...widgets, 'bw-provider']) assert.ok(elements.has(tag), `${tag} is missing from the manifest (add @tagname to its class JSDoc)`);
  for (const tag of widgets) {
    const element = elements.get(tag)!;
    assert.ok((element.events ?? []).length > 0, `${tag} documents no events`);
    assert.ok((element.cssParts ?? []).length > 0, `${tag} documents no parts`);
    assert.ok(element.attributes?.some((a) => a.name === 'endpoint'), `${tag} does not show the inherited endpoint attribute`);
  }
});

// Tools that load an element from the manifest need paths that exist in the published
// package: dist/*.js, built one module per source file (rollup.config.mjs), types beside it.
test('the manifest names the shipped module of every declaration, never a source file', () => {
  const text = JSON.stringify(manifest);
  assert.doesNotMatch(text, /"\/?src\//, 'a path still points into src/');
  for (const module of manifest.modules) {
    assert.match(module.path, /^dist\/.+\.js$/);
    assert.ok(existsSync(module.path.replace(/^dist\/(.+)\.js$/, 'src/$1.ts')), `${module.path} has no source module`);
  }
  const links = manifest.modules.flatMap((module) => (module.declarations ?? []).flatMap((d) => [d.superclass?.module, ...(d.events ?? []).map((e) => e.inheritedFrom?.module)]));
  for (const link of links.filter(Boolean)) assert.match(link!, /^dist\/.+\.js$/);
});

test("each define module declares the element it registers, pointing at the element's class", () => {
  const definitions = manifest.modules.flatMap((module) => (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ module: module.path, ...e })));
  assert.deepEqual(definitions.map((d) => d.name).sort(), [...widgets, 'bw-provider'].sort());
  for (const definition of definitions) {
    assert.match(definition.module, /\/define\.js$/, `${definition.name} is defined outside a define module`);
    const target = manifest.modules.find((module) => module.path === definition.declaration.module);
    assert.ok(target?.declarations?.some((d) => d.name === definition.declaration.name && d.tagName === definition.name), `${definition.name} points at ${definition.declaration.module}#${definition.declaration.name}, which is not that element`);
  }
});

test('every event carries the type HTMLElementEventMap gives it, detail included', () => {
  for (const [tag, element] of elements) {
    for (const event of element.events ?? []) {
      assert.match(event.type?.text ?? '', /^CustomEvent<.+>$/, `${tag}: ${event.name} has no detail type (declare it in HTMLElementEventMap)`);
    }
  }
  const mapper = elements.get('bw-credential-gap-mapper')!;
  assert.equal(mapper.events!.find((e) => e.name === 'bw-gap-analysed')!.type!.text, 'CustomEvent<GapAnalysedDetail>');
  assert.equal(mapper.events!.find((e) => e.name === 'bw-error')!.type!.text, 'CustomEvent<BridgewayErrorDetail>');
});
