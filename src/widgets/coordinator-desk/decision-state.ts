/** What the propose and decline dialog shows: the actions own it, the dialog (loaded on demand) renders it. */
import type { MentorLoad } from '../../api/coordinator-desk.js';
import type { QueuedIntroduction } from '../../api/mentorship.js';

export type DecisionMode = 'propose' | 'decline';

/** The open dialog: for which request, and what it knows so far. */
export interface DialogState {
  mode: DecisionMode;
  item: QueuedIntroduction;
  /** Mentors with a free place to propose; undefined while they load. */
  choices?: MentorLoad[];
  /** Why the mentors to choose from did not load. */
  choicesFailure?: string;
  /** Why the decision failed (the dialog stays open with what was typed). */
  failure?: string;
  busy: boolean;
}
