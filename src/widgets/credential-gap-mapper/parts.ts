/**
 * The gap mapper's parts loaded on demand that the element holds from its construction (a test
 * replaces an `importer` before the element is on the page): the importers of the draft's code,
 * the form's editing code and the result view, each with what is fetched beside it.
 */
import type { LazyPart, PartStyles } from '../../ui/lazy.js';
import { importOnce } from '../../ui/import-once.js';
import type { ResultView } from './host.js';
import { loaders as gapMapLocales } from '../../generated/locales/gap-map/index.js';
import { loaders as gapReasonLocales } from '../../generated/locales/gap-map-reason/index.js';

/** The element's working part (mapper-core.ts): form state, catalogue lookups, analysis, plan hand-off. */
export type CoreModule = typeof import('./mapper-core.js');

/** Once an element of the page has loaded it, a later element starts its work in its first update (`LazyPart.atHand`). */
export const importCore = importOnce(() => import('./mapper-core.js'));

/** The draft's code (profile-draft.ts: turning a profile into rows and back, with its checks). */
export type DraftCode = typeof import('./profile-draft.js');

/**
 * Once an element of the page has loaded it, a later element checks a host's profile in its first
 * update (`LazyPart.atHand`). The country names the checks read are a chunk shared with the form's:
 * fetched beside the draft's, not after it.
 */
export const importDraftCode = importOnce((): Promise<DraftCode> => Promise.all([import('./profile-draft.js'), import('../../ui/countries.js')]).then(([code]) => code));

/** The profile editor's module, its styles joined with the blocks it shares with the map (blocks.styles.ts). */
export type EditorModule = Omit<typeof import('./profile-editor.js'), 'partStyles'> & PartStyles;

/** The form's view, pickers and styles, with the draft's code they edit. */
export const importEditor = (draft: LazyPart<DraftCode>) => (): Promise<EditorModule> =>
  Promise.all([import('./profile-editor.js'), import('./blocks.styles.js'), draft.require()]).then(([editor, blocks]) => ({ ...editor, partStyles: [blocks.partStyles, editor.partStyles] }));

/**
 * The view, the reasons' words, the map's styles and the blocks it shares with the form, fetched side by side;
 * kept once loaded, so a later element's map does not wait a task for import() to settle again.
 */
export const importResultView: () => Promise<ResultView> = importOnce(() =>
  Promise.all([import('./result-view.js'), import('./reason-texts.js'), import('./gap-map.styles.js'), import('./blocks.styles.js')]).then(([view, { reasonText }, map, blocks]) => ({
    ...view,
    reasonText,
    partStyles: [blocks.partStyles, map.partStyles],
  })),
);

/** The result view's translations, fetched with its code. */
export const resultViewAreas = [gapMapLocales, gapReasonLocales];

/** Saving the map's selection to the plan, with the plan area's messages: loaded at the first "Add to my plan". */
export type PlanSave = typeof import('./plan-save.js');
export const importPlanSave = (): Promise<PlanSave> => import('./plan-save.js');
