import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, getLoadedTranslation, loadTranslation, matchLocale, withOverrides } from '../i18n/registry.js';
import { wantedLanguages } from '../i18n/resolve.js';
import type { Translation, TranslationOverrides } from '../i18n/translation.js';

export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  /** The `lang` attribute of the element (highest priority). */
  lang: string;
}

/**
 * Per-element localisation (not page-global, so two widgets or a host app's own i18n never clash).
 * Locale: the element's `lang` attribute, else the session's `locale`, else the applicant's choice in the
 * intro's switcher, else `navigator.languages`, else English (`i18n/resolve.ts`). The switcher is shown
 * only while neither of the first two is set (`fixed`), so a choice never fights the integrator's.
 * Loads the chosen locale lazily and re-renders the host when it arrives; English meanwhile.
 */
export class LocalizeController implements ReactiveController {
  #host: LocalizeHost;
  #current: Translation = en;
  #overrides: TranslationOverrides | undefined;
  #sessionLang: string | null = null;
  /**
   * The applicant's choice in the intro's switcher (a registry key), null until one; set through {@link choose}.
   * A new handoff link carries it to the phone unless the language is {@link fixed}.
   */
  chosen: string | null = null;
  #wanted = '';

  constructor(host: LocalizeHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.update();
  }

  /** The active translation with overrides applied. */
  get t(): Translation {
    return this.#current;
  }

  get lang(): string {
    return this.#current.$code;
  }

  get dir(): 'ltr' | 'rtl' {
    return this.#current.$dir;
  }

  setOverrides(overrides: TranslationOverrides | undefined): void {
    this.#overrides = overrides;
    this.#apply(getLoadedTranslation(this.#wanted) ?? en);
  }

  /** The flow session's `locale` (below the `lang` attribute, above the browser's languages). */
  setSessionLanguage(lang: string | null): void {
    this.#sessionLang = lang;
    this.update();
  }

  /**
   * The language is the integrator's: the element has a `lang` attribute or the session a `locale`.
   * The intro's switcher is not shown then.
   */
  get fixed(): boolean {
    return wantedLanguages({ lang: this.#host.lang, sessionLocale: this.#sessionLang }).length > 0;
  }

  /** The applicant's choice in the intro's switcher: above the browser's languages, below `fixed` sources. */
  choose(lang: string): void {
    this.chosen = lang;
    this.update();
  }

  /** Re-evaluates the wanted locale (call when `lang` changes). */
  update(): void {
    const code = matchLocale(
      wantedLanguages({
        lang: this.#host.lang,
        sessionLocale: this.#sessionLang,
        chosen: this.chosen,
        navigatorLanguages:
          typeof navigator === 'undefined'
            ? null
            : navigator.languages?.length
              ? navigator.languages
              : [navigator.language],
      }),
    );
    if (code === this.#wanted) return;
    this.#wanted = code;
    const ready = getLoadedTranslation(code);
    if (ready) {
      this.#apply(ready);
      return;
    }
    void loadTranslation(code).then((t) => {
      if (this.#wanted === code) this.#apply(t);
    });
  }

  #apply(base: Translation): void {
    this.#current = withOverrides(base, this.#overrides);
    this.#host.requestUpdate();
  }
}
