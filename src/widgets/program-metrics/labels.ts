/** What a withheld figure says, in the headline figures, the charts and the table. */
import { msg, str } from '@lit/localize';

/** What a withheld figure says in place of its value. */
export function withheldLabel(minCellSize: number): string {
  return msg(str`Withheld (fewer than ${minCellSize} people, or it could be worked out from other figures)`, { id: 'metrics.withheld' });
}

/** A short mark for a withheld cell, with {@link withheldLabel} as its explanation. */
export function withheldMark(): string {
  return msg('Withheld', { id: 'metrics.withheldShort' });
}
