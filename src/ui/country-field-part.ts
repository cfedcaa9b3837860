/**
 * The searchable country field as a part loaded on demand (`LazyPart`), with the combobox's
 * styles, which nothing else of an element uses: the finder loads it once a mentee chooses to
 * match on their origin, the mentor profile once a mentor shares the path they went through.
 */
export { CountryFields } from './country-field.js';
export { comboboxStyles as partStyles } from './combobox.styles.js';
