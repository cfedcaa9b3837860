/**
 * Competency coverage: which of the competencies a target occupation asks for are shown
 * by the person's STAR stories, and which still have no story.
 */

export interface CompetencyStory {
  id: string;
  title: string;
  /** Competency ids the story is tagged with. */
  competencies: readonly string[];
}

export interface CompetencyCoverage {
  competency: string;
  /** Stories that show it, in the order given. */
  storyIds: string[];
  covered: boolean;
}

export interface CoverageReport {
  items: CompetencyCoverage[];
  covered: string[];
  uncovered: string[];
  /** Share of the asked-for competencies with at least one story, 0..1. */
  ratio: number;
  /** Tags on stories that the occupation does not ask for (still worth telling, but not for this target). */
  extra: string[];
}

/** Matches stories to the competencies an occupation asks for. */
export function competencyCoverage(required: readonly string[], stories: readonly CompetencyStory[]): CoverageReport {
  const wanted = [...new Set(required)];
  const items = wanted.map((competency) => {
    const storyIds = stories.filter((story) => story.competencies.includes(competency)).map((story) => story.id);
    return { competency, storyIds, covered: storyIds.length > 0 };
  });
  const covered = items.filter((item) => item.covered).map((item) => item.competency);
  const uncovered = items.filter((item) => !item.covered).map((item) => item.competency);
  const extra = [...new Set(stories.flatMap((story) => story.competencies))].filter((tag) => !wanted.includes(tag));
  return { items, covered, uncovered, ratio: wanted.length ? covered.length / wanted.length : 1, extra };
}
