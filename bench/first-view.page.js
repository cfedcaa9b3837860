// The in-page half of bench/first-view.bench.ts: creates elements against the reference server and,
// when they first show their data with nothing in flight, lists every script the page has fetched.

// What an element prefetches while the page is idle (error texts, parts a person may open next) is
// not what it needs to show its data: idle callbacks never run here, so those are not counted.
window.requestIdleCallback = () => 0;
window.scriptsUntilShown = async (specs, endpoint) => {
  const nextTask = () => new Promise((done) => setTimeout(done, 0));
  let outstanding = 0;
  const counting = async (input, init) => {
    outstanding++;
    try {
      return await fetch(input, init);
    } finally {
      queueMicrotask(() => outstanding--);
    }
  };
  await Promise.all(specs.map((spec) => customElements.whenDefined(spec.tag)));
  const elements = specs.map((spec) => {
    const element = document.createElement(spec.tag);
    element.setAttribute('endpoint', endpoint);
    element.setAttribute('publishable-key', 'pk_demo_bridgeway');
    if (spec.token) element.setAttribute('user-token', spec.token);
    for (const [name, value] of Object.entries(spec.attributes)) element.setAttribute(name, value);
    Object.assign(element, spec.properties ?? {});
    element.fetch = counting;
    document.body.append(element);
    return element;
  });
  // Shown: no request in flight, no loading state and no update pending, for two turns in a row (as the first-render bench).
  const deadline = performance.now() + 30_000;
  let quiet = 0;
  while (quiet < 2 && performance.now() < deadline) {
    const done = (await Promise.all(elements.map((element) => element.updateComplete))).every(Boolean);
    const loading = elements.some((element) => element.shadowRoot?.querySelector('[part~="state-loading"], [aria-busy="true"]'));
    quiet = done && outstanding === 0 && !loading ? quiet + 1 : 0;
    await nextTask();
  }
  const scripts = performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
    .map((entry) => new URL(entry.name).pathname);
  return { scripts: [...new Set(scripts)], shown: quiet >= 2 };
};
