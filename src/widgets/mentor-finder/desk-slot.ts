/**
 * Where one desk of the finder goes (the mentee's dialog and requests, or mentor mode):
 * its code is loaded on demand through LazyPart, and the desk is created once per signed-in
 * session. A chunk that fails to load shows the error state with "Try again" in the desk's
 * place, and a button that needs the desk tries the chunk again.
 */
import type { ReactiveController } from 'lit';
import { LazyPart } from '../../ui/lazy.js';
import { renderLoading } from '../../ui/states.js';
import type { FinderHost } from './host.js';

export class DeskSlot<M, D extends ReactiveController> {
  /** The desk's code; `importer` is replaceable (tests simulate a failed chunk). */
  readonly part: LazyPart<M>;
  private current?: D;

  constructor(
    private readonly host: FinderHost,
    importer: () => Promise<M>,
    private readonly create: (module: M, host: FinderHost) => D,
  ) {
    this.part = new LazyPart(host, importer);
  }

  /** The desk, once created. */
  get desk(): D | undefined {
    return this.current;
  }

  /** Starts loading the code the first time, and creates the desk once it is here. Call during the host's update. */
  prepare(): void {
    if (this.current) return;
    if (this.part.status === 'ready' && this.part.module) this.current = this.create(this.part.module, this.host);
    else if (this.part.status === 'idle') void this.part.load();
  }

  /** The desk, loading its code first when needed (again after a failure); undefined when the code did not arrive (reported, and the error state shows). */
  async open(): Promise<D | undefined> {
    const module = await this.part.load();
    if (!module) return undefined;
    return (this.current ??= this.create(module, this.host));
  }

  /** Another user or endpoint: the next desk starts afresh. */
  drop(): void {
    if (this.current) this.host.removeController(this.current);
    this.current = undefined;
  }

  /** The desk's view; `whileLoading` until it is there, the error state with "Try again" when its code did not arrive. */
  render(view: (desk: D) => unknown, whileLoading: () => unknown = () => renderLoading()): unknown {
    if (this.current) return view(this.current);
    return this.part.status === 'error' ? this.part.render(whileLoading) : whileLoading();
  }
}
