/**
 * Windowing for a long list inside a scroll container: renders only the items in view
 * plus a buffer, and pads the list above and below with the height of the rest (padding,
 * not spacer elements, so that a `role=list` holds only list items). Heights start at an
 * estimate and are measured with a ResizeObserver as items render. The item that holds
 * keyboard focus stays rendered while it is near the window, so Tab never loses focus.
 *
 * Usage: `ref(win.scroller)` on the scroll container, `data-index` on every item, and
 * `win.range(count)` in render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface WindowOptions {
  /** Estimated height of an item in px, until it is measured. */
  estimate: number;
  /** Items rendered beyond each edge of the view. Default 4. */
  buffer?: number;
  /** Called when the window comes within `nearEnd` items of the end (load the next page). */
  onNearEnd?: () => void;
  nearEnd?: number;
}

export interface WindowRange {
  start: number;
  end: number;
  /** Padding above and below the rendered items, in px. */
  before: number;
  after: number;
}

export class VirtualWindow implements ReactiveController {
  private heights: number[] = [];
  private element?: HTMLElement;
  private top = 0;
  private height = 600;
  private focused = -1;
  private frame = 0;
  private last?: WindowRange;
  /** The count of the last range() (the rendered list). */
  private count?: number;
  private readonly observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: WindowOptions,
  ) {
    host.addController(this);
    if (typeof ResizeObserver !== 'undefined') {
      this.observer = new ResizeObserver((entries) => {
        let changed = false;
        for (const entry of entries) {
          const target = entry.target as HTMLElement;
          if (target === this.element) {
            changed = true;
            continue;
          }
          const index = Number(target.dataset.index);
          const size = Math.round(entry.borderBoxSize?.[0]?.blockSize ?? target.offsetHeight);
          if (Number.isInteger(index) && size > 0 && this.heights[index] !== size) {
            this.heights[index] = size;
            changed = true;
          }
        }
        // Render in the next frame: an update in this one would re-trigger the observer (a loop error).
        if (changed) this.schedule();
      });
    }
  }

  /** A ref callback for the scroll container. */
  scroller = (element?: Element): void => {
    if (element === this.element) return;
    if (this.element) {
      this.element.removeEventListener('scroll', this.onScroll);
      this.element.removeEventListener('focusin', this.onFocus);
      this.observer?.unobserve(this.element);
    }
    this.element = element as HTMLElement | undefined;
    if (this.element) {
      this.element.addEventListener('scroll', this.onScroll, { passive: true });
      this.element.addEventListener('focusin', this.onFocus);
      this.observer?.observe(this.element);
      this.top = this.element.scrollTop;
    }
  };

  /** Forgets measured heights and scrolls to the top (a new result set). */
  reset(): void {
    this.heights = [];
    this.focused = -1;
    this.top = 0;
    if (this.element) this.element.scrollTop = 0;
  }

  hostUpdated(): void {
    if (!this.element || !this.observer) return;
    for (const item of this.element.querySelectorAll<HTMLElement>('[data-index]')) this.observer.observe(item);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.scroller(undefined);
  }

  private size(index: number): number {
    return this.heights[index] ?? this.options.estimate;
  }

  /** The items to render for a list of `count`. */
  range(count: number): WindowRange {
    const range = this.compute(count);
    this.last = range;
    this.count = count;
    if (this.options.onNearEnd && count > 0 && range.end >= count - (this.options.nearEnd ?? 10)) queueMicrotask(this.options.onNearEnd);
    return range;
  }

  private compute(count: number): WindowRange {
    const buffer = this.options.buffer ?? 4;
    let offset = 0;
    let first = count;
    let last = count;
    for (let i = 0; i < count; i++) {
      const next = offset + this.size(i);
      if (first === count && next > this.top) first = i;
      if (offset >= this.top + this.height) {
        last = i;
        break;
      }
      offset = next;
    }
    let start = Math.max(0, first - buffer);
    let end = Math.min(count, last + buffer);
    // Keep the focused item rendered while it is near (focus would fall to the page otherwise).
    if (this.focused >= 0 && this.focused < count) {
      if (this.focused < start && start - this.focused <= 50) start = this.focused;
      if (this.focused >= end && this.focused - end < 50) end = this.focused + 1;
    }
    let before = 0;
    let after = 0;
    for (let i = 0; i < count; i++) {
      if (i < start) before += this.size(i);
      else if (i >= end) after += this.size(i);
    }
    return { start, end, before, after };
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.element) {
        this.top = this.element.scrollTop;
        this.height = this.element.clientHeight || this.height;
      }
      // Measured heights that leave the window and its padding as they are need no render
      // (the first measure of the cards usually does): skip the second render and layout.
      const last = this.last;
      if (last && this.count !== undefined) {
        const next = this.compute(this.count);
        if (next.start === last.start && next.end === last.end && next.before === last.before && next.after === last.after) return;
      }
      this.host.requestUpdate();
    });
  }

  private onScroll = (): void => this.schedule();

  private onFocus = (event: FocusEvent): void => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    this.focused = item ? Number(item.dataset.index) : -1;
  };

  /** The last range computed (for tests and debugging). */
  get current(): WindowRange | undefined {
    return this.last;
  }
}
