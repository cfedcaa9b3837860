/**
 * Plurals right in every locale. @lit/localize has no plural syntax, so a counted message is
 * a set of `msg()` calls, one per CLDR plural category, and `Intl.PluralRules` of the
 * element's locale picks one: English uses `one` and `other`; French, Spanish and Portuguese
 * add `many`; Ukrainian `few` and `many`; Arabic all six; Chinese only `other`.
 *
 * ```ts
 * plural(locale, n, {
 *   one: () => msg(str`${n} change not saved yet.`, { id: 'plan.sync.pending.one' }),
 *   two: () => msg(str`${n} changes not saved yet.`, { id: 'plan.sync.pending.two' }),
 *   few: () => msg(str`${n} changes not saved yet.`, { id: 'plan.sync.pending.few' }),
 *   many: () => msg(str`${n} changes not saved yet.`, { id: 'plan.sync.pending.many' }),
 *   other: () => msg(str`${n} changes not saved yet.`, { id: 'plan.sync.pending' }),
 * });
 * ```
 * Every category a target locale uses needs its own id (with the English `other` text as
 * its source), so its translators can write the form their language needs; `zero` falls
 * back to `other` when it is not given.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, () => string>> & { other: () => string };

const rules = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of `count` in `locale`. */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule.select(count);
}

/** The message of `count`'s plural category in `locale` (`other` when that category has none). */
export function plural(locale: string, count: number, forms: PluralForms): string {
  return (forms[pluralCategory(locale, count)] ?? forms.other)();
}
