import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextEvent } from '@lit/context';
import { configContext, type BridgewayConfig } from './config.js';

/**
 * The nearest `<bw-provider>`'s configuration, asked for by the context protocol (a
 * `context-request` event, subscribed) that `@lit/context`'s providers answer, so a provider
 * from another copy of the library answers too. What `ContextConsumer` does for a subscriber,
 * without its options: each answer updates the host, and a new provider's answer leaves the old one.
 */
export class ConfigConsumer implements ReactiveController {
  value?: BridgewayConfig;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange?: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.dispatchEvent(
      new ContextEvent(
        configContext,
        this.host,
        (value, unsubscribe) => {
          if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
          this.unsubscribe = unsubscribe;
          this.value = value;
          this.host.requestUpdate();
          this.onChange?.();
        },
        true,
      ),
    );
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
