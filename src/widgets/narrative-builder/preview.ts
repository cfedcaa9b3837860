/** The live preview of the text, its counts against the template's limits, and the over-limit warnings. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { NarrativeTemplate } from '../../api/narrative.js';
import type { RenderedNarrative } from '../../core/narrative/render.js';
import { characterCount, secondCount, wordCount } from './plural.js';

/** "About 45 seconds to say" */
export function spokenTime(seconds: number): string {
  return msg(str`About ${secondCount(seconds)} to say`, { id: 'narrative.spokenTime' });
}

/** "45 words: over the limit of 40. Shorten it." */
function overLimit(actual: string, allowed: string): string {
  return msg(str`${actual}: over the limit of ${allowed}. Shorten it.`, { id: 'narrative.overLimitOf' });
}

/** `advice`: what shows under the counts (hints and competencies, loaded on demand). */
export function renderPreview(template: NarrativeTemplate, rendered: RenderedNarrative, advice: unknown): TemplateResult {
  const limits = template.limits;
  const spoken = limits.spokenSeconds !== undefined || template.kind === 'elevator-pitch';
  const { words, characters, spokenSeconds } = rendered;
  const over = rendered.overLimits.filter((b) => b.scope === 'template');
  return html`<section class="preview bw-card" part="preview" aria-labelledby="preview-title">
    <h3 id="preview-title">${msg('Preview', { id: 'narrative.preview' })}</h3>
    ${rendered.text
      ? html`<div class="preview-text" lang=${template.locale} dir="auto">${rendered.text}</div>`
      : html`<div class="preview-text">${msg('Your text appears here as you fill in the form.', { id: 'narrative.previewEmpty' })}</div>`}
    <p class="counts" part="counts">
      <span>${limits.maxWords ? msg(str`${words} of ${limits.maxWords} words`, { id: 'narrative.words' }) : wordCount(words)}</span>
      <span>${limits.maxChars ? msg(str`${characters} of ${limits.maxChars} characters`, { id: 'narrative.chars' }) : characterCount(characters)}</span>
      ${spoken ? html`<span>${spokenTime(spokenSeconds)}${limits.spokenSeconds ? ` (≤ ${limits.spokenSeconds})` : ''}</span>` : nothing}
    </p>
    <div role="status" aria-live="polite">
      ${over.map(
        (b) => html`<p class="warning" part="warning">
          ${overLimit(b.limit === 'maxWords' ? wordCount(b.actual) : b.limit === 'maxChars' ? characterCount(b.actual) : spokenTime(b.actual), b.limit === 'spokenSeconds' ? secondCount(b.allowed) : String(b.allowed))}
        </p>`,
      )}
    </div>
    ${advice}
  </section>`;
}
