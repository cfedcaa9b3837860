/**
 * Prints one element and nothing else of the host page: for the print, every sibling of
 * the element and of each of its ancestors (across shadow roots) is marked and hidden by a
 * print-only style sheet; the marks go once the print dialog closes. The element's own
 * `@media print` rules then decide what of it prints (no toolbar, no buttons).
 */
const HIDDEN = 'data-bw-print-hidden';

let sheet: CSSStyleSheet | undefined;

function printSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print { [${HIDDEN}] { display: none !important; } }`);
  }
  return sheet;
}

/** The roots (document, shadow roots) from the element up, and the siblings to hide in each. */
function chain(element: Element): { roots: Array<Document | ShadowRoot>; hide: Element[] } {
  const roots: Array<Document | ShadowRoot> = [];
  const hide: Element[] = [];
  let node: Element | null = element;
  while (node) {
    const parent: Element | null = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
    const siblings = node.parentNode ? [...node.parentNode.children] : [];
    for (const sibling of siblings) if (sibling !== node && !(sibling instanceof HTMLHeadElement)) hide.push(sibling);
    const root = node.getRootNode();
    if ((root instanceof Document || root instanceof ShadowRoot) && !roots.includes(root)) roots.push(root);
    node = parent;
  }
  return { roots, hide };
}

/**
 * Opens the print dialog for `element` alone. The marks stay until `afterprint` (some
 * browsers return from `print()` before the dialog closes); they hide nothing on screen.
 */
export function printOnly(element: Element, print: () => void = () => window.print()): void {
  const { roots, hide } = chain(element);
  const style = printSheet();
  const added = roots.filter((root) => !root.adoptedStyleSheets.includes(style));
  for (const root of added) root.adoptedStyleSheets = [...root.adoptedStyleSheets, style];
  const marked = hide.filter((node) => !node.hasAttribute(HIDDEN));
  for (const node of marked) node.setAttribute(HIDDEN, '');
  const cleanUp = () => {
    for (const node of marked) node.removeAttribute(HIDDEN);
    for (const root of added) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== style);
  };
  window.addEventListener('afterprint', cleanUp, { once: true });
  print();
}
