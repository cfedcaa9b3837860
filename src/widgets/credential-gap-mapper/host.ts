/**
 * What the gap mapper's controllers (profile form, catalogue lookups, analysis, plan
 * hand-off) may use of the element. They import this file, never the element class.
 */
import type { ReactiveControllerHost } from 'lit';
import type { BridgewayClient } from '../../api/client.js';
import type { EventDetail } from '../../ui/base-element.js';
import type { BridgewayConfig } from '../../ui/config.js';
import type { BridgewayErrorDetail } from '../../ui/errors.js';
import type { SupportedLocale } from '../../ui/localization.js';
import type { LazyPart, PartStyles } from '../../ui/lazy.js';
import type { LoadingFromNextFrame } from '../../ui/loading-from-next-frame.js';
import type { Profile } from '../../api/gap.js';
import type { DraftCode, EditorModule, PlanSave } from './parts.js';

export interface GapMapperHost extends ReactiveControllerHost, HTMLElement {
  readonly client: BridgewayClient;
  /** The configuration in effect (whether there is an endpoint, a user token). */
  readonly config: BridgewayConfig;
  readonly resolvedLocale: SupportedLocale;
  readonly renderRoot: HTMLElement | DocumentFragment;
  reportError(error: unknown, phase: BridgewayErrorDetail['phase']): BridgewayErrorDetail;
  /** Fires one of the element's `bw-*` events (see events.ts). */
  emit<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>, options?: { cancelable?: boolean }): boolean;
}

/**
 * The result view's module (map, compare, print, export, plan), loaded on demand, with the
 * reasons' words and the map's styles: chunks of their own fetched beside it (the view alone
 * stays within its budget).
 */
export type ResultView = typeof import('./result-view.js') & Pick<typeof import('./reason-texts.js'), 'reasonText'> & PartStyles;

/** The parts the element holds from its construction, and the map's loading state it shows before its working part arrives. */
export interface MapperParts {
  readonly draft: LazyPart<DraftCode>;
  readonly editor: LazyPart<EditorModule>;
  readonly resultView: LazyPart<ResultView>;
  readonly planSave: LazyPart<PlanSave>;
  readonly mapLoading: LoadingFromNextFrame;
}

/** What the element's working part (mapper-core.ts) reads of the element: its public properties. */
export interface GapMapperShell extends GapMapperHost {
  readonly profile?: Profile;
  readonly occupation?: string;
  readonly jurisdiction?: string;
  readonly asOf?: string;
  readonly analysisId?: string;
}
