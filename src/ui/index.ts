/** `bridgeway/ui`: what every widget shares. Side-effect free; registration lives in define.ts files. */
export { BridgewayElement } from './base-element.js';
export { ConfiguredElement } from './configured-element.js';
export { BridgewayProvider } from './provider/provider.js';
export { configure, getConfiguration, resolveConfig, configContext, THEMES, type BridgewayConfig, type ThemeName } from './config.js';
export { defineElement, type DefineResult } from './register.js';
export { Loader, type LoaderOptions, type LoaderRenderers, type LoadStatus } from './loader.js';
export { renderLoading, renderEmpty, renderError, stateStyles } from './states.js';
export { errorMessage, ConfigurationError, type BridgewayErrorDetail, type BridgewayErrorKind } from './errors.js';
export { closestLocale, isRtl, nearestLang, activeLocale, requestLocale, SUPPORTED_LOCALES, type SupportedLocale } from './localization.js';
export * from './format.js';
export { themeStyles } from './theme.js';
export {
  blockStyles,
  joinStyles,
  buttonStyles,
  fieldStyles,
  visuallyHiddenStyles,
  badgeStyles,
  renderBadge,
  layoutStyles,
  headingStyles,
  sectionStyles,
  cardStyles,
  toolbarStyles,
  statusStyles,
  mutedStyles,
  checkStyles,
  listStyles,
  dialogStyles,
  renderEmptyState,
  renderStatusLine,
  type BadgeTone,
  type StatusTone,
} from './blocks.js';
export { VERSION } from '../version.js';
