import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain .mjs build helper without type declarations
import { minifyCssLiterals } from '../../scripts/minify-css-literals.mjs';

describe('minify-css-literals (build)', () => {
  it('collapses white space and comments in css templates and keeps interpolations intact', () => {
    const source = 'const a = css`\n  :host {\n    display: block; /* why */\n  }\n  .x > .y { color: ${pick({ a: 1 })}; }\n`;';
    assert.equal(minifyCssLiterals(source), 'const a = css`:host{display:block}.x>.y{color:${pick({ a: 1 })}}`;');
  });

  it('keeps the descendant space before a pseudo-class', () => {
    assert.equal(minifyCssLiterals('css`.a :hover { b: c }`'), 'css`.a :hover{b:c}`');
  });

  it('shortens numbers, colours, !important and quoted identifiers in attribute selectors', () => {
    assert.equal(
      minifyCssLiterals("css`.a[data-theme='dark'] { width: 0.5rem; color: #ffffff !important; margin: 10.5px; b: #112233aa; c: url('x.png') }`"),
      "css`.a[data-theme=dark]{width:.5rem;color:#fff!important;margin:10.5px;b:#112233aa;c:url('x.png')}`",
    );
  });

  it('keeps the space around an interpolation inside the template', () => {
    assert.equal(minifyCssLiterals('css`\n  .a ${b} .c { d: e }\n`'), 'css`.a ${b} .c{d:e}`');
  });

  it('keeps quoted strings as written: the space in a generated separator, and a comment-like text inside a string', () => {
    assert.equal(
      minifyCssLiterals("css`dt::after { content: ': '; }\n a::after { content: ' (' attr(href) ')'; } b::before { content: \"/* not a comment */\" } /* it's gone */ c { d: e }`"),
      "css`dt::after{content:': '}a::after{content:' (' attr(href) ')'}b::before{content:\"/* not a comment */\"}c{d:e}`",
    );
  });

  it('leaves code without css templates alone', () => {
    assert.equal(minifyCssLiterals('const html = `a  b`;'), null);
  });
});
