import { html, type CSSResultGroup, type PropertyValues } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { createClient, type BridgewayClient } from '../api/client.js';
import { pageReads } from '../api/shared-reads.js';
import { getConfiguration, onConfigure, resolveConfig, DEFAULT_THEME, type BridgewayConfig, type ThemeName } from './config.js';
import { ConfigConsumer } from './config-consumer.js';
import { ConfiguredElement } from './configured-element.js';
import { watchLang } from './lang-watcher.js';
import { activeLocale, closestLocale, directionOf, nearestLang, registerLocaleArea, requestLocale, SOURCE_LOCALE, type LocaleArea, type SupportedLocale } from './localization.js';
import { themeStyles } from './theme.js';
import { buttonStyles } from './blocks.js';
import { renderError, stateStyles } from './states.js';
import { ConfigurationError, errorMessagesPending, loadErrorMessages, preloadErrorMessages, updateWhenErrorMessagesLoad, toErrorDetail, type BridgewayErrorDetail } from './errors.js';
import { Loader, type LoaderOptions } from './loader.js';
import { heldUpdate, inRenderSlice } from './render-slices.js';

/**
 * Built outside the class so the custom-elements manifest analyser, which reads
 * `dispatchEvent(new CustomEvent(...))` in a class as an event of that class, does not list
 * `emit`'s parameter as an event named "type". Each element's events are in its JSDoc (`@fires`).
 */
function bridgewayEvent(type: string, detail: unknown, cancelable: boolean): CustomEvent {
  return new CustomEvent(type, { bubbles: true, composed: true, cancelable, detail });
}

/** The `detail` type of an event declared in `HTMLElementEventMap` as a `CustomEvent`. */
export type EventDetail<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * The base every Bridgeway widget extends. It resolves configuration (own attribute or
 * property > nearest `<bw-provider>` > `configure()` > defaults), gives the widget a
 * memoised API `client`, the resolved `resolvedLocale` (what src/ui/format.ts formats in:
 * an element that formats offers `formatters`, `formattersFor(this.resolvedLocale)`, so that one
 * that does not carries none of them) and `resolvedTheme`, a `createLoader()` for data with loading / empty / error states, and
 * guarantees that nothing thrown while loading or rendering reaches the host page:
 * the element shows its error state and fires `bw-error` instead.
 *
 * Subclasses implement `renderContent()` (not `render()`), and add their styles after
 * `BridgewayElement.styles`.
 *
 * @fires bw-error - when loading or rendering failed; `detail` is a `BridgewayErrorDetail` (`kind`, `phase`, `message`, `status`, `retryable`, `error`).
 * @csspart base - the element's root box inside the shadow root (carries `lang`, `dir`, `data-theme`).
 * @csspart state - the loading, empty and error views (also `state-loading`, `state-empty`, `state-error`).
 * @csspart error - the error message.
 * @csspart retry - the "Try again" button.
 * @csspart badge - status badges (also `badge-success`, `badge-warning`, `badge-danger`, `badge-neutral`).
 * @cssprop --bw-font-family - the font; inherited from the page when unset.
 * @cssprop --bw-color-primary - the brand colour (buttons, links, names) in the light theme; the other themes derive theirs from it. Kept at 4.5:1 on the surfaces.
 * @cssprop --bw-color-on-primary - text on the brand colour in the light theme.
 * @cssprop --bw-color-primary-dark - the brand colour in the dark theme (default: derived from --bw-color-primary).
 * @cssprop --bw-color-on-primary-dark - text on it in the dark theme.
 * @cssprop --bw-color-primary-high-contrast - the brand colour in the high-contrast theme (default: derived from --bw-color-primary; kept at 7:1).
 * @cssprop --bw-color-on-primary-high-contrast - text on it in the high-contrast theme.
 * @cssprop --bw-color-surface - the background.
 * @cssprop --bw-color-surface-muted - subdued backgrounds.
 * @cssprop --bw-color-on-surface - text.
 * @cssprop --bw-color-on-surface-muted - secondary text (hints).
 * @cssprop --bw-color-border - borders of inputs and cards.
 * @cssprop --bw-color-success - "met" and success states.
 * @cssprop --bw-color-warning - "partly met" and warning states.
 * @cssprop --bw-color-danger - "gap", errors.
 * @cssprop --bw-focus-ring - the focus outline colour.
 * @cssprop --bw-focus-width - the focus outline width.
 * @cssprop --bw-radius - corner radius of boxes and buttons.
 * @cssprop --bw-space-1 - spacing scale (also --bw-space-2, -3, -4, -6, -8).
 * @cssprop --bw-font-size-md - body text size (also --bw-font-size-sm, -lg, -xl).
 * @cssprop --bw-motion-duration - transition duration (0 under prefers-reduced-motion).
 */
