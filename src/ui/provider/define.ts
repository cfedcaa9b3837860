import { BridgewayProvider } from './provider.js';
import { defineElement } from '../register.js';

defineElement('bw-provider', BridgewayProvider);

declare global {
  interface HTMLElementTagNameMap {
    'bw-provider': BridgewayProvider;
  }
}
