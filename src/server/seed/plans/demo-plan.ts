/**
 * The demo mentee's plan (registered nurse in Ontario), shared with the demo mentor: its
 * milestones, a moved date, a check-in and a comment. Dates are days from the day it is first
 * seeded, so the demo stays current. Data only; the plans seeder (./index.ts) writes it once.
 */
import type { Evidence, MilestoneKind, MilestoneStatus } from '../../../api/plan.js';

export const DEMO_PLAN_ID = 'plan_demo_nurse_on';

export interface DemoMilestone {
  id: string;
  title: string;
  kind: MilestoneKind;
  /** Days from today; `null` for no due date. */
  dueInDays: number | null;
  status: MilestoneStatus;
  source?: { requirementId: string; pathwayId: string };
  expiresInDays?: number;
  /** Evidence without its `addedAt` (the seed time). */
  evidence: Array<Omit<Evidence, 'addedAt'>>;
}

export const DEMO_PLAN = {
  id: DEMO_PLAN_ID,
  menteeId: 'usr_demo_mentee',
  mentorId: 'usr_demo_mentor',
  occupationId: 'registered-nurse',
  jurisdictionId: 'ca-on',
  targetInDays: 540,
  milestones: [
    { id: 'ms_demo_nnas', title: 'Apply to NNAS and send documents', kind: 'credential-assessment', dueInDays: -60, status: 'done',
      source: { requirementId: 'ca-on-rn-nnas', pathwayId: 'ca-on-rn-nnas-report' }, evidence: [{ kind: 'note', text: 'Advisory report sent to CNO.' }] },
    { id: 'ms_demo_ielts', title: 'IELTS General Training (7.0 overall)', kind: 'language-test', dueInDays: -120, status: 'done',
      source: { requirementId: 'ca-on-rn-language', pathwayId: 'ca-on-rn-ielts' }, expiresInDays: 45, evidence: [{ kind: 'link', url: 'https://ielts.org', text: 'Test report form' }] },
    { id: 'ms_demo_cno', title: 'Apply to the College of Nurses of Ontario', kind: 'regulator-application', dueInDays: -10, status: 'in-progress',
      source: { requirementId: 'ca-on-rn-application', pathwayId: 'ca-on-rn-cno-application' }, evidence: [] },
    { id: 'ms_demo_jurisprudence', title: 'Pass the CNO jurisprudence exam', kind: 'exam-sitting', dueInDays: 40, status: 'planned',
      source: { requirementId: 'ca-on-rn-jurisprudence', pathwayId: 'ca-on-rn-jurisprudence-exam' }, evidence: [] },
    // CNO's Transition to Practice requirement (since 1 April 2025), after the application as in the template and the gap map.
    { id: 'ms_demo_ttp', title: 'Complete a CNO-approved Transition to Practice course', kind: 'course', dueInDays: 130, status: 'planned',
      source: { requirementId: 'ca-on-rn-transition-to-practice', pathwayId: 'ca-on-rn-ttp-course' }, evidence: [] },
    { id: 'ms_demo_nclex', title: 'Sit the NCLEX-RN', kind: 'exam-sitting', dueInDays: 150, status: 'blocked',
      source: { requirementId: 'ca-on-rn-nclex', pathwayId: 'ca-on-rn-nclex-exam' }, evidence: [] },
    { id: 'ms_demo_network', title: 'Join the RNAO internationally educated nurses network', kind: 'networking', dueInDays: null, status: 'planned', evidence: [] },
  ] satisfies DemoMilestone[],
  /** [milestone, the milestone it waits for] */
  dependencies: [
    ['ms_demo_cno', 'ms_demo_nnas'],
    ['ms_demo_nclex', 'ms_demo_cno'],
    ['ms_demo_ttp', 'ms_demo_cno'],
    ['ms_demo_jurisprudence', 'ms_demo_cno'],
  ],
  recalibration: { id: 'rc_demo_cno', milestoneId: 'ms_demo_cno', fromInDays: -50, toInDays: -10, reason: 'NNAS report arrived six weeks later than expected.' },
  checkIn: {
    id: 'ci_demo_1',
    inDays: -14,
    summary: 'Reviewed the NNAS report and the CNO application checklist.',
    confidence: 4,
    nextSteps: 'Book the jurisprudence exam; ask the employer for the practice letter.',
    milestoneIds: ['ms_demo_cno'],
  },
  comment: { id: 'cm_demo_1', milestoneId: 'ms_demo_jurisprudence', text: 'The practice exam on the CNO site is worth doing twice before you book.' },
} as const;
