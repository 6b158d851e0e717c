import { html, type TemplateResult } from 'lit';
import { availableLocales } from '../../i18n/registry.js';
import type { Translation } from '../../i18n/translation.js';

/** A shipped locale as the switcher lists it: its BCP 47 code and its name in its own language. */
export interface LanguageOption {
  code: string;
  name: string;
}

/**
 * Shipped locales (registry keys, any case) as switcher options: canonical codes (`pt-BR`, `zh-Hans`),
 * each named in its own language through `Intl.DisplayNames` (the code where the engine has no name),
 * sorted by name.
 */
export function languageOptions(keys: readonly string[] = availableLocales()): LanguageOption[] {
  const options = keys.map((key) => {
    const code = Intl.getCanonicalLocales(key)[0] ?? key;
    let name = code;
    try {
      name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    } catch {
      /* an engine without DisplayNames data for it: the code */
    }
    return { code, name: name.charAt(0).toLocaleUpperCase(code) + name.slice(1) };
  });
  return options.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * The switcher: a labelled native `<select>` (keyboard and screen-reader usable as it is), each option
 * named in its own language and marked with its `lang`, so a screen reader reads it in that language.
 */
export function languageSelect(
  t: Translation,
  options: readonly LanguageOption[],
  lang: string,
  choose: (code: string) => void,
): TemplateResult {
  const current = lang.toLowerCase();
  return html`<div class="language" part="language">
    <label class="field" for="vl-language">${t.languageLabel}</label>
    <select
      id="vl-language"
      part="language-select"
      @change=${(e: Event) => choose((e.target as HTMLSelectElement).value)}
    >
      ${options.map(
        (o) =>
          html`<option value=${o.code} lang=${o.code} ?selected=${o.code.toLowerCase() === current}>${o.name}</option>`,
      )}
    </select>
  </div>`;
}
