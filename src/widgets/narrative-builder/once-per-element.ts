/**
 * A maker of one helper per element, for the builder's lazily loaded parts (tools, hints,
 * competencies): each keeps its state (dismissed hints, rendered previews) for as long as its
 * element lives, and goes with it.
 */
export function oncePerElement<H extends object, T>(make: (host: H) => T): (host: H) => T {
  const made = new WeakMap<H, T>();
  return (host) => {
    let found = made.get(host);
    if (!found) made.set(host, (found = make(host)));
    return found;
  };
}
