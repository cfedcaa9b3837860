/**
 * Social work facts checked on 2026-12-05 against the regulators’ and the exam owner’s own pages
 * (ACSW, ASWB, Social Work England), each test naming its source. What no stored page confirmed
 * stays unverified, saying what to check and with whom.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Profile } from '../../src/api/gap.js';
import { analyseGap } from '../../src/core/gap/analyse.js';
import { catalogue, seedRequirementSet } from '../../src/server/seed/catalogue/index.js';
import { checked, checkedUnverified, FACTS_AS_OF, pathway, person, requirement, statusOf, verifiedOn } from '../support/catalogue-facts.js';

const ACSW = 'https://www.acsw.ab.ca/site/International?nav=sidebar';
type Assessment = NonNullable<Profile['assessments']>[number];
const assessedBy = (body: string): Assessment => ({ body, status: 'completed', equivalentLevel: 'bachelor', completedOn: '2026-03-01' }) as Assessment;

describe('social work facts checked on the regulators’ own pages', () => {
  it('ACSW: an assessment before you apply, CASW’s preferred, finding your degree equivalent to a Canadian BSW or MSW; an IQAS assessment usually does not show enough (https://www.acsw.ab.ca/site/International?nav=sidebar, checked 2026-12-05)', () => {
    const equivalency = requirement('ca-ab-sw-equivalency');
    verifiedOn(equivalency, ACSW);
    assert.match(equivalency.description.en, /preferably from the Canadian Association of Social Workers \(CASW\)/);
    assert.equal(statusOf(person({ assessments: [assessedBy('casw')] }), 'social-worker', 'ca-ab', equivalency.id), 'met');
    assert.notEqual(statusOf(person({ assessments: [assessedBy('iqas')] }), 'social-worker', 'ca-ab', equivalency.id), 'met', 'ACSW reviews it, but it typically does not show equivalence');
    // The assessment ACSW names is now a pathway; the CASWE-ACFTS review it does not name says to ask first.
    const closing = catalogue.pathways.filter((p) => p.closes.includes(equivalency.id)).map((p) => p.id);
    assert.deepEqual(closing.sort(), ['ca-ab-sw-casw-evaluation', 'ca-ab-sw-caswe-review']);
    assert.deepEqual(pathway('ca-ab-sw-casw-evaluation').cost, [{ minMinor: 33900, maxMinor: 33900, currency: 'CAD' }]);
    assert.match(pathway('ca-ab-sw-caswe-review').verification?.note?.en ?? '', /not this CASWE-ACFTS review: ask the Alberta College of Social Workers/);
  });

  it('ACSW: what its page leaves open (a diploma from abroad, the English test minimums, the documents and fees) stays unverified, saying so (https://www.acsw.ab.ca/site/International?nav=sidebar, checked 2026-12-05)', () => {
    const education = requirement('ca-ab-sw-education');
    checked(education, ACSW);
    assert.equal(education.verification?.status, 'unverified');
    assert.match(education.description.en, /a credential from outside Canada must be found equivalent to a Canadian BSW or MSW/);
    assert.match(education.verification?.note?.en ?? '', /a diploma from abroad may show as met/);
    for (const id of ['ca-ab-sw-language', 'ca-ab-sw-registration']) {
      const r = requirement(id);
      assert.equal(r.verification?.status, 'unverified', id);
      assert.match(r.verification?.note?.en ?? '', /Check (them|them with) .*Alberta College of Social Workers/, id);
    }
  });

  it('ASWB: the Bachelors or Masters exam costs US$230, booked after the College approves you; the booking time stays an estimate (https://www.aswb.org/exam/getting-ready-for-the-exam/, checked 2026-12-05)', () => {
    const exam = pathway('ca-bc-sw-aswb');
    assert.deepEqual(exam.cost, [{ minMinor: 23000, maxMinor: 23000, currency: 'USD' }], 'the catalogue had no amount');
    assert.equal(exam.verification?.source?.url, 'https://www.aswb.org/exam/getting-ready-for-the-exam/');
    assert.equal(exam.verification?.status, 'unverified');
    assert.match(exam.verification?.note?.en ?? '', /duration is an estimate/);
  });

  it('Social Work England: the first registration fee is £90 pro rata; the overseas assessment fee was not in the stored copy (https://www.socialworkengland.org.uk/registration/fees/, checked 2026-12-05)', () => {
    const application = pathway('gb-eng-sw-application');
    assert.equal(application.verification?.source?.url, 'https://www.socialworkengland.org.uk/registration/fees/');
    assert.equal(application.verification?.status, 'unverified');
    assert.match(application.verification?.note?.en ?? '', /£90 pro rata/);
    assert.match(application.verification?.note?.en ?? '', /Check the current fees and timescale with Social Work England/);
  });
});

describe('social work colleges’ fees checked on their stored pages', () => {
  it('OCSWSSW: CAD 100 to apply and CAD 400 to register, CAD 500 in all (https://ocswssw.org/ocswssw-resources/fee-chart, checked 2026-12-05)', () => {
    const registration = pathway('ca-on-sw-registration');
    checkedUnverified(registration, 'https://ocswssw.org/ocswssw-resources/fee-chart', /CAD 100 to apply.*CAD 400 to register.*No time is given/);
    assert.deepEqual(registration.cost, [{ minMinor: 50000, maxMinor: 50000, currency: 'CAD' }]);
  });

  it('ACSW: CAD 200 to apply and CAD 400 annual fee, CAD 600 in all, the ASWB exam apart (https://acsw.ab.ca/registration/fees, checked 2026-12-05)', () => {
    const registration = pathway('ca-ab-sw-registration');
    checkedUnverified(registration, 'https://acsw.ab.ca/registration/fees', /CAD 600 for initial registration.*ASWB examination fee is separate/);
    assert.deepEqual(registration.cost, [{ minMinor: 60000, maxMinor: 60000, currency: 'CAD' }]);
  });

  it('BCCSW: no fee page of the College stored, and the entry says so (checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-bc-sw-registration'), undefined, /no page of the British Columbia College of Social Workers/);
  });
});

describe('social work language routes held to the countries their owners name (checked 2026-12-06)', () => {
  const SWE = 'https://www.socialworkengland.org.uk/registration/apply-to-register-eea-swiss-and-overseas/knowledge-of-english/';
  const AASW = 'https://www.aasw.asn.au/careers-study/english-language-requirements-2';
  const routes = (id: string) => requirement(id).criteria.language?.otherEvidence ?? [];

  it(`Social Work England: "a country where English is the first and native language" is no list of its own; the catalogue's (the Home Office's majority English-speaking countries and the UK, as the SSSC names for the same words) is recorded as unconfirmed, and the entry is not verified (${SWE}, checked 2026-12-06)`, () => {
    const language = requirement('gb-eng-sw-language');
    checked(language, SWE);
    assert.equal(language.verification?.status, 'unverified', 'the country list is not Social Work England’s: the map says "Not verified — check with"');
    assert.equal(language.verification?.facts?.threshold?.status, 'verified', 'the IELTS minimum is still confirmed on the page');
    const homeOffice = ['AG', 'AU', 'BS', 'BB', 'BZ', 'CA', 'DM', 'GD', 'GY', 'IE', 'JM', 'MT', 'NZ', 'KN', 'LC', 'VC', 'TT', 'GB', 'US'];
    for (const route of routes(language.id)) {
      assert.deepEqual(route.inCountries, homeOffice, route.kind);
      assert.match(route.description.en, /a list Social Work England has not confirmed\. Check with Social Work England/, route.kind);
    }
    assert.deepEqual(routes(language.id).map((r) => [r.kind, r.recency?.within, r.minMonths]), [['education', { years: 5 }, undefined], ['practice', undefined, undefined]], 'no length or recency the stored page does not give');
    assert.match(language.verification?.note?.en ?? '', /Checked again on 2026-12-06.*names no country.*Home Office’s list of majority English-speaking countries.*news\.sssc\.uk\.com.*ends before the practice route’s length and recency.*never as the requirement met/);
  });

  it(`AASW: its "nominated countries" are not named on the stored page; the catalogue's seven are recorded as unconfirmed, on an advisory entry that stays unverified (${AASW}, checked 2026-12-06)`, () => {
    const english = requirement('au-nsw-sw-english');
    checked(english, AASW);
    assert.equal(english.verification?.status, 'unverified');
    assert.deepEqual(routes(english.id).map((r) => r.inCountries), [['AU', 'CA', 'IE', 'NZ', 'ZA', 'GB', 'US']]);
    assert.match(routes(english.id)[0].description.en, /a list AASW has not confirmed\. Check with AASW/);
    assert.match(routes(english.id)[0].description.fr ?? '', /une liste que l’AASW n’a pas confirmée/);
    assert.match(english.verification?.note?.en ?? '', /Checked again on 2026-12-06.*“nominated countries”.*ends before it names them.*Department of Home Affairs.*not on an AASW page/);
  });
});

describe('the countries a language route counts, a fact of their own', () => {
  it('an analysis says Social Work England’s and AASW’s countries are not confirmed, beside minimums that are, each with its day and page (https://www.socialworkengland.org.uk/registration/apply-to-register-eea-swiss-and-overseas/knowledge-of-english/, https://www.aasw.asn.au/careers-study/english-language-requirements-2, checked 2026-12-06)', () => {
    const swe = 'https://www.socialworkengland.org.uk/registration/apply-to-register-eea-swiss-and-overseas/knowledge-of-english/';
    const facts = (jurisdictionId: string, id: string) =>
      analyseGap(person({}), { occupationId: 'social-worker', jurisdictionId }, seedRequirementSet('social-worker', jurisdictionId), FACTS_AS_OF)
        .results.find((r) => r.requirementId === id)
        // The requirement's own facts; the fee and time of its first pathway follow them since the test fees became facts (ebbe231).
        ?.provenance?.facts?.filter((f) => f.fact === 'threshold' || f.fact === 'countries')
        .map((f) => [f.fact, f.verified, f.checkedOn, f.source?.url]);
    assert.deepEqual(facts('gb-eng', 'gb-eng-sw-language'), [
      ['threshold', true, '2026-12-05', swe],
      ['countries', false, '2026-12-06', swe],
    ]);
    assert.deepEqual(facts('au-nsw', 'au-nsw-sw-english'), [['countries', false, '2026-12-06', 'https://www.aasw.asn.au/careers-study/english-language-requirements-2']]);
    for (const id of ['gb-eng-sw-language', 'au-nsw-sw-english']) assert.match(requirement(id).verification?.facts?.countries?.note?.en ?? '', /not confirmed/, id);
  });
});

describe('Social Work England: an IELTS certificate counts for two years since 1 September 2025', () => {
  it('a result of June 2024 no longer counts, one of June 2025 does; five years was the rule before rule 16 changed, and the test is the Academic one (https://app-swe-ukw-prd-umbraco-01.azurewebsites.net/news/social-work-england-will-proceed-with-proposed-changes-to-their-registration-rules, checked 2026-12-06)', () => {
    const language = requirement('gb-eng-sw-language');
    assert.deepEqual(language.criteria.language?.validity, { within: { years: 2 } });
    assert.match(language.verification?.note?.en ?? '', /two years since 1 September 2025 \(five before.*news of 14 August 2025.*rule 16/);
    const academic = (takenOn: string) => person({ languageTests: [{ test: 'ielts-academic', scores: { reading: 7.5, writing: 7, listening: 8, speaking: 7.5, overall: 7.5 }, takenOn }] });
    assert.equal(statusOf(academic('2025-06-01'), 'social-worker', 'gb-eng', language.id), 'met');
    assert.notEqual(statusOf(academic('2024-06-01'), 'social-worker', 'gb-eng', language.id), 'met', 'two and a half years old');
    assert.equal(pathway('gb-eng-sw-ielts').title.en, 'IELTS Academic', 'Social Work England takes the Academic version only');
  });
});
