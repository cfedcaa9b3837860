/** No plan yet: what the person reads, and for a mentee the two ways to start ("Start a plan", "Add a milestone"). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderEmpty } from '../../ui/states.js';
import type { StartMode } from './start-plan-form.js';

export function renderNoPlan(role: 'mentee' | 'mentor', open: StartMode | undefined, onStart: (mode: StartMode) => void): TemplateResult {
  if (role === 'mentor') return renderEmpty(msg('No mentee has shared a plan with you yet.', { id: 'plan.empty.mentor' }));
  return html`${renderEmpty(msg('You have no plan yet. Add milestones from your gap map to start one.', { id: 'plan.empty.mentee' }))}
    ${open
      ? nothing
      : html`<div class="actions start-actions bw-toolbar" part="start-actions">
          <button type="button" class="bw-button" part="button" data-start="plan" @click=${() => onStart('plan')}>${msg('Start a plan', { id: 'plan.start' })}</button>
          <button type="button" class="bw-button bw-button--secondary" part="button" data-start="milestone" @click=${() => onStart('milestone')}>${msg('Add a milestone', { id: 'plan.add' })}</button>
        </div>`}`;
}
