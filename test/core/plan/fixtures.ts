import type { Milestone, Plan } from '../../../src/api/plan.js';

export const plan: Plan = {
  id: 'plan_1',
  menteeId: 'u_mentee',
  goal: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2027-06-30' },
  sharedWith: [],
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

export function milestone(id: string, fields: Partial<Milestone> = {}): Milestone {
  return {
    id,
    planId: 'plan_1',
    title: `Milestone ${id}`,
    kind: 'custom',
    dueDate: null,
    status: 'planned',
    evidence: [],
    position: 0,
    dependsOn: [],
    version: 1,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...fields,
  };
}
