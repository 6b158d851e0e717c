import type { FlowProgress } from '../../api/schemas.js';
import { capturePlan, type FlowState } from '../../flow/machine.js';
import type { HandoffController, HandoffHooks, HandoffHost } from '../../handoff/handoff-controller.js';
import type { HandoffLanguage } from '../../handoff/handoff-state.js';
import type { Translation } from '../../i18n/translation.js';
import type { SessionController } from '../../session/session-controller.js';
import { loadCameraSteps, loadHandoffStep, prefetchSteps } from './loading.js';

/** What the loader needs of the flow. */
export interface StepLoaderOptions {
  session: SessionController;
  /** The flow's current state (code may arrive after the applicant moved on). */
  state(): FlowState;
  t(): Translation;
  /** Something for the polite live region. */
  say(text: string): void;
  /** The phone submitted the session. */
  remoteComplete(progress: FlowProgress): void;
  /** A screen that waited for its code is now drawn (the flow focuses its heading). */
  drawn(): void;
}

/**
 * The steps whose code loads after the first screen: the camera steps (warmed once the session loaded,
 * awaited before the first camera screen) and the phone handoff with its controller (when asked for).
 */
export class StepLoader {
  /** The camera steps' code has loaded. */
  stepsReady = false;
  /** The phone handoff, once its code has loaded. */
  handoff: HandoffController | null = null;

  constructor(
    /** The flow: its localisation tells a new handoff link the language chosen here. */
    private readonly host: HandoffHost & { readonly localize: HandoffLanguage },
    private readonly options: StepLoaderOptions,
  ) {}

  /** Entering `next` from `prev`: warm, load or start the code it needs; the handoff follows the applicant. */
  enter(prev: FlowState, next: FlowState, assetsBase: string): void {
    const { session } = this.options;
    if (prev.screen === 'loading' && next.config)
      prefetchSteps(
        next.config,
        assetsBase,
        () => (this.stepsReady = true),
        () => session.uploadsSettled(),
      );
    if (next.screen === 'handoff') void this.#openHandoff();
    else this.handoff?.leave();
    if ((next.screen === 'capture' || next.screen === 'document_select') && !this.stepsReady)
      void loadCameraSteps().then(() => {
        this.stepsReady = true;
        return this.#drawn();
      });
  }

  async #openHandoff(): Promise<void> {
    const first = !this.handoff;
    const m = await loadHandoffStep();
    this.handoff ??= new m.HandoffController(this.host, this.options.session, this.#handoffHooks());
    if (this.options.state().screen !== 'handoff') return;
    this.handoff.open();
    if (first) await this.#drawn();
  }

  #handoffHooks(): HandoffHooks {
    const { session, state, t, say, remoteComplete } = this.options;
    return {
      t,
      needed: () => {
        const s = state();
        return s.config ? capturePlan(s.config, s.documentType).length : 0;
      },
      say,
      completed: remoteComplete,
      fatal: (e) => session.fail(e),
    };
  }

  async #drawn(): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.options.drawn();
  }
}
