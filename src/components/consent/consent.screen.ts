import { html, type TemplateResult } from 'lit';
import { backButton, heading, type ScreenContext } from '../flow/screen.js';

/** Consent: what is collected and why; accept, decline (which ends the flow) or go back. */
export function consentScreen(ctx: ScreenContext): TemplateResult {
  const { t, dispatch } = ctx;
  return html`${heading(t.consentTitle)}
    <p>${t.consentBody}</p>
    <ul class="needs">
      ${t.consentPoints.map((p) => html`<li>${p}</li>`)}
    </ul>
    <div class="actions">
      <button part="primary-button" @click=${() => dispatch({ type: 'CONSENT_ACCEPT' })}>${t.consentAccept}</button>
      <button class="secondary" part="secondary-button" @click=${() => dispatch({ type: 'CONSENT_DECLINE' })}>
        ${t.consentDecline}
      </button>
      ${backButton(ctx)}
    </div>`;
}
