/**
 * Configuration shared by every Bridgeway element: where the backend is, which
 * credentials to send, the language, the theme, and an optional fetch. It is resolved
 * per element, first defined wins: the element's own attribute or property, then the
 * nearest `<bw-provider>`, then `configure()`, then the defaults.
 */
import { createContext } from '@lit/context';
import type { ClientOptions, FetchLike } from '../api/client.js';

export const THEMES = ['light', 'dark', 'high-contrast', 'auto'] as const;
export type ThemeName = (typeof THEMES)[number];

export interface BridgewayConfig {
  /** Base URL of the backend, e.g. `https://api.example.org` (the client adds `/v1`). */
  endpoint?: string;
  /** `pk_...`: a publishable key that reads public catalogues. */
  publishableKey?: string;
  /** A short-lived user token from the host's backend, or a function that returns a fresh one. */
  userToken?: ClientOptions['userToken'];
  /** A language tag; mapped to the closest supported locale. Default: the page's `lang`. */
  locale?: string;
  /** Default `auto`: follows `prefers-color-scheme`. */
  theme?: ThemeName;
  /** A fetch to use instead of the global one (cookies, token refresh ...). */
  fetch?: FetchLike;
}

/** Every key of `BridgewayConfig`, for the code that copies or merges them. */
export const CONFIG_KEYS = ['endpoint', 'publishableKey', 'userToken', 'locale', 'theme', 'fetch'] as const satisfies readonly (keyof BridgewayConfig)[];
/** A type that compiles only when `T` is `never`: for "every key is handled" checks. */
export type NoneLeft<T extends never> = T;
/** Fails to compile while a key of `BridgewayConfig` is missing from `CONFIG_KEYS`. */
export type ConfigKeysMissing = NoneLeft<Exclude<keyof BridgewayConfig, (typeof CONFIG_KEYS)[number]>>;

export const DEFAULT_THEME: ThemeName = 'auto';

/**
 * The context `<bw-provider>` provides. The key is a versioned string so that a provider
 * and elements from two copies of the same major version still find each other.
 */
export const configContext = createContext<BridgewayConfig | undefined>('bridgeway-config@1');

let globalConfig: Readonly<BridgewayConfig> = Object.freeze({});
const listeners = new Set<() => void>();

/**
 * Sets global defaults for every Bridgeway element loaded from this copy of the library.
 * Merges with earlier calls; pass `undefined` for a key to clear it. Elements update.
 *
 * ```js
 * configure({ endpoint: 'https://api.example.org', publishableKey: 'pk_live_...' });
 * ```
 */
export function configure(options: BridgewayConfig): void {
  const next: BridgewayConfig = { ...globalConfig };
  for (const key of CONFIG_KEYS) {
    if (key in options) (next as Record<string, unknown>)[key] = options[key];
  }
  globalConfig = Object.freeze(next);
  for (const listener of listeners) {
    try {
      listener();
    } catch (error) {
      console.error('[bridgeway] a configuration listener failed', error);
    }
  }
}

/** The configuration set with configure(). */
export function getConfiguration(): Readonly<BridgewayConfig> {
  return globalConfig;
}

/** Calls `listener` after every configure(); returns the function that stops it. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget everything configure() set. */
export function resetConfiguration(): void {
  configure(Object.fromEntries(CONFIG_KEYS.map((key) => [key, undefined])) as BridgewayConfig);
}

/** Merges layers key by key: the first layer with a defined, non-empty value wins. */
export function resolveConfig(...layers: (Partial<BridgewayConfig> | undefined | null)[]): BridgewayConfig {
  const result: BridgewayConfig = {};
  for (const key of CONFIG_KEYS) {
    for (const layer of layers) {
      const value = layer?.[key];
      if (value !== undefined && value !== null && value !== '') {
        (result as Record<string, unknown>)[key] = value;
        break;
      }
    }
  }
  return result;
}

/** Reads a `theme` attribute value; anything unknown is `auto`. */
export function parseTheme(value: string | null | undefined): ThemeName | undefined {
  if (!value) return undefined;
  return (THEMES as readonly string[]).includes(value) ? (value as ThemeName) : undefined;
}
