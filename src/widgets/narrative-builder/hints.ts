/** Hiring-convention hints about what the person wrote, in the reader's language (loaded on demand). */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { NormsHint } from '../../core/narrative/norms.js';
import { isolate } from './messages.js';
import { secondCount, wordCount } from './plural.js';

function detailLabel(detail: string): string {
  switch (detail) {
    case 'photo':
      return msg('a photo', { id: 'narrative.more.detail.photo' });
    case 'date-of-birth':
    case 'age':
      return msg('your age or date of birth', { id: 'narrative.more.detail.age' });
    case 'marital-status':
    case 'children':
      return msg('your family situation', { id: 'narrative.more.detail.family' });
    case 'nationality':
      return msg('your nationality', { id: 'narrative.more.detail.nationality' });
    case 'religion':
      return msg('your religion', { id: 'narrative.more.detail.religion' });
    default:
      return msg('your gender', { id: 'narrative.more.detail.gender' });
  }
}

/** A norms hint in the reader's language. */
export function hintText(hint: NormsHint): string {
  const p = hint.params;
  switch (hint.code) {
    case 'norms.personal-detail': {
      const detail = detailLabel(String(p.detail));
      return msg(str`Employers here do not expect ${detail} in an application, and many prefer not to see it. Consider leaving it out.`, { id: 'narrative.more.hint.personalDetail' });
    }
    case 'norms.too-long': {
      const words = wordCount(Number(p.words));
      const usual = p.usual;
      return msg(str`This summary has ${words}; summaries here usually have about ${usual}. Keep the strongest points.`, { id: 'narrative.more.hint.summaryLength' });
    }
    case 'norms.foreign-title-without-equivalent': {
      const title = isolate(String(p.title));
      return msg(str`Add the local job title that matches "${title}", so an employer here knows what you did.`, { id: 'narrative.more.hint.foreignTitle' });
    }
    case 'norms.first-person':
      return msg('Résumé summaries here usually leave out "I" and "my": start with the job title or a verb.', { id: 'narrative.more.hint.firstPerson' });
    case 'norms.protected-title': {
      const title = isolate(String(p.title));
      const jurisdiction = String(p.jurisdiction);
      const regulator = String(p.regulator);
      const lawful = isolate(String(p.lawful));
      return msg(str`"${title}" is a protected title in ${jurisdiction}: only people registered with ${regulator} may use it. Unless you are registered, write "${lawful}".`, { id: 'narrative.more.hint.protectedTitle' });
    }
    case 'norms.protected-title-unverified': {
      const title = isolate(String(p.title));
      const jurisdiction = String(p.jurisdiction);
      const regulator = String(p.regulator);
      const lawful = isolate(String(p.lawful));
      return msg(str`"${title}" may be a protected title in ${jurisdiction} (not verified: check with ${regulator}). Unless you are registered, consider "${lawful}".`, { id: 'narrative.more.hint.protectedTitleUnverified' });
    }
    case 'norms.spoken-too-long': {
      const seconds = secondCount(Number(p.seconds));
      const usual = secondCount(Number(p.usual));
      return msg(str`Said aloud this takes about ${seconds}; a pitch usually lasts about ${usual}. Shorten it.`, { id: 'narrative.more.hint.pitchLength' });
    }
  }
}

/** "Use “internationally educated nurse”": rewrites the field with the lawful wording. */
function renderUseWording(hint: NormsHint, onUse: (hint: NormsHint) => void): unknown {
  const wording = isolate(String(hint.params.lawful));
  return html`<button type="button" class="bw-button" part="button" @click=${() => onUse(hint)}>${msg(str`Use "${wording}"`, { id: 'narrative.more.useWording' })}</button>`;
}

/** The hints the person has not dismissed, each with "Dismiss"; a protected title also offers its lawful wording. */
export function renderHints(hints: readonly NormsHint[], actions: { onDismiss: (hint: NormsHint) => void; onUseWording: (hint: NormsHint) => void }): unknown {
  return hints.length
    ? html`<ul class="hints" part="hints" aria-label=${msg('Hiring-convention hints', { id: 'narrative.more.hints' })}>
        ${hints.map(
          (hint) => html`<li class="hint bw-card" data-tone="warning" part="hint" data-hint=${hint.id} data-severity=${hint.severity}>
            <span>${hintText(hint)}</span>
            ${hint.titleUse ? renderUseWording(hint, actions.onUseWording) : nothing}
            <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => actions.onDismiss(hint)}>${msg('Dismiss', { id: 'narrative.more.dismiss' })}</button>
          </li>`,
        )}
      </ul>`
    : nothing;
}
