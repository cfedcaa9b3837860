/** The live preview of the text, its counts against the template's limits, and the over-limit warnings. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { NarrativeTemplate } from '../../api/narrative.js';
import type { RenderedNarrative } from '../../core/narrative/render.js';

/** `advice`: what shows under the counts (hints and competencies, loaded on demand). */
export function renderPreview(template: NarrativeTemplate, rendered: RenderedNarrative, advice: unknown): TemplateResult {
  const limits = template.limits;
  const spoken = limits.spokenSeconds !== undefined || template.kind === 'elevator-pitch';
  const { words, characters, spokenSeconds } = rendered;
  const over = rendered.overLimits.filter((b) => b.scope === 'template');
  return html`<section class="preview" part="preview" aria-labelledby="preview-title">
    <h3 id="preview-title">${msg('Preview', { id: 'narrative.preview' })}</h3>
    <div class="preview-text" lang=${template.locale}>${rendered.text || msg('Your text appears here as you fill in the form.', { id: 'narrative.previewEmpty' })}</div>
    <p class="counts" part="counts">
      <span>${limits.maxWords ? msg(str`${words} of ${limits.maxWords} words`, { id: 'narrative.words' }) : msg(str`${words} words`, { id: 'narrative.wordsOnly' })}</span>
      <span>${limits.maxChars ? msg(str`${characters} of ${limits.maxChars} characters`, { id: 'narrative.chars' }) : msg(str`${characters} characters`, { id: 'narrative.charsOnly' })}</span>
      ${spoken ? html`<span>${msg(str`About ${spokenSeconds} seconds to say`, { id: 'narrative.spoken' })}${limits.spokenSeconds ? ` (≤ ${limits.spokenSeconds})` : ''}</span>` : nothing}
    </p>
    <div role="status" aria-live="polite">
      ${over.map(
        (b) => html`<p class="warning" part="warning">
          ${b.limit === 'maxWords'
            ? msg(str`${b.actual} words: over the limit of ${b.allowed}. Shorten it.`, { id: 'narrative.overWords' })
            : b.limit === 'maxChars'
              ? msg(str`${b.actual} characters: over the limit of ${b.allowed}. Shorten it.`, { id: 'narrative.overChars' })
              : msg(str`About ${b.actual} seconds to say: over ${b.allowed}. Shorten it.`, { id: 'narrative.overSpoken' })}
        </p>`,
      )}
    </div>
    ${advice}
  </section>`;
}
