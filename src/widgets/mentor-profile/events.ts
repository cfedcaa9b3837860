/** The events of `<bw-mentor-profile>`, declared once for `addEventListener` typing. */
import type { MentorApproval } from '../../api/mentor-onboarding.js';

export interface MentorProfileSavedDetail {
  mentorId: string;
  approval: MentorApproval;
  version: number;
}

export interface TrainingCompletedDetail {
  moduleId: string;
  /** Every required module is complete now. */
  trainingComplete: boolean;
}

export interface ProgramFeedbackSentDetail {
  satisfaction: number;
}

declare global {
  interface HTMLElementEventMap {
    'bw-mentor-profile-saved': CustomEvent<MentorProfileSavedDetail>;
    'bw-training-completed': CustomEvent<TrainingCompletedDetail>;
    'bw-program-feedback-sent': CustomEvent<ProgramFeedbackSentDetail>;
  }
}
