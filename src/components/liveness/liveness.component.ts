import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { LivenessChallenge } from '../../api/schemas.js';
import { challengesDone, livenessInstruction } from '../../capture/liveness-progress.js';
import {
  CameraController,
  type CameraMemory,
  type CameraStatus,
  type Facing,
} from '../../controllers/camera-controller.js';
import { en } from '../../i18n/registry.js';
import type { Translation } from '../../i18n/translation.js';
import { cameraStyles } from '../../styles/camera.styles.js';
import { componentStyles, tokens } from '../../styles/tokens.styles.js';
import type { LivenessConfig, LivenessUpdate } from '../../vision/liveness.js';
import { VisionLoadError } from '../../vision/mediapipe.js';
import { visionUnsupportedReason } from '../../vision/support.js';
import { VerilockElement } from '../base/verilock-element.js';
import { cameraPicker, cameraProblem, handoffButton } from '../capture/camera-parts.js';
import '../capture/camera-view.js';
import { challengeIcon } from './challenge-icon.js';
import { LivenessController, type LivenessFallbackReason, type LivenessStepPhase } from './liveness-controller.js';
import { livenessStyles } from './liveness.styles.js';

export { FAILED_RUNS_BEFORE_FALLBACK, type LivenessFallbackReason } from './liveness-controller.js';

/**
 * Active liveness: a hold-still baseline, then the server's challenge sequence (blink, turn left or
 * right, smile) judged on the device from face landmarks. Hands the flow a few evidence frames and
 * the complete challenge log of the run that passed (`liveness_mode: 'active'`).
 *
 * Never a dead end. The accessible way forward — one photo sent for manual review (`liveness_mode:
 * 'photo'`, with the reason and the partial or empty log of the last run), or the phone — is offered:
 *  - at once when on-device vision cannot run or fails (`vision_unavailable`);
 *  - after {@link FAILED_RUNS_BEFORE_FALLBACK} failed runs (`challenge_failed`);
 *  - when no steady, frontal baseline was found within `baselineTimeoutMs`, 20 s (`no_baseline`);
 *  - whenever the applicant says they cannot do the movements (`applicant_choice`).
 * The check itself is a {@link LivenessController}; this element renders it. Internal to `<verilock-flow>`.
 *
 * @fires vl-captured - `{ detail: CapturedImage & { liveness, livenessMode, fallbackReason?, extraFiles } }`.
 * @fires vl-camera-status - `{ detail: { status, facing } }`.
 * @fires vl-camera-error - `{ detail: { code } }`.
 * @fires vl-guidance - `{ detail: { text } }` for the polite live region (changes only).
 * @fires vl-vision-error - `{ detail: { error: VisionLoadError } }` once, when on-device vision cannot be used.
 * @fires vl-handoff - the applicant chose to continue on a phone (offered with the fallback when `handoff` is set).
 * @csspart camera - the preview box.
 * @csspart challenge - the current instruction.
 * @csspart camera-picker - the camera picker (when more than one front camera or webcam fits).
 * @csspart fallback - the one-photo fallback panel.
 */
export class VerilockLiveness extends VerilockElement {
  static override styles = [tokens, componentStyles, cameraStyles, livenessStyles];

  @property({ attribute: false }) t: Translation = en;
  /** The server's challenge sequence. */
  @property({ attribute: false }) challenges: LivenessChallenge[] = [];
  @property({ attribute: false }) assetsBase = '';
  /** Offer "continue on your phone" with the fallback (the session allows it, this is not the phone). */
  @property({ attribute: false }) handoff = false;
  /** Tuning of the check (timeouts, thresholds); the defaults are measured. */
  @property({ attribute: false }) livenessConfig: Partial<LivenessConfig> = {};

  readonly camera: CameraController;
  readonly #check: LivenessController;

  /** Camera choices shared by the session's steps (set by the flow; in memory only). */
  set cameraMemory(memory: CameraMemory) {
    this.camera.memory = memory;
  }
  get cameraMemory(): CameraMemory {
    return this.camera.memory;
  }

