/** The events the gap mapper fires, declared for a typed `addEventListener`. */
import type { GapAnalysis, Profile } from '../../api/gap.js';
import type { GapPlanRequest } from '../../api/plan.js';

/** The detail of `bw-gap-analysed`. */
export interface GapAnalysedDetail {
  analysis: GapAnalysis;
  profile: Profile;
}

declare global {
  interface HTMLElementEventMap {
    'bw-gap-analysed': CustomEvent<GapAnalysedDetail>;
    'bw-gap-plan-requested': CustomEvent<GapPlanRequest>;
  }
}
