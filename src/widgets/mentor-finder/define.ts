import { BridgewayMentorFinder } from './mentor-finder.js';
import { defineElement } from '../../ui/register.js';

defineElement('bw-mentor-finder', BridgewayMentorFinder);

declare global {
  interface HTMLElementTagNameMap {
    'bw-mentor-finder': BridgewayMentorFinder;
  }
}
