/**
 * A mentee is never told a course replaces a licensing exam (issue #9 audit, 2026-12-05): a course
 * or bridging programme listed under a licensing exam only prepares for it, so the gap map lists it
 * last, says so beside it, and never takes it as the exam's step. Checked over every set of the
 * catalogue, and the data that said otherwise corrected from the catalogue's own NDEB note.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyseGap } from '../../src/core/gap/analyse.js';
import { onlyPrepares } from '../../src/core/gap/recommend.js';
import { catalogue, seedRequirementSet } from '../../src/server/seed/catalogue/index.js';
import { FACTS_AS_OF, person, requirement } from '../support/catalogue-facts.js';

describe('a preparation course never stands in for a licensing exam', () => {
  const empty = person({});
  const sets = [...new Set(catalogue.requirements.map((r) => `${r.occupationId}@${r.jurisdictionId}`))].map((key) => key.split('@') as [string, string]);

  it('every licensing exam in the catalogue has a way to pass it that is not a course or bridging programme', () => {
    const missing = catalogue.requirements
      .filter((r) => r.kind === 'licensing-exam')
      .filter((r) => !catalogue.pathways.some((p) => p.closes.includes(r.id) && !onlyPrepares(r.kind, p)))
      .map((r) => r.id);
    assert.deepEqual(missing, []);
  });

  it('in every set, for a person with nothing done, each licensing exam’s step is the exam (or another route the regulator accepts), never a course', () => {
    let preparedFor = 0;
    for (const [occupationId, jurisdictionId] of sets) {
      const set = seedRequirementSet(occupationId, jurisdictionId);
      const analysis = analyseGap(empty, { occupationId, jurisdictionId }, set, FACTS_AS_OF);
      const byId = new Map(analysis.pathways.map((p) => [p.id, p]));
      for (const result of analysis.results.filter((r) => r.kind === 'licensing-exam' && r.status !== 'met' && !r.advisory)) {
        const step = analysis.criticalPath.steps.find((s) => s.closes.includes(result.requirementId));
        assert.ok(step, `${result.requirementId} has a step`);
        const taken = step.pathwayId ? byId.get(step.pathwayId) : undefined;
        assert.ok(taken, `${result.requirementId}: the step takes a pathway`);
        assert.ok(!onlyPrepares('licensing-exam', taken), `${result.requirementId}: ${taken.id} is a ${taken.kind}, not the exam`);
        const prep = result.recommendedPathways.filter((id) => onlyPrepares('licensing-exam', byId.get(id)!));
        preparedFor += prep.length;
        // Courses that prepare for it are listed after every route that passes it.
        const firstPrep = result.recommendedPathways.findIndex((id) => prep.includes(id));
        if (firstPrep >= 0) assert.deepEqual(result.recommendedPathways.slice(firstPrep), prep, result.requirementId);
      }
    }
    assert.ok(preparedFor >= 6, 'the NCLEX, 309A, PEBC and other prep courses are still listed under their exams');
  });

  it('with only a preparation course left (an organisation hid the exam’s own pathway), the step is the exam itself, not the course', () => {
    const set = seedRequirementSet('registered-nurse', 'ca-on');
    const withoutExam = { ...set, pathways: set.pathways.filter((p) => p.id !== 'ca-on-rn-nclex-exam') };
    const analysis = analyseGap(empty, { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' }, withoutExam, FACTS_AS_OF);
    const nclex = analysis.results.find((r) => r.requirementId === 'ca-on-rn-nclex')!;
    assert.deepEqual(nclex.recommendedPathways, ['ca-on-rn-nclex-prep'], 'the course is still shown');
    const step = analysis.criticalPath.steps.find((s) => s.closes.includes('ca-on-rn-nclex'))!;
    assert.equal(step.pathwayId, null, 'no course is taken in the exam’s place');
  });

  it('NDEB: a qualifying or degree completion programme is the other route to the Equivalency Process, then the Certification Process still follows (https://ndeb-bned.ca/en/non-accredited/equivalency-process, checked 2026-12-05)', () => {
    for (const j of ['ca-on', 'ca-bc']) {
      const program = catalogue.pathways.find((p) => p.kind === 'bridging-program' && p.closes.includes(`${j}-dds-degree`))!;
      assert.deepEqual(program.closes, [`${j}-dds-degree`, `${j}-dds-equivalency`], `${program.id} does not close the certification exam`);
      assert.equal(requirement(`${j}-dds-equivalency`).kind, 'credential-assessment');
      assert.match(requirement(`${j}-dds-certification`).verification?.note?.en ?? '', /after the Equivalency Process or a qualifying program, the Certification Process/);
    }
  });
});
