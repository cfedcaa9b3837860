import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/narrative-builder/define.js';
import type { BridgewayNarrativeBuilder } from '../../../src/widgets/narrative-builder/narrative-builder.js';
import type { DraftView } from '../../../src/widgets/narrative-builder/draft-view.js';
import type { FetchLike } from '../../../src/api/client.js';
import { $, $$, api, button, endpoint, PK, signIn as token, unique } from '../../support/browser.js';
import { failChunk, holdChunk } from '../../support/lazy-parts.js';

const shadow = (el: Element) => el.shadowRoot!;
const previewText = (el: Element) => $(el, '.preview-text')?.textContent ?? '';

async function ready(el: BridgewayNarrativeBuilder): Promise<void> {
  await waitUntil(() => $(el, '[part~="form"]'), 'the form did not appear', { timeout: 8000 });
  await el.updateComplete;
}

/** The draft tools, a lazily loaded part (review, versions, conflict); the hints, the competencies and the exports are parts of their own. */
const toolsPart = (el: BridgewayNarrativeBuilder) => el.view!.draftTools;

/** Runs `prepare` on the element's view as soon as it is made, before it first renders (the view comes with a part fetched at connect). */
function onViewMade(el: BridgewayNarrativeBuilder, prepare: (view: DraftView) => void): void {
  const part = el.viewPart;
  const real = part.importer;
  part.importer = () =>
    real().then((code) => ({
      ...code,
      DraftView: class extends code.DraftView {
        constructor(...args: ConstructorParameters<typeof code.DraftView>) {
          super(...args);
          prepare(this);
        }
      },
    }));
}

async function toolsLoaded(el: BridgewayNarrativeBuilder): Promise<void> {
  await waitUntil(() => toolsPart(el).status === 'ready', 'the lazily loaded part did not load', { timeout: 8000 });
  await el.updateComplete;
}

/** The hiring-convention hints, a lazily loaded part of their own (loaded once the draft has text). */
async function hintsLoaded(el: BridgewayNarrativeBuilder): Promise<void> {
  await waitUntil(() => el.view?.writingHints.status === 'ready', 'the hints did not load', { timeout: 8000 });
  await el.updateComplete;
}

