import { html, type TemplateResult } from 'lit';
import type { InternalEvent } from '../../events/internal-events.js';
import { capturePlan } from '../../flow/machine.js';
import type { HandoffView } from '../../handoff/handoff-state.js';
import { heading, loadingStep, type ScreenContext } from '../flow/screen.js';
import { HANDOFF_PARTS, exportParts } from '../parts.js';

/** The handoff screen's link and progress (from the shell's controller, once its code has loaded), and its intents. */
export interface HandoffScreenProps {
  view: HandoffView | null;
  guidance(e: InternalEvent<'vl-guidance'>): void;
  newLink(): void;
}

/** "Continue on your phone": `<verilock-handoff>` (once its code has loaded), or back to this device. */
export function handoffScreen({ t, state, dispatch }: ScreenContext, on: HandoffScreenProps): TemplateResult {
  if (!on.view) return loadingStep(t.handoffTitle, t.handoffCreating);
  const c = state.config;
  return html`${heading(t.handoffTitle)}
    <verilock-handoff
      exportparts=${exportParts(HANDOFF_PARTS)}
      .t=${t}
      .view=${on.view}
      .total=${c ? capturePlan(c, state.documentType).length : 0}
      @vl-guidance=${on.guidance}
      @vl-handoff-new-link=${on.newLink}
    ></verilock-handoff>
    <div class="actions">
      <button class="link" part="secondary-button" @click=${() => dispatch({ type: 'HANDOFF_BACK' })}>
        ${t.handoffUseThisDevice}
      </button>
    </div>`;
}