export class BridgewayElement extends ConfiguredElement {
  // What @localized() does (re-render when the locale changes), without a decorator helper.
  static {
    this.addInitializer(updateWhenLocaleChanges);
  }

  /**
   * The element's own translations (`loaders` from `src/generated/locales/<area>/`),
   * loaded with the locale only when an element of this class is on the page.
   */
  static localeArea?: LocaleArea;

  /**
   * What every element shows: the theme, and the loading, empty and error states (with the
   * button of "Try again"). An element adds the block styles it uses (src/ui/blocks.ts) and its own.
   */
  static override styles: CSSResultGroup = [themeStyles, buttonStyles, stateStyles];

  /** The nearest `<bw-provider>`'s configuration; a change re-renders the element. */
  private readonly providerContext = new ConfigConsumer(this);

  private failure?: BridgewayErrorDetail;
  private cachedClient?: { key: readonly unknown[]; client: BridgewayClient };
  private requestedLocale?: string;
  private stopConfigure?: () => void;

  override connectedCallback(): void {
    registerLocaleArea((this.constructor as typeof BridgewayElement).localeArea);
    super.connectedCallback();
    this.stopConfigure = onConfigure(() => this.requestUpdate());
    watchLang(this, true);
    preloadErrorMessages();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopConfigure?.();
    watchLang(this, false);
  }

  /** The configuration in effect: own attributes > provider > configure(). */
  get config(): BridgewayConfig {
    return resolveConfig(this.ownConfig, this.providerContext.value, getConfiguration());
  }

  /** The supported locale this element uses for formatting (and asks translations for). */
  get resolvedLocale(): SupportedLocale {
    return closestLocale(this.config.locale || nearestLang(this) || SOURCE_LOCALE);
  }

  /** The theme in effect (`auto` unless set). */
  get resolvedTheme(): ThemeName {
    return this.config.theme ?? DEFAULT_THEME;
  }

  /**
   * The API client for the configuration in effect, rebuilt only when the endpoint,
   * credentials, fetch or locale change. Throws a ConfigurationError without an endpoint
   * (a loader shows it as the `config` error state).
   */
  get client(): BridgewayClient {
    const config = this.config;
    if (!config.endpoint) {
      throw new ConfigurationError(
        `<${this.localName}> has no endpoint: set its endpoint attribute, wrap it in <bw-provider endpoint="...">, or call configure({ endpoint }).`,
      );
    }
    const locale = this.resolvedLocale;
    const key = [config.endpoint, config.publishableKey, config.userToken, config.fetch, locale] as const;
    const cached = this.cachedClient;
    if (cached && cached.key.every((item, index) => Object.is(item, key[index]))) return cached.client;
    const client = createClient({
      endpoint: config.endpoint,
      publishableKey: config.publishableKey,
      userToken: config.userToken,
      fetch: config.fetch,
      locale,
      // Elements of one page share identical reads (credentials, language and fetch are part of what is identical).
      sharedReads: pageReads,
    });
    this.cachedClient = { key, client };
    return client;
  }

