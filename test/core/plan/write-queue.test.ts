import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WriteQueue, type NewWrite } from '../../../src/core/plan/write-queue.js';

const update = (key: string, id: string, title: string, baseVersion = 1): NewWrite => ({
  key,
  entity: `milestone:${id}`,
  kind: 'update',
  method: 'PATCH',
  path: `/milestones/${id}`,
  body: { title },
  baseVersion,
  optimistic: { title },
});

describe('write queue', () => {
  it('sends writes to one milestone in the order they were made, others alongside', () => {
    const queue = new WriteQueue();
    queue.enqueue(update('k1', 'a', 'first'));
    queue.enqueue(update('k2', 'a', 'second'));
    queue.enqueue(update('k3', 'b', 'other'));
    assert.deepEqual(queue.ready().map((w) => w.key), ['k1', 'k3']);
    queue.markSending('k1');
    assert.equal(queue.next()?.key, 'k3');
    queue.ack('k1', { version: 2 });
    assert.equal(queue.next()?.key, 'k2');
    assert.deepEqual(queue.request('k2'), { method: 'PATCH', path: '/milestones/a', body: { title: 'second', version: 2 }, idempotencyKey: 'k2' });
  });

  it('applies queued edits to the local view at once', () => {
    const queue = new WriteQueue();
    queue.enqueue(update('k1', 'a', 'mine'));
    queue.enqueue({ key: 'k2', entity: 'milestone:tmp1', kind: 'create', method: 'POST', path: '/plans/p/milestones', body: { title: 'new' }, localId: 'tmp1', optimistic: { id: 'tmp1', title: 'new' } });
    const view = queue.view({ 'milestone:a': { id: 'a', title: 'server', version: 1 } });
    assert.deepEqual(view, { 'milestone:a': { id: 'a', title: 'mine', version: 1 }, 'milestone:tmp1': { id: 'tmp1', title: 'new' } });
    assert.deepEqual([...queue.unsavedEntities()], ['milestone:a', 'milestone:tmp1']);
  });

  it('keeps a write when sending fails and waits until its retry time', () => {
    const queue = new WriteQueue();
    queue.enqueue(update('k1', 'a', 'x'));
    queue.markSending('k1');
    queue.fail('k1', 'network', 5_000);
    assert.equal(queue.size, 1);
    assert.equal(queue.next(1_000), undefined);
    assert.equal(queue.next(5_000)?.key, 'k1');
    assert.equal(queue.items[0].attempts, 1);
    assert.equal(queue.items[0].lastError, 'network');
  });

  it('on conflict keeps both versions; keep mine re-sends on the server version', () => {
    const queue = new WriteQueue();
    queue.enqueue(update('k1', 'a', 'mine'));
    queue.markSending('k1');
    queue.conflict('k1', { id: 'a', title: 'theirs', version: 5 });
    assert.equal(queue.next(), undefined);
    const [conflict] = queue.conflicts();
    assert.equal(conflict.theirs?.title, 'theirs');
    assert.equal(conflict.body?.title, 'mine');
    queue.resolve('k1', 'mine');
    assert.deepEqual(queue.request('k1')?.body, { title: 'mine', version: 5 });
    assert.equal(queue.next()?.key, 'k1');
  });

  it('on conflict take theirs drops my edit', () => {
    const queue = new WriteQueue();
    queue.enqueue(update('k1', 'a', 'mine'));
    queue.conflict('k1', { id: 'a', title: 'theirs', version: 5 });
    queue.resolve('k1', 'theirs');
    assert.equal(queue.size, 0);
    assert.deepEqual(queue.view({ 'milestone:a': { title: 'theirs' } }), { 'milestone:a': { title: 'theirs' } });
  });

  it('survives serialise and deserialise, resending an interrupted write with the same key', () => {
    const queue = new WriteQueue();
    queue.enqueue(update('k1', 'a', 'one'));
    queue.enqueue(update('k2', 'b', 'two'));
    queue.markSending('k1');
    queue.conflict('k2', { version: 3, title: 'server' });
    const restored = WriteQueue.deserialise(queue.serialise());
    assert.deepEqual(restored.items.map((w) => [w.key, w.state]), [['k1', 'pending'], ['k2', 'conflict']]);
    assert.equal(restored.next()?.key, 'k1');
    assert.equal(restored.conflicts()[0].theirs?.version, 3);
  });

  it('never queues a replayed write twice, before or after it was saved', () => {
    const queue = new WriteQueue();
    assert.equal(queue.enqueue(update('k1', 'a', 'x')), true);
    assert.equal(queue.enqueue(update('k1', 'a', 'x')), false);
    queue.ack('k1', { version: 2 });
    const restored = WriteQueue.deserialise(queue.serialise());
    assert.equal(restored.enqueue(update('k1', 'a', 'x')), false);
    assert.equal(restored.size, 0);
  });

  it('gives a created milestone its server id in the writes queued after it', () => {
    const queue = new WriteQueue();
    queue.enqueue({ key: 'c1', entity: 'milestone:tmp1', after: ['plan:p'], kind: 'create', method: 'POST', path: '/plans/p/milestones', body: { title: 'new' }, localId: 'tmp1', optimistic: { id: 'tmp1' } });
    queue.enqueue(update('u1', 'tmp1', 'renamed', 1));
    queue.enqueue({ key: 'o1', entity: 'plan:p', kind: 'update', method: 'PUT', path: '/plans/p/milestone-order', body: { order: ['x', 'tmp1'] }, baseVersion: 4 });
    assert.deepEqual(queue.ready().map((w) => w.key), ['c1']);
    queue.ack('c1', { id: 'm_real', version: 1 });
    assert.deepEqual(queue.ready().map((w) => w.key), ['u1', 'o1']);
    assert.deepEqual(queue.request('u1'), { method: 'PATCH', path: '/milestones/m_real', body: { title: 'renamed', version: 1 }, idempotencyKey: 'u1' });
    assert.deepEqual(queue.request('o1')?.body, { order: ['x', 'm_real'], version: 4 });
  });

  it('reads unreadable storage as an empty queue and skips malformed writes', () => {
    assert.equal(WriteQueue.deserialise('not json').size, 0);
    assert.equal(WriteQueue.deserialise(null).size, 0);
    assert.equal(WriteQueue.deserialise(JSON.stringify({ format: 'bw-write-queue', v: 1, writes: [{ key: 1 }, { key: 'ok', entity: 'e', path: '/x', method: 'POST', kind: 'create', state: 'pending', attempts: 0 }] })).size, 1);
  });
});
