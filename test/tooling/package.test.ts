/**
 * The package an integrator installs, proven from its packed tarball: what `npm install`
 * brings (and does not), what `npx bridgeway serve` says and does, that every entry imports on
 * a server and does nothing there, that the README's React, Vue and server examples compile
 * strictly against the shipped types, that the manifest names shipped files, and that React
 * and Vue apps built from the tarball drive the elements in Chromium.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bareImports, javascriptFiles, linkDevPackage, npmInstall, packAndInstall, packageName, repo, run, underLoad, type Packed } from './package/packed.js';
import { importOnServer } from './package/server-import.js';
import { driveHosts } from './package/hosts.js';

interface Manifest {
  modules: Array<{
    path: string;
    declarations?: Array<{ name: string; tagName?: string; customElement?: boolean; events?: Array<{ name: string; type?: { text: string } }> }>;
    exports?: Array<{ kind: string; name: string; declaration: { name: string; module?: string } }>;
  }>;
}

const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  exports: Record<string, string | { types: string; import: string }>;
};
const serverPackages = Object.keys(pkg.peerDependencies);

/** The README's first fenced block in `language` that contains `marker`: the examples people copy must compile. */
function readmeExample(language: string, marker = ''): string {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].find(([, lang, code]) => lang === language && code.includes(marker));
  assert.ok(block, `README.md has no \`\`\`${language} example${marker ? ` with ${marker}` : ''}`);
  return block[2];
}

const STRICT = {
  strict: true,
  noEmit: true,
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  // Check the shipped .d.ts too, as a strict consumer does.
  skipLibCheck: false,
};

