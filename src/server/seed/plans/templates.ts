/**
 * Milestone templates per occupation and jurisdiction (illustrative, from the regulators'
 * published steps). Data only; the plans seeder (./index.ts) upserts them.
 */
import type { MilestoneTemplateItem } from '../../../api/plan.js';

export interface TemplateSeed {
  occupationId: string;
  jurisdictionId: string;
  items: MilestoneTemplateItem[];
}

const step = (key: string, title: string, kind: MilestoneTemplateItem['kind'], days: [number, number], dependsOn: string[] = [], extra: Partial<MilestoneTemplateItem> = {}): MilestoneTemplateItem => ({
  key,
  title,
  kind,
  minDays: days[0],
  maxDays: days[1],
  dependsOn,
  ...extra,
});

export const MILESTONE_TEMPLATES: TemplateSeed[] = [
  {
    occupationId: 'registered-nurse',
    jurisdictionId: 'ca-on',
    items: [
      step('nnas', 'Apply to NNAS and send documents', 'credential-assessment', [90, 240], [], { source: { requirementId: 'ca-on-rn-nnas', pathwayId: 'ca-on-rn-nnas-report' } }),
      step('ielts', 'IELTS Academic (7.0 overall)', 'language-test', [14, 60], [], { source: { requirementId: 'ca-on-rn-language', pathwayId: 'ca-on-rn-ielts' }, validForDays: 730 }),
      step('cno-application', 'Apply to the College of Nurses of Ontario', 'regulator-application', [14, 45], ['nnas']),
      step('evaluation', 'CNO education evaluation decision', 'credential-assessment', [60, 180], ['cno-application']),
      step('nclex', 'Sit the NCLEX-RN', 'exam-sitting', [60, 120], ['evaluation'], { source: { requirementId: 'ca-on-rn-nclex', pathwayId: 'ca-on-rn-nclex-exam' } }),
      step('jurisprudence', 'Pass the CNO jurisprudence exam', 'exam-sitting', [14, 45], ['cno-application'], { source: { requirementId: 'ca-on-rn-jurisprudence', pathwayId: 'ca-on-rn-jurisprudence-exam' } }),
      step('registration', 'Register with CNO and pay the fee', 'regulator-application', [14, 30], ['nclex', 'jurisprudence', 'ielts'], { source: { requirementId: 'ca-on-rn-registration', pathwayId: 'ca-on-rn-cno-registration' } }),
      step('job-search', 'Apply for RN positions', 'job-search', [30, 120], ['registration']),
    ],
  },
  {
    occupationId: 'professional-engineer',
    jurisdictionId: 'ca-on',
    items: [
      step('peo-application', 'Apply to PEO for a P.Eng. licence', 'regulator-application', [14, 45]),
      step('academic-review', 'PEO academic assessment', 'credential-assessment', [90, 180], ['peo-application']),
      step('technical-exams', 'Technical exams, if assigned', 'exam-sitting', [60, 365], ['academic-review']),
      step('ppe', 'Professional Practice Exam (PPE)', 'exam-sitting', [30, 90], ['peo-application']),
      step('experience', '12 months of Canadian-referenced experience', 'supervised-practice', [365, 480], ['peo-application']),
      step('licence', 'Licence granted', 'regulator-application', [30, 60], ['technical-exams', 'ppe', 'experience']),
    ],
  },
  {
    occupationId: 'registered-nurse',
    jurisdictionId: 'gb-eng',
    items: [
      step('nmc-application', 'NMC eligibility and qualification assessment', 'credential-assessment', [30, 90], [], { source: { requirementId: 'gb-eng-rn-eligibility', pathwayId: 'gb-eng-rn-nmc-application' } }),
      step('english', 'IELTS Academic or OET', 'language-test', [14, 45], [], { validForDays: 730 }),
      step('cbt', 'NMC CBT at Pearson VUE', 'exam-sitting', [21, 60], ['nmc-application']),
      step('osce', 'NMC OSCE', 'exam-sitting', [30, 90], ['cbt']),
      step('registration', 'NMC registration and final checks', 'regulator-application', [14, 45], ['osce', 'english']),
    ],
  },
];
