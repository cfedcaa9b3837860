/** The catalogue store's note on illustrative data (the seed's loader uses it too, where a catalogue file gives none). */
import type { LocalizedText } from '../../api/common.js';

/** Shown with every requirement set that comes from the illustrative seed data. */
export const ILLUSTRATIVE_NOTE: LocalizedText = {
  en: 'Illustrative seed data, transcribed from regulators’ public pages. Requirements, fees and durations change: verify each with the regulator before advising anyone.',
  fr: 'Données d’exemple, tirées des pages publiques des organismes de réglementation. Vérifiez chaque exigence, frais et délai auprès de l’organisme avant de conseiller quiconque.',
};
