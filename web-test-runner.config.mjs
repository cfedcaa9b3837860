/** Browser tests for src/ui and src/widgets in headless Chromium (see TOOLCHAIN.md). */
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { requireChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';

const executablePath = requireChrome();

/**
 * The tests import src/generated/locales/*.ts, which `npx lit-localize build` writes from
 * locales/*.xlf. Build them when missing or older than a translation file.
 */
function ensureLocalesBuilt() {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const { targetLocales, output, interchange } = JSON.parse(readFileSync(`${root}/lit-localize.json`, 'utf8'));
  const xliffDir = `${root}/${interchange.xliffDir}`;
  const newestXliff = Math.max(0, ...readdirSync(xliffDir).map((name) => statSync(`${xliffDir}/${name}`).mtimeMs));
  const stale = targetLocales.some((locale) => {
    const file = `${root}/${output.outputDir}/${locale}.ts`;
    return !existsSync(file) || statSync(file).mtimeMs < newestXliff;
  });
  if (stale) {
    console.log('Building the locale modules first: npm run localize:build');
    execFileSync(`${root}/node_modules/.bin/lit-localize`, ['build'], { cwd: root, stdio: 'inherit' });
    execFileSync(process.execPath, [`${root}/scripts/split-locales.mjs`], { cwd: root, stdio: 'inherit' });
  }
}
ensureLocalesBuilt();

/**
 * The widgets import src/generated/operations.ts and contract.ts, the compact validators that
 * scripts/generate-validators.ts writes from the contract (src/api): the tests exercise the very
 * validators the bundles ship (one module each, under contract/ and operations/). Generate them
 * when missing or older than the contract.
 */
function ensureValidatorsGenerated() {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const newest = (path) => (statSync(path).isDirectory() ? Math.max(0, ...readdirSync(path).map((name) => newest(`${path}/${name}`))) : statSync(path).mtimeMs);
  const generated = `${root}/src/generated/operations.ts`;
  if (existsSync(generated) && statSync(generated).mtimeMs >= Math.max(newest(`${root}/src/api`), newest(`${root}/scripts/generate-validators.ts`), newest(`${root}/scripts/contract-modules.ts`))) return;
  console.log('Generating the compact validators first: node --import tsx scripts/generate-validators.ts');
  execFileSync(process.execPath, ['--import', 'tsx', `${root}/scripts/generate-validators.ts`], { cwd: root, stdio: 'inherit' });
}
ensureValidatorsGenerated();

// The reference server (TypeScript) behind the widget tests, loaded through tsx.
const { register } = await import('tsx/esm/api');
register();
const { browserBackend, mintToken } = await import('./test/browser-backend.ts');
// Start it before the first test: opening the database takes a few seconds.
await browserBackend();

/**
 * Forwards `/v1/*` to the reference server on a fresh copy of the seeded test database,
 * and answers `POST /test/token` ({ role, externalId?, organisation?, seed? }) with a user token, as a host's
 * backend would. Widget tests use `endpoint = location.origin`.
 */
const referenceBackend = {
  name: 'bridgeway-reference-backend',
  async serverStop() {
    const backend = await browserBackend();
    await backend.close();
  },
};

async function backendMiddleware(ctx, next) {
  if (ctx.path === '/test/token' && ctx.method === 'POST') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const { role, externalId, organisation, seed } = JSON.parse(Buffer.concat(chunks).toString() || '{}');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(await mintToken(role, externalId, organisation, seed));
    return;
  }
  if (!ctx.path.startsWith('/v1/')) return next();
  const backend = await browserBackend();
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const headers = { ...ctx.headers };
  delete headers.host;
  delete headers.origin; // same-origin for the page; the server sees a server-to-server call
  const response = await fetch(`${backend.url}${ctx.url}`, {
    method: ctx.method,
    headers,
    body: ['GET', 'HEAD'].includes(ctx.method) ? undefined : Buffer.concat(chunks),
  });
  ctx.status = response.status;
  response.headers.forEach((value, key) => {
    if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(key)) ctx.set(key, value);
  });
  ctx.body = Buffer.from(await response.arrayBuffer());
}

/**
 * `await executeServerCommand('collect-garbage')` runs a full garbage collection in the test's
 * page through the DevTools protocol (HeapProfiler.collectGarbage), so a test can check with
 * `WeakRef`s that removed elements are really gone. Only the page that asks is collected.
 */
const garbageCollector = {
  name: 'bridgeway-collect-garbage',
  async executeCommand({ command, session }) {
    if (command !== 'collect-garbage') return undefined;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    try {
      await cdp.send('HeapProfiler.collectGarbage');
    } finally {
      await cdp.detach();
    }
    return true;
  },
};

/**
 * `await executeServerCommand('save-screenshot', { folder: 'screenshots/layout', name: 'bw-x-375-dark' })`
 * saves a PNG of the test's page (the whole page, at the viewport's width) for a person to look
 * at. The folder is the test's to name, inside this repository and gitignored (`screenshots/`).
 * Only when asked (`BRIDGEWAY_SCREENSHOTS=1 npx wtr --files test/widgets/layout.test.ts`): no test
 * reads them, and the layout test's 80 full-page PNGs took more than half its time (its tests ran
 * 50 and 36 s with them, 17 and 13 s without, at load 15-18). Otherwise the name is still checked.
 */
const screenshots = {
  name: 'bridgeway-save-screenshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'save-screenshot') return undefined;
    const { folder, name } = payload ?? {};
    if (!/^screenshots(\/[\w-]+)*$/.test(folder ?? '') || !/^[\w.-]+$/.test(name ?? '')) throw new Error(`save-screenshot: bad folder or name ${folder}/${name}`);
    if (process.env.BRIDGEWAY_SCREENSHOTS !== '1') return false;
    const root = fileURLToPath(new URL('.', import.meta.url));
    mkdirSync(`${root}/${folder}`, { recursive: true });
    const path = `${root}/${folder}/${name}.png`;
    await session.browser.getPage(session.id).screenshot({ path, fullPage: true });
    return path;
  },
};

export default {
  files: ['test/ui/**/*.test.ts', 'test/widgets/**/*.test.ts'],
  nodeResolve: true,
  // experimentalDecorators + useDefineForClassFields:false come from the tsconfig.
  middleware: [backendMiddleware],
  // Lit's one-line dev-mode notice in every file hides the logs that matter.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  plugins: [referenceBackend, garbageCollector, screenshots, esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
  // One page at a time: with Chrome >= 128 a second, background page stops getting
  // animation frames and @open-wc fixtures time out (modernweb-dev/web#2403, open-wc#2813).
  // On a 2-core machine the serial run costs little.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 5_000 } },
  // Failures that hold a DOM node stay reportable (test/support/readable-failures.ts).
  testRunnerHtml: (testFramework) => `<!doctype html><html><body>
    <script type="module" src="/test/support/readable-failures.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body></html>`,
};
