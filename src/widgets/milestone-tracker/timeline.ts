/**
 * The timeline: a time axis with the plan's dated milestones, the results that expire, the
 * target date and a "today" marker, each at its date (the space between two marks grows with
 * the time between them), overdue and expiring ones marked in words as well as colour, and
 * why a date moved. For screen readers it is an ordered list in date order; each milestone
 * takes the focus, and Enter shows it in the list. It loads through its own `LazyPart` (with the
 * `plan.more` translations) when a person first asks for the timeline, with its styles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { msg, str } from '@lit/localize';
import type { Milestone, Plan } from '../../api/plan.js';
import { daysBetween } from '../../core/plan/dates.js';
import { renderBadge } from '../../ui/blocks.js';
import { statusLabel, statusTone } from './labels.js';
import { renderDateMove, type DateMoveShown } from './date-history.js';

export { timelineStyles as partStyles } from './timeline.styles.js';

export interface TimelineData {
  milestones: Milestone[];
  plan: Plan;
  /** Today, as an ISO date. */
  today: string;
  overdue: Set<string>;
  /** Milestones whose result expires soon (or has expired). */
  expiring: Set<string>;
  date: (value: string) => string;
  dateMove: (milestoneId: string | null) => DateMoveShown | undefined;
  keyOf: (milestoneId: string) => string;
}

export interface TimelineCallbacks {
  /** Shows the milestone in the list. */
  onOpen(milestoneId: string): void;
}

type Mark =
  | { kind: 'milestone'; date: string; milestone: Milestone }
  | { kind: 'expiry'; date: string; milestone: Milestone }
  | { kind: 'today'; date: string }
  | { kind: 'goal'; date: string };

/** The order of marks on the same day: what is due, then today, then what expires, then the goal. */
const RANK: Record<Mark['kind'], number> = { milestone: 0, today: 1, expiry: 2, goal: 3 };

/** The calendar export's words for an expiry, on the timeline too. */
const expiresText = (title: string) => msg(str`Result expires: ${title}`, { id: 'plan.ics.expires' });

/** Space before a mark, from the days since the previous one: about a line per month, within bounds. */
function gap(days: number): string {
  return `${Math.min(8, Math.max(0.5, (days / 30) * 0.75)).toFixed(2)}rem`;
}

function marksOf({ milestones, plan, today }: TimelineData): Mark[] {
  const marks: Mark[] = [{ kind: 'today', date: today }, { kind: 'goal', date: plan.goal.targetDate }];
  for (const m of milestones) {
    if (m.dueDate) marks.push({ kind: 'milestone', date: m.dueDate, milestone: m });
    if (m.expiresOn && m.status !== 'dropped') marks.push({ kind: 'expiry', date: m.expiresOn, milestone: m });
  }
  return marks.sort((a, b) => a.date.localeCompare(b.date) || RANK[a.kind] - RANK[b.kind]);
}

const keyOfMark = (mark: Mark, data: TimelineData) => ('milestone' in mark ? `${mark.kind}:${data.keyOf(mark.milestone.id)}` : mark.kind);

function renderMark(mark: Mark, data: TimelineData, on: TimelineCallbacks): TemplateResult {
  const when = html`<time class="when" datetime=${mark.date}>${data.date(mark.date)}</time>`;
  switch (mark.kind) {
    case 'today':
      return html`<span class="dot" aria-hidden="true"></span>${when}<span class="what"><strong>${msg('Today', { id: 'plan.more.timeline.today' })}</strong></span>`;
    case 'goal':
      return html`<span class="dot" aria-hidden="true"></span>${when}<span class="what"
          ><strong>${msg('Target date of my plan', { id: 'plan.ics.goal' })}</strong>${renderDateMove(data.dateMove(null), data.date)}</span
        >`;
    case 'expiry': {
      const m = mark.milestone;
      return html`<span class="dot" aria-hidden="true"></span>${when}<span class="what"
          >${expiresText(m.title)}
          ${data.expiring.has(m.id) ? renderBadge('warning', msg('Expires soon', { id: 'plan.more.timeline.expiresSoon' })) : nothing}</span
        >`;
    }
    default: {
      const m = mark.milestone;
      return html`<span class="dot" aria-hidden="true"></span>${when}<span class="what">
          <span class="title">${m.title}</span>
          ${renderBadge(statusTone(m.status), statusLabel(m.status))}
          ${data.overdue.has(m.id) ? renderBadge('danger', msg('Overdue', { id: 'plan.overdue' })) : nothing}
          ${renderDateMove(data.dateMove(m.id), data.date)}
        </span>`;
    }
  }
}

function markAttributes(mark: Mark, data: TimelineData): { overdue: boolean; expiring: boolean; done: boolean } {
  const m = 'milestone' in mark ? mark.milestone : undefined;
  return {
    overdue: mark.kind === 'milestone' && data.overdue.has(m!.id),
    expiring: mark.kind === 'expiry' && data.expiring.has(m!.id),
    done: mark.kind === 'milestone' && m!.status === 'done',
  };
}

export function renderTimeline(data: TimelineData, on: TimelineCallbacks): TemplateResult {
  const marks = marksOf(data);
  const undated = data.milestones.filter((m) => !m.dueDate);
  const openOnEnter = (event: KeyboardEvent, id: string) => {
    if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
    event.preventDefault();
    on.onOpen(id);
  };
  return html`<section class="timeline bw-section" part="timeline" aria-labelledby="timeline-title">
    <h3 id="timeline-title" class="bw-visually-hidden">${msg('Timeline', { id: 'plan.timeline' })}</h3>
    <ol class="axis" aria-labelledby="timeline-title">
      ${repeat(
        marks,
        (mark) => keyOfMark(mark, data),
        (mark, index) => {
          const { overdue, expiring, done } = markAttributes(mark, data);
          const space = index === 0 ? '0rem' : gap(daysBetween(marks[index - 1].date, mark.date));
          const milestone = mark.kind === 'milestone' ? mark.milestone : undefined;
          return html`<li
            class="mark"
            part="timeline-mark"
            data-kind=${mark.kind}
            data-id=${milestone ? milestone.id : nothing}
            ?data-overdue=${overdue}
            ?data-expiring=${expiring}
            ?data-done=${done}
            aria-current=${mark.kind === 'today' ? 'date' : nothing}
            tabindex=${milestone ? '0' : nothing}
            style=${styleMap({ '--_gap': space })}
            @keydown=${milestone ? (e: KeyboardEvent) => openOnEnter(e, milestone.id) : nothing}
          >
            ${renderMark(mark, data, on)}
          </li>`;
        },
      )}
    </ol>
    ${undated.length > 0
      ? html`<h4>${msg('No date yet', { id: 'plan.noDate' })}</h4>
          <ul class="bw-list">
            ${undated.map((m) => html`<li>${m.title} ${renderBadge(statusTone(m.status), statusLabel(m.status))}</li>`)}
          </ul>`
      : nothing}
  </section>`;
}
