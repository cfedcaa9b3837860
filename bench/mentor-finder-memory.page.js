// The in-page half of bench/mentor-finder-memory.bench.ts: a mentor finder fed 10,000
// results (one page of 10,000, as a large program's broad search returns them), scrolled
// from top to bottom so every part of the list has been shown once.
const match = (index) => ({
  mentor: {
    id: `mtr_fake_${index}`,
    displayName: `Mentor ${index}`,
    headline: `Made-up mentor number ${index}, a nurse licensed in Ontario`,
    occupations: ['registered-nurse'],
    jurisdiction: 'ca-on',
    city: 'Toronto',
    licensedIn: ['ca-on'],
    credentialPath: null,
    languages: ['en', 'fr'],
    formats: ['online'],
    capacity: 3,
    currentLoad: 1,
    available: true,
    spotsLeft: 2,
    status: 'active',
    offers: ['plan-review', 'informational-interview'],
    lastActiveAt: null,
    responsiveness: { medianResponseDays: 2, responseRate: 0.9, sampleSize: 12 },
  },
  score: 80 - (index % 40),
  factors: [
    { factor: 'same-occupation', weight: 20, points: 20, message: { code: 'match.sameOccupation', params: {} } },
    { factor: 'availability', weight: 10, points: 6, message: { code: 'match.spotsLeft', params: { spotsLeft: 2, capacity: 3 } } },
  ],
});

window.showTenThousand = async ({ endpoint }) => {
  const body = JSON.stringify({ items: Array.from({ length: 10_000 }, (_, i) => match(i)), nextCursor: null });
  const feed = async (input, init) =>
    input.includes('/mentors/search') ? new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }) : fetch(input, init);
  const element = document.createElement('bw-mentor-finder');
  element.setAttribute('endpoint', endpoint);
  element.setAttribute('publishable-key', 'pk_demo_bridgeway');
  element.fetch = feed;
  document.body.append(element);
  const list = () => element.shadowRoot?.querySelector('[part~="results"]');
  const items = () => element.shadowRoot?.querySelectorAll('[role="listitem"]') ?? [];
  for (let waited = 0; !(list() && items().length > 0); waited += 50) {
    if (waited > 20_000) throw new Error('the results never rendered');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // The results scroll with the page (since 22381cf): scroll the page, not the list.
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  for (let top = 0; top <= document.documentElement.scrollHeight; top += 2_000) {
    window.scrollTo(0, top);
    await frame();
  }
  await frame();
  const shown = items();
  return { rendered: shown.length, setSize: shown[0]?.getAttribute('aria-setsize'), lastPosInSet: shown[shown.length - 1]?.getAttribute('aria-posinset') };
};
