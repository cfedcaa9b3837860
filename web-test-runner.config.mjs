/** Browser tests for src/ui and src/widgets in headless Chromium (see TOOLCHAIN.md). */
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { requireChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';

const executablePath = requireChrome();

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
