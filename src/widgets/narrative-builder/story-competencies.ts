/**
 * The competencies beside the preview: a STAR story's competency tags, and how the person's
 * stories cover the target occupation's competencies once read. A part of its own, as the
 * hints are (writing-hints.ts): the element loads it through a `LazyPart` when the draft is a
 * STAR story or the target occupation is known, with the translations area `narrative-more`,
 * apart from the draft tools that most drafts never need.
 */
import { nothing } from 'lit';
import type { NarrativeTemplate } from '../../api/narrative.js';
import { competencyCoverage } from '../../core/narrative/competencies.js';
import { checkStyles, joinStyles } from '../../ui/blocks.js';
import { competencyName, renderCompetencies } from './competencies.js';
import type { DraftSession } from './draft-session.js';
import { OccupationCompetencies, type OccupationHost } from './occupation-competencies.js';
import { competencyStyles } from './parts.styles.js';
import { oncePerElement } from './once-per-element.js';

/** Adopted by the element's LazyPart when this part loads: the checkboxes and the coverage list, one sheet. */
export const partStyles = joinStyles(checkStyles, competencyStyles);

/** What the competencies use of the element. */
export interface CompetenciesHost extends OccupationHost {
  readonly session: DraftSession;
}

/** The competencies of an element (made once per element). */
export const competenciesFor: (host: CompetenciesHost) => StoryCompetencies = oncePerElement((host: CompetenciesHost) => new StoryCompetencies(host));

export class StoryCompetencies {
  /** The target occupation's competencies, read from the catalogue. */
  private readonly occupation: OccupationCompetencies;

  constructor(private readonly host: CompetenciesHost) {
    this.occupation = new OccupationCompetencies(host);
  }

  /** The story's competency tags (a STAR story), and the coverage of the target occupation's once read. */
  render(template: NarrativeTemplate, locale: string): unknown {
    const session = this.host.session;
    const { draft, competencies: chosen, otherStories } = session;
    const asked = this.occupation.asked;
    const isStory = template.kind === 'star-story';
    if (!isStory && !asked) return nothing;
    const label = (id: string) => competencyName(id, asked?.find((c) => c.id === id)?.label, locale);
    const stories = [
      ...otherStories.filter((d) => d.id !== draft?.id).map((d) => ({ id: d.id, title: d.title, competencies: d.competencies })),
      ...(isStory ? [{ id: draft?.id ?? 'current', title: template.title, competencies: chosen }] : []),
    ];
    return renderCompetencies(
      {
        tags: isStory ? [...new Set([...(template.competencies ?? []), ...(asked ?? []).map((c) => c.id)])] : undefined,
        chosen,
        readonly: this.host.reviewing,
        coverage: asked ? competencyCoverage(asked.map((c) => c.id), stories) : undefined,
        label,
      },
      (id, on) => session.toggleCompetency(id, on),
    );
  }
}
