/**
 * The demo mentee's credential-equivalency statement, shared with the demo mentor, who left
 * a comment and a suggestion. Data only; `seedDemoDraft()` in ./index.ts writes it.
 */
import type { DraftValues } from '../../../api/narrative.js';

export const DEMO_DRAFT_ID = 'nd_demo_equivalency';

export const DEMO_DRAFT = {
  id: DEMO_DRAFT_ID,
  ownerId: 'usr_demo_mentee',
  mentorId: 'usr_demo_mentor',
  template: { kind: 'credential-equivalency', locale: 'en' },
  title: 'My nursing credentials',
  status: 'changes-requested',
  values: {
    'foreign-title': 'Registered Nurse (Nigeria)',
    'local-title': 'Registered Nurse',
    jurisdiction: 'Ontario',
    credentials: ["Bachelor's degree in Nursing, University of Lagos, Nigeria (2014) — assessed by NNAS as comparable to a Canadian bachelor's degree in nursing"],
    'assessed-by': 'NNAS',
    experience: 'Eight years on a busy medical-surgical ward at Lagos University Teaching Hospital, including three years as charge nurse for a team of twelve.',
  } satisfies DraftValues,
  shareMessage: 'Could you check this before I send it to the hospital?',
  reviews: [
    {
      id: 'nr_demo_comment',
      sectionId: 'education',
      fieldId: null,
      kind: 'comment',
      text: 'Good: naming NNAS makes the assessment easy to check. Add the registration exam once you have booked it.',
      suggestedText: null,
    },
    {
      id: 'nr_demo_suggestion',
      sectionId: 'practice',
      fieldId: 'experience',
      kind: 'suggestion',
      text: 'Lead with the numbers a Canadian hiring manager looks for.',
      suggestedText: 'Eight years of acute medical-surgical nursing at Lagos University Teaching Hospital, three of them as charge nurse leading a team of twelve on a 40-bed ward.',
    },
  ],
} as const;
