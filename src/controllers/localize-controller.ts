import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, getLoadedTranslation, loadTranslation, matchLocale, withOverrides } from '../i18n/registry.js';
import type { Translation, TranslationOverrides } from '../i18n/translation.js';

export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  /** The `lang` attribute of the element (highest priority). */
  lang: string;
}

/**
 * Per-element localisation (not page-global, so two widgets or a host app's own i18n never clash).
 * Locale: the element's `lang` attribute, else `navigator.languages`.
 * Loads the chosen locale lazily and re-renders the host when it arrives; English meanwhile.
 */
export class LocalizeController implements ReactiveController {
  #host: LocalizeHost;
  #current: Translation = en;
  #overrides: TranslationOverrides | undefined;
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

  /** Re-evaluates the wanted locale (call when `lang` changes). */
  update(): void {
    const wanted: string[] = [];
    if (this.#host.lang) wanted.push(this.#host.lang);
    if (typeof navigator !== 'undefined') wanted.push(...(navigator.languages ?? [navigator.language]));
    const code = matchLocale(wanted);
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
