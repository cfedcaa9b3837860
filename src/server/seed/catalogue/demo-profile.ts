/**
 * The demo mentee: Amara Okafor, a registered nurse educated in Nigeria, eight years in
 * practice, moving to Ontario. Her IELTS General Training (R7 W6.5 L8 S7, overall 7) meets
 * CNO's minimums (the nurse regulators' common standard since November 2022), she has not
 * yet applied to NNAS, and she holds an active Nigerian licence.
 */
import type { GapAnalysisRequest, Profile } from '../../../api/gap.js';

/** The day the demo is analysed on: after her IELTS sitting (a result dated later is refused). */
export const DEMO_AS_OF = '2026-12-05';

export const demoProfile: Profile = {
  displayName: 'Amara Okafor',
  education: [
    { level: 'bachelor', fieldFamily: 'nursing', title: 'BSc Nursing', institution: 'University of Lagos', country: 'NG', year: 2014 },
    { level: 'secondary', fieldFamily: 'other', title: 'WAEC Senior School Certificate', country: 'NG', year: 2009 },
  ],
  licences: [{ title: 'Registered Nurse', fieldFamily: 'nursing', issuer: 'Nursing and Midwifery Council of Nigeria', country: 'NG', status: 'active', year: 2015 }],
  experience: [
    {
      role: 'Staff nurse, medical-surgical ward',
      fieldFamily: 'nursing',
      country: 'NG',
      years: 8,
      endYear: 2024,
      competencies: ['patient-assessment', 'medication-administration', 'care-planning', 'infection-control'],
    },
  ],
  languageTests: [{ test: 'ielts-general', scores: { reading: 7.0, writing: 6.5, listening: 8.0, speaking: 7.0, overall: 7.0 }, takenOn: '2026-06-20' }],
  assessments: [],
  exams: [],
};

export const demoRequest: GapAnalysisRequest = {
  profile: demoProfile,
  occupationId: 'registered-nurse',
  jurisdictionId: 'ca-on',
  asOf: DEMO_AS_OF,
};
