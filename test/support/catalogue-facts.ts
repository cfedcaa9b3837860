/** Looking up the seed catalogue's entries in the fact tests, checking that an entry names its source and the day it was checked, and analysing small profiles against it. */
import assert from 'node:assert/strict';
import type { Pathway, Requirement } from '../../src/api/catalogue.js';
import type { Profile } from '../../src/api/gap.js';
import { analyseGap } from '../../src/core/gap/analyse.js';
import { catalogue, seedRequirementSet } from '../../src/server/seed/catalogue/index.js';

export const requirement = (id: string): Requirement => {
  const found = catalogue.requirements.find((r) => r.id === id);
  assert.ok(found, `no requirement ${id}`);
  return found;
};

export const pathway = (id: string): Pathway => {
  const found = catalogue.pathways.find((p) => p.id === id);
  assert.ok(found, `no pathway ${id}`);
  return found;
};

/** The requirement names `url` as its source and was checked on 2026-12-05. */
export const checked = (r: Requirement, url: string) => {
  assert.equal(r.source.url, url, `${r.id} names its source`);
  assert.equal(r.lastVerified, '2026-12-05', `${r.id} was checked on 2026-12-05`);
};

/** The requirement names `url`, was checked on 2026-12-05, and is marked verified. */
export const verifiedOn = (r: Requirement, url: string) => {
  checked(r, url);
  assert.equal(r.verification?.status, 'verified', `${r.id} is verified`);
};

/** A language requirement's accepted tests, by test id. */
export const acceptedTests = (r: Requirement) => Object.fromEntries(r.criteria.language!.acceptedTests.map((t) => [t.test, t]));

/** The day the fact tests analyse on: the day the facts were checked. */
export const FACTS_AS_OF = '2026-12-05';

/** A profile with nothing in it but `extra`. */
export const person = (extra: Partial<Profile>): Profile => ({ education: [], licences: [], experience: [], languageTests: [], ...extra });

/** The status the seed catalogue's analysis gives `requirementId` for `profile`, on FACTS_AS_OF. */
export const statusOf = (profile: Profile, occupationId: string, jurisdictionId: string, requirementId: string) =>
  analyseGap(profile, { occupationId, jurisdictionId }, seedRequirementSet(occupationId, jurisdictionId), FACTS_AS_OF).results.find((r) => r.requirementId === requirementId)?.status;

/** The step of the seed catalogue's critical path for `profile` that closes a requirement, on FACTS_AS_OF; fails when none does. */
export const criticalStepsOf = (profile: Profile, occupationId: string, jurisdictionId: string) => {
  const { criticalPath } = analyseGap(profile, { occupationId, jurisdictionId }, seedRequirementSet(occupationId, jurisdictionId), FACTS_AS_OF);
  return (requirementId: string) => {
    const found = criticalPath.steps.find((s) => s.closes.includes(requirementId));
    assert.ok(found, `a step closes ${requirementId}`);
    return found;
  };
};

type LanguageResult = Profile['languageTests'][number];
/** An IELTS result taken on 2026-06-01. */
export const ielts = (scores: Record<string, number>, test: 'ielts-academic' | 'ielts-general' = 'ielts-academic'): LanguageResult => ({ test, scores, takenOn: '2026-06-01' }) as LanguageResult;

/**
 * The pathway was checked on 2026-12-05, stays unverified (no owner's page stored confirms all it
 * states), names `url` as the page it was read on (or none, where no owner's page was found), and its
 * note says what was and was not confirmed.
 */
export const checkedUnverified = (p: Pathway, url: string | undefined, says: RegExp) => {
  assert.equal(p.verification?.checkedOn, '2026-12-05', `${p.id} was checked on 2026-12-05`);
  assert.equal(p.verification?.status, 'unverified', `${p.id} stays unverified`);
  assert.equal(p.verification?.source?.url, url, `${p.id} names the page it was read on`);
  assert.match(p.verification?.note?.en ?? '', says, `${p.id} says what was confirmed`);
};

/** The seed catalogue's pathways whose id ends with `suffix`, at least one. */
export const pathwaysEndingWith = (suffix: string): Pathway[] => {
  const found = catalogue.pathways.filter((p) => p.id.endsWith(suffix));
  assert.ok(found.length > 0, `no pathway ending with ${suffix}`);
  return found;
};

/** The occupations Ahpra registers that the catalogue holds, with the short name in their requirements' ids (`au-<state>-<short>-language`). */
export const AHPRA_SETS = [
  ['registered-nurse', 'rn'],
  ['pharmacist', 'pharm'],
  ['physician', 'md'],
  ['dentist', 'dds'],
] as const;