function compile(consumer: string, name: string, config: object, tool = 'typescript/bin/tsc') {
  writeFileSync(join(consumer, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
  return run(process.execPath, [join(repo, 'node_modules', tool), '-p', `tsconfig.${name}.json`], { cwd: consumer, timeout: 180_000 });
}

/** Angular 21 (its compiler takes the TypeScript this repository uses), installed at test time as the server's packages are. */
const ANGULAR = ['core', 'common', 'compiler', 'compiler-cli', 'platform-browser'].map((name) => `@angular/${name}@21.2.26`).concat('rxjs@7.8.2', 'typescript@5.9.3');

const output = (result: { stdout: string; stderr: string; timedOut?: string }) => `${result.timedOut ?? ''}\n${result.stdout}\n${result.stderr}`.trim();

// The limit grows with the load when the file starts, as each command's does (`underLoad`).
describe('the packed package, installed by an integrator', { timeout: underLoad(600_000) }, () => {
  let packed: Packed;
  let manifest: Manifest;
  let tags: string[];

  before(() => {
    packed = packAndInstall();
    manifest = JSON.parse(readFileSync(join(packed.installed, 'custom-elements.json'), 'utf8')) as Manifest;
    tags = manifest.modules.flatMap((module) => module.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name);
  });

  after(() => {
    if (!packed) return;
    rmSync(packed.stage, { recursive: true, force: true });
    rmSync(packed.consumer, { recursive: true, force: true });
  });

  it("installs the elements and the packages they import, without the server's database or HTTP stack", () => {
    const modules = join(packed.consumer, 'node_modules');
    for (const name of serverPackages) assert.ok(!existsSync(join(modules, name)), `${name} was installed with the elements`);
    for (const name of Object.keys(pkg.dependencies)) assert.ok(existsSync(join(modules, name, 'package.json')), `${name} is missing`);
    assert.ok(!existsSync(join(packed.installed, 'node_modules')), 'bridgeway brought copies of its own dependencies');
  });

  it('imports its dependencies instead of bundling them (the CDN bundles aside)', () => {
    const files = javascriptFiles(join(packed.installed, 'dist')).filter((file) => !file.includes('/dist/cdn/') && !file.includes('/dist/server/'));
    for (const file of files) {
      // Lit, when bundled, registers its version in these globals.
      assert.doesNotMatch(readFileSync(file, 'utf8'), /litHtmlVersions|reactiveElementVersions/, `${file} bundles Lit`);
    }
    const imported = [...new Set(bareImports(files).map(packageName))];
    assert.deepEqual(imported.sort(), Object.keys(pkg.dependencies).sort(), 'the browser modules import exactly the declared dependencies');
  });

  it('ships the manifest with every module it names, each with its types, and each element definition', () => {
    const files = new Set(packed.files);
    assert.ok(files.has('custom-elements.json'));
    for (const module of manifest.modules) {
      assert.match(module.path, /^dist\/.+\.js$/, `${module.path} is not a shipped module`);
      assert.ok(files.has(module.path), `${module.path} is named in the manifest but not in the package`);
      assert.ok(files.has(module.path.replace(/\.js$/, '.d.ts')), `${module.path} ships without its types`);
    }
    assert.deepEqual([...tags].sort(), ['bw-coordinator-desk', 'bw-credential-gap-mapper', 'bw-mentor-finder', 'bw-mentor-profile', 'bw-milestone-tracker', 'bw-narrative-builder', 'bw-program-metrics', 'bw-provider']);
    const declared = new Set(manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement).map((d) => `${module.path}#${d.name}`)));
    for (const definition of manifest.modules.flatMap((module) => module.exports ?? []).filter((e) => e.kind === 'custom-element-definition')) {
      assert.ok(declared.has(`${definition.declaration.module}#${definition.declaration.name}`), `${definition.name} points at no element class`);
    }
  });

  it('imports every browser entry in Node without a DOM, and does nothing there', () => {
    const dependencies = bareImports(javascriptFiles(join(packed.installed, 'dist')).filter((file) => !file.includes('/dist/server/') && !file.includes('/dist/cdn/')));
    for (const subpath of Object.keys(pkg.exports).filter((subpath) => subpath !== './server')) {
      const specifier = `bridgeway${subpath.slice(1)}`;
      const result = importOnServer(packed.consumer, specifier, dependencies, tags);
      assert.ok(result.ok, `import('${specifier}') failed on a server: ${result.failure}`);
      assert.deepEqual(result.added, [], `${specifier} added globals`);
      assert.deepEqual(result.defined, [], `${specifier} registered elements without a DOM`);
      assert.deepEqual(result.said, [], `${specifier} printed on import`);
    }
  });

  it("compiles the README's React example strictly against the shipped types, details typed", () => {
    linkDevPackage(packed.consumer, '@types/react');
    writeFileSync(join(packed.consumer, 'react-example.tsx'), readmeExample('tsx'));
    writeFileSync(
      join(packed.consumer, 'react-checks.tsx'),
      `import type {} from 'bridgeway/react';
import type { GapAnalysis } from 'bridgeway/api';

export const checks = [
  <bw-mentor-finder page-size={20} mode="mentor" require={['language']} onbw-mentor-selected={(event) => console.log(event.detail.mentorId.toUpperCase())} />,
  <bw-credential-gap-mapper onbw-gap-analysed={(event) => { const analysis: GapAnalysis = event.detail.analysis; console.log(analysis.asOf); }} />,
  <bw-milestone-tracker plan-id="p1" onbw-error={(event) => console.log(event.detail.retryable)} />,
  // @ts-expect-error a property keeps its type: pageSize is a number
  <bw-mentor-finder pageSize="ten" />,
  // @ts-expect-error mode is one of 'auto' | 'mentee' | 'mentor'
  <bw-mentor-finder mode="admin" />,
  // @ts-expect-error the tracker has no such property or attribute
  <bw-milestone-tracker plan="p1" />,
  // @ts-expect-error detail is typed, not any: draft is a NarrativeDraft
  <bw-narrative-builder onbw-narrative-saved={(event) => { const words: number = event.detail.draft; console.log(words); }} />,
];
`,
    );
    const result = compile(packed.consumer, 'react', { compilerOptions: { ...STRICT, jsx: 'react-jsx', types: [] }, files: ['react-example.tsx', 'react-checks.tsx'] });
    assert.equal(result.status, 0, `tsc failed on the React consumer:\n${output(result)}`);
  });

  it("passes vue-tsc on the README's Vue example with strict templates", () => {
    linkDevPackage(packed.consumer, 'vue');
    writeFileSync(join(packed.consumer, 'VueExample.vue'), readmeExample('vue'));
    writeFileSync(
      join(packed.consumer, 'VueChecks.vue'),
      `<script setup lang="ts">
import type {} from 'bridgeway/vue';
</script>

<template>
  <bw-mentor-finder :page-size="10" publishable-key="pk_demo" mode="mentee" @bw-mentor-selected="(event) => console.log(event.detail.mentorId.toUpperCase())" />
  <!-- @vue-expect-error a property keeps its type: pageSize is a number -->
  <bw-mentor-finder :pageSize="'ten'" />
  <!-- @vue-expect-error detail is typed, not any -->
  <bw-milestone-tracker @bw-plan-saved="(event) => event.detail.nothing.here" />
</template>
`,
    );
    const result = compile(
      packed.consumer,
      'vue',
      { compilerOptions: { ...STRICT, jsx: 'preserve', types: [] }, vueCompilerOptions: { strictTemplates: true }, include: ['*.vue'] },
      'vue-tsc/bin/vue-tsc.js',
    );
    assert.equal(result.status, 0, `vue-tsc failed on the Vue consumer:\n${output(result)}`);
  });

  it("compiles the README's Angular example with ngc and strict templates; its bindings name the element's real attributes, properties and events", () => {
    // Its own folder: 'bridgeway' resolves from the consumer above, and installing Angular prunes nothing there.
    const angular = join(packed.consumer, 'angular');
    mkdirSync(angular, { recursive: true });
    writeFileSync(join(angular, 'package.json'), JSON.stringify({ name: 'angular-consumer', private: true }));
    npmInstall(angular, ANGULAR);
    const example = readmeExample('ts', '@Component');
    writeFileSync(join(angular, 'angular-example.ts'), example);
    writeFileSync(
      join(angular, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { ...STRICT, noEmit: false, outDir: 'out', types: [] },
        files: ['angular-example.ts'],
        angularCompilerOptions: { strictTemplates: true, strictInjectionParameters: true, strictInputAccessModifiers: true },
      }),
    );
    const ngc = join(angular, 'node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js');
    const compiled = run(process.execPath, [ngc, '-p', 'tsconfig.json'], { cwd: angular, timeout: 180_000 });
    assert.equal(compiled.status, 0, `ngc failed on the Angular consumer:\n${output(compiled)}`);
    assert.ok(existsSync(join(angular, 'out', 'angular-example.js')), 'ngc wrote no output');

    // CUSTOM_ELEMENTS_SCHEMA lets bw-* bindings through unchecked: check them against the manifest instead.
    const template = /template:\s*`([\s\S]*?)`/.exec(example)![1];
    const [, tag, attributes] = /<(bw-[a-z-]+)([^>]*)>/.exec(template)!;
    const element = manifest.modules.flatMap((module) => (module.declarations ?? []) as Array<Record<string, any>>).find((d) => d.tagName === tag)!; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.ok(element, `${tag} is not in the manifest`);
    const names = (list: Array<{ name: string }> | undefined) => new Set((list ?? []).map((item) => item.name));
    const [known, members, events] = [names(element.attributes), names(element.members), names(element.events)];
    const bindings = [...attributes.matchAll(/(\[|\(|\s)([a-zA-Z-]+)[\])]?=/g)];
    assert.deepEqual(bindings.map((b) => b[2]), ['endpoint', 'publishable-key', 'format', 'userToken', 'bw-mentor-selected', 'bw-error']);
    for (const [, kind, name] of bindings) {
      if (kind === '(') assert.ok(events.has(name), `${tag} fires no ${name}`);
      else if (kind === '[') assert.ok(members.has(name), `${tag} has no property ${name}`);
      else assert.ok(known.has(name) || name === 'endpoint' || name === 'publishable-key', `${tag} has no attribute ${name}`);
    }
  });

  it('drives the elements from a React 19 app (development and production builds) and a Vue 3.5 app built from the tarball', async () => {
    for (const name of ['react', 'react-dom', 'vue']) linkDevPackage(packed.consumer, name);
    const report = await driveHosts(packed.consumer);
    assert.deepEqual(report.map((host) => host.name), ['react', 'react-production', 'vue']);
    for (const host of report) {
      assert.deepEqual(host.errors, [], `${host.name}: errors on the page`);
      assert.match(host.heading, /Registered nurse in Ontario/, `${host.name}: the element did not render its analysis`);
      assert.equal(host.analysedOccupation, 'registered-nurse', `${host.name}: the event's detail did not reach the app`);
      assert.equal(host.profileName, 'Amara Okafor', `${host.name}: the profile property did not reach the element`);
      assert.equal(host.litCopies, 1, `${host.name}: the app and Bridgeway should share one Lit`);
      assert.equal(host.afterUnmount, 0, `${host.name}: the element stayed in the page after unmounting`);
      assert.equal(host.afterRemount.elements, 1, `${host.name}: remounting left ${host.afterRemount.elements} elements`);
      assert.match(host.afterRemount.heading, /Registered nurse in Ontario/, `${host.name}: the remounted element did not render`);
      assert.deepEqual(host.finderFormat, { property: 'in-person', attribute: 'in-person' }, `${host.name}: the mentor finder's format did not arrive as a property`);
    }
  });

  it("npx bridgeway serve, without the server's packages, names them and the command that installs them", () => {
    const result = run('npx', ['--no', 'bridgeway', 'serve', '--port', '0'], { cwd: packed.consumer, timeout: 60_000 });
    assert.notEqual(result.status, 0, 'it should fail');
    for (const name of serverPackages) assert.match(result.stderr, new RegExp(name.replace(/[/@]/g, '\\$&')), `${name} is not named`);
    const command = /^\s*npm install (.+)$/m.exec(result.stderr);
    assert.ok(command, `no npm install command in:\n${result.stderr}`);
    assert.deepEqual(command[1].split(' ').map((spec) => spec.slice(0, spec.lastIndexOf('@'))).sort(), [...serverPackages].sort());
  });

  it('with the packages it names installed, npx bridgeway serve starts the server', async () => {
    const failed = run('npx', ['--no', 'bridgeway', 'serve'], { cwd: packed.consumer, timeout: 60_000 });
    npmInstall(packed.consumer, /^\s*npm install (.+)$/m.exec(failed.stderr)![1].split(' '));
    // Its own process group, so stopping npx stops the server under it.
    const child = spawn('npx', ['--no', 'bridgeway', 'serve', '--port', '0', '--host', '127.0.0.1', '--data-dir', 'memory://'], {
      cwd: packed.consumer,
      detached: true,
      env: Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
    });
    let printed = '';
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const limit = underLoad(90_000);
        const timer = setTimeout(() => reject(new Error(`no "listening on" after ${Math.round(limit / 1000)} s:\n${printed}`)), limit);
        const read = (chunk: Buffer) => {
          printed += chunk;
          const found = /listening on (http:\/\/\S+)/.exec(printed);
          if (found) {
            clearTimeout(timer);
            resolve(found[1]);
          }
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.once('exit', (code) => reject(new Error(`exited ${code}:\n${printed}`)));
      });
      const response = await fetch(`${url}/v1/openapi.json`);
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as { openapi: string }).openapi.slice(0, 3), '3.1');
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    }
  });

  it('bridgeway/server imports in Node, and its types compile strictly without @types/pg', () => {
    const serverFiles = javascriptFiles(join(packed.installed, 'dist', 'server'));
    const result = importOnServer(packed.consumer, 'bridgeway/server', bareImports(serverFiles), tags);
    assert.ok(result.ok, `import('bridgeway/server') failed: ${result.failure}`);
    assert.ok(result.exports.includes('startServer'));
    assert.deepEqual(result.said, []);

    assert.ok(!existsSync(join(packed.consumer, 'node_modules', '@types', 'pg')), '@types/pg must not be what makes this compile');
    linkDevPackage(packed.consumer, '@types/node');
    writeFileSync(join(packed.consumer, 'server-example.ts'), readmeExample('ts', 'bridgeway/server'));
    const compiled = compile(packed.consumer, 'server', { compilerOptions: { ...STRICT, lib: ['ES2022'], types: ['node'] }, files: ['server-example.ts'] });
    assert.equal(compiled.status, 0, `tsc failed on the server consumer:\n${output(compiled)}`);
  });
});
