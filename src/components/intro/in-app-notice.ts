import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n/translation.js';
import type { InAppCheck } from '../../internal/in-app-browser.js';

/** Where copying the link stands: not tried, copied, or the clipboard refused (the link is shown to copy). */
export type LinkCopy = 'idle' | 'copied' | 'manual';

/**
 * The intro's notice in an in-app browser (Instagram, Facebook…): why the camera may fail there, and the
 * ways out before the applicant meets a camera error: copy the link for the real browser, open it there
 * directly on Android (an `intent:` link), or continue on the phone (the intro's own handoff button).
 */
export function inAppNotice(
  t: Translation,
  info: InAppCheck,
  href: string,
  copy: LinkCopy,
  onCopy: () => void,
): TemplateResult {
  const intent = info.intent;
  return html`<section class="in-app" part="in-app-notice" aria-labelledby="in-app-title">
    <h3 id="in-app-title">${t.inAppTitle}</h3>
    <p>${t.inAppBody(info.name)}</p>
    <div class="actions">
      <button class="secondary" part="secondary-button" @click=${onCopy}>${t.handoffCopy}</button>
      ${intent ? html`<a class="button secondary" part="secondary-button" href=${intent}>${t.inAppOpen}</a>` : nothing}
    </div>
    <p class="muted" role="status">${copy === 'copied' ? t.handoffCopied : ''}</p>
    ${
      copy === 'manual'
        ? html`<label class="field" for="in-app-link">${t.handoffCopyManual}</label>
            <input
              id="in-app-link"
              readonly
              .value=${href}
              @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
            />`
        : nothing
    }
  </section>`;
}

/**
 * In an in-app browser where the camera is unreliable (and not in an integrator's own app, whose web view
 * has the camera), the intro says so and offers the real browser and the phone. The check and the notice
 * load just after the first screen, outside its script budget.
 */
export class InAppNoticeController implements ReactiveController {
  #info: InAppCheck | null = null;
  #load: Promise<void> | null = null;
  #copy: LinkCopy = 'idle';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The notice, or nothing (not an in-app browser, or not known yet). */
  render(t: Translation): TemplateResult | typeof nothing {
    this.#load ??= import('../../internal/in-app-browser.js')
      .then((m) => {
        this.#info = m.inAppCheck(window);
        if (this.#info) this.host.requestUpdate();
      })
      .catch(() => undefined);
    if (!this.#info) return nothing;
    const href = window.location.href;
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(href);
        this.#copy = 'copied';
      } catch {
        this.#copy = 'manual';
      }
      this.host.requestUpdate();
    };
    return inAppNotice(t, this.#info, href, this.#copy, () => void copy());
  }
}
