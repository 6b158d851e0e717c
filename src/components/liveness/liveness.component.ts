import { LitElement, html, css, nothing, svg, type TemplateResult } from 'lit';
import type { CaptureMeta, LivenessChallenge } from '../../api/schemas.js';
import { encodeVideoFrame } from '../../capture/encode.js';
import {
  CameraController,
  type CameraMemory,
  type CameraStatus,
  type Facing,
} from '../../controllers/camera-controller.js';
import { FaceDetectionController, type FaceFrameResult } from '../../controllers/face-detection-controller.js';
import { en } from '../../i18n/registry.js';
import type { Translation } from '../../i18n/translation.js';
import { cameraStyles } from '../../styles/camera.styles.js';
import { componentStyles, tokens } from '../../styles/tokens.styles.js';
import {
  LivenessSession,
  type ChallengeLogEntry,
  type LivenessConfig,
  type LivenessUpdate,
} from '../../vision/liveness.js';
import { VisionLoadError } from '../../vision/mediapipe.js';
import { visionUnsupportedReason } from '../../vision/support.js';
import { ENCODING, type CapturedImage } from '../capture/capture.component.js';
import { cameraOverlay, cameraPicker, cameraProblem } from '../capture/camera-parts.js';

/** Evidence frames kept for the server: the baseline and the peak of each challenge. */
const MAX_EVIDENCE = 5;
const EVIDENCE_ENCODING = { maxLongSide: 640, maxBytes: 120_000 };

/** Failed runs of the check after which the one-photo fallback is offered. */
export const FAILED_RUNS_BEFORE_FALLBACK = 2;

/** Why the one-photo fallback is offered (sent as `fallback_reason`). */
export type LivenessFallbackReason = NonNullable<CaptureMeta['fallback_reason']>;

type Phase = 'ready' | 'running' | 'failed' | 'fallback';

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
 * Internal to `<verilock-flow>`.
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
export class VerilockLiveness extends LitElement {
  static override styles = [
    tokens,
    componentStyles,
    cameraStyles,
    css`
      .camera {
        max-height: 55vh;
      }
      .challenge {
        display: flex;
        align-items: center;
        gap: 0.75em;
        font-size: 1.2em;
        font-weight: 700;
        min-height: 3em;
        padding: 0.5em 0.75em;
        border-radius: var(--_radius);
        background: var(--_surface);
        margin-bottom: var(--_space);
      }
      .challenge svg {
        width: 2em;
        height: 2em;
        flex: none;
        stroke: currentColor;
        fill: none;
        stroke-width: 2;
        stroke-linecap: round;
      }
      :host(:dir(rtl)) .challenge svg.arrow {
        transform: scaleX(-1);
      }
      .steps {
        font-size: 0.875em;
        color: var(--_muted);
      }
    `,
  ];

  static override properties = {
    t: { attribute: false },
    challenges: { attribute: false },
    assetsBase: { attribute: false },
    handoff: { attribute: false },
    livenessConfig: { attribute: false },
    phase: { state: true },
    latest: { state: true },
    busy: { state: true },
    fallbackReason: { state: true },
  };

  declare t: Translation;
  /** The server's challenge sequence. */
  declare challenges: LivenessChallenge[];
  declare assetsBase: string;
  /** Offer "continue on your phone" with the fallback (the session allows it, this is not the phone). */
  declare handoff: boolean;
  /** Tuning of the check (timeouts, thresholds); the defaults are measured. */
  declare livenessConfig: Partial<LivenessConfig>;
  declare phase: Phase;
  /** Why the one-photo fallback is offered, while `phase` is `'fallback'`. */
  declare fallbackReason: LivenessFallbackReason | null;
  declare latest: LivenessUpdate | null;
  declare busy: boolean;

  readonly camera: CameraController;

  /** Camera choices shared by the session's steps (set by the flow; in memory only). */
  set cameraMemory(memory: CameraMemory) {
    this.camera.memory = memory;
  }
  get cameraMemory(): CameraMemory {
    return this.camera.memory;
  }

  #detector: FaceDetectionController | null = null;
  #visionMarked = false;
  #session: LivenessSession | null = null;
  #evidence: { blob: Blob; width: number; height: number }[] = [];
  #grabbing = false;
  #failedRuns = 0;
  #visionFailed = false;

  constructor() {
    super();
    this.t = en;
    this.challenges = [];
    this.assetsBase = '';
    this.handoff = false;
    this.livenessConfig = {};
    this.phase = 'ready';
    this.fallbackReason = null;
    this.latest = null;
    this.busy = false;
    this.camera = new CameraController(this, {
      facing: 'user',
      onStatus: (status: CameraStatus, facing: Facing) => {
        this.#emit('vl-camera-status', { status, facing });
        if (status === 'error' && this.camera.error) this.#emit('vl-camera-error', { code: this.camera.error });
        if (status === 'live') this.#attach();
        else this.#detector?.detach();
      },
    });
  }

