/**
 * The training a mentor is shown: their own record once they have a profile, before that the
 * modules the program will ask of them. The training's code (training-record.ts) reads it, and
 * the profile asks for it as soon as its own answer says which (profile-record.ts), so the
 * answer is on its way, shared through the page's reads, before the training's code asks.
 */
import type { BridgewayClient } from '../../api/client.js';
import type { TrainingModule, TrainingProgress } from '../../api/mentor-onboarding.js';
import { getOwnTraining, listTrainingModules } from '../../generated/operations.js';

const MODULES = { limit: 100 } as const;

/** Before a profile: the program's modules, none completed yet. */
function modulesToDo(modules: readonly TrainingModule[]): TrainingProgress {
  return { items: modules.map((module) => ({ module, completedAt: null })), complete: modules.every((module) => !module.required) };
}

export async function readTraining(client: BridgewayClient, hasProfile: boolean, signal?: AbortSignal): Promise<TrainingProgress> {
  if (hasProfile) return client.call(getOwnTraining, { signal });
  return modulesToDo((await client.call(listTrainingModules, { query: MODULES, signal })).items);
}

/** The same, at once when the page's shared reads hold it (asked for with the profile); else undefined. */
export function heldTraining(client: BridgewayClient, hasProfile: boolean): TrainingProgress | undefined {
  if (hasProfile) return client.held(getOwnTraining);
  const page = client.held(listTrainingModules, { query: MODULES });
  return page && modulesToDo(page.items);
}
