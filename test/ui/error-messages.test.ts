import { expect } from '@open-wc/testing';
import { errorMessage, errorMessagesSettled, loadErrorMessages } from '../../src/ui/errors.js';

// Each test file runs in a page of its own, so the failure messages have not loaded yet here.
describe('failure messages (loaded with the first failure)', () => {
  it("says the unexpected failure's words until the messages have loaded, then each failure's own", async () => {
    expect(errorMessagesSettled()).to.equal(false);
    expect(errorMessage('config')).to.contain('Something went wrong');
    await loadErrorMessages();
    expect(errorMessagesSettled()).to.equal(true);
    expect(errorMessage('config')).to.contain("tell the site's owner");
    expect(errorMessage('network', 'mentoring')).to.contain('mentoring service is not answering');
    expect(errorMessage('unexpected')).to.contain('Something went wrong');
  });
});
