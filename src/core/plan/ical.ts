/**
 * iCalendar (RFC 5545) export of a plan's due dates: one all-day VEVENT per scheduled
 * milestone, one for each result that expires, and one for the goal's target date. UIDs
 * are stable per milestone, so importing again updates events instead of doubling them.
 */
import type { Milestone, MilestoneKind, Plan } from '../../api/plan.js';
import { addDays } from './dates.js';

export interface ICalendarOptions {
  /** When the file is made; becomes every DTSTAMP. */
  now: Date;
  /** PRODID, e.g. `-//Example Association//Bridgeway 1.0//EN`. */
  productId: string;
  /** Calendar name shown by clients (X-WR-CALNAME). */
  calendarName?: string;
  /** Reminders before a due date, in days. Default [7, 1]. */
  reminderDays?: readonly number[];
  /** Reminder before a result expires, in days. Default 60. */
  expiryReminderDays?: number;
  /** Domain part of the UIDs. Default `bridgeway.dev`. */
  uidDomain?: string;
  /** Texts, for localisation; the defaults are English. */
  text?: {
    expires?: (title: string) => string;
    goal?: (plan: Plan) => string;
    reminder?: (title: string) => string;
    /** A milestone kind as calendars show it in CATEGORIES (default: the kind's id). */
    category?: (kind: MilestoneKind) => string;
  };
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma, and newlines as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so no physical line is longer than 75 octets (CRLF not counted);
 * continuation lines start with one space. Never splits a UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  let limit = 75;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
      limit = 74; // the leading space takes one octet
    }
    current += char;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function basicDate(date: string): string {
  return date.replaceAll('-', '');
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function alarm(days: number, description: string): string[] {
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-P${days}D`, `DESCRIPTION:${escapeText(description)}`, 'END:VALARM'];
}

function allDayEvent(fields: {
  uid: string;
  stamp: string;
  date: string;
  summary: string;
  description?: string;
  sequence?: number;
  categories?: string;
  alarms: string[][];
}): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${fields.uid}`,
    `DTSTAMP:${fields.stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(fields.date)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(fields.date, 1))}`,
    `SUMMARY:${escapeText(fields.summary)}`,
    ...(fields.description ? [`DESCRIPTION:${escapeText(fields.description)}`] : []),
    ...(fields.categories ? [`CATEGORIES:${escapeText(fields.categories)}`] : []),
    ...(fields.sequence !== undefined ? [`SEQUENCE:${fields.sequence}`] : []),
    'TRANSP:TRANSPARENT',
    ...fields.alarms.flat(),
    'END:VEVENT',
  ];
}

function describe(milestone: Milestone): string {
  const lines: string[] = [];
  for (const evidence of milestone.evidence) {
    if (evidence.kind === 'note' && evidence.text) lines.push(evidence.text);
    else if (evidence.url) lines.push(evidence.text ? `${evidence.text}: ${evidence.url}` : evidence.url);
  }
  return lines.join('\n');
}

/** The plan as an `.ics` file body (CRLF line ends, folded lines). Dropped milestones are left out. */
export function toICalendar(plan: Plan, milestones: readonly Milestone[], options: ICalendarOptions): string {
  const stamp = utcStamp(options.now);
  const domain = options.uidDomain ?? 'bridgeway.dev';
  const reminderDays = options.reminderDays ?? [7, 1];
  const expiryDays = options.expiryReminderDays ?? 60;
  const expiresText = options.text?.expires ?? ((title: string) => `${title}: result expires`);
  const goalText = options.text?.goal ?? ((p: Plan) => `Target date: ${p.goal.occupationId} (${p.goal.jurisdictionId})`);
  const reminderText = options.text?.reminder ?? ((title: string) => `Reminder: ${title}`);
  const categoryText = options.text?.category ?? ((kind: MilestoneKind) => kind);

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.calendarName ? [`X-WR-CALNAME:${escapeText(options.calendarName)}`] : []),
  ];

  for (const milestone of milestones) {
    if (milestone.status === 'dropped') continue;
    if (milestone.dueDate !== null) {
      const finished = milestone.status === 'done';
      lines.push(
        ...allDayEvent({
          uid: `milestone-${milestone.id}@${domain}`,
          stamp,
          date: milestone.dueDate,
          summary: milestone.title,
          description: describe(milestone),
          sequence: milestone.version - 1,
          categories: categoryText(milestone.kind),
          alarms: finished ? [] : reminderDays.map((days) => alarm(days, reminderText(milestone.title))),
        }),
      );
    }
    if (milestone.expiresOn !== undefined) {
      const title = expiresText(milestone.title);
      lines.push(
        ...allDayEvent({
          uid: `expiry-${milestone.id}@${domain}`,
          stamp,
          date: milestone.expiresOn,
          summary: title,
          sequence: milestone.version - 1,
          categories: categoryText(milestone.kind),
          alarms: [alarm(expiryDays, reminderText(title))],
        }),
      );
    }
  }

  lines.push(
    ...allDayEvent({
      uid: `plan-${plan.id}-goal@${domain}`,
      stamp,
      date: plan.goal.targetDate,
      summary: goalText(plan),
      sequence: plan.version - 1,
      alarms: [],
    }),
    'END:VCALENDAR',
  );
  return lines.map(foldLine).join(CRLF) + CRLF;
}
