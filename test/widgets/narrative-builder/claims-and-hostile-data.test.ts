/**
 * #9 section 3 and #13 in the browser, against the real backend: the protected-title warning
 * with its lawful wording, filling in that asks before changing the person's text and can be
 * undone, one hostile template shown as its own error while the others work, templates a page
 * at a time, and the room left under a field's limit.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/narrative-builder/define.js';
import type { BridgewayNarrativeBuilder } from '../../../src/widgets/narrative-builder/narrative-builder.js';
import type { FetchLike } from '../../../src/api/client.js';
import { $, $$, button, endpoint, PK } from '../../support/browser.js';

async function ready(el: BridgewayNarrativeBuilder): Promise<void> {
  await waitUntil(() => $(el, '[part~="form"]'), 'the form did not appear', { timeout: 8000 });
  await el.updateComplete;
}

function type(el: BridgewayNarrativeBuilder, fieldId: string, value: string): void {
  const input = $<HTMLInputElement>(el, `#field-${fieldId}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

const value = (el: BridgewayNarrativeBuilder, fieldId: string) => $<HTMLInputElement>(el, `#field-${fieldId}`)!.value;

/** The real backend's answer to the templates list, changed by `change`. */
function withTemplates(change: (body: { items: unknown[]; nextCursor: string | null }) => void): FetchLike {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!input.includes('/narrative-templates?')) return response;
    const body = await response.json();
    change(body);
    return new Response(JSON.stringify(body), { status: response.status, headers: { 'content-type': 'application/json' } });
  };
}

