/** The desk's events, declared once for `emit()` and `addEventListener`. */

export interface DeskMentorApprovedDetail {
  /** The approved mentor's id (their mentor card's). */
  mentorId: string;
}

export interface DeskRequestDecidedDetail {
  introductionId: string;
  /** `approve`: passed to its mentor; `propose`: passed to `mentorId` instead; `decline`: answered with a reason. */
  action: 'approve' | 'propose' | 'decline';
  /** The mentor who now has the request (approve and propose). */
  mentorId?: string;
}

declare global {
  interface HTMLElementEventMap {
    'bw-desk-mentor-approved': CustomEvent<DeskMentorApprovedDetail>;
    'bw-desk-request-decided': CustomEvent<DeskRequestDecidedDetail>;
  }
}
