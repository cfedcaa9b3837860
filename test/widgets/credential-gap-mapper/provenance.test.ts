/**
 * Where each answer comes from and what it costs: provenance beside each requirement, the
 * new reason codes in words (never a raw code), extra costs and totals per currency, a
 * saved map whose rules changed, and the form's names for countries and decimal commas.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FetchLike } from '../../../src/api/client.js';
import type { GapAnalysis, Reason } from '../../../src/api/gap.js';
import { countryCode } from '../../../src/ui/countries.js';
import { toNumber } from '../../../src/widgets/credential-gap-mapper/profile-draft.js';
import { $, $$, analysed, demoProfile, mapper, token, waitFor } from './helpers.js';

/** A fetch that lets `change` rewrite the analysis the server answers. */
function rewriting(change: (analysis: GapAnalysis) => void): FetchLike {
  return async (url, init) => {
    const response = await fetch(url, init);
    if (!/\/v1\/gap-analyses(\/[^/?]+)?$/.test(url) || !response.ok) return response;
    const analysis = (await response.json()) as GapAnalysis;
    change(analysis);
    return new Response(JSON.stringify(analysis), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

describe('bw-credential-gap-mapper: provenance, reasons and costs', () => {
  it('shows a source with its checked date beside each requirement, opened safely, and the catalogue version once', async () => {
    const el = await mapper({ profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on' });
    await analysed(el);
    const requirements = $$(el, '[part~="requirement"]');
    expect(requirements.length).to.be.greaterThan(3);
    for (const requirement of requirements) {
      const provenance = requirement.querySelector('[part~="provenance"]')!;
      expect(provenance, requirement.textContent!).to.exist;
      expect(provenance.textContent).to.match(/Source: .+, checked on Dec 5, 2026|Not verified — check with .+Last looked at on Dec 5, 2026/s);
      for (const link of provenance.querySelectorAll('a')) {
        expect(link.getAttribute('href')).to.match(/^https:\/\//);
        expect(link.getAttribute('target')).to.equal('_blank');
        expect(link.getAttribute('rel')).to.contain('noopener');
      }
    }
    const language = requirements.find((r) => r.textContent!.includes('English or French proficiency'))!;
    expect(language.dataset.status).to.equal('met');
    expect(language.querySelector('[part~="provenance"]')!.textContent).to.match(/Source: .*checked on/s);
    expect($$(el, '.catalogue-version').length).to.equal(1);
  });

  it('says in words beside every entry of the analysis that is not verified that it is an estimate and whom to check with; a prep course says it does not replace the exam', async () => {
    let answered: GapAnalysis | undefined;
    const el = await mapper({ profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on', fetch: rewriting((analysis) => (answered = analysis)) });
    await analysed(el);
    const analysis = answered!;
    const pathways = new Map(analysis.pathways.map((p) => [p.id, p]));
    const cards = new Map($$(el, '[part~="requirement"]').map((card) => [card.querySelector('.requirement__title')!.textContent!.trim(), card]));
    let unverifiedRequirements = 0;
    let estimatedPathways = 0;
    for (const result of analysis.results) {
      const card = cards.get(result.title.en)!;
      expect(card, result.requirementId).to.exist;
      if (!result.provenance!.verified) {
        unverifiedRequirements++;
        expect(card.querySelector('[part~="provenance"]')!.textContent, result.requirementId).to.match(/Not verified — check with /);
      }
      if (result.status === 'met') continue;
      for (const id of result.recommendedPathways) {
        const pathway = pathways.get(id)!;
        const shown = card.querySelector<HTMLElement>(`[part~="pathway"][data-pathway="${id}"]`)!;
        expect(shown, `${result.requirementId} > ${id}`).to.exist;
        const checked = (fact: 'fee' | 'duration') => (pathway.verification?.facts?.[fact]?.status ?? pathway.verification?.status) === 'verified';
        const [time, cost] = [...shown.querySelectorAll('dd')].slice(1).map((dd) => dd.textContent!);
        expect(/\(estimate\)/.test(time), `${id}: time`).to.equal(!checked('duration'));
        expect(/\(estimate\)/.test(cost), `${id}: cost`).to.equal(!checked('fee'));
        if (!checked('fee') || !checked('duration')) {
          estimatedPathways++;
          expect(shown.textContent!.replace(/\s+/g, ' '), id).to.contain(`Not verified: check with ${pathway.provider} before you pay or plan around it.`);
        } else expect(shown.textContent, id).not.to.match(/Not verified/);
      }
    }
    expect(unverifiedRequirements, 'the demo nurse’s map has unverified requirements to walk').to.be.greaterThan(0);
    expect(estimatedPathways, 'and unverified pathways').to.be.greaterThan(2);

    const nclex = cards.get(analysis.results.find((r) => r.requirementId === 'ca-on-rn-nclex')!.title.en)!;
    const prep = nclex.querySelector('[data-pathway="ca-on-rn-nclex-prep"]')!;
    expect(prep.querySelector('[part~="prepares"]')!.textContent).to.equal('Prepares for the exam; it does not replace it. You still sit and pass the exam.');
    expect(prep.querySelector('.pathway__recommended')).to.equal(null);
    expect(nclex.querySelector('[data-pathway="ca-on-rn-nclex-exam"] .pathway__recommended')).to.exist;
    expect(nclex.querySelector('[data-pathway="ca-on-rn-nclex-exam"] [part~="prepares"]')).to.equal(null);
  });

  it('names the organisation that added an entry of its own, as text', async () => {
    const el = await mapper({
      profile: demoProfile,
      occupation: 'registered-nurse',
      jurisdiction: 'ca-on',
      fetch: rewriting((analysis) => {
        analysis.results[0].provenance!.addedBy = { organisationId: 'demo', name: '<b>Newcomer Nurses</b> Network', entries: [analysis.results[0].requirementId] };
      }),
    });
    await analysed(el);
    const added = $$(el, '[part~="requirement"]')[0].querySelector('[part~="added-by"]')!;
    expect(added.textContent!.trim()).to.equal('Added by <b>Newcomer Nurses</b> Network.');
    expect(added.querySelector('b')).to.equal(null);
    expect($$(el, '[part~="added-by"]').length).to.equal(1);
  });

  it('says which facts were checked and which are estimates, each with its own day and page, in English and French', async () => {
    const fees = 'https://www.apega.ca/apply/professional-member/';
    const fetch = rewriting((analysis) => {
      analysis.results[0].provenance!.facts = [
        { fact: 'fee', verified: true, checkedOn: '2026-12-05', source: { url: fees } },
        { fact: 'duration', verified: false, checkedOn: '2026-12-05', source: { url: fees } },
      ];
    });
    const el = await mapper({ profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on', fetch });
    await analysed(el);
    const first = $$(el, '[part~="requirement"]')[0].querySelector('[part~="provenance"]')!;
    expect(first.textContent!.replace(/\s+/g, ' ')).to.match(/Dec 5, 2026[^.]*\. Fee checked on Dec 5, 2026\. Time is an estimate\./);
    const fee = first.querySelector('[data-fact="fee"]')!;
    expect(fee.getAttribute('data-verified')).to.equal('true');
    expect(fee.querySelector('a')!.getAttribute('href')).to.equal(fees);
    expect(fee.querySelector('a')!.getAttribute('rel')).to.contain('noopener');
    expect(first.querySelector('[data-fact="duration"] a'), 'an estimate links to no page as if it confirmed it').to.equal(null);
    // Beside the rewritten first result, only CNO's language minimums record a fact of their own (checked on CNO's page).
    const others = $$(el, '[part~="requirement"]').slice(1).flatMap((card) => [...card.querySelectorAll('[data-fact]')].map((f) => f.getAttribute('data-fact')));
    expect(others, 'only the results that record facts apart').to.deep.equal(['threshold']);

    el.locale = 'fr';
    const facts = () => $$(el, '[part~="requirement"]')[0].querySelector('.provenance__facts')?.textContent ?? '';
    await waitUntil(() => /Tarif vérifié le .+La durée est une estimation\./s.test(facts()), 'the facts did not follow the locale', { timeout: 4000 });
  });

  it('says the countries a language route counts are not confirmed where the regulator names none (Social Work England), beside its checked minimums, in English and French', async () => {
    const el = await mapper({ profile: demoProfile, occupation: 'social-worker', jurisdiction: 'gb-eng' });
    await analysed(el);
    const language = $$(el, '[part~="requirement"]').find((card) => card.querySelector('.requirement__title')!.textContent!.trim() === 'English language')!;
    const provenance = language.querySelector('[part~="provenance"]')!;
    expect(provenance.getAttribute('data-verified')).to.equal('false');
    expect(provenance.textContent!.replace(/\s+/g, ' ')).to.match(/Not verified — check with .+Minimums checked on Dec 5, 2026\. Which countries count is not confirmed\./);
    const countries = provenance.querySelector('[data-fact="countries"]')!;
    expect(countries.getAttribute('data-verified')).to.equal('false');
    expect(countries.querySelector('a'), 'an unconfirmed list links to no page as if it confirmed it').to.equal(null);

    el.locale = 'fr';
    await waitUntil(() => /Les pays qui comptent ne sont pas confirmés\./.test(language.querySelector('.provenance__facts')?.textContent ?? ''), 'the fact did not follow the locale', { timeout: 4000 });
  });

  it('puts the new reason codes in words and never shows a raw code, in English and French', async () => {
    const reasons: Reason[] = [
      { code: 'language.futureDate', params: { test: 'ielts-general', date: '2027-01-10', asOf: '2026-12-05' }, text: { en: 'x' } },
      { code: 'language.mayExpire', params: { test: 'ielts-general', lastDay: '2027-03-01', latest: '2027-06-01' }, text: { en: 'x' } },
      { code: 'language.otherEvidence', params: { route: 'education', what: 'BSc Nursing', ended: '2024-06-30', language: 'en, fr' }, text: { en: 'x' } },
      { code: 'experience.capped', params: { maxMonths: 12, months: 30, outside: 'CA' }, text: { en: 'x' } },
      { code: 'experience.tooFew', params: { have: 0.25, need: 0.5, country: '' }, text: { en: 'x' } },
      { code: 'exam.expired', params: { exam: 'nclex-rn', date: '2020-01-01', lastDay: '2025-01-01', within: '5 years' }, text: { en: 'x' } },
      { code: 'language.brandNewRule', params: {}, text: { en: 'language.brandNewRule' } },
    ];
    const el = await mapper({
      profile: demoProfile,
      occupation: 'registered-nurse',
      jurisdiction: 'ca-on',
      fetch: rewriting((analysis) => (analysis.results[0].reasons = reasons)),
    });
    await analysed(el);
    const text = () => [...$$(el, '[part~="requirement"]')[0].querySelectorAll('.reason')].map((p) => p.textContent!.trim());
    const en = text();
    expect(en[0]).to.contain('after the day of this map (Dec 5, 2026)');
    expect(en[1]).to.contain('counts until Mar 1, 2027');
    expect(en[2]).to.contain('English or French');
    expect(en[3]).to.equal('At most 12 months of the experience you bring count; you list 30 months.');
    expect(en[4]).to.equal('You have 3 months of relevant experience; 6 months are required.');
    expect(en[5]).to.contain('NCLEX-RN');
    expect(en[6]).not.to.contain('brandNewRule');
    for (const line of en) expect(line).not.to.match(/\b(language|exam|experience)\.[a-zA-Z]+/);
    el.locale = 'fr';
    await waitUntil(() => text()[3]?.startsWith('Au plus'), 'the reasons did not follow the locale', { timeout: 4000 });
    const fr = text();
    expect(fr[4]).to.match(/3\s+mois/);
    expect(fr[6]).to.equal('La page de l’organisme de réglementation explique cette exigence : vérifiez-la auprès de lui.');
  });

  it('lists extra costs as lines of their own and totals per currency, each amount labelled', async () => {
    const el = await mapper({
      profile: { ...demoProfile, languageTests: [] },
      occupation: 'registered-nurse',
      jurisdiction: 'ca-on',
      fetch: rewriting((analysis) => {
        const step = analysis.criticalPath.steps[0];
        step.extraCosts = [
          { kind: 'certified-translation', label: { en: 'Certified translation' }, cost: { minMinor: 10000, maxMinor: 30000, currency: 'CAD' }, applies: 'yes' },
          { kind: 'travel', label: { en: 'Travel to the exam' }, applies: 'maybe' },
        ];
        analysis.criticalPath.totalCost = [
          { minMinor: 36000, maxMinor: 36000, currency: 'CAD' },
          { minMinor: 20000, maxMinor: 20000, currency: 'USD' },
        ];
        analysis.criticalPath.totalExtraCost = [{ minMinor: 10000, maxMinor: 30000, currency: 'CAD' }];
      }),
    });
    await analysed(el);
    const lines = $$(el, '[part~="extra-cost"]').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines).to.deep.equal(['Certified translation: CA$100–300', 'Travel to the exam: amount not known (may apply to you)']);
    const totals = $(el, '[part~="totals"]')!.textContent!.replace(/\s+/g, ' ');
    expect(totals).to.contain('CA$360 and US$200');
    expect(totals).to.contain('Usual extra costs on top: CA$100–300');
    expect(totals).to.contain('never added together');
  });

  it('says when the rules changed since a saved map was made, and runs it again with one action', async () => {
    const userToken = await token('gap-rules-1');
    const saver = await mapper({ profile: demoProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on', userToken });
    await analysed(saver);
    const id = saver.analysis!.id!;
    expect(id).to.match(/^ga_/);
    let posts = 0;
    const wrapped: FetchLike = (url, init) => {
      if (init.method === 'POST' && url.endsWith('/v1/gap-analyses')) posts++;
      return rewriting((analysis) => {
        if (url.endsWith(`/v1/gap-analyses/${id}`)) analysis.rulesChanged = { changed: true, changedRequirements: [analysis.results[0].requirementId], addedRequirements: [], removedRequirements: [] };
      })(url, init);
    };
    const el = await fixture<HTMLElement & { analysis?: GapAnalysis }>(html`<bw-credential-gap-mapper
      endpoint=${location.origin}
      publishable-key="pk_demo_bridgeway"
      locale="en"
      .userToken=${userToken}
      .fetch=${wrapped}
      .profile=${demoProfile}
      analysis-id=${id}
    ></bw-credential-gap-mapper>`);
    const notice = await waitFor(el, '[part~="rules-changed"]');
    expect(notice.textContent).to.contain('The rules changed since this map was made.');
    const buttons = notice.querySelectorAll('button');
    expect(buttons.length).to.equal(1);
    buttons[0].click();
    await waitUntil(() => posts === 1 && !$(el, '[part~="rules-changed"]') && $(el, '[part~="readiness"]'), 'the map was not made again', { timeout: 6000 });
    expect(el.analysis!.id).not.to.equal(id);
  });
});

describe('bw-credential-gap-mapper: countries and numbers as people write them', () => {
  it('reads a country typed by name in the person\'s language or in English, or by code', () => {
    expect(countryCode('India', 'en')).to.equal('IN');
    expect(countryCode('inde', 'fr')).to.equal('IN');
    expect(countryCode('India', 'fr')).to.equal('IN');
    expect(countryCode('Nigéria', 'pt-BR')).to.equal('NG');
    expect(countryCode('ng', 'en')).to.equal('NG');
    expect(countryCode('Atlantis', 'en')).to.equal(undefined);
  });

  it('accepts "6,5" where the locale writes a decimal comma', () => {
    expect(toNumber('6,5', 'fr')).to.equal(6.5);
    expect(toNumber('6.5', 'fr')).to.equal(6.5);
    expect(toNumber('6,5', 'en')).to.be.NaN;
    expect(toNumber('7', 'en')).to.equal(7);
  });

  it('shows countries by name, never a code, and the form fits 320 px with every error in full', async () => {
    const el = await mapper({ profile: demoProfile });
    el.style.display = 'block';
    el.style.width = '320px';
    el.locale = 'fr';
    const country = (await waitFor(el, '#f-education-0-country')) as HTMLInputElement;
    await waitUntil(() => country.value === 'Nigeria', 'the country does not show by name', { timeout: 4000 });
    // The list is searched by name, in the person's language.
    country.focus();
    country.select();
    await sendKeys({ type: 'Ind' });
    const names = () => $$(el, '#f-education-0-country-listbox [role="option"]').map((o) => o.textContent!.trim());
    await waitUntil(() => names().includes('Inde'), 'the names did not follow the locale', { timeout: 4000 });
    expect(names()[0]).to.equal('Inde');
    expect(names().every((name) => !/^[A-Z]{2}$/.test(name))).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    // With nothing typed, the whole list is offered.
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => names().length > 190, 'the list of countries did not render');
    expect(names().every((name) => !/^[A-Z]{2}$/.test(name))).to.equal(true);
    await sendKeys({ press: 'Escape' });
    ($(el, 'button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => $$(el, '.bw-field__error').length > 0);
    const form = $(el, 'form')!;
    const wide = $$(el, 'form *').filter((node) => node.getBoundingClientRect().right > form.getBoundingClientRect().right + 1);
    expect(wide.map((node) => `${node.tagName}#${node.id}.${node.className}`)).to.deep.equal([]);
    expect(form.scrollWidth).to.be.at.most(form.clientWidth + 1);
    for (const error of $$(el, '.bw-field__error')) {
      expect(error.scrollWidth, error.textContent!).to.be.at.most(error.clientWidth + 1);
      expect(getComputedStyle(error).overflow).not.to.equal('hidden');
    }
    expect($(el, '.summary')!.textContent).to.match(/^\s*1 champ demande|champs demandent/);
  });
});
