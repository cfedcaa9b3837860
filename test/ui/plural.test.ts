import { expect } from '@open-wc/testing';
import { plural, pluralCategory } from '../../src/ui/plural.js';

const forms = (count: number) => ({
  one: () => `one:${count}`,
  two: () => `two:${count}`,
  few: () => `few:${count}`,
  many: () => `many:${count}`,
  other: () => `other:${count}`,
});

describe('plural', () => {
  it("picks each locale's plural category, as Intl.PluralRules defines it", () => {
    expect([0, 1, 2, 5].map((n) => pluralCategory('en', n))).to.deep.equal(['other', 'one', 'other', 'other']);
    expect([0, 1, 2, 1_000_000].map((n) => pluralCategory('fr', n))).to.deep.equal(['one', 'one', 'other', 'many']);
    expect([1, 2, 5, 21].map((n) => pluralCategory('uk', n))).to.deep.equal(['one', 'few', 'many', 'one']);
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralCategory('ar', n))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect([1, 2].map((n) => pluralCategory('zh-Hans', n))).to.deep.equal(['other', 'other']);
    expect([0, 1, 2].map((n) => pluralCategory('hi', n))).to.deep.equal(['one', 'one', 'other']);
  });

  it('gives the message of the category, and the other form when a category has none', () => {
    expect(plural('uk', 3, forms(3))).to.equal('few:3');
    expect(plural('ar', 2, forms(2))).to.equal('two:2');
    expect(plural('ar', 0, forms(0)), 'no zero form given').to.equal('other:0');
    expect(plural('en', 1, { other: () => 'other' })).to.equal('other');
  });
});
