/**
 * Stand-ins for a lazily loaded part's chunk in browser tests (src/ui/lazy.ts): one that does not
 * arrive, as `import()` rejects when the network drops, and one held back until the test lets it;
 * and the steps every element's test of a chunk that failed takes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $ } from './browser.js';

/** Anything loaded through an importer a test may replace (a LazyPart). */
interface Imported<M> {
  importer: () => Promise<M>;
}

/** What `import()` rejects with when a chunk does not arrive. */
export const chunkFailure = (): Promise<never> => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** Makes `part`'s chunk fail until the returned `restore()` puts the real importer back. */
export function failChunk<M>(part: Imported<M>): () => void {
  const real = part.importer;
  part.importer = chunkFailure;
  return () => {
    part.importer = real;
  };
}

/**
 * Holds `part`'s chunk back: every import waits until `release()`, then loads the real chunk, or fails
 * as a dropped network does with `release(true)`. `restore()` puts the real importer back.
 */
export function holdChunk<M>(part: Imported<M>) {
  const real = part.importer;
  let release!: (fail?: boolean) => void;
  const gate = new Promise<boolean>((resolve) => (release = (fail = false) => resolve(fail)));
  part.importer = () => gate.then((fail) => (fail ? chunkFailure() : real()));
  return {
    real,
    release,
    restore: () => {
      part.importer = real;
    },
  };
}

/**
 * A part's chunk did not arrive: the error state says so (no loading state left), the failure is
 * reported once as `network` (`errors`: the kinds of the element's `bw-error` events) and the page
 * stays accessible. Then the chunk is let through (`restore`) and "Try again" is pressed, with
 * the keyboard when `keyboard`: what the element shows next is the test's to check.
 */
export async function expectChunkErrorThenTryAgain(el: HTMLElement, errors: string[], restore: () => void, { keyboard = false } = {}): Promise<void> {
  await waitUntil(() => $(el, '[part~="state-error"]'), 'no error state', { timeout: 8000 });
  expect($(el, '[part~="state-error"]')!.textContent).to.contain('is not answering');
  expect($(el, '[part~="state-loading"]')).to.equal(null);
  expect(errors).to.deep.equal(['network']);
  await expect(el).to.be.accessible();
  restore();
  const retry = $<HTMLButtonElement>(el, '[part~="retry"]')!;
  expect(retry.textContent!.trim()).to.equal('Try again');
  if (!keyboard) return retry.click();
  retry.focus();
  await sendKeys({ press: 'Enter' });
}
