import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { asRequest, FairQueue } from '../../src/server/db/fair-queue.js';

describe('fair turns at the embedded database', () => {
  it('runs one job at a time, the oldest request first, whatever order they were queued in', async () => {
    const queue = new FairQueue();
    const order: string[] = [];
    let running = 0;
    const job = (name: string) => async () => {
      running++;
      assert.equal(running, 1, 'one job at a time');
      await new Promise((resolve) => setTimeout(resolve, 1));
      order.push(name);
      running--;
      return name;
    };
    const results = await Promise.all([
      asRequest(30, () => queue.run(job('third'))),
      asRequest(10, () => queue.run(job('first'))),
      asRequest(20, () => queue.run(job('second'))),
      asRequest(10, () => queue.run(job('first, its second statement'))),
    ]);
    assert.deepEqual(order, ['first', 'first, its second statement', 'second', 'third']);
    assert.deepEqual(results, ['third', 'first', 'second', 'first, its second statement']);
  });

  it('lets the event loop run between two jobs, so a request that arrives meanwhile takes its place', async () => {
    const queue = new FairQueue();
    const order: string[] = [];
    const first = asRequest(1, () => queue.run(async () => {
      order.push('first');
      // While the first runs, an older request arrives through the event loop (as a socket read would).
      setImmediate(() => void asRequest(0, () => queue.run(async () => void order.push('arrived meanwhile'))));
    }));
    const later = asRequest(5, () => queue.run(async () => void order.push('queued earlier, younger')));
    await Promise.all([first, later]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(order, ['first', 'arrived meanwhile', 'queued earlier, younger']);
  });

  it('passes a failure to its own caller and goes on with the next job', async () => {
    const queue = new FairQueue();
    const failing = queue.run(async () => {
      throw new Error('broken statement');
    });
    const next = queue.run(async () => 'still served');
    await assert.rejects(failing, /broken statement/);
    assert.equal(await next, 'still served');
    assert.equal(queue.waiting, 0);
  });
});
