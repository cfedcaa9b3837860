import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeText, foldLine, toICalendar } from '../../../src/core/plan/ical.js';
import { milestone, plan } from './fixtures.js';

const now = new Date('2025-03-01T12:34:56.789Z');
const options = { now, productId: '-//Bridgeway//Tracker 1.0//EN' };

function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('iCalendar export', () => {
  const milestones = [
    milestone('m1', { title: 'Sit NCLEX-RN; book, pay\\confirm', dueDate: '2025-06-15', kind: 'exam-sitting', version: 3 }),
    milestone('m2', { title: 'IELTS', dueDate: '2025-04-01', status: 'done', expiresOn: '2027-04-01', kind: 'language-test' }),
    milestone('m3', { title: 'Dropped idea', dueDate: '2025-05-01', status: 'dropped' }),
    milestone('m4', { title: 'Unscheduled', dueDate: null }),
  ];
  const ics = toICalendar(plan, milestones, options);
  const lines = unfold(ics);

  it('ends every line with CRLF and wraps a VCALENDAR', () => {
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false);
    assert.equal(ics.replace(/\r\n/g, '').includes('\r'), false);
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.ok(lines.includes('VERSION:2.0'));
    assert.ok(lines.includes('PRODID:-//Bridgeway//Tracker 1.0//EN'));
  });

  it('writes all-day events with DTSTART;VALUE=DATE and the next day as DTEND', () => {
    assert.ok(lines.includes('DTSTART;VALUE=DATE:20250615'));
    assert.ok(lines.includes('DTEND;VALUE=DATE:20250616'));
    assert.ok(lines.includes('DTSTAMP:20250301T123456Z'));
  });

  it('escapes semicolons, commas and backslashes in SUMMARY', () => {
    assert.ok(lines.includes('SUMMARY:Sit NCLEX-RN\\; book\\, pay\\\\confirm'));
    assert.equal(escapeText('one\ntwo\r\nthree'), 'one\\ntwo\\nthree');
  });

  it('gives each milestone a stable UID, leaves out dropped and unscheduled ones', () => {
    assert.ok(lines.includes('UID:milestone-m1@bridgeway.dev'));
    assert.deepEqual(unfold(toICalendar(plan, milestones, { ...options, now: new Date('2026-01-01T00:00:00Z') })).filter((l) => l.startsWith('UID:')), lines.filter((l) => l.startsWith('UID:')));
    assert.ok(!ics.includes('m3@'));
    assert.ok(!ics.includes('Unscheduled'));
    assert.ok(lines.includes('SEQUENCE:2'));
  });

  it('adds reminders before open milestones and an event with a reminder for an expiring result', () => {
    const events = ics.split('BEGIN:VEVENT').slice(1);
    const m1 = events.find((e) => e.includes('UID:milestone-m1@'))!;
    assert.ok(m1.includes('BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P7D'));
    assert.ok(m1.includes('TRIGGER:-P1D'));
    const m2 = events.find((e) => e.includes('UID:milestone-m2@'))!;
    assert.ok(!m2.includes('VALARM'), 'a done milestone needs no reminder');
    const expiry = events.find((e) => e.includes('UID:expiry-m2@'))!;
    assert.ok(expiry.includes('DTSTART;VALUE=DATE:20270401'));
    assert.ok(expiry.includes('SUMMARY:IELTS: result expires'));
    assert.ok(expiry.includes('TRIGGER:-P60D'));
    assert.ok(events.some((e) => e.includes('UID:plan-plan_1-goal@') && e.includes('DTSTART;VALUE=DATE:20270630')));
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = toICalendar(plan, [milestone('m5', { title: 'Évaluation des diplômes — ' + 'é'.repeat(100), dueDate: '2025-07-01' })], options);
    for (const physical of long.split('\r\n')) assert.ok(Buffer.byteLength(physical) <= 75, `too long: ${physical}`);
    assert.ok(unfold(long).includes(`SUMMARY:Évaluation des diplômes — ${'é'.repeat(100)}`));
    const folded = foldLine('X'.repeat(200));
    assert.deepEqual(folded.split('\r\n').map((l) => l.length), [75, 75, 52]);
  });
});
