import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderNarrative, countWords, countCharacters, estimateSpokenSeconds, countWordsFallback, exportMarkdown, exportPlainText, escapeMarkdown } from '../../../src/core/narrative/index.js';
import type { NarrativeTemplate } from '../../../src/api/narrative.js';

type Shape = Pick<NarrativeTemplate, 'sections' | 'body' | 'limits'>;
const field = (id: string, type: 'text' | 'textarea' | 'list' = 'text', extra: object = {}) => ({ id, label: id, guidance: '', example: '', type, required: false, ...extra });

const summary: Shape = {
  sections: [
    { id: 'who', title: 'Who', optional: false, fields: [field('role', 'text', { required: true }), field('years'), field('skills', 'list')] },
    { id: 'licence', title: 'Licence', optional: true, fields: [field('status', 'text', { required: true, maxChars: 20 })] },
  ],
  body: '{{role}} with {{years}} of experience in {{skills}}.{{#licence}} {{status}}{{/licence}}\n{{#each skills}}\n- {{.}}\n{{/each}}\nThanks.',
  limits: { maxWords: 12 },
};

describe('renderNarrative', () => {
  it('fills placeholders and joins a list as the locale does', () => {
    const out = renderNarrative(summary, { role: 'Registered Nurse', years: '9 years', skills: ['triage', 'wound care', 'teaching'] }, 'en');
    assert.equal(out.text, 'Registered Nurse with 9 years of experience in triage, wound care, and teaching.\n- triage\n- wound care\n- teaching\nThanks.');
  });

  it('leaves an optional section out until one of its fields has a value', () => {
    const without = renderNarrative(summary, { role: 'Nurse', years: '9 years', skills: [] }, 'en');
    assert.equal(without.text, 'Nurse with 9 years of experience in.\nThanks.');
    assert.equal(without.perSection.find((s) => s.sectionId === 'licence')?.included, false);
    const withIt = renderNarrative(summary, { role: 'Nurse', years: '9 years', status: 'NCLEX booked.' }, 'en');
    assert.match(withIt.text, /experience in\. NCLEX booked\./);
    assert.equal(withIt.perSection.find((s) => s.sectionId === 'licence')?.included, true);
  });

  it('takes standalone block lines away and tidies the gaps empty values leave', () => {
    const shape: Shape = { sections: summary.sections, body: 'A {{years}} B\n\n\n\n  {{#licence}}\n{{status}}\n  {{/licence}}\nC', limits: {} };
    assert.equal(renderNarrative(shape, {}, 'en').text, 'A B\n\nC');
    assert.equal(renderNarrative(shape, { status: 'Licensed' }, 'en').text, 'A B\n\nLicensed\nC');
  });

  it('counts words, characters, per section and per field, and reports limits gone over', () => {
    const out = renderNarrative(summary, { role: 'Registered Nurse', years: '9 years', skills: ['triage', 'wound care'], status: 'Registration with the College pending' }, 'en');
    assert.ok(out.words > 12);
    assert.deepEqual(out.overLimits.map((l) => [l.scope, l.fieldId, l.limit]), [['template', undefined, 'maxWords'], ['field', 'status', 'maxChars']]);
    const who = out.perSection.find((s) => s.sectionId === 'who')!;
    assert.equal(who.words, 7);
    assert.equal(out.perField.find((f) => f.fieldId === 'skills')?.words, 3);
    assert.equal(out.characters, out.text.length);
  });

  it('lists the required fields still empty, including those of a started optional section', () => {
    assert.deepEqual(renderNarrative(summary, {}, 'en').missing, ['role']);
    const shape: Shape = { ...summary, sections: [summary.sections[0], { id: 'licence', title: 'L', optional: true, fields: [field('status', 'text', { required: true }), field('board')] }] };
    assert.deepEqual(renderNarrative(shape, { role: 'x', board: 'CNO' }, 'en').missing, ['status']);
  });

  it('reports a field under its minimum words only once something is written', () => {
    const shape: Shape = { sections: [{ id: 's', title: 's', optional: false, fields: [field('action', 'textarea', { minWords: 5 })] }], body: '{{action}}', limits: {} };
    assert.deepEqual(renderNarrative(shape, {}, 'en').overLimits, []);
    assert.equal(renderNarrative(shape, { action: 'Called the surgeon.' }, 'en').overLimits[0].limit, 'minWords');
  });
});

