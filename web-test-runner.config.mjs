/** Browser tests for src/ui and src/widgets in headless Chromium (see TOOLCHAIN.md). */
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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
    console.log('Building the locale modules first: npx lit-localize build');
    execFileSync(`${root}/node_modules/.bin/lit-localize`, ['build'], { cwd: root, stdio: 'inherit' });
  }
}
ensureLocalesBuilt();

export default {
  files: ['test/ui/**/*.test.ts', 'test/widgets/**/*.test.ts'],
  nodeResolve: true,
  // experimentalDecorators + useDefineForClassFields:false come from the tsconfig.
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
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
};
