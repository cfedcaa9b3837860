/**
 * Data access for outcomes, split by what they do under `./outcomes/`: a mentee's enrolment with
 * intake, follow-ups and consent (only the mentee writes their own); the organisation's settings
 * and mentors' feedback; and the program's figures, with small numbers withheld.
 */
export { answerFollowUp, createEnrolment, getEnrolment, listDueFollowUps, updateEnrolment } from './outcomes/enrolments.js';
export { createMentorFeedback, getOutcomeSettings, updateOutcomeSettings } from './outcomes/settings.js';
export { metricsFilterOptions, programMetrics } from './outcomes/metrics.js';
