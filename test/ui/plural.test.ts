import { expect } from '@open-wc/testing';
import { plural, pluralCategory } from '../../src/ui/plural.js';
import { templates as ukrainian } from '../../src/generated/locales/gap-map/uk.js';
import { templates as arabic } from '../../src/generated/locales/gap-map/ar.js';

const ALL = '{count, plural, =0 {none} one {one:#} two {two:#} few {few:#} many {many:#} other {other:#}}';

describe('plural', () => {
  it("picks each locale's plural category, as Intl.PluralRules defines it", () => {
    expect([0, 1, 2, 5].map((n) => pluralCategory('en', n))).to.deep.equal(['other', 'one', 'other', 'other']);
    expect([0, 1, 2, 1_000_000].map((n) => pluralCategory('fr', n))).to.deep.equal(['one', 'one', 'other', 'many']);
    expect([1, 2, 5, 21].map((n) => pluralCategory('uk', n))).to.deep.equal(['one', 'few', 'many', 'one']);
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralCategory('ar', n))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect([1, 2].map((n) => pluralCategory('zh-Hans', n))).to.deep.equal(['other', 'other']);
  });

  it("writes the branch of the count's category, with # as the number in the locale's digits", () => {
    expect(plural(ALL, 3, 'uk')).to.equal('few:3');
    expect(plural(ALL, 2, 'ar')).to.equal(`two:${new Intl.NumberFormat('ar').format(2)}`);
    expect(plural(ALL, 2, 'ar-EG'), "the locale's own digits").to.equal('two:٢');
    expect(plural(ALL, 0, 'en'), 'an exact match wins').to.equal('none');
    expect(plural('{count, plural, one {# comment} other {# comments}}', 1_000, 'en')).to.equal('1,000 comments');
    expect(plural('{count, plural, one {# change} other {# changes}}', 1, 'zh-Hans'), 'other when the category has no branch').to.equal('1 changes');
  });

  it('formats a plural inside a longer text, beside other values and nested braces', () => {
    const text = '3 of {count, plural, one {# milestone {done}} other {# milestones done}} so far';
    expect(plural(text, 1, 'en')).to.equal('3 of 1 milestone {done} so far');
    expect(plural(text, 8, 'en')).to.equal('3 of 8 milestones done so far');
    expect(plural('No plural here: #', 4, 'en')).to.equal('No plural here: 4');
  });

  it('gives each of two counts in one sentence its own plural, by name', () => {
    const done = '{added, plural, one {Added # step to your plan.} other {Added # steps to your plan.}} {total, plural, one {It now has # milestone.} other {It now has # milestones.}}';
    expect(plural(done, { added: 1, total: 7 }, 'en')).to.equal('Added 1 step to your plan. It now has 7 milestones.');
    expect(plural(done, { added: 3, total: 1 }, 'en')).to.equal('Added 3 steps to your plan. It now has 1 milestone.');
    expect(plural(ukrainian['gap.map.plan.done'] as string, { added: 2, total: 5 }, 'uk')).to.equal('До плану додано 2 кроки. Тепер у ньому 5 етапів.');
    expect(plural(ukrainian['gap.map.plan.done'] as string, { added: 21, total: 3 }, 'uk')).to.equal('До плану додано 21 крок. Тепер у ньому 3 етапи.');
    expect(plural(arabic['gap.map.plan.done'] as string, { added: 2, total: 1 }, 'ar')).to.equal('أُضيفت خطوتان إلى خطتك. في الخطة الآن مرحلة واحدة.');
  });
});
