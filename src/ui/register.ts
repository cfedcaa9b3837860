/**
 * Registration that a second copy of Bridgeway on the page cannot break: it never throws.
 */
import { VERSION } from '../version.js';

export type DefineResult =
  /** The tag was free and now holds this constructor. */
  | 'defined'
  /** The tag already holds this constructor, or Bridgeway of the same version: nothing to do. */
  | 'same'
  /** The tag holds something else (another version, another library): warned once. */
  | 'conflict'
  /** The registry refused (invalid name, scoped registry error ...): warned once. */
  | 'failed'
  /** No DOM here (a server imported the module): nothing registered, nothing said. */
  | 'skipped';

type Versioned = CustomElementConstructor & { bridgewayVersion?: string };

const warned = new Set<string>();

function warnOnce(tagName: string, message: string, error?: unknown): void {
  if (warned.has(tagName)) return;
  warned.add(tagName);
  if (error === undefined) console.warn(message);
  else console.warn(message, error);
}

/**
 * A server (Node, a framework's server render) has no `document`; Lit's server build gives it
 * a stand-in `customElements`, but nothing there would ever upgrade an element.
 */
const hasDom = (): boolean => typeof document !== 'undefined';

/**
 * Defines `tagName` as `constructor` when the tag is free. When it is already defined by
 * Bridgeway of the same version, stays quiet; otherwise warns once per tag, naming both
 * versions and what to do. Never throws. Without a DOM (a server importing a `define`
 * module) it does nothing, unless a `registry` is passed explicitly (Lit's server renderer).
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor, registry?: CustomElementRegistry): DefineResult {
  const ours = (constructor as Versioned).bridgewayVersion ?? VERSION;
  if (!registry && !hasDom()) return 'skipped';
  try {
    const target = registry ?? globalThis.customElements;
    if (!target) {
      warnOnce(tagName, `[bridgeway] <${tagName}> was not registered: this environment has no custom element registry.`);
      return 'failed';
    }
    const existing = target.get(tagName) as Versioned | undefined;
    if (!existing) {
      target.define(tagName, constructor);
      return 'defined';
    }
    if (existing === constructor || existing.bridgewayVersion === ours) return 'same';
    const theirs = existing.bridgewayVersion ? `Bridgeway ${existing.bridgewayVersion}` : 'another script (not Bridgeway)';
    warnOnce(
      tagName,
      `[bridgeway] <${tagName}> is already defined by ${theirs}, so this copy (Bridgeway ${ours}) uses that definition. ` +
        `Load a single copy of Bridgeway on the page (check for duplicate <script> tags or bundles), ` +
        `or register this copy's class under another tag name.`,
    );
    return 'conflict';
  } catch (error) {
    warnOnce(tagName, `[bridgeway] <${tagName}> could not be registered (Bridgeway ${ours}); the element will not upgrade.`, error);
    return 'failed';
  }
}
