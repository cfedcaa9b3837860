import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogue } from '../../src/server/seed/catalogue/index.js';
import { MILESTONE_TEMPLATES } from '../../src/server/seed/plans/templates.js';
import { DEMO_PLAN, type DemoMilestone } from '../../src/server/seed/plans/demo-plan.js';

test('every milestone template step that names a source points at a requirement of that target and a pathway that closes it', () => {
  for (const template of MILESTONE_TEMPLATES) {
    for (const item of template.items) {
      if (!item.source) continue;
      const where = `${template.occupationId}@${template.jurisdictionId} ${item.key}`;
      const requirement = catalogue.requirements.find((r) => r.id === item.source!.requirementId);
      assert.ok(requirement, `${where}: no requirement ${item.source.requirementId}`);
      assert.equal(`${requirement.occupationId}@${requirement.jurisdictionId}`, `${template.occupationId}@${template.jurisdictionId}`, where);
      if (item.source.pathwayId) {
        const pathway = catalogue.pathways.find((p) => p.id === item.source!.pathwayId);
        assert.ok(pathway?.closes.includes(requirement.id), `${where}: ${item.source.pathwayId} closes ${requirement.id}`);
      }
    }
  }
});

test('the templates follow the catalogue’s order of steps: a step comes after the steps its requirement waits for', () => {
  for (const template of MILESTONE_TEMPLATES) {
    const keyOf = new Map(template.items.filter((i) => i.source).map((i) => [i.source!.requirementId, i.key]));
    const before = (key: string): Set<string> => {
      const item = template.items.find((i) => i.key === key)!;
      return new Set(item.dependsOn.flatMap((d) => [d, ...before(d)]));
    };
    for (const item of template.items.filter((i) => i.source)) {
      const requirement = catalogue.requirements.find((r) => r.id === item.source!.requirementId)!;
      for (const prior of requirement.criteria.requiresPrior ?? []) {
        const priorKey = keyOf.get(prior);
        if (priorKey) assert.ok(before(item.key).has(priorKey), `${template.occupationId}@${template.jurisdictionId}: ${item.key} comes after ${priorKey}`);
      }
    }
  }
});

test('the seeded demo plan agrees with its template and the catalogue, CNO’s Transition to Practice course included, after the CNO application', () => {
  const template = MILESTONE_TEMPLATES.find((t) => t.occupationId === DEMO_PLAN.occupationId && t.jurisdictionId === DEMO_PLAN.jurisdictionId)!;
  const milestones: readonly DemoMilestone[] = DEMO_PLAN.milestones;
  const sourced = milestones.flatMap((m) => (m.source ? [{ ...m, source: m.source }] : []));
  const byRequirement = new Map(sourced.map((m) => [m.source.requirementId, m.id]));
  const waitsFor = (id: string): Set<string> => new Set(DEMO_PLAN.dependencies.filter(([m]) => m === id).flatMap(([, d]) => [d, ...waitsFor(d)]));
  for (const milestone of sourced) {
    const item = template.items.find((i) => i.source?.requirementId === milestone.source.requirementId);
    assert.ok(item, `${milestone.id}: the template has a step for ${milestone.source.requirementId}`);
    assert.equal(milestone.kind, item.kind, milestone.id);
    assert.equal(milestone.source.pathwayId, item.source!.pathwayId, milestone.id);
    const requirement = catalogue.requirements.find((r) => r.id === milestone.source.requirementId)!;
    for (const prior of requirement.criteria.requiresPrior ?? []) {
      const priorId = byRequirement.get(prior);
      if (priorId) assert.ok(waitsFor(milestone.id).has(priorId), `${milestone.id} waits for ${priorId}`);
    }
  }
  const ttp = sourced.find((m) => m.source.requirementId === 'ca-on-rn-transition-to-practice');
  assert.ok(ttp, 'the demo plan has the Transition to Practice milestone');
  assert.equal(ttp.title, template.items.find((i) => i.key === 'transition-to-practice')!.title);
  assert.ok(waitsFor(ttp.id).has('ms_demo_cno'));
});
