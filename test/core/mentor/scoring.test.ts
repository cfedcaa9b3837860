import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseQuery, rankMentors, scoreMentor, passesHardFilters, isOffered, WEIGHTS } from '../../../src/core/mentor/index.js';
import { mentor } from './fixtures.js';

describe('scoreMentor', () => {
  it('explains every applicable factor with its weight, points and a message code', () => {
    const daniel = mentor({ id: 'daniel' });
    const query = normaliseQuery({
      occupation: 'registered-nurse',
      jurisdiction: 'ca-on',
      credentialSteps: ['nnas', 'nclex-rn'],
      originCountry: 'PH',
      languages: ['tl-PH'],
      format: 'online',
    });
    const { score, factors } = scoreMentor(daniel, query);
    assert.deepEqual(
      factors.map((f) => [f.factor, f.weight, f.points, f.message.code]),
      [
        ['same-occupation', 20, 20, 'match.sameOccupation'],
        ['licensed-in-target', 20, 20, 'match.licensedInTarget'],
        ['shared-credential-path', 15, 15, 'match.sharedSteps'],
        ['shared-origin', 10, 10, 'match.sharedOrigin'],
        ['shared-language', 10, 10, 'match.sharedLanguage'],
        ['format', 5, 5, 'match.offersFormat'],
        ['availability', 10, 10, 'match.spotsLeft'],
        ['responsiveness', 10, 9, 'match.responsive'],
      ],
    );
    assert.equal(score, 99);
    assert.deepEqual(factors[2].message.params, { steps: ['nnas', 'nclex-rn'], count: 2, total: 2 });
    assert.deepEqual(factors[4].message.params, { languages: ['tl'] });
  });

  it('omits the factors of criteria the mentee did not give and scales the score to their weights', () => {
    const busy = mentor({ id: 'busy', capacity: 4, currentLoad: 3, responsiveness: { medianResponseDays: 5, responseRate: 0.5, sampleSize: 8 } });
    const { score, factors } = scoreMentor(busy, normaliseQuery({ occupation: 'registered-nurse' }));
    assert.deepEqual(factors.map((f) => f.factor), ['same-occupation', 'availability', 'responsiveness']);
    // 20 + floor(10 * 1 / 4) = 2 + floor(6 * 50 / 100) = 3 + 1 (5 days) = 26 of 40
    assert.deepEqual(factors.map((f) => f.points), [20, 2, 4]);
    assert.equal(score, 65);
  });

  it('gives partial credit for working in the target jurisdiction without a licence there', () => {
    const unlicensed = mentor({ id: 'u', licensedIn: ['ca-bc'] });
    const factor = scoreMentor(unlicensed, normaliseQuery({ jurisdiction: 'ca-on' })).factors[0];
    assert.equal(factor.message.code, 'match.worksInTarget');
    assert.equal(factor.points, 8);
  });

  it('credits a share of the credential path for each planned step the mentor went through', () => {
    const factor = scoreMentor(mentor({ id: 'x' }), normaliseQuery({ credentialSteps: ['nnas', 'cno-jurisprudence', 'ielts'] })).factors[0];
    assert.equal(factor.points, 5);
    assert.deepEqual(factor.message.params, { steps: ['nnas'], count: 1, total: 3 });
  });

  it('gives new mentors the neutral middle of the responsiveness scale instead of zero', () => {
    const fresh = mentor({ id: 'new', responsiveness: { medianResponseDays: null, responseRate: null, sampleSize: 0 } });
    const factor = scoreMentor(fresh, normaliseQuery({})).factors.find((f) => f.factor === 'responsiveness')!;
    assert.equal(factor.points, 5);
    assert.equal(factor.message.code, 'match.newMentor');
  });

  it('keeps every score within 0 to 100 and every factor within its weight', () => {
    const worst = mentor({ id: 'w', occupations: ['dentist'], jurisdiction: 'de-by', licensedIn: [], credentialPath: null, languages: ['de'], formats: ['in-person'], responsiveness: { medianResponseDays: 30, responseRate: 0, sampleSize: 9 } });
    const { score, factors } = scoreMentor(worst, normaliseQuery({ occupation: 'registered-nurse', jurisdiction: 'ca-on', credentialSteps: ['nnas'], originCountry: 'PH', languages: ['en'], format: 'online' }));
    assert.ok(score >= 0 && score <= 100);
    for (const f of factors) assert.ok(f.points >= 0 && f.points <= WEIGHTS[f.factor]);
    assert.equal(factors.find((f) => f.factor === 'shared-origin')!.message.code, 'match.differentOrigin');
  });
});

