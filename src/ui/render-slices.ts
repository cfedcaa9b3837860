/**
 * Keeps Bridgeway's updates from joining into one long task on the host page. Elements that
 * update in the same task (four elements upgraded by one script, several elements answered by
 * one shared read) used to render back to back, and the page could not answer a click until
 * all were done. Updates now run one after another, and once the updates of the current task
 * have taken `SLICE_MS`, the next one waits for a new task, so the browser can handle input
 * and paint in between. A lone update never waits: it runs where Lit would have run it.
 */

/** How long the updates of one task may run before the next waits for a new task. */
export const SLICE_MS = 30;

/** Yields one task, without setTimeout's clamping (and without waiting for a frame). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** When the current task's first Bridgeway update started; undefined once a new task began. */
let sliceStarted: number | undefined;
let queue: Promise<void> = Promise.resolve();

function startSlice(): void {
  if (sliceStarted !== undefined) return;
  sliceStarted = performance.now();
  void nextTask().then(() => (sliceStarted = undefined));
}

/**
 * Runs `update` after the updates queued before it, in this task while its slice has time
 * left, otherwise at the start of a new task. Never rejects (an update reports its own errors).
 */
export function inRenderSlice(update: () => void): Promise<void> {
  const turn = queue.then(async () => {
    if (sliceStarted !== undefined && performance.now() - sliceStarted >= SLICE_MS) await nextTask();
    startSlice();
    update();
  });
  queue = turn.catch(() => undefined);
  return queue;
}