  constructor() {
    super();
    this.camera = new CameraController(this, {
      facing: 'user',
      onStatus: (status: CameraStatus, facing: Facing) => {
        this.emit('vl-camera-status', { status, facing });
        if (status === 'error' && this.camera.error) this.emit('vl-camera-error', { code: this.camera.error });
        this.#check.onCameraStatus(status === 'live');
      },
    });
    this.#check = new LivenessController(this, {
      camera: this.camera,
      video: () => this.video,
      t: () => this.t,
      challenges: () => this.challenges,
      config: () => this.livenessConfig,
      assetsBase: () => this.assetsBase,
      emit: (name, detail) => this.emit(name, detail),
    });
  }

  /** Where the check is: ready to start, running, failed once, or offering the one-photo fallback. */
  get phase(): LivenessStepPhase {
    return this.#check.phase;
  }
  /** Why the one-photo fallback is offered, while `phase` is `'fallback'`. */
  get fallbackReason(): LivenessFallbackReason | null {
    return this.#check.fallbackReason;
  }
  get latest(): LivenessUpdate | null {
    return this.#check.latest;
  }
  get busy(): boolean {
    return this.#check.busy;
  }

  get video(): HTMLVideoElement | null {
    return this.renderRoot.querySelector('video');
  }

  override firstUpdated(): void {
    // The video is rendered by the camera view, which updates after this element.
    void this.renderRoot.querySelector('verilock-camera-view')?.updateComplete.then(() => {
      const video = this.video;
      if (video) void this.camera.start(video);
    });
    // A browser that cannot run on-device vision gets the fallback at once, before any download.
    void visionUnsupportedReason().then((reason) => {
      if (reason && this.phase === 'ready')
        this.#check.visionError(
          new VisionLoadError('unsupported', `On-device vision is not supported here (${reason}).`, undefined, {
            reason,
          }),
        );
    });
  }

  /** Starts (or restarts) the check. */
  start(): void {
    this.#check.start();
  }

  override render(): TemplateResult {
    const t = this.t;
    const u = this.latest;
    const phase = this.phase;
    const live = this.camera.status === 'live';
    const cameraError = this.camera.status === 'error' && this.camera.error;
    const done = challengesDone(u, this.challenges.length);
    return html`
      ${
        cameraError
          ? cameraProblem(t, cameraError, () => void this.camera.retry(), cameraPicker(t, this.camera))
          : nothing
      }
      <verilock-camera-view
        shape="face"
        .mirror=${true}
        .live=${live}
        .unavailable=${!!cameraError}
      ></verilock-camera-view>
      ${cameraError ? nothing : cameraPicker(t, this.camera)}
      ${
        phase === 'running' && u
          ? html`<div class="challenge" part="challenge" aria-hidden="true">
                ${challengeIcon(u.challenge)}<span>${livenessInstruction(t, u)}</span>
              </div>
              <p class="steps">${t.livenessProgress(done, this.challenges.length)}</p>`
          : nothing
      }
      ${
        phase === 'ready' && !cameraError
          ? html`<p>${t.livenessIntro}</p>
              <div class="actions">
                <button part="primary-button" ?disabled=${!live} @click=${() => this.start()}>
                  ${t.livenessStart}
                </button>
                ${this.#cantDo()}
              </div>`
          : nothing
      }
      ${phase === 'running' && !cameraError ? html`<div class="actions">${this.#cantDo()}</div>` : nothing}
      ${
        phase === 'failed'
          ? html`<div class="problem" role="alert"><p>${t.livenessTimeout}</p></div>
              <div class="actions">
                <button part="primary-button" ?disabled=${!live} @click=${() => this.start()}>${t.retry}</button>
                ${this.#cantDo()}
              </div>`
          : nothing
      }
      ${phase === 'fallback' && this.fallbackReason && !cameraError ? this.#renderFallback(this.fallbackReason) : nothing}
    `;
  }

  /** "I can't do these movements": straight to the one-photo fallback. */
  #cantDo(): TemplateResult {
    return html`<button
      class="secondary"
      part="cant-do-button"
      @click=${() => this.#check.fallback('applicant_choice')}
    >
      ${this.t.livenessCantDo}
    </button>`;
  }

  #renderFallback(reason: LivenessFallbackReason): TemplateResult {
    const t = this.t;
    const live = this.camera.status === 'live';
    return html`<div class="fallback" part="fallback">
      <p role="status">${t.livenessFallback[reason]}</p>
      <div class="actions">
        <button part="primary-button" ?disabled=${!live || this.busy} @click=${() => void this.#check.photo()}>
          ${t.livenessPhoto}
        </button>
        ${this.handoff ? handoffButton(t, () => this.emit('vl-handoff', {})) : nothing}
        ${
          reason === 'vision_unavailable'
            ? nothing
            : html`<button class="secondary" ?disabled=${!live || this.busy} @click=${() => this.start()}>
                ${t.retry}
              </button>`
        }
      </div>
    </div>`;
  }
}
