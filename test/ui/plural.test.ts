import { expect } from '@open-wc/testing';
import { plural, pluralCategory } from '../../src/ui/plural.js';

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
});
