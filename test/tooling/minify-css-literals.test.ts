import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain .mjs build helper without type declarations
import { minifyCssLiterals } from '../../scripts/minify-css-literals.mjs';

describe('minify-css-literals (build)', () => {
  it('collapses white space and comments in css templates and keeps interpolations intact', () => {
    const source = 'const a = css`\n  :host {\n    display: block; /* why */\n  }\n  .x > .y { color: ${pick({ a: 1 })}; }\n`;';
    assert.equal(minifyCssLiterals(source), 'const a = css` :host{display:block}.x>.y{color:${pick({ a: 1 })}}`;');
  });

  it('keeps the descendant space before a pseudo-class', () => {
    assert.equal(minifyCssLiterals('css`.a :hover { b: c }`'), 'css`.a :hover{b:c}`');
  });

  it('leaves code without css templates alone', () => {
    assert.equal(minifyCssLiterals('const html = `a  b`;'), null);
  });
});
