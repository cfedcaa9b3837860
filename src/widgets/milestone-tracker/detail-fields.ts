/**
 * The tracker's words for a milestone's descriptive fields (`milestoneDetails` in the contract,
 * src/api/plan.ts): the edit form has an input for each, by its kind, and the card shows each one
 * the milestone has (the edit form's inputs are edit-form.ts's, with the panels). A field added to
 * the contract's table needs its label here (TypeScript asks for it), and nothing else in the tracker.
 */
import { msg, str } from '@lit/localize';
import type { Milestone } from '../../api/plan.js';
import { milestoneDetails } from '../../generated/contract.js';

export type DetailName = keyof typeof milestoneDetails;

export interface DetailLabel {
  /** The edit form's label; the card says `label: value` unless `shown` says otherwise. */
  label: () => string;
  /** How the card says it (`date` formats a calendar date). */
  shown?: (value: string, date: (value: string) => string) => string;
}

export const detailLabels: Record<DetailName, DetailLabel> = {
  expiresOn: {
    label: () => msg('Result valid until', { id: 'plan.more.field.expiresOn' }),
    shown: (value, date) => msg(str`Valid until ${date(value)}`, { id: 'plan.validUntil' }),
  },
};

export const detailNames = Object.keys(milestoneDetails) as DetailName[];

/** What the card says of each descriptive field the milestone has, in the table's order. */
export function shownDetails(m: Milestone, date: (value: string) => string): string[] {
  return detailNames.flatMap((name) => {
    const value = m[name];
    if (value === undefined) return [];
    const { label, shown } = detailLabels[name];
    if (shown) return [shown(value, date)];
    const text = milestoneDetails[name].kind === 'date' ? date(value) : value;
    return [msg(str`${label()}: ${text}`, { id: 'plan.detail' })];
  });
}
