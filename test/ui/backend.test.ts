import { expect } from '@open-wc/testing';
import { createClient } from '../../src/api/client.js';
import { Me, TokenResponse } from '../../src/api/identity.js';

/** The widget tests run against the real reference server; these prove the wiring. */
describe('reference backend behind the browser tests', () => {
  it('reads as the demo organisation with its publishable key', async () => {
    const me = await createClient({ endpoint: location.origin, publishableKey: 'pk_demo_bridgeway' }).request({ path: '/me', response: Me });
    expect(me.organisation.id).to.equal('demo');
    expect(me.user).to.equal(null);
  });

  it('acts for a user with a token minted by the host backend', async () => {
    const response = await fetch('/test/token', { method: 'POST', body: JSON.stringify({ role: 'mentee', externalId: 'backend-test-mentee' }) });
    const { token } = TokenResponse.parse(await response.json());
    const me = await createClient({ endpoint: location.origin, userToken: token }).request({ path: '/me', response: Me });
    expect(me.user?.externalId).to.equal('backend-test-mentee');
    expect(me.user?.role).to.equal('mentee');
    expect(me.keyKind).to.equal('user-token');
  });
});
