/**
 * Where a part of an element loaded on demand goes (the finder's desks, the mentor profile's
 * reflection log): its code comes through LazyPart, and the part (a reactive controller) is
 * created once its code is here. A chunk that fails to load shows the error state with "Try
 * again" in the part's place, and a button that needs the part tries the chunk again.
 */
import type { ReactiveController } from 'lit';
import { LazyPart } from './lazy.js';
import type { LoaderHost } from './loader.js';
import type { LocaleArea } from './localization.js';
import { renderLoading } from './states.js';

export class LazySlot<M, D extends ReactiveController, H extends LoaderHost> {
  /** The part's code; `importer` is replaceable (tests simulate a failed chunk). */
  readonly part: LazyPart<M>;
  private current?: D;

  constructor(
    private readonly host: H,
    importer: () => Promise<M>,
    private readonly create: (module: M, host: H) => D,
    /** The part's own translations, fetched with its code. */
    area?: LocaleArea | readonly LocaleArea[],
  ) {
    this.part = new LazyPart(host, importer, area);
  }

  /** The part, once created. */
  get desk(): D | undefined {
    return this.current;
  }

  /** Starts loading the code the first time, and creates the part once it is here. Call during the host's update. */
  prepare(): void {
    if (this.current) return;
    if (this.part.status === 'ready' && this.part.module) this.current = this.create(this.part.module, this.host);
    else if (this.part.status === 'idle') void this.part.load();
  }

  /** The part, loading its code first when needed (again after a failure); undefined when the code did not arrive (reported, and the error state shows). */
  async open(): Promise<D | undefined> {
    const module = await this.part.load();
    if (!module) return undefined;
    return (this.current ??= this.create(module, this.host));
  }

  /** Another user or endpoint: the next part starts afresh. */
  drop(): void {
    if (this.current) this.host.removeController(this.current);
    this.current = undefined;
  }

  /** The part's view; `whileLoading` until it is there, the error state with "Try again" when its code did not arrive. */
  render(view: (desk: D) => unknown, whileLoading: () => unknown = () => renderLoading()): unknown {
    if (this.current) return view(this.current);
    return this.part.status === 'error' ? this.part.render(whileLoading) : whileLoading();
  }
}
