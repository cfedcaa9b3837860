/**
 * Electrical trades facts checked on 2026-12-05 against the regulators’ own pages (SkilledTradesBC,
 * Alberta’s AIT, Energy Safe Victoria), each test naming its source. What no stored page confirmed
 * stays unverified, saying what to check and with whom.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkedUnverified, pathway, requirement, verifiedOn } from '../support/catalogue-facts.js';

describe('electrical trades facts checked on the regulators’ own pages', () => {
  it('SkilledTradesBC: a Trade Qualifier challenges certification with 9,000 employer-verified hours for construction electrician; the fee stays to be checked (https://skilledtradesbc.ca/skilledtradescertification/experienced-workers, checked 2026-12-05)', () => {
    const challenge = requirement('ca-bc-elec-challenge');
    verifiedOn(challenge, 'https://skilledtradesbc.ca/skilledtradescertification/experienced-workers');
    assert.match(challenge.description.en, /9,000 for construction electrician/);
    const fee = pathway('ca-bc-elec-challenge');
    assert.equal(fee.verification?.status, 'unverified');
    assert.match(fee.verification?.note?.en ?? '', /Check the current fee with SkilledTradesBC/);
  });

  it('Alberta AIT: the Trades Qualifier – Work Experience application online, checked against the trade profile’s months and hours; the electrician’s figures stay to be checked (https://tradesecrets.alberta.ca/become-certified/qualify-based-on-work-experience/program-details/, checked 2026-12-05)', () => {
    verifiedOn(requirement('ca-ab-elec-qualifier-assessment'), 'https://tradesecrets.alberta.ca/become-certified/qualify-based-on-work-experience/program-details/');
    const experience = requirement('ca-ab-elec-experience');
    assert.equal(experience.verification?.status, 'unverified');
    assert.match(experience.verification?.note?.en ?? '', /Check with Alberta Apprenticeship and Industry Training/);
  });

  it('Skilled Trades Ontario’s Trade Equivalency Assessment: CAD 265.55 on pages quoting its form, not CAD 150, held unverified (https://www.horticulturetechnician.ca/exam-options/non-apprentice-exam-challenger/, checked 2026-12-05)', () => {
    const tea = pathway('ca-on-elec-tea');
    assert.deepEqual(tea.cost, [{ minMinor: 26555, maxMinor: 26555, currency: 'CAD' }]);
    assert.equal(tea.verification?.status, 'unverified');
    assert.match(tea.verification?.note?.en ?? '', /Check the fee with Skilled Trades Ontario/);
  });

  it('Energy Safe Victoria: the experience after an OTSR is not settled by the stored pages, and the entry says whom to ask (https://esv.vic.gov.au/licensing-coes/electrical-licences/electricians-licence/, checked 2026-12-05)', () => {
    const experience = requirement('au-vic-elec-experience');
    assert.equal(experience.verification?.status, 'unverified');
    assert.match(experience.verification?.note?.en ?? '', /Check with Energy Safe Victoria and Trades Recognition Australia/);
  });
});

describe('electrical regulators’ fees checked on their stored pages', () => {
  it('Energy Safe Victoria: application fees include a non-refundable AUD 70 part; its fee table was not stored (https://esv.vic.gov.au/licensing-coes/electrical-licences/, checked 2026-12-05)', () => {
    checkedUnverified(pathway('au-vic-elec-licence'), 'https://esv.vic.gov.au/licensing-coes/electrical-licences/', /non-refundable AUD 70 administration part/);
  });
});

describe('trade certifiers’ fees checked on their stored pages', () => {
  it('SkilledTradesBC: CAD 120 to apply to challenge a Certificate of Qualification or Red Seal exam (https://skilledtradesbc.ca/forms-registration/fees-payments, checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-bc-elec-exam'), 'https://skilledtradesbc.ca/forms-registration/fees-payments', /CAD 120 to apply to challenge/);
    checkedUnverified(pathway('ca-bc-elec-certificate'), 'https://skilledtradesbc.ca/forms-registration/fees-payments', /no separate fee for issuing a certificate/);
  });

  it('Alberta AIT: CAD 60 and about 4 to 6 weeks on the Recognized Credential route; the Work Experience route is delayed (https://tradesecrets.alberta.ca/experiencedworkers/trades-qualifier-programs/trades-qualifier-recognized-credential-program/, checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-ab-elec-application'), 'https://tradesecrets.alberta.ca/experiencedworkers/trades-qualifier-programs/trades-qualifier-recognized-credential-program/', /CAD 60 application fee and about 4 to 6 weeks/);
  });

  it('NET: the AM2 fee is set by each assessment centre (one asks GBP 730, results within five working days) (http://www.netservices.org.uk/outline-fees/, checked 2026-12-05)', () => {
    checkedUnverified(pathway('gb-eng-elec-am2'), 'http://www.netservices.org.uk/outline-fees/', /set by each NET assessment centre.*GBP 730/);
  });
});