describe('counting', () => {
  it('counts words in Latin, Cyrillic, Arabic and Devanagari scripts', () => {
    assert.equal(countWords("I'm a registered nurse from Lagos, Nigeria.", 'en'), 7);
    assert.equal(countWords('Я працюю інженером у Харкові.', 'uk'), 5);
    assert.equal(countWords('أنا ممرضة من نيجيريا.', 'ar'), 4);
    assert.equal(countWords('मैं नाइजीरिया की एक नर्स हूँ।', 'hi'), 6);
  });

  it('counts Chinese by segments with Intl.Segmenter and by characters without it', () => {
    const text = '我是一名来自乌克兰的土木工程师。';
    const segmented = countWords(text, 'zh-Hans');
    assert.ok(segmented >= 6 && segmented <= 12, `got ${segmented}`);
    assert.equal(countWords(text, 'zh-Hans', { noSegmenter: true }), 15);
    assert.equal(countWordsFallback('用 Java 开发'), 4);
    assert.equal(countCharacters(text, 'zh-Hans'), 16);
  });

  it('keeps Hindi and Arabic words whole without Intl.Segmenter', () => {
    assert.equal(countWords('मैं नाइजीरिया की एक नर्स हूँ।', 'hi', { noSegmenter: true }), 6);
    assert.equal(countWords('أنا ممرضة من نيجيريا.', 'ar', { noSegmenter: true }), 4);
  });

  it('counts an accented letter or an emoji as one character', () => {
    assert.equal(countCharacters('e\u0301té 👩🏽‍⚕️', 'fr'), 5);
    assert.equal(countCharacters('e\u0301té', 'fr', { noSegmenter: true }), 3);
  });

  it('estimates speaking time at about 140 words a minute, and Chinese by characters', () => {
    const words140 = Array.from({ length: 140 }, () => 'word').join(' ');
    assert.equal(estimateSpokenSeconds(words140, 'en'), 60);
    assert.equal(estimateSpokenSeconds('', 'en'), 0);
    const chinese = '我'.repeat(250);
    assert.equal(estimateSpokenSeconds(chinese, 'zh-Hans'), 60);
  });

  it('checks a spoken limit on the rendered text', () => {
    const shape: Shape = { sections: [{ id: 's', title: 's', optional: false, fields: [field('pitch', 'textarea')] }], body: '{{pitch}}', limits: { spokenSeconds: 30 } };
    const out = renderNarrative(shape, { pitch: Array.from({ length: 100 }, () => 'word').join(' ') }, 'en');
    assert.equal(out.spokenSeconds, 43);
    assert.deepEqual(out.overLimits.map((l) => l.limit), ['spokenSeconds']);
  });
});

describe('export', () => {
  it('escapes Markdown in the person\'s text but keeps the template\'s own', () => {
    const shape: Shape = { sections: [{ id: 's', title: 's', optional: false, fields: [field('a'), field('items', 'list')] }], body: 'Role: {{a}}\n{{#each items}}\n- {{.}}\n{{/each}}', limits: {} };
    const md = exportMarkdown(shape, { a: '*Lead* nurse_ICU [link](http://x) <b>', items: ['# not a heading', '1. not a list', '> not a quote'] }, 'en', 'My *summary*');
    assert.equal(md, '# My \\*summary\\*\n\nRole: \\*Lead\\* nurse\\_ICU \\[link\\]\\(http://x\\) \\<b\\>\n- \\# not a heading\n- 1\\. not a list\n- \\> not a quote\n');
  });

  it('escapes block markers at the start of every line of a value', () => {
    assert.equal(escapeMarkdown('a\n- b\n+ c\n2) d\n=== e'), 'a\n\\- b\n\\+ c\n2\\) d\n\\=== e');
  });

  it('exports plain text as rendered, without escaping', () => {
    const shape: Shape = { sections: [{ id: 's', title: 's', optional: false, fields: [field('a')] }], body: 'Role: {{a}}', limits: {} };
    assert.equal(exportPlainText(shape, { a: '*Lead* nurse' }, 'en'), 'Role: *Lead* nurse\n');
  });
});
