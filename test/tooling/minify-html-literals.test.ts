import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'rollup/parseAst';
// @ts-expect-error: a plain .mjs build helper without type declarations
import { minifyHtmlLiterals } from '../../scripts/minify-html-literals.mjs';

const run = (code: string) => minifyHtmlLiterals(code, parseAst(code));

describe('minify-html-literals (build)', () => {
  it('collapses indentation and line breaks in html and svg templates to one space, keeping bindings', () => {
    const source = 'const a = html`<div>\n    <p>${x ? html`<b>\n  y</b>` : "a\\n  b"}</p>\n  </div>`, b = svg`<g>\n <path/>\n</g>`;';
    assert.equal(run(source), 'const a = html`<div> <p>${x ? html`<b> y</b>` : "a\\n  b"}</p> </div>`, b = svg`<g> <path/> </g>`;');
  });

  it('keeps spaces on one line and other tags alone', () => {
    assert.equal(run('html`<a>  b</a>`; css`\n a{}`; str`x\n  y`;'), null);
  });

  it('leaves templates with preformatted text alone', () => {
    assert.equal(run('html`<pre>\n  x\n</pre>`'), null);
    assert.equal(run('html`<textarea>\n  x</textarea>`'), null);
    assert.equal(run('html`<div>\n  <textarea id="a"></textarea>\n</div>`'), 'html`<div> <textarea id="a"></textarea> </div>`');
  });
});
