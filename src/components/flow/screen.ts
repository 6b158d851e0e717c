import { html, nothing, type TemplateResult } from 'lit';
import { canHandoff, type FlowAction, type FlowState } from '../../flow/machine.js';
import type { Translation } from '../../i18n/translation.js';

/** What every screen of the flow is drawn from: the strings, the machine's state, and a way to act. */
export interface ScreenContext {
  readonly t: Translation;
  readonly state: FlowState;
  dispatch(action: FlowAction): void;
}

/** A screen's heading; it takes the focus when the screen changes. */
export function heading(text: string): TemplateResult {
  return html`<h2 tabindex="-1" part="heading">${text}</h2>`;
}

/** "Back", to the previous screen. */
export function backButton({ t, dispatch }: ScreenContext): TemplateResult {
  return html`<button class="link" part="secondary-button" @click=${() => dispatch({ type: 'BACK' })}>
    ${t.back}
  </button>`;
}

/** "Continue on your phone", where the session allows it. */
export function handoffOffer({ t, state, dispatch }: ScreenContext): TemplateResult | typeof nothing {
  if (!canHandoff(state)) return nothing;
  return html`<button
    class="secondary"
    part="secondary-button handoff-button"
    @click=${() => dispatch({ type: 'HANDOFF' })}
  >
    ${t.handoffOffer}
  </button>`;
}

/** A step whose code is still loading. */
export function loadingStep(title: string, status: string): TemplateResult {
  return html`${heading(title)}
    <div class="spinner" role="presentation"></div>
    <p role="status" class="muted">${status}</p>`;
}
