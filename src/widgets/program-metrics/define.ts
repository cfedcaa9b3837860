import { BridgewayProgramMetrics } from './program-metrics.js';
import { defineElement } from '../../ui/register.js';

defineElement('bw-program-metrics', BridgewayProgramMetrics);

declare global {
  interface HTMLElementTagNameMap {
    'bw-program-metrics': BridgewayProgramMetrics;
  }
}