  get video(): HTMLVideoElement | null {
    return this.renderRoot.querySelector('video');
  }

  override firstUpdated(): void {
    const video = this.video;
    if (video) void this.camera.start(video);
    // A browser that cannot run on-device vision gets the fallback at once, before any download.
    void visionUnsupportedReason().then((reason) => {
      if (reason && this.phase === 'ready')
        this.#visionError(
          new VisionLoadError('unsupported', `On-device vision is not supported here (${reason}).`, undefined, {
            reason,
          }),
        );
    });
  }

  /** Starts (or restarts) the check. */
  start(): void {
    if (this.#visionFailed) return this.#fallback('vision_unavailable');
    if (this.challenges.length === 0) return this.#fallback('vision_unavailable'); // nothing to check actively
    this.#session = new LivenessSession(this.challenges, this.livenessConfig);
    this.#evidence = [];
    this.latest = null;
    this.fallbackReason = null;
    this.phase = 'running';
    this.#attach();
  }

  /** Offers the one-photo fallback (the camera stays live for it). */
  #fallback(reason: LivenessFallbackReason): void {
    this.#detector?.detach();
    this.fallbackReason = reason;
    this.phase = 'fallback';
    this.#say(this.t.livenessFallback[reason]);
  }

  #visionError(error: VisionLoadError): void {
    if (this.#visionFailed) return;
    this.#visionFailed = true;
    this.#emit('vl-vision-error', { error });
    this.#fallback('vision_unavailable');
  }

  #attach(): void {
    const video = this.video;
    if (this.phase !== 'running' || !video || this.camera.status !== 'live') return;
    this.#detector ??= new FaceDetectionController(this, {
      assetsBase: this.assetsBase,
      mode: 'landmarks',
      measureBrightness: false,
      onResult: (r) => {
        // For the bench: when the step got its first on-device vision result.
        if (!this.#visionMarked) performance.mark('verilock-vision-result', { detail: 'liveness' });
        this.#visionMarked = true;
        this.#onFrame(r);
      },
      onError: (error) => this.#visionError(error),
    });
    this.#detector.attach(video);
  }

  #onFrame(r: FaceFrameResult): void {
    const session = this.#session;
    if (!session || this.phase !== 'running') return;
    const u = session.push({ t: r.t, landmarks: r.landmarks, aspect: r.width / r.height });
    this.latest = u;
    if (u.changed) this.#say(this.#instruction(u));
    if (u.evidence && this.#evidence.length < MAX_EVIDENCE) void this.#grab();
    if (u.phase === 'passed') void this.#finish();
    if (u.phase === 'failed') {
      this.#detector?.detach();
      if (u.failure === 'no_baseline') return this.#fallback('no_baseline');
      this.#failedRuns++;
      if (this.#failedRuns >= FAILED_RUNS_BEFORE_FALLBACK) return this.#fallback('challenge_failed');
      this.phase = 'failed';
      this.#say(this.t.livenessTimeout);
    }
  }

  async #grab(): Promise<void> {
    const video = this.video;
    if (!video || this.#grabbing) return;
    this.#grabbing = true;
    try {
      this.#evidence.push(await encodeVideoFrame(video, EVIDENCE_ENCODING));
    } catch {
      /* a missed evidence frame is not fatal: the log still holds the signals */
    } finally {
      this.#grabbing = false;
    }
  }

  async #finish(): Promise<void> {
    const session = this.#session;
    if (!session || this.busy) return;
    this.busy = true;
    this.#detector?.detach();
    if (this.#evidence.length === 0) await this.#grab();
    const [first, ...rest] = this.#evidence;
    this.camera.stop();
    if (!first) {
      this.busy = false;
      this.phase = 'failed';
      return;
    }
    this.#say(this.t.livenessPassed);
    // The whole log of the run that passed, every attempt in order (at most 2 per challenge, so ≤ 6 entries).
    this.#emit('vl-captured', {
      ...first,
      source: 'camera',
      extraFiles: rest.map((f) => f.blob),
      liveness: session.result.log,
      livenessMode: 'active',
    } satisfies CapturedImage);
  }

  /** The log of the last run, as it is (partial or empty): the server sees what happened and decides. */
  #partialLog(): ChallengeLogEntry[] {
    return (this.#session?.result.log ?? []).slice(-10);
  }

  /** The fallback: one photo for manual review, with the reason and the last run's log. */
  async #photo(): Promise<void> {
    const video = this.video;
    const reason = this.fallbackReason;
    if (!video || this.busy || !reason) return;
    this.busy = true;
    try {
      const image = await encodeVideoFrame(video, ENCODING.face);
      this.camera.stop();
      this.#emit('vl-captured', {
        ...image,
        source: 'camera',
        liveness: this.#partialLog(),
        livenessMode: 'photo',
        fallbackReason: reason,
      } satisfies CapturedImage);
    } catch {
      this.busy = false;
    }
  }

  #instruction(u: LivenessUpdate): string {
    if (u.phase === 'baseline') return this.t.livenessHoldStill;
    if (u.phase === 'challenge' && u.challenge) return this.t.livenessChallenge[u.challenge];
    if (u.phase === 'passed') return this.t.livenessPassed;
    return this.t.livenessTimeout;
  }

  /** To the shell's polite live region, which speaks changes only (at most one every 2 s). */
  #say(text: string): void {
    this.#emit('vl-guidance', { text });
  }

  #emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: false }));
  }

  #icon(c: LivenessChallenge | null): TemplateResult {
    const shapes: Record<LivenessChallenge, TemplateResult> = {
      blink: svg`<path d="M2 12s4-6 10-6 10 6 10 6-4 6-10 6S2 12 2 12z"/><path d="M4 16l-2 2M20 16l2 2M12 18v3"/>`,
      turn_left: svg`<path d="M20 12H4M10 6l-6 6 6 6"/>`,
      turn_right: svg`<path d="M4 12h16M14 6l6 6-6 6"/>`,
      smile: svg`<circle cx="12" cy="12" r="10"/><path d="M8 14s1.5 2 4 2 4-2 4-2M9 9h.01M15 9h.01"/>`,
    };
    const arrow = c === 'turn_left' || c === 'turn_right';
    return html`<svg class=${arrow ? 'arrow' : ''} viewBox="0 0 24 24" aria-hidden="true">
      ${c ? shapes[c] : svg`<circle cx="12" cy="12" r="9"/>`}
    </svg>`;
  }

  override render(): TemplateResult {
    const t = this.t;
    const u = this.latest;
    const live = this.camera.status === 'live';
    const cameraError = this.camera.status === 'error' && this.camera.error;
    const done = u ? (u.phase === 'passed' ? this.challenges.length : u.phase === 'challenge' ? u.index : 0) : 0;
    return html`
      ${
        cameraError
          ? cameraProblem(t, cameraError, () => void this.camera.retry(), cameraPicker(t, this.camera))
          : nothing
      }
      <div class="camera" part="camera" ?hidden=${!!cameraError}>
        <video class="mirror" autoplay muted playsinline aria-hidden="true"></video>
        ${cameraOverlay('face')}
      </div>
      ${cameraError ? nothing : cameraPicker(t, this.camera)}
      ${
        this.phase === 'running' && u
          ? html`<div class="challenge" part="challenge" aria-hidden="true">
                ${this.#icon(u.challenge)}<span>${this.#instruction(u)}</span>
              </div>
              <p class="steps">${t.livenessProgress(done, this.challenges.length)}</p>`
          : nothing
      }
      ${
        this.phase === 'ready' && !cameraError
          ? html`<p>${t.livenessIntro}</p>
              <div class="actions">
                <button part="primary-button" ?disabled=${!live} @click=${() => this.start()}>
                  ${t.livenessStart}
                </button>
                ${this.#cantDo()}
              </div>`
          : nothing
      }
      ${this.phase === 'running' && !cameraError ? html`<div class="actions">${this.#cantDo()}</div>` : nothing}
      ${
        this.phase === 'failed'
          ? html`<div class="problem" role="alert"><p>${t.livenessTimeout}</p></div>
              <div class="actions">
                <button part="primary-button" ?disabled=${!live} @click=${() => this.start()}>${t.retry}</button>
                ${this.#cantDo()}
              </div>`
          : nothing
      }
      ${this.phase === 'fallback' && this.fallbackReason && !cameraError ? this.#renderFallback(this.fallbackReason) : nothing}
    `;
  }

  /** "I can't do these movements": straight to the one-photo fallback. */
  #cantDo(): TemplateResult {
    return html`<button class="secondary" part="cant-do-button" @click=${() => this.#fallback('applicant_choice')}>
      ${this.t.livenessCantDo}
    </button>`;
  }

  #renderFallback(reason: LivenessFallbackReason): TemplateResult {
    const t = this.t;
    const live = this.camera.status === 'live';
    return html`<div class="fallback" part="fallback">
      <p role="status">${t.livenessFallback[reason]}</p>
      <div class="actions">
        <button part="primary-button" ?disabled=${!live || this.busy} @click=${() => void this.#photo()}>
          ${t.livenessPhoto}
        </button>
        ${
          this.handoff
            ? html`<button class="secondary" part="handoff-button" @click=${() => this.#emit('vl-handoff', {})}>
                ${t.handoffOffer}
              </button>`
            : nothing
        }
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
