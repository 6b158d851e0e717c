import { html, type TemplateResult } from 'lit';
import type { InternalEvent } from '../../events/internal-events.js';
import { capturePlan } from '../../flow/machine.js';
import type { SessionClient } from '../../session/session-controller.js';
import { heading, loadingStep, type ScreenContext } from '../flow/screen.js';
import { HANDOFF_PARTS, exportParts } from '../parts.js';

/** The internal events of the handoff screen, as the shell handles them. */
export interface HandoffScreenHandlers {
  guidance(e: InternalEvent<'vl-guidance'>): void;
  remoteComplete(e: InternalEvent<'vl-remote-complete'>): void;
  phoneConnected(): void;
  fatal(e: InternalEvent<'vl-fatal'>): void;
}

/** "Continue on your phone": `<verilock-handoff>` (once its code has loaded), or back to this device. */
export function handoffScreen(
  { t, state, dispatch }: ScreenContext,
  ready: boolean,
  client: SessionClient | null,
  on: HandoffScreenHandlers,
): TemplateResult {
  if (!ready) return loadingStep(t.handoffTitle, t.handoffCreating);
  const c = state.config;
  return html`${heading(t.handoffTitle)}
    <verilock-handoff
      exportparts=${exportParts(HANDOFF_PARTS)}
      .t=${t}
      .client=${client}
      .total=${c ? capturePlan(c, state.documentType).length : 0}
      @vl-guidance=${on.guidance}
      @vl-remote-complete=${on.remoteComplete}
      @vl-phone-connected=${on.phoneConnected}
      @vl-fatal=${on.fatal}
    ></verilock-handoff>
    <div class="actions">
      <button class="link" part="secondary-button" @click=${() => dispatch({ type: 'HANDOFF_BACK' })}>
        ${t.handoffUseThisDevice}
      </button>
    </div>`;
}
