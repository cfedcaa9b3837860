/**
 * After a save met a change made meanwhile (409): the fields where this draft and the saved
 * profile differ, both as a person reads them, and the choice between them. The draft stays
 * as typed until the mentor chooses.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ProfileFormat, ProfileNamer } from './host.js';
import { fieldLabel, formatLabel, offerLabel, type ProfileField } from './labels.js';
import type { ProfileDraft } from './profile-draft.js';

const FIELDS: readonly ProfileField[] = ['displayName', 'headline', 'city', 'contactEmail', 'occupations', 'jurisdiction', 'licensedIn', 'path', 'languages', 'formats', 'offers', 'capacity', 'hoursPerMonth', 'pausedUntil'];

/** One field of a draft as a person reads it. */
function shown(field: ProfileField, d: ProfileDraft, n: ProfileNamer, f: ProfileFormat): string {
  switch (field) {
    case 'occupations':
      return f.list(d.occupations.map(n.occupation));
    case 'jurisdiction':
      return n.jurisdiction(d.jurisdiction);
    case 'licensedIn':
      return f.list(d.licensedIn.map(n.jurisdiction));
    case 'languages':
      return f.list(d.languages.map(n.language));
    case 'formats':
      return f.list(d.formats.map(formatLabel));
    case 'offers':
      return f.list(d.offers.map(offerLabel));
    case 'path':
      return d.sharePath
        ? [n.country(d.originCountry), ...d.steps.map((s) => (s.year ? `${s.label} (${s.year})` : s.label))].join(' → ')
        : msg('Not shared', { id: 'mentorProfile.notShared' });
    case 'pausedUntil':
      return d.pausedUntil ? f.date(d.pausedUntil) : '';
    default:
      return d[field];
  }
}

export interface ConflictData {
  mine: ProfileDraft;
  saved: ProfileDraft;
  savedVersion: number;
  namer: ProfileNamer;
  f: ProfileFormat;
}

export function renderConflict(data: ConflictData, onKeepMine: () => void, onUseSaved: () => void): TemplateResult {
  const rows = FIELDS.map((field) => [field, shown(field, data.mine, data.namer, data.f), shown(field, data.saved, data.namer, data.f)] as const).filter(([, mine, saved]) => mine !== saved);
  return html`<section class="conflict bw-card" data-tone="warning" part="conflict" aria-labelledby="conflict-title">
    <h3 id="conflict-title" tabindex="-1">${msg('Two versions of your profile', { id: 'mentorProfile.conflictTitle' })}</h3>
    <table class="versions">
      <thead><tr><th scope="col">${msg('Field', { id: 'mentorProfile.field' })}</th><th scope="col">${msg('Yours, not saved yet', { id: 'mentorProfile.yours' })}</th><th scope="col">${msg(str`Saved, version ${data.savedVersion}`, { id: 'mentorProfile.savedVersion' })}</th></tr></thead>
      <tbody>${rows.map(([field, mine, saved]) => html`<tr data-field=${field}><th scope="row">${fieldLabel(field)}</th><td>${mine || '—'}</td><td>${saved || '—'}</td></tr>`)}</tbody>
    </table>
    <div class="bw-toolbar">
      <button type="button" class="bw-button" part="button" @click=${onKeepMine}>${msg('Keep mine and save', { id: 'mentorProfile.keepMine' })}</button>
      <button type="button" class="bw-button bw-button--secondary" part="button" @click=${onUseSaved}>${msg('Use the saved one', { id: 'mentorProfile.useSaved' })}</button>
    </div>
  </section>`;
}
