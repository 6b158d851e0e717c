import { html, type TemplateResult } from 'lit';
import { capturePlan } from '../../flow/machine.js';
import type { HandoffView } from '../../handoff/handoff-state.js';
import { heading, type ScreenContext } from '../flow/screen.js';
import { HANDOFF_PARTS, exportParts } from '../parts.js';

/**
 * "Continue on your phone": `<verilock-handoff>` drawing the shell's handoff controller's `view`, or back
 * to this device. Its intents (a new link, the copy's guidance) bubble to the shell. Loaded with the
 * handoff's code (the shell shows a loading step until then).
 */
export function handoffScreen({ t, state, dispatch }: ScreenContext, view: HandoffView): TemplateResult {
  const c = state.config;
  return html`${heading(t.handoffTitle)}
    <verilock-handoff
      exportparts=${exportParts(HANDOFF_PARTS)}
      .t=${t}
      .view=${view}
      .total=${c ? capturePlan(c, state.documentType).length : 0}
    ></verilock-handoff>
    <div class="actions">
      <button class="link" part="secondary-button" @click=${() => dispatch({ type: 'HANDOFF_BACK' })}>
        ${t.handoffUseThisDevice}
      </button>
    </div>`;
}
