/**
 * The in-app browser notice's view and check, loaded just after the first screen (outside its script
 * budget) by {@link InAppNoticeController}: most applicants are not in an in-app browser.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n/translation.js';
import type { InAppCheck } from '../../internal/in-app-browser.js';
import type { LinkCopy } from './in-app-notice.js';

export { inAppCheck } from '../../internal/in-app-browser.js';

/**
 * The intro's notice in an in-app browser (Instagram, Facebook…): why the camera may fail there, and the
 * ways out before the applicant meets a camera error: copy the link for the real browser, open it there
 * directly on Android (an `intent:` link), or continue on the phone (the intro's own handoff button).
 */
export function inAppNotice(
  t: Translation,
  info: InAppCheck,
  copy: LinkCopy,
  copied: (result: LinkCopy) => void,
): TemplateResult {
  const intent = info.intent;
  const href = window.location.href;
  // The link to copy for the real browser; a refused (or missing) clipboard shows it to copy by hand.
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(href);
      copied('copied');
    } catch {
      copied('manual');
    }
  };
  return html`<section class="in-app" part="in-app-notice" aria-labelledby="in-app-title">
    <h3 id="in-app-title">${t.inAppTitle}</h3>
    <p>${t.inAppBody(info.name)}</p>
    <div class="actions">
      <button class="secondary" part="secondary-button" @click=${() => void onCopy()}>${t.handoffCopy}</button>
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
