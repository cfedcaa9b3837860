/**
 * Re-renders the connected Bridgeway elements when what decides their language changes
 * without them knowing: a `lang` attribute on the page, or an area's translations that
 * arrive after the locale switched. One MutationObserver for the whole page, alive only
 * while at least one element is connected.
 */
import { onTemplatesLoaded } from './localization.js';

interface Updatable {
  requestUpdate(): void;
}

const watchers = new Set<Updatable>();
let observer: MutationObserver | undefined;

const updateAll = () => watchers.forEach((element) => element.requestUpdate());

onTemplatesLoaded(updateAll);

/** Starts (`on`) or stops re-rendering `element` on language changes of the page. */
export function watchLang(element: Updatable, on: boolean): void {
  if (on) watchers.add(element);
  else watchers.delete(element);
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  if (watchers.size > 0 && !observer) {
    // Observing only: the library never writes to the host document.
    observer = new MutationObserver(updateAll);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (watchers.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}
