import { BridgewayMilestoneTracker } from './milestone-tracker.js';
import { defineElement } from '../../ui/register.js';

defineElement('bw-milestone-tracker', BridgewayMilestoneTracker);

declare global {
  interface HTMLElementTagNameMap {
    'bw-milestone-tracker': BridgewayMilestoneTracker;
  }
}
