/** Both versions after a save based on a stale one: this device's and the saved one (loaded on demand). */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

export interface ConflictTexts {
  /** This device's text, rendered. */
  mine: string;
  /** The saved text, rendered. */
  saved: string;
  /** The saved draft's version. */
  current: { version: number };
  /** The story's language. */
  lang: string;
}

export function renderConflict(texts: ConflictTexts, onKeepMine: () => void, onUseSaved: () => void): TemplateResult {
  const { mine, saved, current } = texts;
  return html`<section class="conflict bw-card" data-tone="warning" part="conflict" aria-labelledby="conflict-title">
    <h3 id="conflict-title" tabindex="-1">${msg('Two versions', { id: 'narrative.more.conflictTitle' })}</h3>
    <div class="both">
      <div>
        <h4>${msg('Yours, on this device', { id: 'narrative.more.yours' })}</h4>
        <div class="preview-text" lang=${texts.lang} dir="auto">${mine}</div>
        <button type="button" class="bw-button" part="button" @click=${onKeepMine}>${msg('Keep mine', { id: 'narrative.more.keepMine' })}</button>
      </div>
      <div>
        <h4>${msg(str`Saved, version ${current.version}`, { id: 'narrative.more.theirs' })}</h4>
        <div class="preview-text" lang=${texts.lang} dir="auto">${saved}</div>
        <button type="button" class="bw-button bw-button--secondary" part="button" @click=${onUseSaved}>${msg('Use the saved one', { id: 'narrative.more.useSaved' })}</button>
      </div>
    </div>
  </section>`;
}
