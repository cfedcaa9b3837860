import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Requirement } from '../../../src/api/catalogue.js';
import type { EducationEntry, Profile } from '../../../src/api/gap.js';
import { evaluateRequirement } from '../../../src/core/gap/evaluate.js';
import { emptyProfile, rule } from './fixtures.js';
import { compareEducationLevels, EDUCATION_LEVELS, educationRank, fieldMatches, highestLevel, meetsEducationLevel } from '../../../src/core/gap/education.js';
import { EducationLevel } from '../../../src/api/catalogue.js';

test('education levels order from secondary to doctorate', () => {
  assert.ok(compareEducationLevels('secondary', 'diploma') < 0);
  assert.ok(compareEducationLevels('diploma', 'bachelor') < 0);
  assert.ok(compareEducationLevels('bachelor', 'master') < 0);
  assert.ok(compareEducationLevels('master', 'doctorate') < 0);
  assert.equal(compareEducationLevels('bachelor', 'bachelor'), 0);
  assert.equal(educationRank('secondary'), 0);
});

test('a higher level meets a lower minimum but not the other way round', () => {
  assert.equal(meetsEducationLevel('master', 'bachelor'), true);
  assert.equal(meetsEducationLevel('diploma', 'bachelor'), false);
  assert.equal(highestLevel(['diploma', 'master', 'bachelor']), 'master');
  assert.equal(highestLevel([]), undefined);
});

test('field families match a list, and an empty list accepts any field', () => {
  assert.equal(fieldMatches('nursing', ['nursing']), true);
  assert.equal(fieldMatches('computing', ['nursing']), false);
  assert.equal(fieldMatches('computing', []), true);
});

test('the rank order names every education level of the contract, each once', () => {
  assert.deepEqual([...EDUCATION_LEVELS].sort(), [...EducationLevel.options].sort());
  assert.equal(new Set(EDUCATION_LEVELS).size, EDUCATION_LEVELS.length);
});

test('a credential is read at the level its linked assessment states, and only a linked, completed, dated report counts', async () => {
  const { evaluateEducation } = await import('../../../src/core/gap/evaluate.js');
  const criteria = { minLevel: 'bachelor' as const, fieldFamilies: ['nursing' as const] };
  const diploma = { id: 'edu-1', level: 'diploma' as const, fieldFamily: 'nursing' as const, country: 'NG', year: 2012 };
  const business = { id: 'edu-2', level: 'bachelor' as const, fieldFamily: 'business' as const, country: 'NG', year: 2016 };
  const profile = (assessments: Array<{ educationId?: string; status?: 'completed' | 'in-progress'; completedOn?: string; equivalentLevel?: 'bachelor' | 'diploma' }>) => ({
    education: [diploma, business],
    licences: [],
    experience: [],
    languageTests: [],
    assessments: assessments.map((a) => ({ body: 'wes', status: 'completed' as const, ...a })),
  });
  // WES reports the nursing diploma as a bachelor's equivalent: the minimum is met.
  assert.equal(evaluateEducation(criteria, profile([{ educationId: 'edu-1', equivalentLevel: 'bachelor' }]), '2026-12-05').status, 'met');
  // The same report linked to the business degree says nothing about the nursing diploma.
  assert.equal(evaluateEducation(criteria, profile([{ educationId: 'edu-2', equivalentLevel: 'bachelor' }]), '2026-12-05').status, 'partly-met');
  // Without a link, a report is never paired with a credential by position.
  assert.equal(evaluateEducation(criteria, profile([{ equivalentLevel: 'bachelor' }]), '2026-12-05').status, 'partly-met');
  // Still in progress, or dated after the analysis date: not yet the regulator's view.
  assert.equal(evaluateEducation(criteria, profile([{ educationId: 'edu-1', equivalentLevel: 'bachelor', status: 'in-progress' }]), '2026-12-05').status, 'partly-met');
  assert.equal(evaluateEducation(criteria, profile([{ educationId: 'edu-1', equivalentLevel: 'bachelor', completedOn: '2026-12-06' }]), '2026-12-05').status, 'partly-met');
  // A report can also place a credential below the level the person gave it.
  const nursingDegree = { ...profile([{ educationId: 'edu-1', equivalentLevel: 'diploma' }]), education: [{ ...diploma, level: 'bachelor' as const }] };
  assert.equal(evaluateEducation(criteria, nursingDegree, '2026-12-05').status, 'partly-met');
});

