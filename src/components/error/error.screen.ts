import { html, nothing, type TemplateResult } from 'lit';
import { heading, type ScreenContext } from '../flow/screen.js';

/**
 * An error (the expired link among them): what happened and what to do, the code for support, and the
 * way on: retake a refused capture (`retake`, when one was refused), try again, or nothing after a
 * fatal error.
 */
export function errorScreen({ t, state, dispatch }: ScreenContext, retake: (() => void) | null): TemplateResult {
  const err = state.error!;
  const copy = t.errors[err.code];
  return html`<div class="alert" role="alert">
      ${heading(copy.title)}
      <p>${copy.instruction}</p>
    </div>
    <p class="code">${t.errorCode(err.code)}</p>
    <div class="actions">
      ${
        retake
          ? html`<button part="primary-button" @click=${retake}>${t.retake}</button>`
          : err.recoverable
            ? html`<button part="primary-button" @click=${() => dispatch({ type: 'RETRY' })}>${t.retry}</button>`
            : nothing
      }
    </div>`;
}
