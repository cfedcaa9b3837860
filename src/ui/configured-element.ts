import { LitElement } from 'lit';
import { CONFIG_KEYS, parseTheme, type BridgewayConfig, type NoneLeft, type ThemeName } from './config.js';
import { VERSION } from '../version.js';

/**
 * What `<bw-provider>` and every Bridgeway element share: the configuration settings,
 * declared once. Each is an attribute (except `fetch`, a property only) and a property,
 * and together they make this element's own layer of the configuration (`ownConfig`),
 * which the provider passes down and an element puts above its provider's.
 *
 * A new setting is a key of `BridgewayConfig` and `CONFIG_KEYS` (src/ui/config.ts), an
 * entry in `properties` below and a documented `declare` (the compiler asks for both).
 */
export class ConfiguredElement extends LitElement {
  /** Registration compares this with an already defined element of the same tag. */
  static bridgewayVersion = VERSION;

  // Properties are declared with `static properties` rather than decorators: the same
  // reactive properties, without a `__decorateClass` call per member in every bundle.
  static override properties = {
    endpoint: {},
    publishableKey: { attribute: 'publishable-key' },
    userToken: { attribute: 'user-token' },
    locale: {},
    theme: { converter: { fromAttribute: parseTheme } },
    fetch: { attribute: false },
  };

  /** Base URL of the backend, e.g. `https://api.example.org` (the client adds `/v1`). */
  declare endpoint?: string;

  /** A publishable key (`pk_...`) that reads public catalogues. */
  declare publishableKey?: string;

  /** A short-lived user token from the host's backend; as a property it may be a function returning a fresh one. */
  declare userToken?: BridgewayConfig['userToken'];

  /** Language tag (`fr`, `fr-CA`, `ar` ...), mapped to the closest supported locale. Default: the provider's, configure()'s, or the nearest `lang` attribute. */
  declare locale?: string;

  /** `light`, `dark`, `high-contrast` or `auto` (default: follows `prefers-color-scheme`). */
  declare theme?: ThemeName;

  /** A fetch to use instead of the global one (cookies, token refresh). Property only. */
  declare fetch?: BridgewayConfig['fetch'];

  /** The settings made on this element itself, by attribute or property (unset ones are undefined). */
  protected get ownConfig(): BridgewayConfig {
    const own: Record<string, unknown> = {};
    for (const key of CONFIG_KEYS) own[key] = this[key];
    return own as BridgewayConfig;
  }
}

/** Fails to compile while a setting of `BridgewayConfig` has no entry in `ConfiguredElement.properties`. */
export type UndeclaredSettings = NoneLeft<Exclude<keyof BridgewayConfig, keyof (typeof ConfiguredElement)['properties']>>;
