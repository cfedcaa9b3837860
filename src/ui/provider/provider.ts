import { LitElement, html, css, type TemplateResult } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import type { FetchLike } from '../../api/client.js';
import { configContext, parseTheme, resolveConfig, type BridgewayConfig, type ThemeName } from '../config.js';
import { VERSION } from '../../version.js';

/**
 * Supplies one configuration to every Bridgeway element inside it, so a page sets the
 * endpoint and keys once. An element's own attributes still win over the provider's;
 * the provider wins over `configure()`. Providers nest: an inner one fills in only what
 * it sets and takes the rest from the outer one. It renders its children as they are
 * (`display: contents`).
 *
 * @summary Shares endpoint, keys, locale, theme and fetch with the Bridgeway elements inside it.
 * @tagname bw-provider
 * @slot - The elements (and any other content) that share this configuration.
 */
export class BridgewayProvider extends LitElement {
  static bridgewayVersion = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });
  private readonly outer = new ContextConsumer(this, {
    context: configContext,
    subscribe: true,
    callback: () => this.requestUpdate(),
  });

  // `static properties` rather than decorators, as in BridgewayElement: smaller bundles.
  static override properties = {
    endpoint: {},
    publishableKey: { attribute: 'publishable-key' },
    userToken: { attribute: 'user-token' },
    locale: {},
    theme: { converter: { fromAttribute: parseTheme } },
    fetch: { attribute: false },
  };

  /** Base URL of the backend. */
  declare endpoint?: string;
  /** A publishable key (`pk_...`). */
  declare publishableKey?: string;
  /** A short-lived user token; as a property it may also be a function returning a fresh one. */
  declare userToken?: BridgewayConfig['userToken'];
  /** A language tag for the elements inside (mapped to the closest supported locale). */
  declare locale?: string;
  /** `light`, `dark`, `high-contrast` or `auto`. */
  declare theme?: ThemeName;
  /** A fetch to use instead of the global one, e.g. to add credentials. Property only. */
  declare fetch?: FetchLike;

  override connectedCallback(): void {
    // Publish before the children connect, so their first request already uses this configuration.
    this.publish();
    super.connectedCallback();
  }

  protected override willUpdate(): void {
    this.publish();
  }

  private publish(): void {
    const own: BridgewayConfig = {
      endpoint: this.endpoint,
      publishableKey: this.publishableKey,
      userToken: this.userToken,
      locale: this.locale,
      theme: this.theme,
      fetch: this.fetch,
    };
    const next = resolveConfig(own, this.outer.value);
    const previous = this.provider.value ?? {};
    const changed = Object.keys({ ...next, ...previous }).some(
      (key) => next[key as keyof BridgewayConfig] !== previous[key as keyof BridgewayConfig],
    );
    if (changed) this.provider.setValue(next);
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
