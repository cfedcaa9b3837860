/**
 * Finds a Chrome or Chromium executable for the browser tests and benchmarks.
 * No tool here may download a browser, so we only look at what is installed.
 */
import { accessSync, constants } from 'node:fs';

export const CANDIDATE_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Chromium refuses to start as root without --no-sandbox; the rest keep it off the (closed) network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // With several test pages open at once, the ones in background tabs must still get
  // timers and animation frames, or fixtures that wait for a frame time out.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export const HOW_TO_GET_CHROME = [
  'No Chrome or Chromium found. Looked at $CHROME_PATH, then ' + CANDIDATE_PATHS.join(', ') + '.',
  'To fix it, either:',
  '  - on Debian/Ubuntu: apt-get update && apt-get install -y chromium',
  '  - or point CHROME_PATH at an installed Chrome/Chromium: CHROME_PATH=/path/to/chrome npx wtr',
].join('\n');

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Returns the path of a browser executable, or undefined when none is installed. */
export function findChrome(env = process.env) {
  const fromEnv = env.CHROME_PATH?.trim();
  const candidates = fromEnv ? [fromEnv, ...CANDIDATE_PATHS] : CANDIDATE_PATHS;
  return candidates.find(isExecutable);
}

/** Like findChrome, but prints how to get a browser and exits non-zero when there is none. */
export function requireChrome(env = process.env) {
  const path = findChrome(env);
  if (!path) {
    console.error(HOW_TO_GET_CHROME);
    process.exit(1);
  }
  if (env.CHROME_PATH && path !== env.CHROME_PATH.trim()) {
    console.warn(`CHROME_PATH=${env.CHROME_PATH} is not an executable; using ${path} instead.`);
  }
  return path;
}

// `node scripts/find-chrome.mjs` prints the path (for shell scripts) or the advice.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(requireChrome());
}
