import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { GapPlanRequest } from '../../../src/api/plan.js';
import type { FetchLike } from '../../../src/api/client.js';
import { $, $$, analysed, demoProfile, everyStatusProfile, mapper, token, waitFor } from './helpers.js';
import { stalledFetch } from '../../support/browser.js';

describe('bw-credential-gap-mapper: the gap map', () => {
  it('shows the map at once for a host-given profile and target, and fires bw-gap-analysed', async () => {
    const el = await mapper();
    const event = oneEvent(el, 'bw-gap-analysed');
    el.occupation = 'registered-nurse';
    el.jurisdiction = 'ca-on';
    el.profile = demoProfile;
    const { detail } = await event;
    expect(detail.analysis.target.occupation.id).to.equal('registered-nurse');
    expect(detail.profile.displayName).to.equal('Amara Okafor');
    await analysed(el);
    expect($(el, 'h2')!.textContent).to.contain('Registered nurse in Ontario');
  });

  it('renders each status with an icon and words, the localised reason and the pathways', async () => {
    const el = await mapper({ profile: everyStatusProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on' });
    await analysed(el);
    const statuses = $$(el, '[part~="requirement"]').map((r) => r.dataset.status);
    expect(statuses).to.include.members(['met', 'partly-met', 'gap', 'needs-evidence']);
    for (const [status, tone, words] of [
      ['met', 'success', 'Met'],
      ['partly-met', 'warning', 'Partly met'],
      ['gap', 'danger', 'Gap'],
      ['needs-evidence', 'neutral', 'Needs evidence'],
    ]) {
      const badge = $(el, `[data-status="${status}"] [part~="badge"]`)!;
      expect(badge.getAttribute('part')).to.contain(`badge-${tone}`);
      expect(badge.querySelector('svg')).to.exist;
      expect(badge.textContent!.trim()).to.equal(words);
    }
    const language = $$(el, '[part~="requirement"]').find((r) => r.textContent!.includes('scores are short'))!;
    // The shortfall in words, not as "Writing 6 < 6.5".
    expect(language.textContent).to.contain('Writing 6, 6.5 needed');
    expect(language.querySelectorAll('[part~="pathway"]').length).to.be.greaterThan(0);
    // Durations and costs come formatted.
    expect(language.querySelector('[part~="pathway"]')!.textContent).to.match(/\$|day|week|month/);
    // Groups by kind and the timeline with parallel stages.
    expect($$(el, '[part~="group"] h3').map((h) => h.textContent)).to.include('Language proficiency');
    // NNAS and the IELTS retake side by side, then CNO's application, the two exams side by side, registration.
    const stages = $$(el, '[part~="stage"]');
    expect(stages.length).to.equal(4);
    expect(stages[0].querySelectorAll('[part~="step"]').length).to.equal(2);
    expect($(el, '.totals')!.textContent).to.match(/In total/);
    await expect(el).to.be.accessible();
  });

  it('compares a second jurisdiction side by side with the same profile', async () => {
    const el = await mapper({ profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on' });
    await analysed(el);
    const select = $(el, '#compare') as HTMLSelectElement;
    await waitUntil(() => select.options.length > 1, 'the compare list did not fill', { timeout: 4000 });
    const values = [...select.options].map((o) => o.value);
    expect(values).to.include('gb-eng');
    expect(values).not.to.include('ca-on');
    select.value = 'gb-eng';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => $$(el, '[part~="analysis"]').length === 2 && $$(el, '[part~="readiness"]').length === 2, 'no second column', { timeout: 4000 });
    const titles = $$(el, '[part~="analysis"] > h2').map((h) => h.textContent);
    expect(titles[0]).to.contain('Ontario');
    expect(titles[1]).to.contain('England');
    await expect(el).to.be.accessible();
  });

  it('asks for the selected gaps as plan milestones: event detail and POST /v1/plans/from-gap with an Idempotency-Key', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const wrapped: FetchLike = async (url, init) => {
      if (url.endsWith('/v1/plans/from-gap')) {
        calls.push({ url, init });
        const body = JSON.parse(String(init.body)) as GapPlanRequest;
        const now = '2025-03-01T10:00:00Z';
        return new Response(
          JSON.stringify({
            plan: { id: 'plan_1', menteeId: 'usr_1', goal: { occupationId: body.occupationId, jurisdictionId: body.jurisdictionId, targetDate: '2026-06-01' }, sharedWith: [], version: 1, createdAt: now, updatedAt: now },
            milestones: [],
          }),
          { status: 201, headers: { 'content-type': 'application/json' } },
        );
      }
      return fetch(url, init);
    };
    const el = await mapper({ profile: everyStatusProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on', userToken: await token('gap-plan-1'), fetch: wrapped });
    await analysed(el);
    // Recommended pathways of the open requirements are pre-selected.
    const checked = $$(el, 'input[type="checkbox"]').filter((c) => (c as HTMLInputElement).checked);
    expect(checked.length).to.be.greaterThan(2);
    (checked[0] as HTMLInputElement).click(); // unselect one
    const eventPromise = oneEvent(el, 'bw-gap-plan-requested');
    ($(el, '[part~="add-to-plan"]') as HTMLButtonElement).click();
    const { detail } = (await eventPromise) as CustomEvent<GapPlanRequest>;
    expect(detail.occupationId).to.equal('registered-nurse');
    expect(detail.jurisdictionId).to.equal('ca-on');
    expect(detail.analysisId).to.match(/^ga_/); // saved for the user
    expect(detail.items.length).to.equal(checked.length - 1);
    const language = detail.items.find((i) => i.source.requirementId === 'ca-on-rn-language')!;
    expect(language.kind).to.equal('language-test');
    expect(language.source.pathwayId).to.be.a('string');
    expect(language.dueDate).to.match(/^202[67]-\d\d-\d\d$/);
    await waitUntil(() => calls.length === 1 && $(el, '[part~="plan"] [role="status"]')!.textContent!.includes('Added'), 'no success message', { timeout: 4000 });
    const headers = calls[0].init.headers as Record<string, string>;
    expect(headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(String(calls[0].init.body))).to.deep.equal(detail);
  });

  it('leaves the saving to a listener that takes the request over', async () => {
    let posts = 0;
    const wrapped: FetchLike = async (url, init) => {
      if (url.endsWith('/v1/plans/from-gap')) posts++;
      return fetch(url, init);
    };
    const el = await mapper({ profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on', userToken: await token('gap-plan-3'), fetch: wrapped });
    await analysed(el);
    const takeOver = (event: Event) => event.preventDefault();
    document.addEventListener('bw-gap-plan-requested', takeOver);
    try {
      ($(el, '[part~="add-to-plan"]') as HTMLButtonElement).click();
      await waitUntil(() => $(el, '[part~="plan"] [role="status"]')!.textContent!.includes('confirm them there'), 'no hand-over message', { timeout: 4000 });
    } finally {
      document.removeEventListener('bw-gap-plan-requested', takeOver);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(posts).to.equal(0);
  });

  it('says clearly when the plan could not be changed', async () => {
    const wrapped: FetchLike = async (url, init) =>
      url.endsWith('/v1/plans/from-gap')
        ? new Response(JSON.stringify({ type: 'x', title: 'Not found', status: 404, code: 'not_found' }), { status: 404, headers: { 'content-type': 'application/problem+json' } })
        : fetch(url, init);
    const el = await mapper({ profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on', userToken: await token('gap-plan-2'), fetch: wrapped });
    await analysed(el);
    ($(el, '[part~="add-to-plan"]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[part~="plan"] [role="status"]')!.textContent!.includes('not changed'), 'no error message', { timeout: 4000 });
  });

  it('shows the error state with a retry when the server sends a malformed analysis', async () => {
    const wrapped: FetchLike = async (url, init) =>
      url.endsWith('/v1/gap-analyses') ? new Response(JSON.stringify({ results: 'nope' }), { status: 200, headers: { 'content-type': 'application/json' } }) : fetch(url, init);
    const el = await mapper({ fetch: wrapped, profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on' });
    const alert = await waitFor(el, '[part~="state-error"]');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain("can't read");
    expect($(el, '[part~="retry"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading', async () => {
    const analyses = stalledFetch((url) => url.endsWith('/v1/gap-analyses'));
    const el = await mapper({ fetch: analyses.fn, profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on' });
    await waitFor(el, '[part~="state-loading"]');
    await expect(el).to.be.accessible();
    analyses.release();
    await analysed(el);
  });

  it('asks again for an analysis cut short when it is taken off the page and put back', async () => {
    const analyses = stalledFetch((url) => url.endsWith('/v1/gap-analyses'));
    const el = await mapper({ fetch: analyses.fn, profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on' });
    await waitFor(el, '[part~="state-loading"]');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    analyses.release();
    await analysed(el);
  });

  it('shows the empty state when the catalogue lists nothing for an unregulated target, and stays accessible', async () => {
    const el = await mapper({ profile: demoProfile, occupation: 'software-developer', jurisdiction: 'ca-bc' });
    await waitFor(el, '[part~="regulation"]');
    expect($(el, '[part~="analysis"]')!.textContent).to.contain('not regulated');
    expect($(el, '[part~="analysis"] [role="status"]')!.textContent).to.contain('no requirements');
    await expect(el).to.be.accessible();
  });
});
