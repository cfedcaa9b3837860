import { html, css, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { configContext, resolveConfig, type BridgewayConfig } from '../config.js';
import { ConfigConsumer } from '../config-consumer.js';
import { ConfiguredElement } from '../configured-element.js';

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
export class BridgewayProvider extends ConfiguredElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });
  private readonly outer = new ConfigConsumer(this);

  override connectedCallback(): void {
    // Publish before the children connect, so their first request already uses this configuration.
    this.publish();
    super.connectedCallback();
  }

  protected override willUpdate(): void {
    this.publish();
  }

  private publish(): void {
    const next = resolveConfig(this.ownConfig, this.outer.value);
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
