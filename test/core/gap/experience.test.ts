/** Experience as months: overlaps counted once, caps and windows as regulators state them, exact to the month. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExperienceEntry, Profile } from '../../../src/api/gap.js';
import { evaluateRequirement } from '../../../src/core/gap/evaluate.js';
import { monthsCovered, periodOf } from '../../../src/core/gap/experience.js';
import { catalogue } from '../../../src/server/seed/catalogue/index.js';
import { emptyProfile, rule } from './fixtures.js';

const AS_OF = '2026-12-05';
const job = (start: string, end: string | undefined, country = 'NG', fieldFamily: ExperienceEntry['fieldFamily'] = 'accounting-finance'): ExperienceEntry =>
  end ? { fieldFamily, country, years: 0, start, end, competencies: [] } : { fieldFamily, country, years: 0, start, competencies: [] };
const withJobs = (...experience: ExperienceEntry[]): Profile => ({ ...emptyProfile, experience });

test('overlapping periods count once', () => {
  const periods = [job('2018-01', '2020-12'), job('2020-01', '2022-12')].map((e) => periodOf(e, AS_OF)!);
  assert.equal(monthsCovered(periods), 60, 'five years, not six');
  const fiveYears = rule('x', { experience: { minYears: 5, fieldFamilies: ['accounting-finance'] } }, 'work-experience');
  const evaluation = evaluateRequirement(fiveYears, withJobs(job('2018-01', '2020-12'), job('2020-01', '2022-12')), AS_OF);
  assert.equal(evaluation.status, 'met');
  assert.equal(evaluation.reasons[0].params.have, 5);
  const sixYears = rule('y', { experience: { minYears: 6, fieldFamilies: ['accounting-finance'] } }, 'work-experience');
  assert.equal(evaluateRequirement(sixYears, withJobs(job('2018-01', '2020-12'), job('2020-01', '2022-12')), AS_OF).status, 'partly-met');
});

test('an ongoing period counts to the analysis month, a period starting later is refused', () => {
  assert.equal(monthsCovered([periodOf(job('2026-01', undefined), AS_OF)!]), 12);
  const any = rule('z', { experience: { minYears: 0.5, fieldFamilies: ['accounting-finance'] } }, 'work-experience');
  const evaluation = evaluateRequirement(any, withJobs(job('2027-01', undefined)), AS_OF);
  assert.equal(evaluation.status, 'gap');
  assert.ok(evaluation.reasons.some((r) => r.code === 'experience.futureDate'));
});

// CPA's rule as the catalogue states it for Ontario: 30 months; at most 12 months of prior experience; only positions that ended in the last 7 years.
const cpa = catalogue.requirements.find((r) => r.id === 'ca-on-cpa-experience')!;

test('CPA counts at most 12 months of the experience a person brings', () => {
  const evaluation = evaluateRequirement(cpa, withJobs(job('2019-01', '2024-12')), AS_OF);
  assert.equal(evaluation.status, 'partly-met');
  assert.equal(evaluation.reasons[0].code, 'experience.tooFew');
  assert.equal(evaluation.reasons[0].params.have, 1, 'one year of the 2.5 counts');
  const capped = evaluation.reasons.find((r) => r.code === 'experience.capped')!;
  assert.deepEqual(capped.params, { maxMonths: 12, months: 72, outside: '' });
});

test('CPA counts only experience that ended within the last seven years, to the month', () => {
  // Ended December 2019: counts through 31 December 2026. Ended November 2019: through 30 November 2026, before the analysis date.
  assert.equal(evaluateRequirement(cpa, withJobs(job('2018-01', '2019-12')), AS_OF).reasons[0].params.have, 1);
  const old = evaluateRequirement(cpa, withJobs(job('2018-01', '2019-11')), AS_OF);
  assert.equal(old.status, 'gap');
  assert.ok(old.reasons.some((r) => r.code === 'experience.tooOld'));
});

test('a cap on experience outside a country leaves experience in it whole', () => {
  const capped = rule('cap', { experience: { minYears: 2, fieldFamilies: ['engineering'], cap: { maxMonths: 6, onlyOutside: 'CA' } } }, 'work-experience');
  const profile = withJobs(job('2020-01', '2021-12', 'IN', 'engineering'), job('2024-01', '2025-06', 'CA', 'engineering'));
  const evaluation = evaluateRequirement(capped, profile, AS_OF);
  assert.equal(evaluation.status, 'met', '18 months in Canada and 6 of the 24 abroad make 24');
  assert.ok(evaluation.reasons.some((r) => r.code === 'experience.capped'));
});

test('recency judged on a year alone asks for the month when the year straddles the window', () => {
  const recent = rule('recent', { experience: { minYears: 1, fieldFamilies: ['nursing'], recentWithinYears: 3 } }, 'work-experience');
  // Within three years of 2026-12-05 means ending on or after 2023-12-05: "2023" alone cannot tell.
  const legacy: Profile = { ...emptyProfile, experience: [{ fieldFamily: 'nursing', country: 'PH', years: 5, endYear: 2023, competencies: [] }] };
  const evaluation = evaluateRequirement(recent, legacy, AS_OF);
  assert.equal(evaluation.status, 'needs-evidence');
  assert.equal(evaluation.reasons[0].code, 'experience.endMonthNeeded');
  const exact: Profile = { ...emptyProfile, experience: [{ fieldFamily: 'nursing', country: 'PH', years: 0, start: '2019-01', end: '2023-12', competencies: [] }] };
  assert.equal(evaluateRequirement(recent, exact, AS_OF).status, 'met');
});
