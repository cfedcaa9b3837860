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

/**
 * Renders an element once when its loads answer within a frame of each other. Each load an
 * element waits for (a Loader, a LazyPart) answers in a task of its own; re-rendering at each
 * answer styled and laid out states nobody saw for more than a frame (the metrics element's four
 * loads). When a load answers while others of the same element are still on their way, the
 * update it asks for waits until they have all answered, or at most until the next frame's
 * animation callbacks, which run before that frame is painted: every frame shows what it would
 * have shown, and the states between are rendered once a frame at most. Only until the element's
 * loads have all answered once (its first view): after that, what a person's action loads shows
 * at once, never a frame late.
 */

/** What an element may wait for: a Loader or a LazyPart. */
interface Awaited {
  readonly status: string;
}

/** Longest hold when no frame comes (a page in the background runs no animation frames). */
const HOLD_FALLBACK_MS = 100;

const awaitedBy = new WeakMap<object, Set<Awaited>>();
const holds = new WeakMap<object, { released: Promise<void>; release(): void }>();
/** Elements whose loads have all answered once: later answers (after a person's action) render at once. */
const firstViewShown = new WeakSet<object>();

/** Counts `source` among what `host` waits for whenever its status is `loading`. */
export function awaitedByHost(host: object, source: Awaited): void {
  let sources = awaitedBy.get(host);
  if (!sources) awaitedBy.set(host, (sources = new Set()));
  sources.add(source);
}

/** One of `host`'s loads has answered: asks for an update, held while its other loads are still on their way (see above). */
export function loadAnswered(host: { requestUpdate(): void }): void {
  const othersLoading = [...(awaitedBy.get(host) ?? [])].some((source) => source.status === 'loading');
  if (!othersLoading) {
    firstViewShown.add(host);
    holds.get(host)?.release();
  } else if (!firstViewShown.has(host) && !holds.has(host)) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      const frame = requestAnimationFrame(() => release());
      const timer = setTimeout(() => release(), HOLD_FALLBACK_MS);
      release = () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        holds.delete(host);
        resolve();
      };
    });
    holds.set(host, { released, release });
  }
  host.requestUpdate();
}

/** The hold on `host`'s next update while its loads are answering; undefined when it may update now. */
export function heldUpdate(host: object): Promise<void> | undefined {
  return holds.get(host)?.released;
}
