/**
 * The tracker's counted messages, each in the plural form its locale needs: the text of one
 * `msg()` holds an ICU plural that each translation writes with its own categories (src/ui/plural.ts).
 */
import { msg, str } from '@lit/localize';
import type { GapPlanRequest } from '../../api/plan.js';
import type { ProgressSummary } from '../../core/plan/progress.js';
import { formatNumber } from '../../ui/format.js';
import { plural } from '../../ui/plural.js';

export const pendingChanges = (locale: string, pending: number): string =>
  plural(msg('{count, plural, one {# change not saved yet.} other {# changes not saved yet.}}', { id: 'plan.sync.pending' }), pending, locale);

/** "3 of 8 milestones done": the noun agrees with the total; both numbers in the locale's digits. */
export const milestonesDone = (locale: string, summary: Pick<ProgressSummary, 'done' | 'total'>): string => {
  const done = formatNumber(locale, summary.done);
  return plural(msg(str`${done} of {count, plural, one {# milestone} other {# milestones}} done`, { id: 'plan.progress.done' }), summary.total, locale);
};

export const overdueCount = (locale: string, overdue: number): string =>
  plural(msg('{count, plural, other {# overdue.}}', { id: 'plan.progress.overdue' }), overdue, locale);

export const addingFromGap = (locale: string, offer: GapPlanRequest): string =>
  plural(msg('{count, plural, one {Adding # milestone to your plan.} other {Adding # milestones to your plan.}}', { id: 'plan.gap.adding' }), offer.items.length, locale);

export const commentCount = (locale: string, count: number): string =>
  plural(msg('{count, plural, one {# comment} other {# comments}}', { id: 'plan.comments.count' }), count, locale);

export const evidenceCount = (locale: string, count: number): string =>
  plural(msg('{count, plural, one {# piece of evidence} other {# pieces of evidence}}', { id: 'plan.evidence.count' }), count, locale);
