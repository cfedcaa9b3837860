/**
 * A part of a widget that is loaded with `import()` the first time it is needed (a view a
 * person reaches only by an action), so the element's first download holds only what its
 * first view needs. While the chunk loads, `render()` shows the loading state; a chunk
 * that fails to load ends in the error state with a "Try again" button (and `bw-error`),
 * never in an uncaught rejection. A lazy part may bring its own translations area, which is
 * fetched together with the code so the view does not show in English first, and its own
 * styles: a part's module that exports `partStyles` has them adopted into its host's shadow
 * root before the part first renders, so the element's first download does not carry CSS for
 * views it has not shown yet (use `@layer bw.component`, the element's own layer).
 */
import type { CSSResult } from 'lit';
import { ApiError } from '../api/errors.js';
import { loadErrorMessages } from './errors.js';
import { activeLocale, registerLocaleArea, SOURCE_LOCALE, type LocaleArea } from './localization.js';
import type { OnceImporter } from './import-once.js';
import type { LoaderHost } from './loader.js';
import { awaitedByHost, loadAnswered } from './render-slices.js';
import { renderError, renderLoading } from './states.js';

/** What a lazily loaded module may export: the styles of the views it renders. */
export interface PartStyles {
  partStyles?: CSSResult | readonly CSSResult[];
}

/** Adds a part's styles to the host's shadow root, after the element's own (each sheet once), in one write of `adoptedStyleSheets`. */
function adoptPartStyles(host: object, module: unknown): void {
  const styles = (module as PartStyles | undefined)?.partStyles;
  const root = (host as { renderRoot?: unknown }).renderRoot;
  if (!styles || !(root instanceof ShadowRoot)) return;
  const adopted = root.adoptedStyleSheets;
  const added: CSSStyleSheet[] = [];
  for (const style of ([] as CSSResult[]).concat(styles)) {
    // `styleSheet` is undefined where shadow roots cannot adopt sheets: Lit uses <style> elements there, and so do we.
    const sheet = style.styleSheet;
    if (!sheet) root.append(Object.assign(document.createElement('style'), { textContent: style.cssText }));
    else if (!adopted.includes(sheet) && !added.includes(sheet)) added.push(sheet);
  }
  if (added.length) root.adoptedStyleSheets = [...adopted, ...added];
}

export class LazyPart<M> {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** The loaded module, once `status` is `ready`. */
  module?: M;
  private pending?: Promise<M>;
  /** The translations areas fetched with the code. */
  private readonly areas: readonly LocaleArea[];

  constructor(
    private readonly host: LoaderHost,
    /** `() => import('./part.js')`; replaceable (tests simulate a failed chunk). */
    public importer: () => Promise<M>,
    /** The part's own translations (`loaders` of a generated area, or of several), when it has any. */
    area?: LocaleArea | readonly LocaleArea[],
  ) {
    this.areas = area ? ([] as LocaleArea[]).concat(area) : [];
    awaitedByHost(host, this);
  }

  /** Loads the part (once; again after a failure). Resolves to the module, or undefined when it failed (then reported). Never rejects. */
  load(): Promise<M | undefined> {
    return this.reported(this.require());
  }

  /**
   * Loads the part, rejecting with a `network` ApiError when the chunk did not arrive (not
   * reported: for use inside a loader, whose error state then offers the retry).
   */
  require(): Promise<M> {
    return this.start(true);
  }

  private reported(loading: Promise<M>): Promise<M | undefined> {
    return loading.catch((error: unknown) => {
      this.host.reportError?.(error, 'load');
      return undefined;
    });
  }

  /** `update`: ask the host for an update (a view may show a part's loading differently from its idle state). */
  private start(update: boolean): Promise<M> {
    if (this.status === 'ready') return Promise.resolve(this.module as M);
    if (this.pending) return this.pending;
    this.status = 'loading';
    if (update) this.host.requestUpdate();
    const locale = activeLocale();
    const translations = locale === SOURCE_LOCALE ? [] : this.areas.map((area) => area[locale as keyof LocaleArea]().catch(() => undefined));
    const pending = Promise.all([this.importer(), ...translations]).then(
      ([module]) => {
        this.areas.forEach((area) => registerLocaleArea(area));
        return this.ready(module);
      },
      async (error: unknown) => {
        // The error state says why in the failure's own words, which load on first use (src/ui/errors.ts).
        await loadErrorMessages();
        this.status = 'error';
        // A chunk that did not arrive is a network failure as far as the person is concerned.
        throw new ApiError('network', `A part of this element could not be loaded: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      },
    );
    this.pending = pending;
    const settle = () => {
      this.pending = undefined;
      loadAnswered(this.host);
    };
    pending.then(settle, settle);
    return pending;
  }

  private ready(module: M): M {
    adoptPartStyles(this.host, module);
    this.module = module;
    this.status = 'ready';
    return module;
  }

  /**
   * The module at once when the page has it already: a part whose importer comes from `importOnce`
   * and has loaded (for another element of the page, or this one before it was put back) is ready in
   * the same turn, not a task later when `import()` settles, so an element can start its work in its
   * first update. A part with translations of its own waits for them as usual, and so does one whose
   * importer a test replaced.
   */
  atHand(): M | undefined {
    const loaded = (this.importer as OnceImporter<M>).loaded;
    if (this.status === 'idle' && loaded && this.areas.length === 0) this.ready(loaded);
    return this.module;
  }

  /** Tries the import again after a failure. */
  retry = (): void => {
    void this.load();
  };

  /**
   * Renders with the module when loaded; otherwise starts loading and shows the loading or error state.
   * `loading` is the loading state's label, or a view in the part's shape that holds its place meanwhile.
   */
  render(ready: (module: M) => unknown, loading?: string | (() => unknown)): unknown {
    if (this.status === 'ready') return ready(this.module as M);
    if (this.status === 'error') return renderError('network', this.retry);
    // The render that starts the load shows the loading state already: no update for the status
    // (a part the data's view renders rendered the element once more, for nothing, right after its first view).
    if (this.status === 'idle') queueMicrotask(() => void this.reported(this.start(false)));
    return typeof loading === 'function' ? loading() : renderLoading(loading);
  }
}
