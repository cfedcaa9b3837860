/** Loaded on demand: the calendar file of a plan, with localised summaries and categories (kinds by name, not id). */
import { msg, str } from '@lit/localize';
import type { Milestone, Plan } from '../../api/plan.js';
import { toICalendar } from '../../core/plan/ical.js';
import { kindLabel } from './labels.js';

export function planCalendar(plan: Plan, milestones: readonly Milestone[], now = new Date()): string {
  return toICalendar(plan, milestones, {
    now,
    productId: '-//Bridgeway//Milestone tracker//EN',
    calendarName: msg('My recognition plan', { id: 'plan.ics.calendarName' }),
    text: {
      expires: (title) => msg(str`Result expires: ${title}`, { id: 'plan.ics.expires' }),
      goal: () => msg('Target date of my plan', { id: 'plan.ics.goal' }),
      reminder: (title) => msg(str`Coming up: ${title}`, { id: 'plan.ics.reminder' }),
      category: kindLabel,
    },
  });
}

/** Hands a calendar file to the browser as a download (`.ics`). */
export function downloadCalendarFile(text: string, name = 'recognition-plan.ics'): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
