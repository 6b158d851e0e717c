import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n/translation.js';
import type * as LanguageSelect from './language-select.js';

type SelectModule = typeof LanguageSelect;

/**
 * The intro's language switcher (./language-select.ts). The list and its template load the first time the
 * switcher is to be shown, just after the first screen and outside its script budget; until then, and
 * whenever it is not to be shown, nothing is rendered.
 */
export class LanguageSwitcherController implements ReactiveController {
  #module: SelectModule | null = null;
  #options: ReturnType<SelectModule['languageOptions']> = [];
  #load: Promise<void> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly choose: (code: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The switcher showing `lang` as chosen, or nothing: `shown` false (hidden by the integrator, or the
   * language fixed by the element's `lang` or the session's `locale`), not loaded yet, or one language only.
   */
  render(t: Translation, lang: string, shown: boolean): TemplateResult | typeof nothing {
    if (!shown) return nothing;
    this.#load ??= import('./language-select.js')
      .then((m) => {
        this.#module = m;
        this.#options = m.languageOptions();
        this.host.requestUpdate();
      })
      .catch(() => undefined);
    if (!this.#module || this.#options.length < 2) return nothing;
    return this.#module.languageSelect(t, this.#options, lang, this.choose);
  }
}