  /**
   * Creates a data loader bound to this element. Call it in a field initialiser:
   *
   * ```ts
   * private occupations = this.createLoader({
   *   args: () => [this.client, this.query] as const,
   *   load: ([client, q], signal) => client.request({ path: '/occupations', query: { q }, response: OccupationPage, signal }),
   * });
   * protected override renderContent() {
   *   return this.occupations.render({ ready: (page) => html`...` });
   * }
   * ```
   */
  protected createLoader<T, A extends readonly unknown[]>(options: LoaderOptions<T, A>): Loader<T, A> {
    return new Loader<T, A>(this, options);
  }

  /**
   * Fires a `bw-*` event declared in `HTMLElementEventMap`, bubbling and composed, with its
   * typed `detail`. Returns false when a listener called `preventDefault()` on a cancelable one.
   */
  emit<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(bridgewayEvent(type, detail, options.cancelable ?? false));
  }

  /**
   * Reports a failure: fires `bw-error` (bubbling, composed) with a typed detail.
   * Loaders call it; widgets call it for failures of their own (a failed save).
   */
  reportError(error: unknown, phase: BridgewayErrorDetail['phase']): BridgewayErrorDetail {
    const detail = toErrorDetail(error, phase);
    if (detail.kind === 'unexpected') console.error(`[bridgeway] <${this.localName}> failed while ${phase === 'load' ? 'loading' : 'rendering'}:`, error);
    // A listener that throws cannot break the element: dispatchEvent reports it to the page, never to us.
    this.emit('bw-error', detail);
    return detail;
  }

  /** Clears a rendering failure and renders again. Widgets may extend it to reload. */
  retry(): void {
    this.failure = undefined;
    this.requestUpdate();
  }

  /**
   * Updates of several elements in one task take turns (src/ui/render-slices.ts): past a
   * short slice, the next waits for a new task, so the host page never gets one long task.
   * An update asked for by a load that answered while others are on their way waits for them,
   * at most until the next frame (one render for loads that answer within a frame).
   */
  protected override scheduleUpdate(): Promise<void> {
    const held = heldUpdate(this);
    if (held) return held.then(() => inRenderSlice(() => super.scheduleUpdate()));
    return inRenderSlice(() => super.scheduleUpdate());
  }

  /** Any error thrown while updating (willUpdate, controllers, render, updated) ends in the error state. */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      const alreadyFailed = this.failure !== undefined;
      this.failure = this.reportError(error, 'render');
      if (!alreadyFailed) this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const locale = this.resolvedLocale;
    if (locale !== this.requestedLocale) {
      this.requestedLocale = locale;
      if (locale !== activeLocale()) void requestLocale(locale);
    }
  }

  /** The widget's content. Subclasses override this instead of `render()`. */
  protected renderContent(): unknown {
    return html`<slot></slot>`;
  }

  private renderFailure(): unknown {
    return renderError(this.failure?.kind ?? 'unexpected', () => this.retry());
  }

  /**
   * While the failure messages are on their way (src/ui/errors.ts), a failure may show the
   * fallback words: the update counts as complete once it shows the failure's own.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!errorMessagesPending()) return complete;
    await loadErrorMessages();
    return this.updateComplete;
  }

  protected override render(): unknown {
    let content: unknown;
    if (this.failure) {
      content = this.renderFailure();
    } else {
      try {
        content = this.renderContent();
      } catch (error) {
        this.failure = this.reportError(error, 'render');
        content = this.renderFailure();
      }
    }
    if (this.failure) updateWhenErrorMessagesLoad(() => this.requestUpdate());
    // lang and dir follow the language actually shown (one per page with @lit/localize).
    const shown = activeLocale();
    return html`<div class="bw-root" part="base" lang=${shown} dir=${directionOf(shown)} data-theme=${this.resolvedTheme}>${content}</div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bw-error': CustomEvent<BridgewayErrorDetail>;
  }
}
