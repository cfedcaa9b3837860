/**
 * The draft kept in localStorage while typing, so a reload (or a crash, or a lost
 * connection) loses nothing. One record per draft (or per template before the first
 * server save). Storage can be full, disabled or hold junk: every access is guarded.
 */
import type { DraftValues } from '../../api/narrative.js';

const PREFIX = 'bw-narrative-builder:v1:';

export interface LocalDraft {
  templateId: string;
  /** Set once the draft exists on the server. */
  draftId?: string;
  /** The server version these values were based on. */
  version?: number;
  values: DraftValues;
  competencies: string[];
  /** True while the values hold changes the server does not have. */
  dirty: boolean;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function localKey(templateId: string, draftId?: string): string {
  return draftId ? `draft:${draftId}` : `template:${templateId}`;
}

export function readLocal(key: string): LocalDraft | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + key);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as LocalDraft;
    if (typeof value !== 'object' || !value || typeof value.templateId !== 'string' || typeof value.values !== 'object' || !value.values) return undefined;
    return { ...value, competencies: Array.isArray(value.competencies) ? value.competencies : [] };
  } catch {
    return undefined;
  }
}

export function writeLocal(key: string, draft: LocalDraft): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Full or disabled storage: the server copy is still there.
  }
}

export function removeLocal(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // nothing to do
  }
}

/** The copies on this device of drafts not saved on the server yet (one per template). */
export function unsavedTemplateRecords(): LocalDraft[] {
  const found: LocalDraft[] = [];
  try {
    const store = storage();
    for (let i = 0; store && i < store.length; i++) {
      const key = store.key(i);
      if (!key?.startsWith(`${PREFIX}template:`)) continue;
      const record = readLocal(key.slice(PREFIX.length));
      if (record?.dirty && !record.draftId) found.push(record);
    }
  } catch {
    // Storage went away while reading: what was read is still good.
  }
  return found;
}

/** Hints the person dismissed, remembered across visits. */
export function readDismissed(): string[] {
  try {
    const value = JSON.parse(storage()?.getItem(`${PREFIX}dismissed`) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

export function writeDismissed(ids: readonly string[]): void {
  try {
    storage()?.setItem(`${PREFIX}dismissed`, JSON.stringify(ids));
  } catch {
    // ignore
  }
}
