import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/narrative-builder/define.js';
import type { BridgewayNarrativeBuilder } from '../../../src/widgets/narrative-builder/narrative-builder.js';
import type { FetchLike } from '../../../src/api/client.js';
import { $, api, endpoint, signIn, unique } from '../../support/browser.js';

const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const notice = (el: Element) => $(el, '.notice')!;

/** Presses Tab from where focus is until it reaches the button named `name` (never leaving the element). */
async function tabTo(el: Element, name: string, max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const now = active(el);
    if (now?.localName === 'button' && now.textContent?.trim() === name) return now;
    expect(document.activeElement, `focus left the element before "${name}"`).to.equal(el);
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Starts a task from the form's first field, as a person coming back to the text would. */
async function fromTheForm(el: Element): Promise<void> {
  $<HTMLElement>(el, '[part~="form"] .bw-field__input')!.focus();
}

/** Focus is on the status line, which says `text` (never dropped to the page). */
async function focusOnStatus(el: Element, text: string): Promise<void> {
  await waitUntil(() => notice(el).textContent!.includes(text) && active(el) === notice(el), `focus on the status "${text}"`, { timeout: 8000 });
  expect(document.activeElement).to.equal(el);
}

async function ready(el: BridgewayNarrativeBuilder, button: string): Promise<void> {
  await waitUntil(() => [...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent?.trim() === button), `the "${button}" button`, { timeout: 8000 });
  await el.updateComplete;
}

describe('bw-narrative-builder: focus after each task, with the keyboard', function () {
  this.timeout(20_000);
  beforeEach(() => localStorage.clear());
  afterEach(() => fixtureCleanup());

  it('Save says "Saving…" while the network is slow, keeps focus on the button, then moves it to "Saved."', async () => {
    const { token } = await signIn('mentee', unique('focus-save'));
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const slowSaves: FetchLike = async (input, init) => {
      if (init.method === 'POST') await slow;
      return fetch(input, init);
    };
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${token} locale="en" kind="resume-summary" .fetch=${slowSaves}></bw-narrative-builder>`);
    await ready(el, 'Save');
    await fromTheForm(el);
    await sendKeys({ type: 'Nurse' });
    const save = await tabTo(el, 'Save');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => save.textContent!.trim() === 'Saving…', 'the button says Saving…');
    expect(notice(el).textContent).to.contain('Saving…');
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    expect(active(el), 'focus stays on the button while saving').to.equal(save);
    await sendKeys({ press: 'Enter' });
    release();
    await focusOnStatus(el, 'Saved.');
    expect((await api('/v1/narrative-drafts', token)).items).to.have.length(1, 'a second press while saving saves nothing more');
  });

  it("never takes focus from the host page when the host saves", async () => {
    const { token } = await signIn('mentee', unique('focus-host'));
    const page = await fixture<HTMLDivElement>(html`<div><input id="host-field" aria-label="Host field" />
      <bw-narrative-builder endpoint=${endpoint} user-token=${token} locale="en" kind="resume-summary"></bw-narrative-builder></div>`);
    const el = page.querySelector<BridgewayNarrativeBuilder>('bw-narrative-builder')!;
    await ready(el, 'Save');
    const hostField = page.querySelector<HTMLInputElement>('#host-field')!;
    hostField.focus();
    const saved = new Promise((resolve) => el.addEventListener('bw-narrative-saved', resolve, { once: true }));
    await el.save();
    await saved;
    await el.updateComplete;
    await el.updateComplete;
    expect(document.activeElement).to.equal(hostField);
  });

  it('Version history moves focus to the history; a version previews before Restore, which moves focus to the status', async () => {
    const { token } = await signIn('mentee', unique('focus-history'));
    const draft = await api('/v1/narrative-drafts', token, { templateId: 'seed-resume-summary-en', values: { 'local-title': 'Nurse' } });
    await api(`/v1/narrative-drafts/${draft.id}`, token, { version: 1, values: { 'local-title': 'Charge nurse' } }, 'PATCH');
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${token} locale="en" kind="resume-summary"></bw-narrative-builder>`);
    await ready(el, 'Version history');
    await fromTheForm(el);
    await tabTo(el, 'Version history');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'versions-title', 'focus on the history');
    // The first version: its summary opens a preview of its text, with Restore inside.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const summary = active(el)!;
    expect(summary.localName).to.equal('summary');
    expect(summary.textContent).to.contain('Version 1');
    await sendKeys({ press: 'Enter' });
    const details = summary.closest('details')!;
    await waitUntil(() => details.open, 'the preview opens');
    expect(details.querySelector('.preview-text')!.textContent).to.contain('Nurse');
    expect(details.querySelector('.preview-text')!.textContent).not.to.contain('Charge nurse');
    await tabTo(el, 'Restore');
    await sendKeys({ press: 'Enter' });
    await focusOnStatus(el, 'Version 1 restored');
    expect($<HTMLInputElement>(el, '#field-local-title')!.value).to.equal('Nurse');
  });

  it('Accept says why while unavailable, then moves focus to the status; Send for review too', async () => {
    const { token } = await signIn('mentee', unique('focus-accept'));
    const mentor = await signIn('mentor', unique('focus-mentor'));
    const draft = await api('/v1/narrative-drafts', token, { templateId: 'seed-resume-summary-en', values: { 'local-title': 'Nurse', achievement: 'Led a ward.' } });
    await api(`/v1/narrative-drafts/${draft.id}/shares`, token, { mentorIds: [mentor.user.id] });
    await api(`/v1/narrative-drafts/${draft.id}/suggestions`, mentor.token, { sectionId: 'strengths', fieldId: 'achievement', text: 'Numbers help.', suggestedText: 'Led a 40-bed ward.' });
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${token} locale="en" draft-id=${draft.id}
      .mentors=${[{ id: mentor.user.id, name: 'Ada Okafor' }]}></bw-narrative-builder>`);
    await ready(el, 'Accept');

    // An unsaved edit: Accept stays reachable and says why it is unavailable.
    await fromTheForm(el);
    await sendKeys({ type: ' RN' });
    let accept = await tabTo(el, 'Accept');
    expect(accept.getAttribute('aria-disabled')).to.equal('true');
    const reason = el.shadowRoot!.getElementById(accept.getAttribute('aria-describedby')!)!;
    expect(reason.textContent).to.contain('Save your changes first');
    await sendKeys({ press: 'Enter' });
    expect($<HTMLTextAreaElement>(el, '#field-achievement')!.value).to.equal('Led a ward.', 'nothing accepted');

    await tabTo(el, 'Save');
    await sendKeys({ press: 'Enter' });
    await focusOnStatus(el, 'Saved.');
    await fromTheForm(el);
    accept = await tabTo(el, 'Accept');
    expect(accept.getAttribute('aria-disabled')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await focusOnStatus(el, 'Suggestion accepted.');
    expect($<HTMLTextAreaElement>(el, '#field-achievement')!.value).to.equal('Led a 40-bed ward.');

    await fromTheForm(el);
    await tabTo(el, 'Ask for review');
    await sendKeys({ press: 'Enter' });
    await focusOnStatus(el, 'Sent to your mentor for review.');
  });

  it('Approve asks to confirm, mentioning the open suggestions; Escape returns to the button, Approve moves focus to the status', async () => {
    const { token } = await signIn('mentee', unique('focus-approve'));
    const mentor = await signIn('mentor', unique('focus-approver'));
    const draft = await api('/v1/narrative-drafts', token, { templateId: 'seed-resume-summary-en', values: { 'local-title': 'Nurse' } });
    await api(`/v1/narrative-drafts/${draft.id}/shares`, token, { mentorIds: [mentor.user.id] });
    await api(`/v1/narrative-drafts/${draft.id}/suggestions`, mentor.token, { sectionId: 'profile', fieldId: 'local-title', text: 'The local title.', suggestedText: 'Registered Nurse' });
    await api(`/v1/narrative-drafts/${draft.id}/comments`, mentor.token, { sectionId: 'profile', text: 'Add your years.' });
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${mentor.token} locale="en" mode="review" draft-id=${draft.id}></bw-narrative-builder>`);
    await ready(el, 'Approve this version');
    await fromTheForm(el);
    const approve = await tabTo(el, 'Approve this version');
    await sendKeys({ press: 'Enter' });
    const dialog = await waitUntil(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the confirmation', { timeout: 8000 }).then(() => $<HTMLDialogElement>(el, 'dialog[open]')!);
    expect(dialog.textContent).to.contain('You still have 2 open comments or suggestions on this draft.');
    expect(dialog.contains(active(el))).to.equal(true, 'focus is in the dialog');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, 'dialog'), 'the dialog closes');
    await waitUntil(() => active(el) === approve, 'focus back on the button');
    expect((await api(`/v1/narrative-drafts/${draft.id}`, token)).status).to.equal('changes-requested', 'not approved');

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, 'dialog[open]'), 'the confirmation again');
    await tabTo(el, 'Approve');
    await sendKeys({ press: 'Enter' });
    await focusOnStatus(el, 'You approved this draft.');
    expect((await api(`/v1/narrative-drafts/${draft.id}`, token)).status).to.equal('approved');
  });

  it('each export moves focus to a status that says what happened', async () => {
    const { token } = await signIn('mentee', unique('focus-export'));
    await api('/v1/narrative-drafts', token, { templateId: 'seed-resume-summary-en', values: { 'local-title': 'Nurse' } });
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${token} locale="en" kind="resume-summary"></bw-narrative-builder>`);
    await ready(el, 'Copy');
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    try {
      const exports: Array<[string, string]> = [
        ['Copy', 'Copied to the clipboard.'],
        // Files are named after the story's title, never its code.
        ['Text file', 'Résumé summary.txt'],
        ['Markdown', '.md'],
        ['Word document', '.docx'],
        ['Print', 'print dialog'],
      ];
      for (const [name, said] of exports) {
        await fromTheForm(el);
        await tabTo(el, name);
        await sendKeys({ press: 'Enter' });
        await focusOnStatus(el, said);
      }
      expect(copied[0]).to.contain('Nurse');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});
