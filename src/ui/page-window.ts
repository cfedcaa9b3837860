/**
 * Windowing for a long list that scrolls with the host's page (or any scrolling ancestor): only
 * the items within a screen of the viewport are rendered; the list's block padding stands for the
 * height of the rest, so a `role=list` holds only list items, each with its `aria-posinset` and
 * `aria-setsize`. Heights start at the average of those measured (ResizeObserver) and are kept
 * per item once measured. The item that holds keyboard focus stays rendered wherever it is, so
 * focus is never lost to the page. Lists of up to `wholeUpTo` items are rendered whole (find in
 * page and reading straight through work as before).
 *
 * Usage: `data-index` on every item of the list that `listSelector` finds, `range(count)` in render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface WindowRange {
  /** The rendered items: from `start` up to (not including) `end`. */
  start: number;
  end: number;
  /** The list's padding above and below the rendered items, in px. */
  before: number;
  after: number;
}

/** Until anything is measured: about one result card. */
const FIRST_ESTIMATE = 400;

export class PageWindow implements ReactiveController {
  private heights: number[] = [];
  private measured = { sum: 0, count: 0 };
  private list?: HTMLElement | null;
  /** The item with keyboard focus, kept rendered. */
  private focused = -1;
  private frame = 0;
  private last: WindowRange = { start: 0, end: 0, before: 0, after: 0 };
  private count = 0;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly listSelector: string,
    private readonly wholeUpTo = 100,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Capture: a scroll of any ancestor (the page or a host's own scroller) moves the list.
    addEventListener('scroll', this.schedule, { capture: true, passive: true });
    addEventListener('resize', this.schedule, { passive: true });
    this.host.renderRoot.addEventListener('focusin', this.onFocus);
  }

  hostDisconnected(): void {
    removeEventListener('scroll', this.schedule, { capture: true });
    removeEventListener('resize', this.schedule);
    this.host.renderRoot.removeEventListener('focusin', this.onFocus);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.observer?.disconnect();
  }

  hostUpdated(): void {
    const list = (this.list = this.host.renderRoot.querySelector<HTMLElement>(this.listSelector));
    if (!list) return;
    list.style.paddingBlock = `${this.last.before}px ${this.last.after}px`;
    // Observe only the items in the DOM now: an observer keeps the elements it observes alive.
    const observer = (this.observer ??= new ResizeObserver((entries) => this.measure(entries)));
    observer.disconnect();
    for (const item of list.querySelectorAll<HTMLElement>(':scope > [data-index]')) observer.observe(item);
  }

  /** Forgets what was measured and focused (a new set of results). */
  reset(): void {
    this.heights = [];
    this.measured = { sum: 0, count: 0 };
    this.focused = -1;
  }

  /** Keeps item `index` rendered from the next render on, as the focused one is: focus can then move to it. */
  reveal(index: number): void {
    this.focused = index;
  }

  /** The items to render of a list of `count`, for where the list is on screen now. */
  range(count: number): WindowRange {
    this.count = count;
    return (this.last = this.compute(count));
  }

  private size(index: number): number {
    const { sum, count } = this.measured;
    return this.heights[index] ?? (count ? sum / count : FIRST_ESTIMATE);
  }

  private compute(count: number): WindowRange {
    if (count <= this.wholeUpTo) return { start: 0, end: count, before: 0, after: 0 };
    const viewport = innerHeight || 1000;
    // Where the viewport is, in the list's own coordinates, and one screen more on either side.
    const listTop = this.list?.isConnected ? this.list.getBoundingClientRect().top : 0;
    const from = -listTop - viewport;
    const to = -listTop + 2 * viewport;
    let start = -1;
    let end = count;
    let before = 0;
    let offset = 0;
    for (let i = 0; i < count && end === count; i++) {
      const next = offset + this.size(i);
      if (start < 0 && next > from) {
        start = i;
        before = offset;
      }
      if (offset >= to) end = i;
      offset = next;
    }
    if (start < 0) [start, before] = [count, offset];
    let after = 0;
    for (let i = end; i < count; i++) after += this.size(i);
    // The focused card stays in the DOM: the items between it and the window are rendered too.
    if (this.focused >= 0 && this.focused < count) {
      for (; this.focused < start; start--) before -= this.size(start - 1);
      for (; this.focused >= end; end++) after -= this.size(end);
    }
    return { start, end, before: Math.max(0, before), after: Math.max(0, after) };
  }

  private measure(entries: ResizeObserverEntry[]): void {
    let changed = false;
    for (const { target, borderBoxSize } of entries) {
      const index = Number((target as HTMLElement).dataset.index);
      const size = borderBoxSize[0]?.blockSize ?? 0;
      const previous = this.heights[index];
      if (!Number.isInteger(index) || size <= 0 || previous === size) continue;
      if (previous === undefined) this.measured.count++;
      this.measured.sum += size - (previous ?? 0);
      this.heights[index] = size;
      changed = true;
    }
    if (changed) this.schedule();
  }

  /** Renders in the next frame, when the window or its padding would change. */
  private schedule = (): void => {
    if (this.frame || !this.list) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const { start, end, before, after } = this.compute(this.count);
      const last = this.last;
      if (start !== last.start || end !== last.end || Math.abs(before - last.before) >= 1 || Math.abs(after - last.after) >= 1) this.host.requestUpdate();
    });
  };

  private onFocus = (event: Event): void => {
    const item = (event.target as Element).closest<HTMLElement>('[data-index]');
    this.focused = item && item.parentElement === this.list ? Number(item.dataset.index) : -1;
  };
}