describe('preferences and hard filters', () => {
  const english = mentor({ id: 'english', languages: ['en'] });
  const tagalog = mentor({ id: 'tagalog', languages: ['en', 'tl'] });

  it('counts language as a preference: a mentor without the language is still offered, lower', () => {
    const page = rankMentors([english, tagalog], { languages: ['tl'] }, { seed: 1 });
    assert.deepEqual(page.items.map((m) => m.mentor.id), ['tagalog', 'english']);
    assert.ok(page.items[0].score > page.items[1].score);
  });

  it('turns language into a hard filter only when the mentee requires it', () => {
    const page = rankMentors([english, tagalog], { languages: ['tl'], require: ['language'] }, { seed: 1 });
    assert.deepEqual(page.items.map((m) => m.mentor.id), ['tagalog']);
  });

  it('treats origin as a preference unless required', () => {
    const fromIndia = mentor({ id: 'india', credentialPath: { originCountry: 'IN', steps: [] } });
    const fromPhilippines = mentor({ id: 'ph' });
    assert.equal(rankMentors([fromIndia, fromPhilippines], { originCountry: 'PH' }, { seed: 1 }).items.length, 2);
    assert.deepEqual(rankMentors([fromIndia, fromPhilippines], { originCountry: 'PH', require: ['origin'] }, { seed: 1 }).items.map((m) => m.mentor.id), ['ph']);
  });

  it('filters by jurisdiction on where a mentor works or is licensed, and by licence alone when asked', () => {
    const worksInOn = mentor({ id: 'on', jurisdiction: 'ca-on', licensedIn: [] });
    const licensedInOn = mentor({ id: 'bc', jurisdiction: 'ca-bc', licensedIn: ['ca-on', 'ca-bc'] });
    const elsewhere = mentor({ id: 'ab', jurisdiction: 'ca-ab', licensedIn: ['ca-ab'] });
    const q = normaliseQuery({ jurisdiction: 'ca-on', require: ['jurisdiction'] });
    assert.deepEqual([worksInOn, licensedInOn, elsewhere].filter((m) => passesHardFilters(m, q)).map((m) => m.id), ['on', 'bc']);
    const licensed = normaliseQuery({ jurisdiction: 'ca-on', require: ['licensed'] });
    assert.deepEqual([worksInOn, licensedInOn, elsewhere].filter((m) => passesHardFilters(m, licensed)).map((m) => m.id), ['bc']);
  });

  it('always requires every offer the mentee wants', () => {
    const reviewer = mentor({ id: 'r', offers: ['narrative-review', 'plan-review'] });
    const interviewer = mentor({ id: 'i', offers: ['informational-interview'] });
    assert.deepEqual(rankMentors([reviewer, interviewer], { offers: ['narrative-review'] }, { seed: 1 }).items.map((m) => m.mentor.id), ['r']);
  });

  it('ignores a required criterion that has no value instead of excluding everyone', () => {
    assert.equal(rankMentors([english], { require: ['origin', 'language'] }, { seed: 1 }).items.length, 1);
  });
});

describe('protected attributes', () => {
  it('never uses origin or language unless the mentee put them in the query', () => {
    const fromPhilippines = mentor({ id: 'a', languages: ['en', 'tl'] });
    const fromNigeria = mentor({ id: 'b', languages: ['en', 'yo'], credentialPath: { originCountry: 'NG', steps: fromPhilippines.credentialPath!.steps } });
    const query = normaliseQuery({ occupation: 'registered-nurse', jurisdiction: 'ca-on', credentialSteps: ['nnas'] });
    const a = scoreMentor(fromPhilippines, query);
    const b = scoreMentor(fromNigeria, query);
    assert.equal(a.score, b.score);
    assert.deepEqual(a.factors, b.factors);
    for (const f of a.factors) assert.ok(f.factor !== 'shared-origin' && f.factor !== 'shared-language');
  });
});

describe('capacity and pause', () => {
  it('never offers a paused mentor or one at capacity, even with the best score', () => {
    const paused = mentor({ id: 'paused', status: 'paused' });
    const full = mentor({ id: 'full', capacity: 2, currentLoad: 2 });
    const weaker = mentor({ id: 'weaker', occupations: ['pharmacist'] });
    assert.equal(isOffered(paused), false);
    assert.equal(isOffered(full), false);
    const page = rankMentors([paused, full, weaker], { occupation: 'registered-nurse' }, { seed: 7 });
    assert.deepEqual(page.items.map((m) => m.mentor.id), ['weaker']);
  });

  it('does not offer a mentor who set a capacity of zero', () => {
    assert.equal(isOffered(mentor({ id: 'z', capacity: 0 })), false);
  });
});
