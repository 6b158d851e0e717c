import type { FlowProgress, FlowSession } from '../../api/schemas.js';
import type { FlowState } from '../../flow/machine.js';
import type { HandoffController, HandoffHost } from '../../handoff/handoff-controller.js';
import type { HandoffLanguage } from '../../handoff/handoff-state.js';
import type { Translation } from '../../i18n/translation.js';
import type { SessionController } from '../../session/session-controller.js';
import type { CameraStepProps } from './camera-step.js';
import { cameraStep, loadCameraSteps, loadHandoffStep, prefetchSteps } from './loading.js';

/** What the camera steps are drawn with, and whether their code has loaded. */
export type CameraView = CameraStepProps & { ready: boolean };

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
 * Also what the camera steps share: the cameras chosen in the session, and whether the step's camera failed.
 */
export class StepLoader {
  /** The camera steps' code has loaded. */
  stepsReady = false;
  /** The phone handoff, once its code has loaded. */
  handoff: HandoffController | null = null;
  /** The cameras chosen or picked in this session, shared by its camera steps (in memory only). */
  cameraMemory = new Map<'user' | 'environment', string>();
  /** The camera of the current capture step failed (offers the phone when the session allows it). */
  cameraFailed = false;

  constructor(
    /** The flow: its localisation tells a new handoff link the language chosen here. */
    private readonly host: HandoffHost & { readonly localize: HandoffLanguage },
    private readonly options: StepLoaderOptions,
  ) {}

  /** Entering `next` from `prev`: warm, load or start the code it needs; the handoff follows the applicant. */
  enter(prev: FlowState, next: FlowState, assetsBase: string): void {
    const { session } = this.options;
    this.cameraFailed = false;
    if (prev.screen === 'loading' && next.config)
      prefetchSteps(
        next.config,
        assetsBase,
        () => (this.stepsReady = true),
        () => session.uploadsSettled(),
      );
    // A camera stream a step handed over is kept only for the review of its photo and the camera steps.
    if (next.screen !== 'capture' && next.screen !== 'review') cameraStep()?.stopWarmStream();
    if (next.screen === 'handoff') void this.#openHandoff();
    else this.handoff?.leave();
    if ((next.screen === 'capture' || next.screen === 'document_select') && !this.stepsReady)
      void loadCameraSteps().then(() => {
        this.stepsReady = true;
        return this.#drawn();
      });
  }

  /** What the camera steps are drawn with. */
  camera(session: FlowSession | null, theme: string | undefined, assetsBase: string): CameraView {
    const { stepsReady: ready, cameraMemory, cameraFailed } = this;
    return { ready, session, theme, assetsBase, cameraMemory, cameraFailed };
  }

  /** A new session: its camera choices start afresh. */
  reset(): void {
    this.cameraMemory = new Map();
  }

  /** The step's camera changed state (a failed one offers the phone below the step). */
  cameraStatus(failed: boolean): void {
    if (failed === this.cameraFailed) return;
    this.cameraFailed = failed;
    this.host.requestUpdate();
  }

  async #openHandoff(): Promise<void> {
    const first = !this.handoff;
    const m = await loadHandoffStep();
    this.handoff ??= m.flowHandoff(this.host, this.options);
    if (this.options.state().screen !== 'handoff') return;
    this.handoff.open();
    if (first) await this.#drawn();
  }

  async #drawn(): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.options.drawn();
  }
}
