/** The events the mentor finder fires, declared for a typed `addEventListener`. */
import type { MentorProfile } from '../../api/mentor.js';

/** `detail` of `bw-mentor-introduction-requested`. */
export interface MentorIntroductionRequestedDetail {
  mentorId: string;
  requestId: string;
}

/** `detail` of `bw-mentor-selected`. */
export interface MentorSelectedDetail {
  mentorId: string;
  mentor: MentorProfile;
}

declare global {
  interface HTMLElementEventMap {
    'bw-mentor-introduction-requested': CustomEvent<MentorIntroductionRequestedDetail>;
    'bw-mentor-selected': CustomEvent<MentorSelectedDetail>;
  }
}