function type(el: BridgewayNarrativeBuilder, fieldId: string, value: string): void {
  const input = $<HTMLInputElement>(el, `#field-${fieldId}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('bw-narrative-builder', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => fixtureCleanup());

  it('fills a template with the keyboard and updates the preview and counts', async () => {
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="resume-summary"></bw-narrative-builder>`);
    await ready(el);
    await expect(el).to.be.accessible();
    const input = $<HTMLInputElement>(el, '#field-local-title')!;
    input.focus();
    await sendKeys({ type: 'Registered Nurse' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Staff nurse' });
    await el.updateComplete;
    expect(input.value).to.equal('Registered Nurse');
    expect($<HTMLInputElement>(el, '#field-foreign-title')!.value).to.equal('Staff nurse');
    expect(previewText(el)).to.contain('Registered Nurse');
    expect($(el, '[part="counts"]')!.textContent).to.match(/\d+ of 100 words/);
    expect($(el, '#field-local-title-count')!.textContent).to.contain('16 of 80 characters');
    // Guidance and an example sit beside each field.
    expect($(el, '#field-local-title-guidance')!.textContent).to.contain('Example:');
  });

  it('warns when a field and the whole text go over their limits', async () => {
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="resume-summary"></bw-narrative-builder>`);
    await ready(el);
    type(el, 'achievement', Array.from({ length: 45 }, (_, i) => `word${i}`).join(' '));
    type(el, 'specialties', Array.from({ length: 70 }, (_, i) => `skill${i}`).join('\n'));
    await el.updateComplete;
    expect($(el, '#field-achievement')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#field-achievement-count')!.textContent).to.contain('over the limit');
    const warning = $(el, '[part="warning"]');
    expect(warning?.textContent).to.match(/words: over the limit of 100/);
    await expect(el).to.be.accessible();
  });

  it('shows a hiring-convention hint and remembers its dismissal', async () => {
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="resume-summary" country="ca-on"></bw-narrative-builder>`);
    await ready(el);
    type(el, 'achievement', 'Married, led a ward of 40 beds.');
    await waitUntil(() => $(el, '[part="hint"]'), 'the hint', { timeout: 8000 });
    const hint = $(el, '[part="hint"]');
    expect(hint?.textContent).to.contain('your family situation');
    await expect(el).to.be.accessible();
    button(el, 'Dismiss', hint!).click();
    await el.updateComplete;
    expect($(el, '[part="hint"]')).to.equal(null);
    fixtureCleanup();
    const again = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="resume-summary" country="ca-on"></bw-narrative-builder>`);
    await ready(again);
    await hintsLoaded(again);
    expect($(again, '#field-achievement')!.getAttribute('aria-invalid')).to.equal('false');
    expect(previewText(again)).to.contain('Married', 'the local draft came back');
    expect($(again, '[part="hint"]')).to.equal(null, 'the dismissed hint stays dismissed');
  });

  it("shows which of the target occupation's competencies a STAR story covers", async () => {
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="star-story" occupation="registered-nurse"></bw-narrative-builder>`);
    await ready(el);
    await waitUntil(() => $(el, '[part="competencies"] .coverage li'), 'the coverage', { timeout: 8000 });
    const tags = $$<HTMLInputElement>(el, '[part="competencies"] input[type="checkbox"]');
    expect(tags.length).to.be.greaterThan(0);
    const first = $$(el, '[part="competencies"] .coverage li')[0];
    expect(first.textContent).to.contain('no story yet');
    const label = first.textContent!.split(':')[0].trim();
    const tag = tags.find((input) => input.parentElement!.textContent!.trim() === label)!;
    tag.click();
    await el.updateComplete;
    expect($$(el, '[part="competencies"] .coverage li')[0].textContent).to.contain('covered');
    await expect(el).to.be.accessible();
  });

  it('keeps the text typed before a reload in a re-created element', async () => {
    const make = () => fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="elevator-pitch"></bw-narrative-builder>`);
    const el = await make();
    await ready(el);
    type(el, 'goal', 'Work as a registered nurse in Toronto');
    fixtureCleanup();
    const again = await make();
    await ready(again);
    expect($<HTMLTextAreaElement>(again, '#field-goal')!.value).to.equal('Work as a registered nurse in Toronto');
    expect(shadow(again).textContent).to.contain('unsaved changes on this device were restored');
    expect($(again, '[part="counts"]')!.textContent).to.contain('seconds to say');
  });

  it('exports plain text, Markdown and a Word document that is a zip with word/document.xml', async () => {
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="resume-summary"></bw-narrative-builder>`);
    await ready(el);
    type(el, 'local-title', 'Registered Nurse');
    type(el, 'years', '8');
    type(el, 'specialties', 'acute care\n*triage* & <ICU>');
    type(el, 'achievement', 'Led a 40-bed ward.');
    await el.updateComplete;
    const text = el.plainText();
    expect(text).to.contain('Registered Nurse');
    expect(text).to.contain('*triage* & <ICU>');
    const markdown = el.markdown();
    expect(markdown).to.match(/^# /);
    expect(markdown).to.contain('\\*triage\\* \\& \\<ICU\\>');

    const blob = await el.wordDocument();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const view = new DataView(bytes.buffer);
    expect(view.getUint32(0, true)).to.equal(0x04034b50, 'a zip local file header');
    const endAt = bytes.length - 22;
    expect(view.getUint32(endAt, true)).to.equal(0x06054b50, 'an end-of-central-directory record');
    const entries = view.getUint16(endAt + 10, true);
    let at = view.getUint32(endAt + 16, true);
    const names: Record<string, string> = {};
    for (let i = 0; i < entries; i++) {
      expect(view.getUint32(at, true)).to.equal(0x02014b50);
      const size = view.getUint32(at + 20, true);
      const nameLength = view.getUint16(at + 28, true);
      const offset = view.getUint32(at + 42, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      const localName = view.getUint16(offset + 26, true);
      names[name] = new TextDecoder().decode(bytes.subarray(offset + 30 + localName, offset + 30 + localName + size));
      at += 46 + nameLength;
    }
    expect(Object.keys(names)).to.include.members(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    const xml = new DOMParser().parseFromString(names['word/document.xml'], 'application/xml');
    expect(xml.querySelector('parsererror')).to.equal(null);
    expect(xml.documentElement.textContent).to.contain('Registered Nurse');
    expect(xml.documentElement.textContent).to.contain('*triage* & <ICU>');
  });

  it('pre-fills the credential-equivalency statement from a bw-gap-analysed event', async () => {
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="credential-equivalency"></bw-narrative-builder>`);
    await ready(el);
    const analysis = {
      target: { occupation: { id: 'registered-nurse', name: { en: 'Registered nurse', fr: 'Infirmière autorisée' } }, jurisdiction: { id: 'ca-on', country: 'CA', name: { en: 'Ontario' } } },
    };
    const profile = {
      education: [{ id: 'bsn', level: 'bachelor', fieldFamily: 'nursing', title: 'Nursing', institution: 'University of Lagos', country: 'NG', year: 2014 }],
      licences: [],
      experience: [],
      languageTests: [],
      // The assessment names the credential it assessed (never paired by position in the lists).
      assessments: [{ body: 'nnas', status: 'completed', equivalentLevel: 'bachelor', educationId: 'bsn' }],
    };
    document.dispatchEvent(new CustomEvent('bw-gap-analysed', { detail: { analysis, profile } }));
    await el.updateComplete;
    expect(el.view!.gapOffer.prefiller.status).to.equal('idle', 'the offer shows without the pre-fill\'s code, which (with the question and "Undo") loads on use');
    button(el, 'Fill in from my gap analysis').click();
    await waitUntil(() => $<HTMLTextAreaElement>(el, '#field-credentials')!.value !== '', 'the pre-fill');
    const credentials = $<HTMLTextAreaElement>(el, '#field-credentials')!.value;
    expect(credentials).to.contain("Bachelor's degree in Nursing, University of Lagos, Nigeria (2014)");
    expect(credentials).to.contain('NNAS');
    expect($<HTMLInputElement>(el, '#field-local-title')!.value).to.equal('Registered nurse');
    expect($<HTMLInputElement>(el, '#field-jurisdiction')!.value).to.equal('Ontario');
    expect(previewText(el)).to.contain('University of Lagos');
  });

  it("offers the pre-fill from the person's newest saved gap analysis", async () => {
    const { token: mentee } = await token('mentee', unique('analysed'));
    const profile = { education: [], licences: [], experience: [], languageTests: [] };
    const saved = await api('/v1/gap-analyses', mentee, { profile, occupationId: 'registered-nurse', jurisdictionId: 'ca-on', save: true });
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${mentee} locale="en" kind="credential-equivalency"></bw-narrative-builder>`);
    await ready(el);
    await waitUntil(() => $$(el, 'button').some((b) => b.textContent?.trim() === 'Fill in from my gap analysis'), 'the pre-fill offer', { timeout: 8000 });
    button(el, 'Fill in from my gap analysis').click();
    await waitUntil(() => $<HTMLInputElement>(el, '#field-local-title')!.value !== '', 'the pre-fill');
    expect($<HTMLInputElement>(el, '#field-local-title')!.value).to.equal(saved.target.occupation.name.en);
    expect($<HTMLInputElement>(el, '#field-jurisdiction')!.value).to.equal('Ontario');
  });

  it('saves on the server, shows both versions on a conflict, and restores an earlier version', async () => {
    const { token: mentee } = await token('mentee', unique('saver'));
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${mentee} locale="en" kind="resume-summary"></bw-narrative-builder>`);
    await ready(el);
    type(el, 'local-title', 'Nurse');
    button(el, 'Save').click();
    await waitUntil(() => shadow(el).textContent!.includes('Saved.'), 'first save');
    const drafts = await api('/v1/narrative-drafts', mentee);
    const draft = drafts.items[0];
    expect(draft.values['local-title']).to.equal('Nurse');
    // Someone else saves version 2 on another device.
    await api(`/v1/narrative-drafts/${draft.id}`, mentee, { version: 1, values: { 'local-title': 'Charge nurse' } }, 'PATCH');
    type(el, 'local-title', 'Registered Nurse');
    button(el, 'Save').click();
    await waitUntil(() => $(el, '[part="conflict"]'), 'the conflict view');
    const conflict = $(el, '[part="conflict"]')!;
    expect(conflict.textContent).to.contain('Registered Nurse');
    expect(conflict.textContent).to.contain('Charge nurse');
    await expect(el).to.be.accessible();
    button(el, 'Keep mine', conflict).click();
    await waitUntil(() => !$(el, '[part="conflict"]') && el.shadowRoot!.textContent!.includes('Saved.'), 'kept mine');
    expect((await api(`/v1/narrative-drafts/${draft.id}`, mentee)).values['local-title']).to.equal('Registered Nurse');

    button(el, 'Version history').click();
    await waitUntil(() => $(el, '[part="versions"]'), 'the history');
    const first = [...$(el, '[part="versions"]')!.querySelectorAll('li')].find((li) => li.textContent!.includes('Version 1'))!;
    button(el, 'Restore', first).click();
    await waitUntil(() => shadow(el).textContent!.includes('Version 1 restored'), 'restored');
    expect($<HTMLInputElement>(el, '#field-local-title')!.value).to.equal('Nurse');
  });

  it('lets the author accept a suggestion and resolve a comment beside their sections', async () => {
    const { token: mentee } = await token('mentee', unique('author'));
    const mentor = await token('mentor', unique('mentor'));
    const draft = await api('/v1/narrative-drafts', mentee, { templateId: 'seed-resume-summary-en', values: { 'local-title': 'Nurse', achievement: 'Led a ward.' } });
    await api(`/v1/narrative-drafts/${draft.id}/shares`, mentee, { mentorIds: [mentor.user.id] });
    await api(`/v1/narrative-drafts/${draft.id}/comments`, mentor.token, { sectionId: 'profile', text: 'Add your years.' });
    await api(`/v1/narrative-drafts/${draft.id}/suggestions`, mentor.token, { sectionId: 'strengths', fieldId: 'achievement', text: 'Numbers help.', suggestedText: 'Led a 40-bed ward.' });

    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${mentee} locale="en" draft-id=${draft.id}></bw-narrative-builder>`);
    await ready(el);
    await waitUntil(() => $$(el, '[part="review"]').length === 2, 'the reviews');
    expect(shadow(el).textContent).to.contain('Changes requested');
    await expect(el).to.be.accessible();
    const suggestion = $(el, '[data-section="strengths"] [part="review"]')!;
    expect(suggestion.textContent).to.contain('Led a 40-bed ward.');
    button(el, 'Accept', suggestion).click();
    await waitUntil(() => $<HTMLTextAreaElement>(el, '#field-achievement')!.value === 'Led a 40-bed ward.', 'accepted into the field');
    const comment = $(el, '[data-section="profile"] [part="review"]')!;
    button(el, 'Resolve', comment).click();
    await waitUntil(() => $(el, '[data-section="profile"] [part="review"]')!.dataset.state === 'resolved', 'resolved');
    await waitUntil(() => shadow(el).textContent!.includes('In review'), 'back in review');
  });

  it('gives a mentor a review mode to comment, suggest and approve', async () => {
    const { token: mentee } = await token('mentee', unique('shared'));
    const mentor = await token('mentor', unique('reviewer'));
    const draft = await api('/v1/narrative-drafts', mentee, { templateId: 'seed-resume-summary-en', values: { 'local-title': 'Nurse' } });
    await api(`/v1/narrative-drafts/${draft.id}/shares`, mentee, { mentorIds: [mentor.user.id] });
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${mentor.token} locale="en" mode="review" draft-id=${draft.id}></bw-narrative-builder>`);
    await ready(el);
    expect($<HTMLInputElement>(el, '#field-local-title')!.readOnly).to.equal(true);
    await toolsLoaded(el);
    await expect(el).to.be.accessible();
    const text = $<HTMLTextAreaElement>(el, '#review-profile-text')!;
    text.value = 'Give the local title.';
    const suggested = $<HTMLTextAreaElement>(el, '#review-profile-suggested')!;
    suggested.value = 'Registered Nurse';
    button(el, 'Send', text.closest('form')!).click();
    await waitUntil(() => $$(el, '[part="review"]').length === 1, 'the suggestion appears');
    expect(shadow(el).textContent).to.contain('Changes requested');
    button(el, 'Approve this version').click();
    // The mentor confirms, told about their own suggestion still open.
    await waitUntil(() => $(el, 'dialog[open]'), 'the confirmation');
    expect($(el, 'dialog')!.textContent).to.contain('You still have 1 open comment or suggestion on this draft.');
    button(el, 'Approve', $(el, 'dialog')!).click();
    await waitUntil(() => shadow(el).textContent!.includes('You approved this draft.'), 'approved');
    expect((await api(`/v1/narrative-drafts/${draft.id}`, mentee)).status).to.equal('approved');
  });

  describe('the lazily loaded part', () => {
    it('ends in the error state with a retry where the competencies go when their part cannot be loaded, and shows them after a retry', async () => {
      const el = document.createElement('bw-narrative-builder');
      Object.assign(el, { endpoint, publishableKey: PK, locale: 'en', kind: 'star-story' });
      let restore!: () => void;
      onViewMade(el, (view) => (restore = failChunk(view.competencies)));
      const errors: string[] = [];
      el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
      await fixture(html`<div></div>`).then((parent) => parent.append(el));
      await ready(el);
      // A STAR story shows its competency tags in the first view, beside the preview: they come from their own part.
      await waitUntil(() => $(el, '[part="preview"] [part~="state-error"]'), 'the error state in the preview');
      expect($(el, '[part~="state-error"]')!.textContent).to.contain('is not answering');
      expect(errors).to.deep.equal(['network']);
      expect(toolsPart(el).status).to.equal('idle', 'the tags need none of the draft tools');
      expect($(el, '[part~="form"]'), 'the form stays usable').to.exist;
      await expect(el).to.be.accessible();
      restore();
      $<HTMLButtonElement>(el, '[part~="retry"]')!.click();
      await waitUntil(() => $(el, '[part="competencies"] legend'), 'the tags after the retry', { timeout: 8000 });
      expect($(el, '[part~="state-error"]')).to.equal(null);
      expect($(el, '[part="competencies"] legend')!.textContent).to.contain('Competencies this story shows');
    });

    it('loads the exports when one is first asked for, and copies what was asked for while their code was on its way', async () => {
      const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="resume-summary"></bw-narrative-builder>`);
      await ready(el);
      const part = el.view!.exports;
      type(el, 'local-title', 'Charge nurse');
      await hintsLoaded(el);
      expect(part.status).to.equal('idle', 'a draft being written needs no export code');
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
      const exported: string[] = [];
      el.addEventListener('bw-narrative-exported', (event) => exported.push(event.detail.format));
      const { release } = holdChunk(part);
      try {
        button(el, 'Copy').click();
        await el.updateComplete;
        expect(part.status).to.equal('loading');
        expect($(el, '[part~="state-loading"]'), 'the loading state while the code is on its way').to.exist;
        expect(copied).to.deep.equal([]);
        release();
        await waitUntil(() => shadow(el).textContent!.includes('Copied to the clipboard.'), 'the copy asked for before the code arrived was lost', { timeout: 8000 });
        expect(copied).to.have.length(1);
        expect(copied[0]).to.contain('Charge nurse');
        expect(exported).to.deep.equal(['clipboard']);
        expect($(el, '[part~="state-loading"]')).to.equal(null);
        expect(toolsPart(el).status).to.equal('idle', 'exporting needs none of the draft tools');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('says so when the exports cannot be loaded, and "Try again" makes the Word document that was asked for', async () => {
      const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="resume-summary"></bw-narrative-builder>`);
      await ready(el);
      type(el, 'local-title', 'Charge nurse');
      await hintsLoaded(el);
      const restore = failChunk(el.view!.exports);
      const errors: string[] = [];
      el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
      const exported: string[] = [];
      el.addEventListener('bw-narrative-exported', (event) => exported.push(event.detail.format));
      button(el, 'Word document').click();
      await waitUntil(() => $(el, '[part~="state-error"]'), 'the error state');
      const state = $(el, '[part~="state-error"]')!;
      expect(state.textContent).to.contain('is not answering');
      expect(errors).to.deep.equal(['network']);
      expect(exported).to.deep.equal([]);
      expect($(el, '[part~="state-loading"]'), 'no endless spinner').to.equal(null);
      expect($<HTMLInputElement>(el, '#field-local-title')!.value, 'the form keeps the text').to.equal('Charge nurse');
      await expect(el).to.be.accessible();
      restore();
      button(el, 'Try again', state).click();
      await waitUntil(() => exported.length > 0, 'the Word document asked for was lost', { timeout: 8000 });
      expect(exported).to.deep.equal(['docx']);
      expect($(el, '.notice')!.textContent).to.contain('.docx');
      expect($(el, '[part~="state-error"]')).to.equal(null);
    });

    it('shows "Try again" when the tools fail to load behind a button, and the retry opens what was asked for', async () => {
      const { token: mentee } = await token('mentee', unique('chunk'));
      await api('/v1/narrative-drafts', mentee, { templateId: 'seed-resume-summary-en', values: {} });
      const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${mentee} locale="en" kind="resume-summary"></bw-narrative-builder>`);
      await ready(el);
      await waitUntil(() => $$(el, 'button').some((b) => b.textContent?.trim() === 'Version history'), 'the saved draft');
      const part = toolsPart(el);
      const real = part.importer;
      let attempts = 0;
      part.importer = () => {
        attempts++;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      };
      const errors: string[] = [];
      el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
      const unhandled: unknown[] = [];
      const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
      window.addEventListener('unhandledrejection', onUnhandled);
      try {
        button(el, 'Version history').click();
        await waitUntil(() => $(el, '[part~="state-error"]'), 'the error state');
        const state = $(el, '[part~="state-error"]')!;
        expect(state.textContent).to.contain('is not answering');
        expect(button(el, 'Try again', state)).to.exist;
        expect(errors).to.deep.equal(['network']);
        expect($(el, '[part~="state-loading"]'), 'no endless spinner').to.equal(null);
        expect($(el, '[part~="form"]'), 'the form stays usable').to.exist;
        await expect(el).to.be.accessible();

        part.importer = real;
        button(el, 'Try again', state).click();
        await waitUntil(() => $(el, '[part="versions"]'), 'the history after the retry');
        expect($(el, '[part~="state-error"]')).to.equal(null);
        expect($(el, '[part="versions"]')!.textContent).to.contain('Version 1');
        expect(attempts).to.equal(1);
        expect(unhandled, 'no uncaught rejection').to.deep.equal([]);
      } finally {
        window.removeEventListener('unhandledrejection', onUnhandled);
      }
    });

    it('shows "Try again" when the pre-fill fails to load, and the retry fills the statement in', async () => {
      const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="credential-equivalency"></bw-narrative-builder>`);
      await ready(el);
      el.gapAnalysis = {
        target: { occupation: { id: 'registered-nurse', name: { en: 'Registered nurse' } }, jurisdiction: { id: 'ca-on', country: 'CA', name: { en: 'Ontario' } } },
      } as BridgewayNarrativeBuilder['gapAnalysis'];
      await el.updateComplete;
      const part = el.view!.gapOffer.prefiller;
      const real = part.importer;
      part.importer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      button(el, 'Fill in from my gap analysis').click();
      await waitUntil(() => $(el, '[part~="state-error"]'), 'the error state');
      expect($<HTMLInputElement>(el, '#field-local-title')!.value).to.equal('');
      await expect(el).to.be.accessible();
      part.importer = real;
      button(el, 'Try again', $(el, '[part~="state-error"]')!).click();
      await waitUntil(() => $<HTMLInputElement>(el, '#field-local-title')!.value === 'Registered nurse', 'filled in after the retry');
      expect($(el, '[part~="state-error"]')).to.equal(null);
      expect($<HTMLInputElement>(el, '#field-jurisdiction')!.value).to.equal('Ontario');
    });

    it('loads the saving code once the text changes, and saves what was typed when Save is pressed before it arrived', async () => {
      const { token: mentee } = await token('mentee', unique('early-save'));
      const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${mentee} locale="en" kind="resume-summary"></bw-narrative-builder>`);
      await ready(el);
      const part = el.session.writes;
      expect(part.status).to.equal('idle', 'the first view needs no saving code');
      // The code arrives only when the test lets it: the typing and the press happen before.
      const real = part.importer;
      let arrive!: () => void;
      const held = new Promise<void>((resolve) => (arrive = resolve));
      part.importer = () => held.then(real);
      const saved = new Promise<CustomEvent>((resolve) => el.addEventListener('bw-narrative-saved', (e) => resolve(e as CustomEvent), { once: true }));
      type(el, 'local-title', 'Charge nurse');
      await el.updateComplete;
      expect(part.status).to.equal('loading', 'typing starts loading it');
      button(el, 'Save').click();
      type(el, 'years', 'nine years');
      arrive();
      const event = await saved;
      expect(event.detail.draft.values).to.include({ 'local-title': 'Charge nurse', years: 'nine years' });
      const drafts = await api('/v1/narrative-drafts', mentee);
      expect(drafts.items).to.have.length(1, 'one save, not one per press or keystroke');
      expect(drafts.items[0].values['local-title']).to.equal('Charge nurse');
      await waitUntil(() => shadow(el).textContent!.includes('Saved.'), 'said so');
    });

    it('says so when the saving code does not arrive, and saves when Save is pressed again', async () => {
      const { token: mentee } = await token('mentee', unique('save-chunk'));
      const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${mentee} locale="en" kind="resume-summary"></bw-narrative-builder>`);
      await ready(el);
      const part = el.session.writes;
      const real = part.importer;
      part.importer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const errors: string[] = [];
      el.addEventListener('bw-error', (event) => errors.push(event.detail.kind));
      type(el, 'local-title', 'Nurse');
      button(el, 'Save').click();
      await waitUntil(() => $(el, '.failure'), 'the failure message');
      expect($(el, '.failure')!.textContent).to.contain('is not answering');
      expect(errors).to.deep.equal(['network'], 'reported once, by the press');
      expect(shadow(el).textContent).to.contain('Unsaved changes (kept on this device)');
      await expect(el).to.be.accessible();
      part.importer = real;
      button(el, 'Save').click();
      await waitUntil(() => shadow(el).textContent!.includes('Saved.'), 'saved after the retry');
      expect($(el, '.failure')).to.equal(null);
      expect((await api('/v1/narrative-drafts', mentee)).items[0].values['local-title']).to.equal('Nurse');
    });

    it('shows the loading state, then the version history, when the history is asked for', async () => {
      const { token: mentee } = await token('mentee', unique('history'));
      await api('/v1/narrative-drafts', mentee, { templateId: 'seed-resume-summary-en', values: {} });
      const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${mentee} locale="en" kind="resume-summary"></bw-narrative-builder>`);
      await ready(el);
      await waitUntil(() => $$(el, 'button').some((b) => b.textContent?.trim() === 'Version history'), 'the saved draft');
      expect(toolsPart(el).status).to.equal('idle', 'an empty draft needs nothing of the lazy part at first');
      button(el, 'Version history').click();
      await el.updateComplete;
      expect(toolsPart(el).status === 'loading' ? $(el, '[part~="state-loading"]') : $(el, '[part="versions"]'), 'loading, then the history').to.exist;
      await waitUntil(() => $(el, '[part="versions"]'), 'the history');
      expect($(el, '[part="versions"]')!.textContent).to.contain('Version 1');
    });
  });

  describe('error states', () => {
    const failing = (reply: () => Promise<Response>): FetchLike => (input, init) => (input.includes('/narrative-templates') ? reply() : fetch(input, init));

    it('shows a retryable error when the templates fail to load (500), accessible', async () => {
      const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en"
        .fetch=${failing(async () => new Response('{}', { status: 500 }))}></bw-narrative-builder>`);
      await waitUntil(() => $(el, '[part~="state-error"]'), 'the error state', { timeout: 15000 });
      expect($(el, '[part~="retry"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows an error for a malformed body and for a network failure', async () => {
      const malformed = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en"
        .fetch=${failing(async () => new Response('{"items": 3}', { status: 200, headers: { 'content-type': 'application/json' } }))}></bw-narrative-builder>`);
      await waitUntil(() => $(malformed, '[part~="state-error"]'), 'validation error');
      const offline = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en"
        .fetch=${failing(() => Promise.reject(new TypeError('Failed to fetch')))}></bw-narrative-builder>`);
      await waitUntil(() => $(offline, '[part~="state-error"]'), 'network error', { timeout: 15000 });
      expect($(offline, '[part~="error"]')!.textContent).to.contain('is not answering');
    });

    it('keeps the text on the device when a save fails, and says so', async () => {
      const { token: mentee } = await token('mentee', unique('offline'));
      const offlineSaves: FetchLike = (input, init) => (init.method === 'POST' ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init));
      const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${mentee} locale="en" .fetch=${offlineSaves}></bw-narrative-builder>`);
      await ready(el);
      type(el, 'local-title', 'Nurse');
      button(el, 'Save').click();
      await waitUntil(() => $(el, '.failure'), 'the failure message', { timeout: 15000 });
      expect($(el, '.failure')!.textContent).to.contain('is not answering');
      expect(shadow(el).textContent).to.contain('Unsaved changes (kept on this device)');
      await expect(el).to.be.accessible();
    });
  });
});
