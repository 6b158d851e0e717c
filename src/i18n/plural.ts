/** The plural forms of one word, by `Intl.PluralRules` category; a category without its own form takes `other`. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A count and its word in the form the locale's plural rules pick, for the locale files:
 * `counted('pl', { one: 'minuta', few: 'minuty', many: 'minut', other: 'minuty' })(5)` is `'5 minut'`.
 * `format` writes the count (as it is by default; `Intl.NumberFormat` for a locale with its own digits).
 */
export function counted(
  locale: string,
  forms: PluralForms,
  format: (n: number) => string = String,
): (n: number) => string {
  const rules = new Intl.PluralRules(locale);
  return (n) => `${format(n)} ${forms[rules.select(n)] ?? forms.other}`;
}
