/**
 * The follow-ups as a part loaded on demand: a secondary panel for a signed-in mentee, whose code
 * (with the outcomes contract) loads beside the plan. Nothing shows while it loads, so the plan
 * never waits for it; a chunk that does not arrive shows the error state with "Try again".
 */
import { nothing } from 'lit';
import type { LazyPart } from '../../ui/lazy.js';
import type * as FollowUpsModule from './follow-ups.js';
import type { TrackerHost } from './host.js';

export class FollowUpsPart {
  private followUps?: FollowUpsModule.FollowUps;

  constructor(
    private readonly host: TrackerHost,
    /** Whether the person acts as a mentee with a user token (only they have follow-ups). */
    private readonly isMentee: () => boolean,
    /** The follow-ups' code (the element's `parts.followUps`). */
    private readonly code: LazyPart<typeof FollowUpsModule>,
  ) {}

  render(): unknown {
    if (!this.isMentee()) return nothing;
    return this.code.render(
      ({ FollowUps }) => (this.followUps ??= new FollowUps(this.host, this.isMentee)).render(),
      () => nothing,
    );
  }
}
