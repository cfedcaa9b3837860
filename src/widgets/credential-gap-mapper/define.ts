/** Registers `<bw-credential-gap-mapper>`. */
import { defineElement } from '../../ui/register.js';
import { BridgewayCredentialGapMapper } from './credential-gap-mapper.js';

defineElement('bw-credential-gap-mapper', BridgewayCredentialGapMapper);

declare global {
  interface HTMLElementTagNameMap {
    'bw-credential-gap-mapper': BridgewayCredentialGapMapper;
  }
}