describe('bw-narrative-builder: claims and hostile data', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => fixtureCleanup());

  it('warns when the person calls themselves by a protected title, names the regulator, and offers the lawful wording', async function () {
    this.timeout(20_000);
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" country="ca-on" kind="resume-summary"></bw-narrative-builder>`);
    await ready(el);
    type(el, 'local-title', 'Registered Nurse');
    await waitUntil(() => $(el, '[data-hint^="norms.protected-title"]'), 'the protected-title warning', { timeout: 8000 });
    const hint = $(el, '[data-hint^="norms.protected-title"]')!;
    expect(hint.textContent).to.contain('is a protected title in Ontario');
    expect(hint.textContent).to.contain('College of Nurses of Ontario');
    expect(hint.textContent).to.contain('internationally educated nurse');
    await expect(el).to.be.accessible();
    button(el, /^Use "/, hint).click();
    await waitUntil(() => value(el, 'local-title') === 'internationally educated nurse', 'the lawful wording in the field');
    await el.updateComplete;
    expect($(el, '[data-hint^="norms.protected-title"]')).to.equal(null);
    expect($(el, '.notice')!.textContent).to.contain('Replaced with the lawful wording.');
  });

  it('asks before filling in over what the person wrote, fills only empty fields when asked to, and undoes it', async function () {
    this.timeout(20_000);
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="credential-equivalency"></bw-narrative-builder>`);
    await ready(el);
    el.gapAnalysis = {
      target: { occupation: { id: 'registered-nurse', name: { en: 'Registered nurse' } }, jurisdiction: { id: 'ca-on', country: 'CA', name: { en: 'Ontario' } } },
    } as BridgewayNarrativeBuilder['gapAnalysis'];
    el.profile = {
      education: [
        { id: 'midwifery', level: 'diploma', fieldFamily: 'nursing', title: 'Midwifery', country: 'NG', year: 2009 },
        { id: 'bsn', level: 'bachelor', fieldFamily: 'nursing', title: 'Nursing', country: 'NG', year: 2014 },
      ],
      licences: [],
      experience: [],
      languageTests: [],
      assessments: [{ body: 'wes', status: 'completed', equivalentLevel: 'bachelor', educationId: 'bsn' }],
    };
    await el.updateComplete;
    type(el, 'local-title', 'Nurse, in my own words');
    await el.updateComplete;
    button(el, 'Fill in from my gap analysis').click();
    await waitUntil(() => $(el, '#prefill-question'), 'the question before changing the person’s text', { timeout: 8000 });
    expect($(el, '.prefill-changes')!.textContent).to.contain('Registered nurse');
    expect(value(el, 'jurisdiction'), 'nothing changes before the answer').to.equal('');
    await expect(el).to.be.accessible();
    button(el, 'Fill only the empty fields').click();
    await waitUntil(() => value(el, 'jurisdiction') === 'Ontario', 'the empty fields filled');
    expect(value(el, 'local-title')).to.equal('Nurse, in my own words');
    const credentials = value(el, 'credentials');
    // The assessment belongs to the degree it names, not to the first entry of the list.
    expect(credentials).to.contain("Bachelor's degree in Nursing, Nigeria (2014) — assessed by World Education Services (WES) as equivalent to Bachelor's degree (Canada)");
    expect(credentials.split('\n')).to.include('Diploma in Midwifery, Nigeria (2009)');
    button(el, 'Undo filling in').click();
    await waitUntil(() => value(el, 'jurisdiction') === '', 'undone');
    expect(value(el, 'credentials')).to.equal('');
    expect(value(el, 'local-title')).to.equal('Nurse, in my own words');
  });

  it('shows a hostile template as an error on that template while the others still work', async () => {
    const hostile = withTemplates((body) => {
      const base = body.items.find((t) => (t as { kind: string }).kind === 'resume-summary') as Record<string, unknown>;
      body.items.unshift(
        { ...base, id: 'tpl_constructor', title: 'Field named constructor', sections: [{ id: 'a', title: 'A', optional: false, fields: [{ id: 'constructor', label: 'C', guidance: '', example: '', type: 'text', required: true }] }] },
        { ...base, id: 'tpl_not_a_list', title: 'Section not a list', sections: 'not a list' },
        { ...base, id: 'tpl_missing', title: 'Field missing its type', sections: [{ id: 'a', title: 'A', optional: false, fields: [{ id: 'x', label: 'X', guidance: '', example: '', required: true }] }] },
      );
    });
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="resume-summary" .fetch=${hostile}></bw-narrative-builder>`);
    await ready(el);
    const errors = $$(el, '.broken-template').map((p) => p.textContent ?? '');
    expect(errors.length).to.equal(3);
    expect(errors[0]).to.contain('Field named constructor').and.to.contain('cannot be used');
    expect(errors.join(' ')).to.contain('Section not a list').and.to.contain('Field missing its type');
    // The resume summary still works.
    type(el, 'local-title', 'Staff nurse');
    await el.updateComplete;
    expect($(el, '.preview-text')!.textContent).to.contain('Staff nurse');
    await expect(el).to.be.accessible();
  });

  it('reads templates a page at a time with "Show more templates"', async function () {
    this.timeout(20_000);
    const small: FetchLike = (input, init) => fetch(input.includes('/narrative-templates?') ? input.replace(/limit=\d+/, 'limit=2') : input, init);
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="networking-profile" .fetch=${small}></bw-narrative-builder>`);
    await ready(el);
    // The kind asked for is found on a later page; the form shows it.
    expect($(el, '#field-headline')).to.not.equal(null);
    let clicks = 0;
    while ($$(el, 'button').some((b) => b.textContent?.trim() === 'Show more templates') && clicks < 10) {
      button(el, 'Show more templates').click();
      clicks += 1;
      await waitUntil(() => !el.catalogue.loadingMore, 'the next page');
      await el.updateComplete;
    }
    expect($$(el, 'button').some((b) => b.textContent?.trim() === 'Show more templates'), 'no more pages').to.equal(false);
    expect(el.catalogue.templates.value!.items.filter((t) => t.locale === 'en').length).to.be.at.least(6);
  });

  it('shows the room left under a field’s limit near it, announced politely', async () => {
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="resume-summary"></bw-narrative-builder>`);
    await ready(el);
    expect($(el, '#field-achievement-room')!.hidden).to.equal(true);
    type(el, 'achievement', 'a'.repeat(9_500));
    await el.updateComplete;
    const room = $(el, '#field-achievement-room')!;
    expect(room.hidden).to.equal(false);
    expect(room.textContent).to.contain('Left before the limit: 500 characters');
    const live = room.nextElementSibling!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.textContent).to.contain('500 characters');
    expect($(el, '#field-achievement')!.getAttribute('aria-describedby')).to.contain('field-achievement-room');
  });
});
