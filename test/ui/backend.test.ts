import { expect } from '@open-wc/testing';
import { createClient } from '../../src/api/client.js';
import { TokenResponse } from '../../src/api/identity.js';
import { Me } from '../../src/generated/contract.js';
import { DEMO_PUBLISHABLE_KEY, endpoint, signIn } from '../support/browser.js';

/** The widget tests run against the real reference server; these prove the wiring. */
describe('reference backend behind the browser tests', () => {
  it('reads as the demo organisation with its publishable key', async () => {
    const me = await createClient({ endpoint, publishableKey: DEMO_PUBLISHABLE_KEY }).request({ path: '/me', response: Me });
    expect(me.organisation.id).to.equal('demo');
    expect(me.user).to.equal(null);
  });

  it('acts for a user with a token minted by the host backend', async () => {
    const { token } = TokenResponse.parse(await signIn('mentee', 'backend-test-mentee'));
    const me = await createClient({ endpoint, userToken: token }).request({ path: '/me', response: Me });
    expect(me.user?.externalId).to.equal('backend-test-mentee');
    expect(me.user?.role).to.equal('mentee');
    expect(me.keyKind).to.equal('user-token');
  });
});
