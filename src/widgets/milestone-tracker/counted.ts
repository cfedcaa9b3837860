/**
 * The tracker's counted messages, each in the plural form its locale needs (src/ui/plural.ts):
 * one `msg()` per plural category; the `other` form keeps the message's first id.
 */
import { msg, str } from '@lit/localize';
import type { GapPlanRequest } from '../../api/plan.js';
import type { ProgressSummary } from '../../core/plan/progress.js';
import { plural } from '../../ui/plural.js';

export const pendingChanges = (locale: string, pending: number): string =>
  plural(locale, pending, {
    one: () => msg(str`${pending} change not saved yet.`, { id: 'plan.sync.pending.one' }),
    two: () => msg(str`${pending} changes not saved yet.`, { id: 'plan.sync.pending.two' }),
    few: () => msg(str`${pending} changes not saved yet.`, { id: 'plan.sync.pending.few' }),
    many: () => msg(str`${pending} changes not saved yet.`, { id: 'plan.sync.pending.many' }),
    other: () => msg(str`${pending} changes not saved yet.`, { id: 'plan.sync.pending' }),
  });

/** "3 of 8 milestones done": the noun agrees with the total. */
export const milestonesDone = (locale: string, summary: Pick<ProgressSummary, 'done' | 'total'>): string =>
  plural(locale, summary.total, {
    one: () => msg(str`${summary.done} of ${summary.total} milestone done`, { id: 'plan.progress.done.one' }),
    two: () => msg(str`${summary.done} of ${summary.total} milestones done`, { id: 'plan.progress.done.two' }),
    few: () => msg(str`${summary.done} of ${summary.total} milestones done`, { id: 'plan.progress.done.few' }),
    many: () => msg(str`${summary.done} of ${summary.total} milestones done`, { id: 'plan.progress.done.many' }),
    other: () => msg(str`${summary.done} of ${summary.total} milestones done`, { id: 'plan.progress.done' }),
  });

export const overdueCount = (locale: string, summary: Pick<ProgressSummary, 'overdue'>): string =>
  plural(locale, summary.overdue.length, {
    one: () => msg(str`${summary.overdue.length} overdue.`, { id: 'plan.progress.overdue.one' }),
    two: () => msg(str`${summary.overdue.length} overdue.`, { id: 'plan.progress.overdue.two' }),
    few: () => msg(str`${summary.overdue.length} overdue.`, { id: 'plan.progress.overdue.few' }),
    many: () => msg(str`${summary.overdue.length} overdue.`, { id: 'plan.progress.overdue.many' }),
    other: () => msg(str`${summary.overdue.length} overdue.`, { id: 'plan.progress.overdue' }),
  });

export const addingFromGap = (locale: string, offer: GapPlanRequest): string =>
  plural(locale, offer.items.length, {
    one: () => msg(str`Adding ${offer.items.length} milestone to your plan.`, { id: 'plan.gap.adding.one' }),
    two: () => msg(str`Adding ${offer.items.length} milestones to your plan.`, { id: 'plan.gap.adding.two' }),
    few: () => msg(str`Adding ${offer.items.length} milestones to your plan.`, { id: 'plan.gap.adding.few' }),
    many: () => msg(str`Adding ${offer.items.length} milestones to your plan.`, { id: 'plan.gap.adding.many' }),
    other: () => msg(str`Adding ${offer.items.length} milestones to your plan.`, { id: 'plan.gap.adding' }),
  });

export const commentCount = (locale: string, count: number): string =>
  plural(locale, count, {
    one: () => msg(str`${count} comment`, { id: 'plan.comments.count.one' }),
    two: () => msg(str`${count} comments`, { id: 'plan.comments.count.two' }),
    few: () => msg(str`${count} comments`, { id: 'plan.comments.count.few' }),
    many: () => msg(str`${count} comments`, { id: 'plan.comments.count.many' }),
    other: () => msg(str`${count} comments`, { id: 'plan.comments.count' }),
  });

export const evidenceCount = (locale: string, count: number): string =>
  plural(locale, count, {
    one: () => msg(str`${count} piece of evidence`, { id: 'plan.evidence.count.one' }),
    two: () => msg(str`${count} pieces of evidence`, { id: 'plan.evidence.count.two' }),
    few: () => msg(str`${count} pieces of evidence`, { id: 'plan.evidence.count.few' }),
    many: () => msg(str`${count} pieces of evidence`, { id: 'plan.evidence.count.many' }),
    other: () => msg(str`${count} pieces of evidence`, { id: 'plan.evidence.count' }),
  });
