/**
 * One list of the desk, a page at a time and in the order the coordinator chose: its first
 * page (loaded with the others when the desk opens), "Show more" for the next page, a new
 * sort (which loads the first page again in that order), and rows taken off after an action.
 * A next page or a sort that fails keeps the rows shown and says why, with "Try again".
 */
import type { BridgewayClient } from '../../api/client.js';
import type { Page } from '../../api/common.js';
import { errorKind, type BridgewayErrorKind } from '../../ui/errors.js';
import type { FocusAfterUpdate } from '../../ui/focus.js';
import type { DeskHost } from './host.js';

/** What a list asks the server: its sort, and where the page starts. */
export interface DeskQuery<S extends string> {
  sort: S;
  cursor?: string;
  limit: number;
}

export interface DeskListSpec<T, S extends string> {
  /** Names the section (`applications`): its ids and selectors. */
  name: string;
  sorts: readonly S[];
  fetch: (client: BridgewayClient, query: DeskQuery<S>, signal?: AbortSignal) => Promise<Page<T>>;
  idOf: (item: T) => string;
}

export class DeskList<T, S extends string = string> {
  items: T[] = [];
  nextCursor: string | null = null;
  sort: S;
  /** `sorting` while a new order loads; `more` while the next page loads. */
  busy: 'sorting' | 'more' | undefined;
  /** Why the last sort or next page failed, until the next try. */
  failure?: { kind: BridgewayErrorKind; retry: () => void };

  constructor(
    private readonly host: DeskHost,
    private readonly focus: FocusAfterUpdate,
    readonly spec: DeskListSpec<T, S>,
  ) {
    this.sort = spec.sorts[0];
  }

  get name(): string {
    return this.spec.name;
  }

  /** Loads the first page in the current order (with the desk's other lists). Throws as the call does. */
  async first(client: BridgewayClient, signal?: AbortSignal): Promise<void> {
    const page = await this.spec.fetch(client, { sort: this.sort, limit: this.host.pageSize }, signal);
    this.items = page.items;
    this.nextCursor = page.nextCursor;
    this.failure = undefined;
  }

  /** Orders the list by `sort`: its first page again, in that order. */
  resort = async (sort: S): Promise<void> => {
    if (!this.spec.sorts.includes(sort)) return;
    const previous = this.sort;
    this.sort = sort;
    await this.run('sorting', () => this.first(this.host.client), () => (this.sort = previous), () => void this.resort(sort));
  };

  /** The next page, added below; the focus moves to its first row. */
  more = async (): Promise<void> => {
    const cursor = this.nextCursor;
    if (!cursor || this.busy) return;
    const from = this.items.length;
    const loaded = await this.run('more', async () => {
      const page = await this.spec.fetch(this.host.client, { sort: this.sort, cursor, limit: this.host.pageSize });
      this.items = this.items.concat(page.items);
      this.nextCursor = page.nextCursor;
    }, () => undefined, () => void this.more());
    if (loaded) this.focus.focus(`#${this.name} [data-index="${from}"]`);
  };

  /** Takes a row off after an action; the focus goes to the row now in its place, or the one above, or the section's status. */
  remove(id: string): void {
    const index = this.items.findIndex((item) => this.spec.idOf(item) === id);
    if (index < 0) return;
    this.items = this.items.filter((_item, at) => at !== index);
    const next = Math.min(index, this.items.length - 1);
    this.focus.focus(...(next >= 0 ? [`#${this.name} [data-index="${next}"] button`, `#${this.name} [data-index="${next}"]`] : []), `#${this.name}-status`);
  }

  private async run(busy: 'sorting' | 'more', work: () => Promise<void>, undo: () => void, retry: () => void): Promise<boolean> {
    this.busy = busy;
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      await work();
      return true;
    } catch (error) {
      undo();
      this.failure = { kind: errorKind(error), retry };
      this.host.reportError(error, 'load');
      return false;
    } finally {
      this.busy = undefined;
      this.host.requestUpdate();
    }
  }
}
