/**
 * The languages a session may ask for: exactly the locales the widget ships, read from its locale
 * registry (so a locale added to the widget is accepted here with no second list to keep).
 */
import '../../src/i18n/locales/index.js';
import { ApiError } from './errors.js';
import { availableLocales } from '../../src/i18n/registry.js';

/**
 * The canonical BCP 47 spelling (`pt-BR`, `zh-Hans`) of `tag` when the widget ships that locale,
 * else null: a malformed tag, or one the widget has no translation for (`sw`, `fr-CA`).
 */
export function supportedLocale(tag: string): string | null {
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(tag);
  } catch {
    return null;
  }
  return availableLocales().includes(canonical.toLowerCase()) ? canonical : null;
}

/** The shipped locales in canonical spelling, for error messages. */
export function supportedLocales(): string[] {
  return availableLocales()
    .map((code) => Intl.getCanonicalLocales(code)[0] ?? code)
    .sort();
}

/**
 * The canonical spelling of a `locale` field a request sent, or a 400 `validation_failed` on `locale` that
 * lists the shipped locales (never the value sent).
 */
export function checkedLocale(tag: string): string {
  const locale = supportedLocale(tag);
  if (locale) return locale;
  throw new ApiError(400, 'validation_failed', 'The request is invalid.', [
    { path: 'locale', message: `locale must be one of: ${supportedLocales().join(', ')}` },
  ]);
}
