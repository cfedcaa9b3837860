/**
 * The milestone tracker's secondary views, loaded with `import()` after the first view:
 * the recalibration dialog, the conflict panel, the timeline, the edit form, check-ins and
 * the offer from the gap map. The element keeps the state and the handlers; these render it.
 * (Bracket access reads the element's private members with their types checked.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CheckIn, Evidence, Milestone, MilestoneKind, MilestoneStatus, Plan } from '../../api/plan.js';
import { dateOf } from '../../core/plan/dates.js';
import { dateTrail } from '../../core/plan/recalibrate.js';
import { renderBadge } from '../../ui/blocks.js';
import { kindLabel, statusLabel, statusTone } from './labels.js';
import type { BridgewayMilestoneTracker } from './milestone-tracker.js';

const today = () => dateOf(new Date());

export function field(t: BridgewayMilestoneTracker, value: unknown, key: string): string {
    if (key === 'status') return statusLabel(value as MilestoneStatus);
    if (key === 'kind') return kindLabel(value as MilestoneKind);
    if (key === 'order' && Array.isArray(value)) return value.map((id) => (t['viewState'][`milestone:${id}`]?.title as string) ?? id).join(' → ');
    if (key === 'evidence' && Array.isArray(value)) return value.map((e: Evidence) => e.text).join(', ');
    if (key === 'goal' && value && typeof value === 'object') return t.format.date((value as Plan['goal']).targetDate);
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return t.format.date(value);
    return value === null || value === undefined ? '—' : String(value);
}

export function renderConflicts(t: BridgewayMilestoneTracker): unknown {
    const conflicts = t['queue'].conflicts();
    if (conflicts.length === 0) return nothing;
    return conflicts.map((write) => {
      const mine = write.optimistic ?? write.body ?? {};
      const theirs = (write.theirs ?? {}) as Record<string, unknown>;
      const theirsOrder = 'milestones' in theirs ? { order: (theirs.milestones as Milestone[]).map((m) => m.id) } : theirs;
      const keys = Object.keys(mine);
      return html`<div class="panel" part="conflict" role="group" aria-labelledby="c-${write.key}">
        <h3 id="c-${write.key}">${msg('Someone else changed this at the same time', { id: 'plan.more.conflict.title' })}</h3>
        <div class="versions">
          <div><h4>${msg('Your version', { id: 'plan.more.conflict.mine' })}</h4>${keys.map((k) => html`<p>${field(t, mine[k], k)}</p>`)}</div>
          <div><h4>${msg('Their version', { id: 'plan.more.conflict.theirs' })}</h4>${keys.map((k) => html`<p>${field(t, theirsOrder[k], k)}</p>`)}</div>
        </div>
        <div class="actions">
          <button type="button" class="bw-button" part="button" @click=${() => t['resolveConflict'](write, 'mine')}>${msg('Keep mine', { id: 'plan.more.conflict.keepMine' })}</button>
          <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => t['resolveConflict'](write, 'theirs')}>${msg('Take theirs', { id: 'plan.more.conflict.takeTheirs' })}</button>
        </div>
      </div>`;
    });
}

export function renderEditForm(t: BridgewayMilestoneTracker, m: Milestone): TemplateResult {
    return html`<form @submit=${(e: SubmitEvent) => t['submitEdit'](e, m)}>
      <label class="bw-field__label" for="title-${m.id}">${msg('Title', { id: 'plan.field.title' })}</label>
      <input id="title-${m.id}" name="title" class="bw-field__input" part="input" required maxlength="200" .value=${m.title} />
      ${t['renderKindSelect'](`kind-${m.id}`, m.kind)}
      <label class="bw-field__label" for="exp-${m.id}">${msg('Result valid until', { id: 'plan.more.field.expiresOn' })}</label>
      <input id="exp-${m.id}" name="expiresOn" type="date" class="bw-field__input" part="input" .value=${m.expiresOn ?? ''} />
      <button type="submit" class="bw-button small" part="button">${msg('Save', { id: 'plan.more.save' })}</button>
    </form>`;
}

export function renderTimeline(t: BridgewayMilestoneTracker, milestones: Milestone[]): TemplateResult {
    const dated = milestones.filter((m) => m.dueDate).sort((a, b) => a.dueDate!.localeCompare(b.dueDate!));
    const groups = new Map<string, Milestone[]>();
    for (const m of dated) {
      const month = m.dueDate!.slice(0, 7);
      groups.set(month, [...(groups.get(month) ?? []), m]);
    }
    return html`<div class="timeline" part="timeline">
      ${[...groups].map(
        ([month, items]) => html`<section>
          <h3>${t.format.date(`${month}-01`, { month: 'long', year: 'numeric' })}</h3>
          <ul class="plain">
            ${items.map((m) => html`<li>${t.format.date(m.dueDate!)} — ${m.title} ${renderBadge(statusTone(m.status), statusLabel(m.status))}</li>`)}
          </ul>
        </section>`,
      )}
      ${t['plan'] ? html`<p><strong>${msg(str`Target date: ${t.format.date(t['plan'].goal.targetDate)}`, { id: 'plan.targetDate' })}</strong></p>` : nothing}
    </div>`;
}

export function renderDialog(t: BridgewayMilestoneTracker): unknown {
    const target = t['recalibrating'];
    if (!target) return nothing;
    const plan = t['plan']!;
    const milestone = target.milestoneId ? (t['viewState'][`milestone:${target.milestoneId}`] as unknown as Milestone | undefined) : undefined;
    const current = milestone ? milestone.dueDate : plan.goal.targetDate;
    const trail = dateTrail(t['history'], target.milestoneId);
    return html`<dialog part="dialog" aria-labelledby="recal-title" @close=${t['onDialogClose']}>
      <form @submit=${t['submitRecalibration']}>
        <h3 id="recal-title">${milestone ? msg(str`Move the date of ${milestone.title}`, { id: 'plan.more.recal.titleMilestone' }) : msg('Move the target date', { id: 'plan.recal.titleGoal' })}</h3>
        <p>${msg(str`Current date: ${current ? t.format.date(current) : '—'}`, { id: 'plan.more.recal.current' })}</p>
        <label class="bw-field__label" for="recal-date">${msg('New date', { id: 'plan.more.recal.newDate' })}</label>
        <input id="recal-date" name="toDate" type="date" required class="bw-field__input" part="input" />
        <label class="bw-field__label" for="recal-reason">${msg('Why does the date move?', { id: 'plan.more.recal.reason' })}</label>
        <textarea id="recal-reason" name="reason" required maxlength="1000" class="bw-field__input" part="input"></textarea>
        ${trail.length > 1
          ? html`<h4>${msg('How this date changed', { id: 'plan.more.recal.history' })}</h4>
              <ol>
                ${trail.map((step) => html`<li>${step.date ? t.format.date(step.date) : '—'}${step.reason ? html` — ${step.reason}` : nothing}</li>`)}
              </ol>`
          : nothing}
        <div class="actions">
          <button type="submit" class="bw-button" part="button">${msg('Move the date', { id: 'plan.recalibrate' })}</button>
          <button type="button" class="bw-button bw-button--secondary" part="button" @click=${t['closeDialog']}>${msg('Cancel', { id: 'plan.more.cancel' })}</button>
        </div>
      </form>
    </dialog>`;
}

export function renderGapOffer(t: BridgewayMilestoneTracker): unknown {
    const offer = t['gapOffer'];
    if (!offer) return nothing;
    return html`<div class="panel" part="gap-offer" role="region" aria-labelledby="gap-title">
      <h3 id="gap-title">${msg(str`Add ${offer.items.length} milestones from your gap map?`, { id: 'plan.more.gap.title' })}</h3>
      <ul>
        ${offer.items.map((item) => html`<li>${item.title} (${kindLabel(item.kind)})</li>`)}
      </ul>
      <p class="muted">${msg('Milestones already in your plan are not added twice.', { id: 'plan.more.gap.noDoubles' })}</p>
      <div class="actions">
        <button type="button" class="bw-button" part="button" @click=${t['acceptGapOffer']}>${msg('Add to my plan', { id: 'plan.more.gap.accept' })}</button>
        <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => (t['gapOffer'] = undefined)}>${msg('Not now', { id: 'plan.more.gap.decline' })}</button>
      </div>
    </div>`;
}

export function renderCheckIns(t: BridgewayMilestoneTracker): TemplateResult {
    const pending = t['queue'].items.filter((w) => w.entity.startsWith('checkin:')).map((w) => w.optimistic as unknown as CheckIn);
    return html`<section aria-labelledby="checkins-title">
      <h3 id="checkins-title">${msg('Check-ins', { id: 'plan.more.checkIns' })}</h3>
      <form @submit=${t['submitCheckIn']}>
        <label class="bw-field__label" for="ci-date">${msg('Date', { id: 'plan.more.checkIn.date' })}</label>
        <input id="ci-date" name="date" type="date" class="bw-field__input" part="input" .value=${today()} />
        <label class="bw-field__label" for="ci-summary">${msg('What did you talk about?', { id: 'plan.more.checkIn.summary' })}</label>
        <textarea id="ci-summary" name="summary" required maxlength="5000" class="bw-field__input" part="input"></textarea>
        <label class="bw-field__label" for="ci-confidence">${msg('Confidence in the plan (1 to 5)', { id: 'plan.more.checkIn.confidence' })}</label>
        <select id="ci-confidence" name="confidence" class="bw-field__input" part="input">
          ${[1, 2, 3, 4, 5].map((n) => html`<option value=${n} ?selected=${n === 3}>${t.format.number(n)}</option>`)}
        </select>
        <label class="bw-field__label" for="ci-next">${msg('Next steps', { id: 'plan.more.checkIn.nextSteps' })}</label>
        <textarea id="ci-next" name="nextSteps" maxlength="5000" class="bw-field__input" part="input"></textarea>
        <button type="submit" class="bw-button" part="button">${msg('Record check-in', { id: 'plan.more.checkIn.record' })}</button>
      </form>
      <ul class="plain">
        ${[...pending, ...t['checkIns']].map(
          (c) => html`<li class="item">
            <span class="title">${t.format.date(c.date)}</span>
            <span>${c.summary}</span>
            ${c.nextSteps ? html`<span class="muted">${msg(str`Next steps: ${c.nextSteps}`, { id: 'plan.more.checkIn.next' })}</span>` : nothing}
            <span class="muted">${msg(str`Confidence ${c.confidence} of 5`, { id: 'plan.more.checkIn.confidenceValue' })}</span>
            ${c.createdAt ? nothing : renderBadge('warning', msg('Not saved yet', { id: 'plan.unsaved' }))}
          </li>`,
        )}
      </ul>
    </section>`;
}