describe('a full-time length the regulator states (minLength)', () => {
  const adc = rule('degree', { education: { minLevel: 'bachelor', fieldFamilies: ['dentistry'], minLength: { fullTimeYears: 4, orFromLevel: 'diploma' } } }, 'education');
  const alone = rule('degree', { education: { minLevel: 'diploma', fieldFamilies: ['dentistry'], minLength: { fullTimeYears: 4 } } }, 'education');
  const entry = (level: EducationEntry['level'], fullTimeYears?: number): Profile => ({
    ...emptyProfile,
    education: [{ level, fieldFamily: 'dentistry', country: 'IN', year: 2015, ...(fullTimeYears === undefined ? {} : { fullTimeYears }) }],
  });
  const status = (r: Requirement, p: Profile) => evaluateRequirement(r, p, '2026-12-05');

  it('a diploma of 4 full-time years meets it; 3.9 years is short and says by how much', () => {
    assert.equal(status(adc, entry('diploma', 4)).status, 'met');
    assert.deepEqual(status(adc, entry('diploma', 4)).reasons[0].params, { level: 'diploma', field: 'dentistry', years: 4, need: 4 });
    const short = status(adc, entry('diploma', 3.9));
    assert.equal(short.status, 'partly-met');
    assert.deepEqual(short.reasons.map((r) => [r.code, r.params.years, r.params.need]), [['education.tooShort', 3.9, 4]]);
  });

  it('a diploma without a recorded length needs evidence, naming the length to show', () => {
    const unknown = status(adc, entry('diploma'));
    assert.equal(unknown.status, 'needs-evidence');
    assert.deepEqual(unknown.reasons.map((r) => [r.code, r.params.need]), [['education.lengthNeeded', 4]]);
    assert.equal(unknown.evidenceBy, undefined, 'the evidence is a document, not a course');
  });

  it('a degree meets it without a length, and is short when recorded shorter; below the opened level stays below', () => {
    assert.equal(status(adc, entry('bachelor')).status, 'met');
    assert.equal(status(adc, entry('bachelor', 3)).status, 'partly-met');
    assert.equal(status(adc, entry('trade-certificate', 5)).reasons[0].code, 'education.levelBelow');
  });

  it('the best qualification counts: a four-year diploma beside a short one meets it', () => {
    const both = { ...entry('diploma', 3), education: [...entry('diploma', 3).education, ...entry('diploma', 4.5).education] };
    assert.equal(status(adc, both).status, 'met');
  });

  it('a length rule alone asks every qualification for its length', () => {
    assert.equal(status(alone, entry('bachelor')).status, 'needs-evidence');
    assert.equal(status(alone, entry('diploma', 4)).status, 'met');
    assert.equal(status(alone, entry('master', 2)).status, 'partly-met');
  });
});

describe('an exam pass the regulator accepts as evidence of the education (orExamPassed)', () => {
  const nursing = rule('education', { education: { minLevel: 'bachelor', fieldFamilies: ['nursing'], orExamPassed: { examIds: ['nclex-rn', 'x-exam'] } } });
  const diploma: EducationEntry = { level: 'diploma', fieldFamily: 'nursing', title: 'Diploma in Nursing', country: 'PH', year: 2010 };
  const evaluate = (profile: Profile, asOf = '2026-12-05') => evaluateRequirement(nursing, profile, asOf);

  it('a pass meets it whatever the qualifications, naming the newest pass', () => {
    const result = evaluate({ ...emptyProfile, education: [diploma], exams: [{ examId: 'x-exam', passedOn: '2024-01-02' }, { examId: 'nclex-rn', passedOn: '2025-05-06' }] });
    assert.equal(result.status, 'met');
    assert.deepEqual(result.reasons.map((r) => [r.code, r.params]), [['education.metByExam', { exam: 'nclex-rn', date: '2025-05-06' }]]);
    assert.equal(evaluate({ ...emptyProfile, exams: [{ examId: 'nclex-rn', passedOn: '2025-05-06' }] }).status, 'met', 'with no qualification listed');
  });

  it('without a pass, the qualifications decide, and the answer says which exam would also do', () => {
    const result = evaluate({ ...emptyProfile, education: [diploma] });
    assert.equal(result.status, 'partly-met');
    assert.deepEqual(result.reasons.map((r) => r.code), ['education.levelBelow', 'education.orExam']);
    assert.equal(result.reasons[1].params.exams, 'nclex-rn, x-exam');
  });

  it('a qualification that meets it is named first; a pass of another exam, or one dated after the analysis, does not count', () => {
    const degree = { ...diploma, level: 'bachelor' as const };
    assert.deepEqual(evaluate({ ...emptyProfile, education: [degree], exams: [{ examId: 'nclex-rn', passedOn: '2025-05-06' }] }).reasons.map((r) => r.code), ['education.met']);
    assert.equal(evaluate({ ...emptyProfile, education: [diploma], exams: [{ examId: 'other', passedOn: '2025-05-06' }] }).status, 'partly-met');
    assert.equal(evaluate({ ...emptyProfile, education: [diploma], exams: [{ examId: 'nclex-rn', passedOn: '2026-12-06' }] }).status, 'partly-met');
    assert.equal(evaluate({ ...emptyProfile, education: [diploma], exams: [{ examId: 'nclex-rn', passedOn: '2026-12-05' }] }).status, 'met', 'a pass on the analysis day counts');
  });
});
