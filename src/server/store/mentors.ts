/**
 * Data access for mentors, introductions and favourites, split by what they do under
 * `./mentors/`. Every function takes the database and the organisation first, and every
 * query filters by organisation. What may not be done is refused with a `Refusal`
 * (src/server/refusal.ts) whose `reason` names the rule (`mentor-paused`, `stale-version`...).
 *
 * Contact details live in their own table and are read only for an accepted introduction.
 */
export { mentorFromRow } from './mentors/rows.js';
export { getMentor, getMentorByUser, getMentorContact, pauseMentor, upsertMentors, type NewMentor } from './mentors/profiles.js';
export { buildSearchSql, pruningSubset, searchMentors, searchMentorsSql, type SearchOptions, type SearchRow } from './mentors/search.js';
export {
  createIntroduction, expireAndRemind, followUpIntroduction, listIntroductionsForMentee, listIntroductionsForMentor, respondToIntroduction,
} from './mentors/introductions.js';
export { addFavourite, listFavourites, removeFavourite } from './mentors/favourites.js';
export { answerAgreementChange, closeMentorship, confirmAgreement, getMentorship, listCurrentMentees, listMentorships, proposeAgreementChange, setAgreement } from './mentors/mentorships.js';
export { decideQueued, listQueue } from './mentors/queue.js';
export {
  completeTrainingModule, createTrainingModule, decideApplication, getOwnApplication, getOwnTraining, listApplications, listTrainingModules, saveOwnProfile,
} from './mentors/onboarding.js';
export { createReflection, listOwnReflections, listSharedReflections, updateReflection } from './mentors/reflections.js';
export { getMentorshipSettings, updateMentorshipSettings } from './mentors/settings.js';
