import { BridgewayNarrativeBuilder } from './narrative-builder.js';
import { defineElement } from '../../ui/register.js';

defineElement('bw-narrative-builder', BridgewayNarrativeBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'bw-narrative-builder': BridgewayNarrativeBuilder;
  }
}
