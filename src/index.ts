/**
 * `bridgeway`: every element class and the shared configuration, without registering
 * anything. Import `bridgeway/define` (or `bridgeway/<element>/define`) to register the
 * elements under their `bw-` names, or register a class under a tag name of your own.
 */
export { BridgewayElement } from './ui/base-element.js';
export { BridgewayProvider } from './ui/provider/provider.js';
export { BridgewayCoordinatorDesk, type DeskMentorApprovedDetail, type DeskRequestDecidedDetail } from './widgets/coordinator-desk/coordinator-desk.js';
export { BridgewayCredentialGapMapper, type GapAnalysedDetail } from './widgets/credential-gap-mapper/credential-gap-mapper.js';
export { BridgewayMentorFinder, type MentorFinderMode, type MentorIntroductionRequestedDetail, type MentorSelectedDetail } from './widgets/mentor-finder/mentor-finder.js';
export { BridgewayMilestoneTracker } from './widgets/milestone-tracker/milestone-tracker.js';
export { BridgewayNarrativeBuilder } from './widgets/narrative-builder/narrative-builder.js';
export { BridgewayMentorProfile, type MentorProfileSavedDetail, type ProgramFeedbackSentDetail, type TrainingCompletedDetail } from './widgets/mentor-profile/mentor-profile.js';
export { BridgewayProgramMetrics, type MetricsExportedDetail } from './widgets/program-metrics/program-metrics.js';
export { configure, type BridgewayConfig, type ThemeName } from './ui/config.js';
export { pageReads, SharedReads } from './api/shared-reads.js';
export { defineElement } from './ui/register.js';
export { VERSION } from './version.js';
