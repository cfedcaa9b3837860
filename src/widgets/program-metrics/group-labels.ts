/** Localised names of the groups the program's figures are broken down by (the charts and the table, loaded on demand). */
import { msg } from '@lit/localize';
import type { CatalogueNames } from '../../ui/catalogue-names.js';

export type BreakdownDimension = 'occupation' | 'origin' | 'gender';

function regionLabel(region: string): string {
  switch (region) {
    case 'africa':
      return msg('Africa', { id: 'metrics.region.africa' });
    case 'americas':
      return msg('The Americas', { id: 'metrics.region.americas' });
    case 'asia':
      return msg('Asia', { id: 'metrics.region.asia' });
    case 'europe':
      return msg('Europe', { id: 'metrics.region.europe' });
    case 'middle-east':
      return msg('Middle East', { id: 'metrics.region.middleEast' });
    case 'oceania':
      return msg('Oceania', { id: 'metrics.region.oceania' });
    default:
      return msg('Not given', { id: 'metrics.group.unknown' });
  }
}

function genderLabel(gender: string): string {
  switch (gender) {
    case 'woman':
      return msg('Women', { id: 'metrics.gender.woman' });
    case 'man':
      return msg('Men', { id: 'metrics.gender.man' });
    case 'non-binary':
      return msg('Non-binary people', { id: 'metrics.gender.nonBinary' });
    case 'self-described':
      return msg('Self-described', { id: 'metrics.gender.selfDescribed' });
    default:
      return msg('Not given', { id: 'metrics.group.unknown' });
  }
}

/** The name of a group of a breakdown: an occupation's name from the catalogue, a region, a gender. */
export function groupLabel(dimension: BreakdownDimension, group: string, names: CatalogueNames | undefined): string {
  if (dimension === 'origin') return regionLabel(group);
  if (dimension === 'gender') return genderLabel(group);
  return group === 'unknown' ? msg('Not given', { id: 'metrics.group.unknown' }) : (names?.occupation(group) ?? group);
}
