/**
 * Milestone templates per occupation and jurisdiction (from the regulators' published steps;
 * each step's source requirement is in catalogue/*.json, and
 * test/server/catalogue-templates.test.ts keeps them in agreement). Data only; the plans
 * seeder (./index.ts) upserts them.
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
      step('language', 'English or French test (IELTS Academic or General Training, CELBAN or TEF Canada)', 'language-test', [14, 60], [], { source: { requirementId: 'ca-on-rn-language', pathwayId: 'ca-on-rn-ielts' }, validForDays: 730 }),
      step('cno-application', 'Apply to the College of Nurses of Ontario and pay the application fee', 'regulator-application', [14, 45], ['nnas'], { source: { requirementId: 'ca-on-rn-application', pathwayId: 'ca-on-rn-cno-application' } }),
      step('evaluation', 'CNO eligibility decision', 'credential-assessment', [60, 180], ['cno-application']),
      // CNO's Transition to Practice requirement (since 1 April 2025); the catalogue places it after the application (its note says why).
      step('transition-to-practice', 'Complete a CNO-approved Transition to Practice course', 'course', [49, 98], ['evaluation'], { source: { requirementId: 'ca-on-rn-transition-to-practice', pathwayId: 'ca-on-rn-ttp-course' } }),
      step('nclex', 'Sit the NCLEX-RN', 'exam-sitting', [60, 120], ['evaluation'], { source: { requirementId: 'ca-on-rn-nclex', pathwayId: 'ca-on-rn-nclex-exam' } }),
      step('jurisprudence', 'Pass the CNO jurisprudence exam', 'exam-sitting', [14, 45], ['evaluation'], { source: { requirementId: 'ca-on-rn-jurisprudence', pathwayId: 'ca-on-rn-jurisprudence-exam' } }),
      step('registration', 'Register with CNO and pay the fee', 'regulator-application', [14, 30], ['nclex', 'jurisprudence', 'language', 'transition-to-practice'], { source: { requirementId: 'ca-on-rn-registration', pathwayId: 'ca-on-rn-cno-registration' } }),
      step('job-search', 'Apply for RN positions', 'job-search', [30, 120], ['registration']),
    ],
  },
  {
    occupationId: 'professional-engineer',
    jurisdictionId: 'ca-on',
    items: [
      // Since May 2023 PEO takes an application only once the academic and experience requirements are met.
      step('academic-review', 'CEAB degree, or confirmatory exams for a degree PEO accepts', 'credential-assessment', [90, 365], [], { source: { requirementId: 'ca-on-peng-academic-assessment', pathwayId: 'ca-on-peng-confirmatory-exams' } }),
      step('experience', 'At least 24 months of engineering experience (since 1 July 2026), all 34 competencies shown in the competency-based assessment', 'supervised-practice', [0, 1460], [], { source: { requirementId: 'ca-on-peng-experience' } }),
      step('peo-application', 'Apply to PEO with a complete P.Eng. application', 'regulator-application', [14, 45], ['academic-review', 'experience'], { source: { requirementId: 'ca-on-peng-application', pathwayId: 'ca-on-peng-peo-application' } }),
      step('nppe', 'National Professional Practice Exam (NPPE), within six months of the complete application', 'exam-sitting', [30, 180], ['peo-application'], { source: { requirementId: 'ca-on-peng-ppe', pathwayId: 'ca-on-peng-nppe' } }),
      step('licence', 'Licence granted', 'regulator-application', [30, 60], ['nppe']),
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
