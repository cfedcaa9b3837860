/**
 * The origin's searchable country field, loaded once the mentee chooses to match on their
 * origin, with the combobox's styles (adopted by LazyPart), which nothing else of the finder uses.
 */
export { CountryFields } from '../../ui/country-field.js';
export { comboboxStyles as partStyles } from '../../ui/combobox.styles.js';
