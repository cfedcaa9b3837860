import { BridgewayMentorProfile } from './mentor-profile.js';
import { defineElement } from '../../ui/register.js';

defineElement('bw-mentor-profile', BridgewayMentorProfile);

declare global {
  interface HTMLElementTagNameMap {
    'bw-mentor-profile': BridgewayMentorProfile;
  }
}
