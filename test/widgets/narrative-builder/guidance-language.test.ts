import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/narrative-builder/define.js';
import type { BridgewayNarrativeBuilder } from '../../../src/widgets/narrative-builder/narrative-builder.js';
import type { NarrativeTemplate } from '../../../src/api/narrative.js';
import { $, api, endpoint, PK, signIn, unique } from '../../support/browser.js';

/** The seed template of a kind in a locale, as the server has it. */
async function templateIn(token: string, kind: string, locale: string): Promise<NarrativeTemplate> {
  const page = await api<{ items: NarrativeTemplate[] }>(`/v1/narrative-templates?kind=${kind}&locale=${locale}`, token);
  return page.items.find((t) => t.locale === locale)!;
}

const label = (el: Element, fieldId: string) => $(el, `label[for="field-${fieldId}"] bdi`)?.textContent?.trim();
const value = (el: Element, fieldId: string) => $<HTMLInputElement>(el, `#field-${fieldId}`)?.value;

function type(el: BridgewayNarrativeBuilder, fieldId: string, text: string): void {
  const input = $<HTMLInputElement>(el, `#field-${fieldId}`)!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
}

/** Waits until the form shows the guidance of `template` (labels, guidance, section titles). */
async function guidedBy(el: BridgewayNarrativeBuilder, template: NarrativeTemplate): Promise<void> {
  const field = template.sections[0].fields[0];
  await waitUntil(() => label(el, field.id) === field.label, `the guidance in ${template.locale}`, { timeout: 8000 });
  expect($(el, `#field-${field.id}-guidance`)!.textContent).to.contain(field.guidance);
  expect($(el, `#field-${field.id}-guidance`)!.textContent).to.contain(field.example);
  expect($(el, '[part="section"] legend bdi')!.textContent!.trim()).to.equal(template.sections[0].title);
  expect($(el, '[part="header"] h2')!.textContent!.trim()).to.equal(template.title);
}

describe('bw-narrative-builder: guidance follows the interface language', function () {
  // Each test waits for two or three languages' templates and translations.
  this.timeout(20_000);
  beforeEach(() => localStorage.clear());
  afterEach(() => fixtureCleanup());

  it("keeps the person's text and shows the current locale's guidance after two switches, and saves", async () => {
    const { token } = await signIn('mentee', unique('switcher'));
    const [en, fr, ar] = await Promise.all(['en', 'fr', 'ar'].map((locale) => templateIn(token, 'resume-summary', locale)));
    const draft = await api('/v1/narrative-drafts', token, { templateId: en.id, values: { 'local-title': 'Registered Nurse', achievement: 'Led a 40-bed ward.' } });
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${token} locale="en" kind="resume-summary"></bw-narrative-builder>`);
    await waitUntil(() => value(el, 'local-title') === 'Registered Nurse', 'the saved draft', { timeout: 8000 });
    await guidedBy(el, en);
    type(el, 'years', '8 years');
    await el.updateComplete;

    el.locale = 'fr';
    await guidedBy(el, fr);
    el.locale = 'ar';
    await guidedBy(el, ar);
    const text = el.shadowRoot!.textContent!;
    expect(text).not.to.contain(en.sections[0].fields[0].guidance, 'no English guidance left');
    expect(text).not.to.contain(fr.sections[0].fields[0].guidance, 'no French guidance left');
    expect(value(el, 'local-title')).to.equal('Registered Nurse');
    expect(value(el, 'achievement')).to.equal('Led a 40-bed ward.');
    expect(value(el, 'years')).to.equal('8 years', 'the unsaved edit stays');
    const preview = $(el, '.preview-text')!;
    expect(preview.textContent).to.contain('Registered Nurse');
    expect(preview.lang).to.equal('en', 'the story stays in the language it was written in');
    // Right to left around it, the person's Latin text keeps its own direction.
    await waitUntil(() => $(el, '.bw-root')!.dir === 'rtl', 'the Arabic interface, right to left');
    expect(getComputedStyle($(el, '#field-local-title')!).direction).to.equal('ltr');
    await expect(el).to.be.accessible();

    const saved = oneEvent(el, 'bw-narrative-saved');
    $<HTMLButtonElement>(el, '[part="actions"] button')!.click();
    const { detail } = await saved;
    expect(detail.draft.id).to.equal(draft.id);
    expect(detail.draft.templateId).to.equal(en.id);
    expect(detail.draft.values).to.include({ 'local-title': 'Registered Nurse', years: '8 years' });
    await el.updateComplete;
    expect(value(el, 'local-title')).to.equal('Registered Nurse', 'the saved story still shows');
    expect((await api(`/v1/narrative-drafts/${draft.id}`, token)).version).to.equal(2);
  });

  it('opens a draft started in English with the guidance of the page language, by id and by kind', async () => {
    const { token } = await signIn('mentee', unique('reopen'));
    const [en, fr] = await Promise.all(['en', 'fr'].map((locale) => templateIn(token, 'star-story', locale)));
    const draft = await api('/v1/narrative-drafts', token, { templateId: en.id, values: { situation: 'A ward ran short of staff.' } });

    const byId = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${token} locale="fr" draft-id=${draft.id}></bw-narrative-builder>`);
    await waitUntil(() => value(byId, 'situation') === 'A ward ran short of staff.', 'the draft by id', { timeout: 8000 });
    await guidedBy(byId, fr);
    fixtureCleanup();

    const byKind = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${token} locale="fr" kind="star-story"></bw-narrative-builder>`);
    await waitUntil(() => value(byKind, 'situation') === 'A ward ran short of staff.', 'the English draft, found from French', { timeout: 8000 });
    await guidedBy(byKind, fr);
    expect($(byKind, '.preview-text')!.lang).to.equal('en');
  });

  it('brings back text typed on this device in another language, with the guidance of the page language', async () => {
    const make = (locale: string) => fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale=${locale} kind="elevator-pitch"></bw-narrative-builder>`);
    const el = await make('en');
    await waitUntil(() => $(el, '[part~="form"]'), 'the form', { timeout: 8000 });
    type(el, 'goal', 'Work as a nurse in Toronto');
    fixtureCleanup();
    const again = await make('fr');
    await waitUntil(() => value(again, 'goal') === 'Work as a nurse in Toronto', 'the text typed in English', { timeout: 8000 });
    const fr = (await (await fetch('/v1/narrative-templates?kind=elevator-pitch&locale=fr', { headers: { authorization: `Bearer ${PK}` } })).json()).items[0] as NarrativeTemplate;
    await guidedBy(again, fr);
    expect($(again, '.preview-text')!.lang).to.equal('en');
  });

  it('moves an untouched new draft to the language shown, and keeps typed text in its own', async () => {
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="elevator-pitch"></bw-narrative-builder>`);
    await waitUntil(() => $(el, '[part~="form"]'), 'the form', { timeout: 8000 });
    const [fr, es] = await Promise.all(['fr', 'es'].map(async (locale) => (await (await fetch(`/v1/narrative-templates?kind=elevator-pitch&locale=${locale}`, { headers: { authorization: `Bearer ${PK}` } })).json()).items[0] as NarrativeTemplate));
    el.locale = 'fr';
    await guidedBy(el, fr);
    type(el, 'goal', 'Travailler comme infirmière à Montréal');
    await el.updateComplete;
    expect($(el, '.preview-text')!.lang).to.equal('fr', 'nothing was typed before the switch: the story is written in French now');
    el.locale = 'es';
    await guidedBy(el, es);
    expect(value(el, 'goal')).to.equal('Travailler comme infirmière à Montréal');
    expect($(el, '.preview-text')!.lang).to.equal('fr');
  });
});
