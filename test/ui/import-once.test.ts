import { expect } from '@open-wc/testing';
import { importOnce } from '../../src/ui/import-once.js';

describe('importOnce', () => {
  it('asks the loader once, and every later caller gets the same answer', async () => {
    let asked = 0;
    const load = importOnce(async () => ({ asked: ++asked }));
    const first = load();
    const second = load();
    expect(second).to.equal(first, 'a caller while the first import is on its way shares it');
    expect(await load()).to.deep.equal({ asked: 1 });
    expect(asked).to.equal(1);
  });

  it('asks again after a failed import, and keeps the answer that came', async () => {
    let asked = 0;
    const load = importOnce(async () => {
      asked++;
      if (asked === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'module';
    });
    let failure: unknown;
    await load().catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);
    expect(await load()).to.equal('module');
    expect(await load()).to.equal('module');
    expect(asked).to.equal(2);
  });
});
