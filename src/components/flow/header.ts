import { html, nothing, type TemplateResult } from 'lit';
import { stepName, visibleSteps } from '../../flow/machine.js';
import type { ScreenContext } from './screen.js';

/** The cancel button's two steps: ask (toggles the confirmation), then stop. */
export interface CancelControls {
  confirming: boolean;
  toggle(open: boolean): void;
  cancel(): void;
}

/**
 * Progress ("Step 2 of 4" and a bar) and the cancel button, with its confirmation (nothing ends on one
 * stray tap). None on the loading, done and cancelled screens; no cancel after a fatal error.
 */
export function flowHeader({ t, state: s }: ScreenContext, c: CancelControls): TemplateResult | typeof nothing {
  if (s.screen === 'loading' || s.screen === 'done' || s.screen === 'cancelled') return nothing;
  const steps = visibleSteps(s);
  const i = steps.indexOf(stepName(s));
  const fatal = s.screen === 'error' && !s.error?.recoverable;
  return html`<header part="header">
      ${
        i >= 0
          ? html`<div class="progress">
              <div class="progress-text">${t.progress(i + 1, steps.length)}</div>
              <progress
                class="bar"
                part="progress"
                max=${steps.length}
                .value=${i + 1}
                aria-label=${t.progress(i + 1, steps.length)}
                aria-valuetext=${t.progress(i + 1, steps.length)}
              ></progress>
            </div>`
          : html`<div class="progress"></div>`
      }
      ${
        fatal
          ? nothing
          : html`<button
              class="link"
              part="secondary-button"
              aria-expanded=${c.confirming ? 'true' : 'false'}
              @click=${() => c.toggle(!c.confirming)}
            >
              ${t.cancel}
            </button>`
      }
    </header>
    ${
      c.confirming && !fatal
        ? html`<div class="confirm-cancel" role="group" aria-label=${t.cancel}>
            <p>${t.cancelConfirm}</p>
            <div class="actions row">
              <button part="primary-button" @click=${() => c.cancel()}>${t.cancel}</button>
              <button class="secondary" part="secondary-button" @click=${() => c.toggle(false)}>${t.back}</button>
            </div>
          </div>`
        : nothing
    }`;
}
