import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findContactDetails } from '../../../src/core/mentor/contact-details.js';

describe('findContactDetails', () => {
  it('finds email addresses, phone numbers and web addresses, in order', () => {
    const found = findContactDetails('Write to amara.okafor@example.org or call +1 (416) 555-0199; my CV is at www.example.org/cv and linkedin.com/in/amara.');
    assert.deepEqual(found, [
      { kind: 'email', text: 'amara.okafor@example.org' },
      { kind: 'phone', text: '+1 (416) 555-0199' },
      { kind: 'url', text: 'www.example.org/cv' },
      { kind: 'url', text: 'linkedin.com/in/amara' },
    ]);
  });

  it('leaves years, dates, scores and ordinary sentences alone', () => {
    assert.deepEqual(findContactDetails('I trained 2012-2016 in Lagos, passed IELTS 7.5 on 2024-03-01, and worked 10 years on a 40-bed ward. Thanks.'), []);
    assert.deepEqual(findContactDetails('Hello, could you tell me how you got your licence recognised?'), []);
  });

  it('does not count the domain of an email address again as a web address', () => {
    assert.deepEqual(findContactDetails('me@mail.com'), [{ kind: 'email', text: 'me@mail.com' }]);
  });
});
