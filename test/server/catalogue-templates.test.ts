import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogue } from '../../src/server/seed/catalogue/index.js';
import { MILESTONE_TEMPLATES } from '../../src/server/seed/plans/templates.js';

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
