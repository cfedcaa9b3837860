/**
 * A reactive controller that loads data for an element and renders its states. It
 * (re)loads when its `args` change (compared item by item), cancels the previous load,
 * and turns every failure into the error state instead of an uncaught rejection.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { renderEmpty, renderLoadFailure, renderLoading } from './states.js';
import { errorKind, loadErrorMessages, updateWhenErrorMessagesLoad, type BridgewayErrorDetail, type BridgewayErrorKind } from './errors.js';
import { awaitedByHost, loadAnswered } from './render-slices.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

export interface LoaderOptions<T, A extends readonly unknown[]> {
  /** What the load depends on; a change starts a new load. Read during the host's update. */
  args: () => A;
  /** Loads the data. Pass `signal` on to the client so a superseded load is cancelled. */
  load: (args: A, signal: AbortSignal) => Promise<T>;
  /** When the data counts as empty. Default: null, undefined, `[]`, or `{ items: [] }`. */
  isEmpty?: (value: T) => boolean;
  /** Load automatically when args change. Default true; when false, call `run()`. */
  autoRun?: boolean;
  /**
   * The data at once when it is already at hand (`client.held(...)`: the page's shared reads hold
   * the answer), else undefined: the element then shows it in the update that would have shown
   * its loading state, instead of a loading state first.
   */
  held?: (args: A) => T | undefined;
}

export interface LoaderRenderers<T> {
  ready: (value: T) => unknown;
  loading?: () => unknown;
  empty?: (value: T) => unknown;
  error?: (kind: BridgewayErrorKind, retry: () => void, error: unknown) => unknown;
  idle?: () => unknown;
}

/** What a loader needs from its host beyond a ReactiveControllerHost. */
export interface LoaderHost extends ReactiveControllerHost {
  reportError?(error: unknown, phase: BridgewayErrorDetail['phase']): void;
}

export function defaultIsEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && Array.isArray((value as { items?: unknown }).items)) return (value as { items: unknown[] }).items.length === 0;
  return false;
}

function sameArgs(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return a !== undefined && a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}

export class Loader<T, A extends readonly unknown[] = readonly unknown[]> implements ReactiveController {
  status: LoadStatus = 'idle';
  /** The last data loaded (kept while reloading). */
  value?: T;
  /** The last failure, while `status` is `error`. */
  error?: unknown;

  private lastArgs?: A;
  private controller?: AbortController;
  private runId = 0;
  private settled?: Promise<void>;
  /** A load was cancelled by the host's removal. */
  private interrupted = false;

  constructor(
    private readonly host: LoaderHost,
    private readonly options: LoaderOptions<T, A>,
  ) {
    host.addController(this);
    awaitedByHost(host, this);
  }

  /** The kind of the current failure, for messages. */
  get errorKind(): BridgewayErrorKind | undefined {
    return this.status === 'error' ? errorKind(this.error) : undefined;
  }

  /** Resolves when the current load has settled (for tests and for chaining). */
  get complete(): Promise<void> {
    return this.settled ?? Promise.resolve();
  }

  hostUpdate(): void {
    if (this.options.autoRun === false) return;
    // An update that runs after the element left the page (updates can wait their turn, src/ui/render-slices.ts)
    // starts nothing that removal would have cancelled: putting the element back loads.
    if ((this.host as Partial<Element>).isConnected === false) {
      this.interrupted = true;
      return;
    }
    let args: A;
    try {
      args = this.options.args();
    } catch (error) {
      if (this.status !== 'error' || this.lastArgs !== undefined) {
        this.lastArgs = undefined;
        this.fail(error, ++this.runId);
      }
      return;
    }
    if (!sameArgs(this.lastArgs, args)) void this.run(args);
  }

  hostDisconnected(): void {
    // Cancel a load in flight; reconnecting loads again.
    if (this.status === 'loading') {
      this.controller?.abort();
      this.lastArgs = undefined;
      this.status = 'idle';
      this.runId++;
      this.interrupted = true;
    }
  }

  hostConnected(): void {
    // Putting an element back does not update it by itself: ask for the update that loads again.
    if (!this.interrupted) return;
    this.interrupted = false;
    if (this.options.autoRun !== false) this.host.requestUpdate();
  }

  /** Loads now (with the current args unless given). Never rejects. */
  run(args?: A): Promise<void> {
    let current: A;
    try {
      current = args ?? this.options.args();
    } catch (error) {
      this.lastArgs = undefined;
      this.fail(error, ++this.runId);
      this.host.requestUpdate();
      return Promise.resolve();
    }
    this.lastArgs = current;
    this.controller?.abort();
    const held = this.heldValue(current);
    if (held !== undefined) {
      this.runId++;
      this.controller = undefined;
      this.settled = undefined;
      this.settle(held);
      this.host.requestUpdate();
      return Promise.resolve();
    }
    const controller = new AbortController();
    this.controller = controller;
    const id = ++this.runId;
    this.status = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    this.settled = (async () => {
      try {
        const value = await this.options.load(current, controller.signal);
        if (id !== this.runId) return;
        this.settle(value);
      } catch (error) {
        if (id !== this.runId) return;
        // The failure is shown with its words: they load with the first one (src/ui/errors.ts).
        await loadErrorMessages();
        if (id !== this.runId) return;
        this.fail(error, id);
      }
      // One update for the loads of this element that answer within a frame (src/ui/render-slices.ts).
      loadAnswered(this.host);
    })();
    return this.settled;
  }

  /** Tries the last load again. */
  retry = (): void => {
    void this.run();
  };

  private heldValue(args: A): T | undefined {
    try {
      return this.options.held?.(args);
    } catch {
      return undefined;
    }
  }

  private settle(value: T): void {
    this.value = value;
    this.error = undefined;
    this.status = (this.options.isEmpty ?? defaultIsEmpty)(value) ? 'empty' : 'ready';
  }

  private fail(error: unknown, id: number): void {
    if (id !== this.runId) return;
    this.status = 'error';
    this.error = error;
    this.host.reportError?.(error, 'load');
  }

  /** Renders the state: `ready` with the data, or the shared loading / empty / error views. */
  render(renderers: LoaderRenderers<T>): unknown {
    switch (this.status) {
      case 'ready':
        return renderers.ready(this.value as T);
      case 'empty':
        return renderers.empty ? renderers.empty(this.value as T) : renderEmpty();
      case 'error': {
        // A failure found while updating (no endpoint) shows before its words load: show it again with them.
        updateWhenErrorMessagesLoad(() => this.host.requestUpdate());
        const kind = errorKind(this.error);
        return renderers.error ? renderers.error(kind, this.retry, this.error) : renderLoadFailure(kind, this.retry);
      }
      case 'loading':
        return renderers.loading ? renderers.loading() : renderLoading();
      default:
        return renderers.idle ? renderers.idle() : renderers.loading ? renderers.loading() : renderLoading();
    }
  }
}
