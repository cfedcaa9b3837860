/** The training modules: title (a link, http(s) only), expected time, whether required, and completion. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { TrainingModule, TrainingProgress } from '../../api/mentor-onboarding.js';
import { renderBadge } from '../../ui/blocks.js';
import { safeUrl } from '../../ui/links.js';
import type { Notice, ProfileFormat } from './host.js';

export interface TrainingData {
  progress: TrainingProgress;
  /** The mentor has a profile, so completions can be recorded. */
  canRecord: boolean;
  sending?: string;
  notice?: Notice;
  f: ProfileFormat;
}

/** "45 minutes", "1.5 hours". */
function duration(minutes: number, f: ProfileFormat): string {
  return minutes < 60
    ? f.number(minutes, { style: 'unit', unit: 'minute', unitDisplay: 'long' })
    : f.number(Math.round(minutes / 6) / 10, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 });
}

function renderModule(item: TrainingProgress['items'][number], data: TrainingData, onComplete: (module: TrainingModule) => void): TemplateResult {
  const { module, completedAt } = item;
  const url = safeUrl(module.url);
  const titleId = `module-${module.id}`;
  return html`<li class="module bw-card" part="module" data-module=${module.id}>
    <p class="module__title" id=${titleId}>${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${module.title}</a>` : module.title}</p>
    <p class="bw-muted">
      ${msg(str`Takes about ${duration(module.expectedMinutes, data.f)}`, { id: 'mentorProfile.moduleTime' })}
      ${module.required ? renderBadge('neutral', msg('Required', { id: 'mentorProfile.required' })) : renderBadge('neutral', msg('Optional', { id: 'mentorProfile.optional' }))}
    </p>
    ${completedAt
      ? renderBadge('success', msg(str`Completed on ${data.f.date(completedAt)}`, { id: 'mentorProfile.completedOn' }))
      : data.canRecord
        ? html`<button type="button" class="bw-button bw-button--secondary" part="button" aria-describedby=${titleId} ?disabled=${data.sending !== undefined} @click=${() => onComplete(module)}>
            ${data.sending === module.id ? msg('Recording…', { id: 'mentorProfile.recording' }) : msg('I completed this module', { id: 'mentorProfile.complete' })}
          </button>`
        : nothing}
  </li>`;
}

export function renderTraining(data: TrainingData, onComplete: (module: TrainingModule) => void): TemplateResult {
  return html`<ul class="bw-list modules">${data.progress.items.map((item) => renderModule(item, data, onComplete))}</ul>
    ${data.canRecord ? nothing : html`<p class="bw-muted">${msg('Save your profile first; then you can record each module you complete.', { id: 'mentorProfile.saveFirst' })}</p>`}
    ${data.notice ? html`<p class="notice bw-status" part="notice" data-tone=${data.notice.tone}>${data.notice.text}</p>` : nothing}`;
}
