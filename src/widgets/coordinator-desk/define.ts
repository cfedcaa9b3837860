import { BridgewayCoordinatorDesk } from './coordinator-desk.js';
import { defineElement } from '../../ui/register.js';

defineElement('bw-coordinator-desk', BridgewayCoordinatorDesk);

declare global {
  interface HTMLElementTagNameMap {
    'bw-coordinator-desk': BridgewayCoordinatorDesk;
  }
}
