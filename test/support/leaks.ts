/**
 * A probe for what an element leaves running on the page after it is removed: listeners
 * on `window` and `document`, timeouts and intervals not yet run or cleared, and
 * observers still watching nodes of the page. It wraps the global functions while it is
 * installed and records only what is started after `watchGlobals()`; `stop()` restores them.
 *
 * Wait with `pause()` while the probe is installed: it uses the timers saved before any
 * wrapping, so the waiting itself is not counted.
 */

const originalSetTimeout = window.setTimeout.bind(window);

/** Waits `ms` without being seen by a probe. */
export function pause(ms = 0): Promise<void> {
  return new Promise((resolve) => originalSetTimeout(resolve, ms));
}

/**
 * Polls `condition` every 20 ms, without being seen by a probe; rejects with `message` after `timeout` ms
 * (a function gives the message when it fails, to say what the page showed instead).
 */
export async function until(condition: () => unknown, message: string | (() => string), timeout = 8000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms: ${typeof message === 'function' ? message() : message}`);
    await pause(20);
  }
}

interface ListenerRecord {
  target: EventTarget;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
  where: string;
}

export interface GlobalsProbe {
  /** Listeners added to window or document since the probe started and not removed (`window online (at ...)`). */
  listeners(): string[];
  /** Timeouts not yet run or cleared, and intervals not cleared, started since the probe started. */
  timers(): string[];
  /** Observers started since the probe started that still watch a node of the page. */
  observers(): string[];
  /** All three, for one assertion. */
  leftovers(): string[];
  /** Restores the global functions. */
  stop(): void;
}

/** The first line of the stack that is not this file: where a listener or timer was started. */
function caller(): string {
  const lines = (new Error().stack ?? '').split('\n').slice(1);
  const outside = lines.find((line) => !line.includes('/test/support/leaks.'));
  return (outside ?? '').trim().replace(/^at\s+/, '').replace(/\?[^:)]*/, '');
}

const nameOf = (target: EventTarget) => (target === window ? 'window' : 'document');

/** Starts recording. Only one probe at a time. */
export function watchGlobals(): GlobalsProbe {
  const restore: Array<() => void> = [];
  const patch = <T extends object, K extends keyof T>(owner: T, key: K, replacement: T[K]) => {
    const original = owner[key];
    owner[key] = replacement;
    restore.push(() => (owner[key] = original));
  };

  // ---- listeners on window and document (the DOM's own rule: one per target, type, listener, capture)
  const listeners: ListenerRecord[] = [];
  const watched = (target: unknown): target is EventTarget => target === window || target === document;
  const captureOf = (options?: boolean | AddEventListenerOptions | EventListenerOptions) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
  const indexOf = (target: EventTarget, type: string, listener: EventListenerOrEventListenerObject, capture: boolean) =>
    listeners.findIndex((r) => r.target === target && r.type === type && r.listener === listener && r.capture === capture);
  const forget = (target: EventTarget, type: string, listener: EventListenerOrEventListenerObject, capture: boolean) => {
    const index = indexOf(target, type, listener, capture);
    if (index >= 0) listeners.splice(index, 1);
  };
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  patch(EventTarget.prototype, 'addEventListener', function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    add.call(this, type, listener, options);
    if (!watched(this) || !listener) return;
    const capture = captureOf(options);
    if (indexOf(this, type, listener, capture) >= 0) return;
    listeners.push({ target: this, type, listener, capture, where: caller() });
    const settings = typeof options === 'object' ? options : {};
    // A `once` listener removes itself when it runs, and a `signal` removes it on abort.
    if (settings.once) add.call(this, type, () => forget(this, type, listener, capture), { once: true, capture });
    settings.signal?.addEventListener('abort', () => forget(this, type, listener, capture), { once: true });
  });
  patch(EventTarget.prototype, 'removeEventListener', function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    remove.call(this, type, listener, options);
    if (watched(this) && listener) forget(this, type, listener, captureOf(options));
  });

  // ---- timeouts and intervals
  const timers = new Map<number, string>();
  const setTimeoutBefore = window.setTimeout;
  const setIntervalBefore = window.setInterval;
  const clearTimeoutBefore = window.clearTimeout;
  const clearIntervalBefore = window.clearInterval;
  patch(window, 'setTimeout', ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id: number = setTimeoutBefore(
      (...callArgs: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') handler(...callArgs);
      },
      delay,
      ...args,
    );
    timers.set(id, `setTimeout ${delay ?? 0} ms (at ${caller()})`);
    return id;
  }) as typeof window.setTimeout);
  patch(window, 'setInterval', ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = setIntervalBefore(handler, delay, ...args);
    timers.set(id, `setInterval ${delay ?? 0} ms (at ${caller()})`);
    return id;
  }) as typeof window.setInterval);
  patch(window, 'clearTimeout', ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clearTimeoutBefore(id);
  }) as typeof window.clearTimeout);
  patch(window, 'clearInterval', ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clearIntervalBefore(id);
  }) as typeof window.clearInterval);

  // ---- observers (a node inside a removed element is no longer connected: only page nodes count)
  const observed = new Map<object, { kind: string; targets: Node[]; where: string }>();
  for (const kind of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
    const proto = (window[kind] as unknown as { prototype: { observe(target: Node, options?: unknown): void; disconnect(): void; unobserve?(target: Node): void } }).prototype;
    const observe = proto.observe;
    const disconnect = proto.disconnect;
    const unobserve = proto.unobserve;
    patch(proto, 'observe', function (this: object, target: Node, options?: unknown) {
      observe.call(this, target, options);
      const entry = observed.get(this) ?? { kind, targets: [], where: caller() };
      entry.targets.push(target);
      observed.set(this, entry);
    });
    patch(proto, 'disconnect', function (this: object) {
      disconnect.call(this);
      observed.delete(this);
    });
    if (unobserve) {
      patch(proto, 'unobserve', function (this: object, target: Node) {
        unobserve.call(this, target);
        const entry = observed.get(this);
        if (entry) entry.targets = entry.targets.filter((t) => t !== target);
      });
    }
  }

  const probe: GlobalsProbe = {
    listeners: () => listeners.map((r) => `${nameOf(r.target)} ${r.type}${r.capture ? ' (capture)' : ''} (at ${r.where})`),
    timers: () => [...timers.values()],
    observers: () =>
      [...observed.values()]
        .filter((entry) => entry.targets.some((target) => target.isConnected))
        .map((entry) => `${entry.kind} on ${entry.targets.filter((t) => t.isConnected).map((t) => t.nodeName.toLowerCase()).join(', ')} (at ${entry.where})`),
    leftovers: () => [...probe.listeners(), ...probe.timers(), ...probe.observers()],
    stop: () => {
      restore.reverse().forEach((undo) => undo());
      restore.length = 0;
    },
  };
  return probe;
}
