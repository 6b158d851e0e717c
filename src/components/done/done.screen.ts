import { html, nothing, type TemplateResult } from 'lit';
import { heading, type ScreenContext } from '../flow/screen.js';

/**
 * The end: submitted (with the link onward while the redirect is pending), submitted from a phone (go
 * back to the computer), or stopped by the applicant.
 */
export function doneScreen({ t, state }: ScreenContext, redirectUrl: string | null): TemplateResult {
  if (state.screen === 'cancelled')
    return html`${heading(t.cancelledTitle)}
      <p>${t.cancelledBody}</p>`;
  if (state.device === 'phone')
    return html`${heading(t.phoneDoneTitle)}
      <p>${t.phoneDoneBody}</p>`;
  return html`${heading(t.doneTitle)}
    <p>${t.doneBody}</p>
    ${
      redirectUrl
        ? html`<p role="status">${t.doneRedirecting}</p>
            <div class="actions">
              <a class="button" part="primary-button" href=${redirectUrl}>${t.doneContinue}</a>
            </div>`
        : nothing
    }`;
}
