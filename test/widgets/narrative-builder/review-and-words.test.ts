import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/narrative-builder/define.js';
import type { BridgewayNarrativeBuilder } from '../../../src/widgets/narrative-builder/narrative-builder.js';
import { plural } from '../../../src/widgets/narrative-builder/plural.js';
import { templates as ar } from '../../../src/generated/locales/narrative/ar.js';
import { templates as fr } from '../../../src/generated/locales/narrative/fr.js';
import { templates as uk } from '../../../src/generated/locales/narrative/uk.js';
import { templates as zh } from '../../../src/generated/locales/narrative/zh-Hans.js';
import { $, $$, api, endpoint, PK, signIn, unique } from '../../support/browser.js';

describe('bw-narrative-builder: mentor review, names and plurals', function () {
  this.timeout(20_000);
  beforeEach(() => localStorage.clear());
  afterEach(() => fixtureCleanup());

  it("shows a reviewing mentor the author's fields read-only, looking and announced so", async () => {
    const { token } = await signIn('mentee', unique('readonly'));
    const mentor = await signIn('mentor', unique('readonly-mentor'));
    const draft = await api('/v1/narrative-drafts', token, { templateId: 'seed-resume-summary-en', values: { 'local-title': 'Nurse', achievement: 'Led a ward.' } });
    await api(`/v1/narrative-drafts/${draft.id}/shares`, token, { mentorIds: [mentor.user.id] });
    await api(`/v1/narrative-drafts/${draft.id}/comments`, mentor.token, { sectionId: 'profile', text: 'Say "Registered Nurse (RN)".' });
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${mentor.token} locale="ar" mode="review" draft-id=${draft.id}></bw-narrative-builder>`);
    await waitUntil(() => $(el, '[part="review"]'), 'the review', { timeout: 8000 });
    const note = $(el, '#readonly-note')!;
    expect(note.textContent!.trim()).not.to.equal('');
    for (const input of $$<HTMLInputElement | HTMLTextAreaElement>(el, '[part~="form"] .field .bw-field__input')) {
      expect(input.readOnly, `${input.id} is read-only`).to.equal(true);
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('readonly-note');
      expect(getComputedStyle(input).borderTopStyle, `${input.id} looks read-only`).to.equal('dashed');
      expect(input.required, 'nothing is asked of the mentor').to.equal(false);
    }
    expect($(el, '[part~="form"] .bw-field__label [aria-hidden]'), 'no "required" marks').to.equal(null);
    // The mentor's Latin comment keeps its punctuation in the Arabic page.
    await waitUntil(() => $(el, '.bw-root')!.dir === 'rtl', 'the Arabic interface');
    const comment = $(el, '[part="review"] p[dir="auto"]')!;
    expect(getComputedStyle(comment).direction).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it("keeps a STAR story's competency tags read-only for a reviewing mentor, still reachable", async () => {
    const { token } = await signIn('mentee', unique('tags'));
    const mentor = await signIn('mentor', unique('tags-mentor'));
    const draft = await api('/v1/narrative-drafts', token, { templateId: 'seed-star-story-en', values: { situation: 'A ward ran short.' }, competencies: ['teamwork'] });
    await api(`/v1/narrative-drafts/${draft.id}/shares`, token, { mentorIds: [mentor.user.id] });
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} user-token=${mentor.token} locale="en" mode="review" draft-id=${draft.id}></bw-narrative-builder>`);
    await waitUntil(() => $$(el, '[part="competencies"] input[type="checkbox"]').length > 0, 'the tags', { timeout: 8000 });
    const tags = $$<HTMLInputElement>(el, '[part="competencies"] input[type="checkbox"]');
    for (const tag of tags) {
      expect(tag.getAttribute('aria-readonly')).to.equal('true');
      expect(tag.disabled).to.equal(false);
    }
    const teamwork = tags.find((t) => t.parentElement!.textContent!.includes('Teamwork'))!;
    expect(teamwork.checked).to.equal(true);
    teamwork.click();
    await el.updateComplete;
    expect(teamwork.checked, 'a click changes nothing').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('names competencies in the reader\'s language, never by their ids', async () => {
    const el = await fixture<BridgewayNarrativeBuilder>(html`<bw-narrative-builder endpoint=${endpoint} publishable-key=${PK} locale="en" kind="star-story" occupation="professional-engineer"></bw-narrative-builder>`);
    await waitUntil(() => $$(el, '[part="competencies"] .coverage li').length === 4, 'the coverage', { timeout: 8000 });
    const shown = () => $(el, '[part="competencies"]')?.textContent ?? '';
    expect(shown()).to.contain('Professional accountability and ethics');
    expect(shown()).not.to.match(/\b[a-z]+-[a-z]+(-[a-z]+)*\b/, 'no id on screen');
    el.locale = 'fr';
    await waitUntil(() => shown().includes('Responsabilité professionnelle et éthique'), 'the French names', { timeout: 8000 });
    expect(shown()).not.to.match(/\b[a-z]+-[a-z]+(-[a-z]+)*\b/);
    el.locale = 'ar';
    // No Arabic label in the catalogue: its English name, isolated, rather than an id.
    await waitUntil(() => $$(el, '[part="competencies"] .coverage li bdi').some((b) => b.textContent === 'Professional accountability and ethics'), 'the names in Arabic', { timeout: 8000 });
    expect(shown()).not.to.match(/\b[a-z]+-[a-z]+(-[a-z]+)*\b/);
  });

  it('agrees counted words with their number in every locale', () => {
    const words = (templates: Record<string, unknown>) => templates['narrative.count.words'] as string;
    expect(plural('{count, plural, one {# word} other {# words}}', 1, 'en')).to.equal('1 word');
    expect(plural('{count, plural, one {# word} other {# words}}', 2, 'en')).to.equal('2 words');
    expect(plural('{count, plural, =0 {no words} one {# word} other {# words}}', 0, 'en')).to.equal('no words');
    expect(plural('{count, plural, one {# word} other {# words}}', 1234, 'en')).to.equal('1,234 words');
    expect([1, 2, 5, 21, 22, 25].map((n) => plural(words(uk), n, 'uk'))).to.deep.equal(['1 слово', '2 слова', '5 слів', '21 слово', '22 слова', '25 слів']);
    expect([0, 1, 2, 3, 11, 100].map((n) => plural(words(ar), n, 'ar'))).to.deep.equal(['0 كلمة', 'كلمة واحدة', 'كلمتان', '3 كلمات', '11 كلمة', '100 كلمة']);
    expect([0, 1, 2, 1_000_000].map((n) => plural(words(fr), n, 'fr'))).to.deep.equal(['0 mot', '1 mot', '2 mots', '1\u202f000\u202f000 de mots']);
    expect(plural(words(zh), 1, 'zh-Hans')).to.equal('1 词');
    // Every locale names each category its language has.
    for (const [locale, templates] of Object.entries({ ar, fr, uk, zh })) {
      for (const id of ['narrative.count.words', 'narrative.count.characters', 'narrative.count.seconds']) {
        const message = templates[id as keyof typeof templates] as unknown as string;
        const tag = locale === 'zh' ? 'zh-Hans' : locale;
        for (const category of new Intl.PluralRules(tag).resolvedOptions().pluralCategories) {
          expect(message, `${locale} ${id} has "${category}"`).to.match(new RegExp(`\\b${category}\\s*\\{`));
        }
      }
    }
  });
});
