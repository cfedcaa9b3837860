import { NarrativeBuilder } from './narrative-builder.js';
import { defineElement } from '../../ui/register.js';

defineElement('bw-narrative-builder', NarrativeBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'bw-narrative-builder': NarrativeBuilder;
  }
}
