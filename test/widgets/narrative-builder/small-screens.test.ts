import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/narrative-builder/define.js';
import type { BridgewayNarrativeBuilder } from '../../../src/widgets/narrative-builder/narrative-builder.js';
import { $, $$, api, button, endpoint, signIn, unique } from '../../support/browser.js';

/** A 5,000-character word: a pasted link or code that must wrap, never widen anything. */
const LONG = 'x'.repeat(5000);

/** Nothing scrolls sideways: the element, its root box and the page. */
function fitsSideways(el: HTMLElement): void {
  const page = document.documentElement;
  expect(el.scrollWidth, 'the element scrolls sideways').to.be.at.most(el.clientWidth);
  const box = $(el, '.bw-root')!;
  expect(box.scrollWidth, 'its root box scrolls sideways').to.be.at.most(box.clientWidth);
  expect(page.scrollWidth, 'the page scrolls sideways').to.be.at.most(page.clientWidth);
}

/** Every box of the element ends inside the screen. */
function insideTheScreen(el: HTMLElement): void {
  for (const part of $$(el, '[part]')) {
    const rect = part.getBoundingClientRect();
    if (!rect.width) continue;
    expect(rect.right, `${part.getAttribute('part')} ends off screen`).to.be.at.most(window.innerWidth + 0.5);
    expect(rect.left, `${part.getAttribute('part')} starts off screen`).to.be.at.least(-0.5);
  }
}

describe('bw-narrative-builder on a phone (320 px)', function () {
  this.timeout(20_000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => localStorage.clear());
  afterEach(() => fixtureCleanup());

  for (const locale of ['en', 'ar']) {
    it(`fits the screen with very long words, reviews and the version history (${locale})`, async () => {
      const { token } = await signIn('mentee', unique(`phone-${locale}`));
      const mentor = await signIn('mentor', unique(`phone-mentor-${locale}`));
      const draft = await api('/v1/narrative-drafts', token, { templateId: 'seed-resume-summary-en', values: { 'local-title': LONG, achievement: `Led ${LONG} ward.`, specialties: [LONG.slice(0, 1900)] } });
      await api(`/v1/narrative-drafts/${draft.id}`, token, { version: 1, values: { 'local-title': `Nurse ${LONG}` } }, 'PATCH');
      await api(`/v1/narrative-drafts/${draft.id}/shares`, token, { mentorIds: [mentor.user.id] });
      await api(`/v1/narrative-drafts/${draft.id}/suggestions`, mentor.token, { sectionId: 'profile', fieldId: 'local-title', text: LONG.slice(0, 3900), suggestedText: LONG });
      const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${token} locale=${locale} draft-id=${draft.id}
        .mentors=${[{ id: mentor.user.id, name: `Ada ${LONG}` }]}></bw-narrative-builder>`);
      await waitUntil(() => $$(el, '[part="review"]').length === 1, 'the review', { timeout: 8000 });
      fitsSideways(el);
      insideTheScreen(el);

      $<HTMLButtonElement>(el, '[part="actions"] button[aria-disabled]:nth-of-type(2)')!.click();
      await waitUntil(() => $(el, '[part="versions"]'), 'the history', { timeout: 8000 });
      for (const details of $$<HTMLDetailsElement>(el, '[part="versions"] details')) details.open = true;
      await el.updateComplete;
      expect($(el, '[part="versions"] .preview-text')!.textContent).to.contain(LONG);
      fitsSideways(el);
      insideTheScreen(el);
    });
  }

  it('fits both versions after a conflicting save', async () => {
    const { token } = await signIn('mentee', unique('phone-conflict'));
    const draft = await api('/v1/narrative-drafts', token, { templateId: 'seed-resume-summary-en', values: { 'local-title': 'Nurse' } });
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${token} locale="en" kind="resume-summary"></bw-narrative-builder>`);
    await waitUntil(() => $<HTMLInputElement>(el, '#field-local-title')?.value === 'Nurse', 'the draft', { timeout: 8000 });
    await api(`/v1/narrative-drafts/${draft.id}`, token, { version: 1, values: { 'local-title': `Charge nurse ${LONG}` } }, 'PATCH');
    const input = $<HTMLInputElement>(el, '#field-local-title')!;
    input.value = `Registered Nurse ${LONG}`;
    input.dispatchEvent(new Event('input'));
    button(el, 'Save').click();
    await waitUntil(() => $(el, '[part="conflict"]'), 'the conflict view', { timeout: 8000 });
    fitsSideways(el);
    insideTheScreen(el);
  });

  it("fits the mentor's review and the approval dialog", async () => {
    const { token } = await signIn('mentee', unique('phone-review'));
    const mentor = await signIn('mentor', unique('phone-reviewer'));
    const draft = await api('/v1/narrative-drafts', token, { templateId: 'seed-star-story-en', values: { situation: LONG, action: LONG } });
    await api(`/v1/narrative-drafts/${draft.id}/shares`, token, { mentorIds: [mentor.user.id] });
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${mentor.token} locale="en" mode="review" draft-id=${draft.id}></bw-narrative-builder>`);
    await waitUntil(() => $(el, '.review-form'), 'the review form', { timeout: 8000 });
    fitsSideways(el);
    insideTheScreen(el);
    button(el, 'Approve this version').click();
    await waitUntil(() => $(el, 'dialog[open]'), 'the dialog', { timeout: 8000 });
    const dialog = $(el, 'dialog')!.getBoundingClientRect();
    expect(dialog.left).to.be.at.least(0);
    expect(dialog.right).to.be.at.most(window.innerWidth);
    expect(dialog.bottom).to.be.at.most(window.innerHeight);
    const confirm = button(el, 'Approve', $(el, 'dialog')!).getBoundingClientRect();
    expect(confirm.bottom, 'the dialog button is on screen').to.be.at.most(window.innerHeight);
    fitsSideways(el);
  });
});
