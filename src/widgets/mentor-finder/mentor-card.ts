/**
 * One mentor's card in the results: who they are, their own recognition path, their
 * availability and how quickly they answer, and every point of the score explained.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MentorMatch, MentorProfile } from '../../api/mentor.js';
import { explain, type Namer } from './explain.js';
import { formatLabel, offerLabel } from './labels.js';

export interface CardData {
  match: MentorMatch;
  /** Position in the whole result list (0-based), and its size (-1 while more pages follow). */
  index: number;
  setSize: number;
  namer: Namer;
  /** A signed-in mentee: the card offers an introduction and saving. */
  isMentee: boolean;
  saved: boolean;
}

export interface CardCallbacks {
  onSelect(mentor: MentorProfile): void;
  onRequest(mentor: MentorProfile, event: Event): void;
  onToggleSaved(mentor: MentorProfile): void;
}

function renderFacts(m: MentorProfile, n: Namer): TemplateResult {
  const path = m.credentialPath;
  const rate = m.responsiveness.responseRate;
  const days = m.responsiveness.medianResponseDays;
  return html`<dl class="facts">
    <dt>${msg('Works in', { id: 'mentor.card.where' })}</dt>
    <dd>${m.city ? `${m.city}, ` : ''}${n.jurisdiction(m.jurisdiction)}</dd>
    <dt>${msg('Occupation', { id: 'mentor.filter.occupation' })}</dt>
    <dd>${n.list(m.occupations.map(n.occupation))}</dd>
    <dt>${msg('Licensed in', { id: 'mentor.card.licensedIn' })}</dt>
    <dd>${m.licensedIn.length ? n.list(m.licensedIn.map(n.jurisdiction)) : msg('Not licensed (yet)', { id: 'mentor.card.notLicensed' })}</dd>
    <dt>${msg('Speaks', { id: 'mentor.card.languages' })}</dt>
    <dd>${n.list(m.languages.map(n.language))}</dd>
    <dt>${msg('Meets', { id: 'mentor.card.formats' })}</dt>
    <dd>${n.list(m.formats.map(formatLabel))}</dd>
    <dt>${msg('Offers', { id: 'mentor.card.offers' })}</dt>
    <dd>${m.offers.length ? n.list(m.offers.map(offerLabel)) : '—'}</dd>
    <dt>${msg('Their own path', { id: 'mentor.card.path' })}</dt>
    <dd>
      ${path
        ? html`${msg(str`Trained in ${n.country(path.originCountry)}`, { id: 'mentor.card.origin' })}${path.steps.length
            ? html`<ol class="steps">
                ${path.steps.map((s) => html`<li>${s.label}${s.year ? ` (${s.year})` : ''}</li>`)}
              </ol>`
            : nothing}`
        : msg('Not shared', { id: 'mentor.card.pathNotShared' })}
    </dd>
    <dt>${msg('Availability', { id: 'mentor.card.availability' })}</dt>
    <dd>
      ${m.status === 'paused'
        ? msg('Paused: not taking new requests', { id: 'mentor.card.paused' })
        : msg(str`${n.number(m.spotsLeft)} of ${n.number(m.capacity)} places free`, { id: 'mentor.match.spotsLeft' })}
    </dd>
    <dt>${msg('Answers', { id: 'mentor.card.responsiveness' })}</dt>
    <dd>
      ${rate === null || days === null
        ? msg('New mentor: too few requests yet to tell how quickly they answer', { id: 'mentor.match.newMentor' })
        : msg(str`Answers ${n.number(Math.round(rate * 100))}% of requests, usually within ${n.number(Math.round(days * 10) / 10)} days`, { id: 'mentor.match.responsive' })}
    </dd>
  </dl>`;
}

export function renderMentorCard(data: CardData, on: CardCallbacks): TemplateResult {
  const { match, namer: n } = data;
  const m = match.mentor;
  return html`<div class="item" role="listitem" data-index=${data.index} aria-setsize=${data.setSize} aria-posinset=${data.index + 1}>
    <article class="card bw-card" part="card" aria-labelledby="name-${m.id}">
      <div class="card__head">
        <h3 class="card__name" id="name-${m.id}"><button type="button" class="link" @click=${() => on.onSelect(m)}>${m.displayName}</button></h3>
        <span class="score" part="score">${msg(str`${n.number(match.score)}% match`, { id: 'mentor.score' })}</span>
      </div>
      ${m.headline ? html`<p class="headline">${m.headline}</p>` : nothing}
      ${renderFacts(m, n)}
      <h4 class="why-title" id="why-${m.id}">${msg('Why this mentor', { id: 'mentor.card.why' })}</h4>
      <ul class="why" part="why" aria-labelledby="why-${m.id}">
        ${match.factors.map(
          (f) => html`<li data-points=${f.points > 0 ? 'some' : 'none'}>
            <span>${explain(f, m, n)}</span>
            <span class="points">${msg(str`${n.number(f.points)} of ${n.number(f.weight)} points`, { id: 'mentor.card.points' })}</span>
          </li>`,
        )}
      </ul>
      <div class="actions bw-toolbar">
        ${data.isMentee
          ? html`<button type="button" class="bw-button" part="button" data-request=${m.id} aria-describedby="name-${m.id}" ?disabled=${!m.available} @click=${(e: Event) => on.onRequest(m, e)}>
                ${msg('Request an introduction', { id: 'mentor.request' })}
              </button>
              <button type="button" class="bw-button bw-button--secondary" part="button favourite" aria-pressed=${data.saved ? 'true' : 'false'} aria-describedby="name-${m.id}" @click=${() => on.onToggleSaved(m)}>
                ${data.saved ? msg('Saved', { id: 'mentor.favourite.on' }) : msg('Save', { id: 'mentor.favourite.off' })}
              </button>`
          : nothing}
      </div>
    </article>
  </div>`;
}
