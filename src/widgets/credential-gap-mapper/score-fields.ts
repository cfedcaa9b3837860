/**
 * The scores a language test row holds: the form's fields and the draft's checks both read them.
 * A module of its own so the draft's code (loaded on demand) need not import the form that loads it.
 */
export const SKILLS = ['reading', 'writing', 'listening', 'speaking', 'overall'] as const;
