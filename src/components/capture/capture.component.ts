import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import type { CaptureKind, CaptureMeta } from '../../api/schemas.js';
import {
  CameraController,
  type CameraMemory,
  type CameraStatus,
  type Facing,
} from '../../controllers/camera-controller.js';
import { encodeFile, encodeVideoFrame, FileRejected, type EncodedImage } from '../../capture/encode.js';
import type { ErrorCode } from '../../events/events.js';
import type { GuidanceState, Translation } from '../../i18n/translation.js';
import { en } from '../../i18n/registry.js';
import { cameraStyles } from '../../styles/camera.styles.js';
import { cameraOverlay, cameraPicker, cameraProblem, torchToggle } from './camera-parts.js';
import { componentStyles, tokens } from '../../styles/tokens.styles.js';
import { FaceDetectionController, type FaceFrameResult } from '../../controllers/face-detection-controller.js';
import { FaceGuidance } from '../../vision/face-guidance.js';
import { DocumentAutoCapture, DocumentBackAutoCapture } from '../../vision/document-capture.js';
import { ThumbnailSampler } from '../../vision/thumbnail.js';
import { qualityVerdict, type DocumentMetrics } from '../../vision/document-quality.js';
import { QualityClient } from '../../vision/quality-client.js';

/** How often a document preview frame is measured (ms). */
const QUALITY_INTERVAL_MS = 700;
/** How often a document back's preview is sampled for steadiness (a 64×48 thumbnail, well under 1 ms). */
const MOTION_INTERVAL_MS = 100;

/** What a capture step hands to the flow: the image and where it came from. */
export interface CapturedImage extends EncodedImage {
  source: 'camera' | 'file';
  quality?: Record<string, number>;
  faceBox?: { x: number; y: number; width: number; height: number; score?: number };
  /** Liveness only: the challenge log and further evidence frames. */
  liveness?: CaptureMeta['liveness'];
  /** Liveness only: the active check passed, or the one-photo fallback (with its reason). */
  livenessMode?: NonNullable<CaptureMeta['liveness_mode']>;
  fallbackReason?: CaptureMeta['fallback_reason'];
  extraFiles?: Blob[];
}

/** Size rules per capture kind (documents ≥ 1600 px on the long side when the camera gives it, ≤ 500 KB). */
export const ENCODING: Record<'document' | 'face', { maxLongSide: number; maxBytes: number }> = {
  document: { maxLongSide: 2048, maxBytes: 500_000 },
  face: { maxLongSide: 1280, maxBytes: 350_000 },
};

const isDocument = (k: CaptureKind): boolean => k === 'document_front' || k === 'document_back';

/**
 * One camera capture: live preview with a document frame or face oval, manual shutter, camera
 * switch, and (for documents) a file-upload fallback. Owns its camera: the stream stops when the
 * element leaves the DOM. Internal to `<verilock-flow>`.
 *
 * @fires vl-captured - `{ detail: CapturedImage }` when a photo was taken or a file chosen.
 * @fires vl-camera-status - `{ detail: { status, facing } }` on every camera status change.
 * @fires vl-camera-error - `{ detail: { code } }` when the camera cannot be used.
 * @fires vl-handoff - the applicant chose to continue on a phone (offered with camera errors when `handoff` is set).
 * @fires vl-vision-error - `{ detail: { error: VisionLoadError } }` once, when on-device vision cannot be used
 *   (the step goes on with the shutter, and the file for documents, under a one-line notice).
 * @csspart camera - the preview box.
 * @csspart video - the `<video>` element.
 * @csspart shutter - the shutter button.
 * @csspart camera-picker - the camera picker (when more than one camera fits the step).
 * @csspart torch-button - the torch toggle (documents, where the camera has a torch).
 * @csspart vision-notice - the one-line notice shown when on-device vision is unavailable.
 */
export class VerilockCapture extends LitElement {
  static override styles = [
    tokens,
    componentStyles,
    cameraStyles,
    css`
      .overlay .outline {
        stroke-dasharray: 10 6;
      }
      .overlay.good .outline {
        stroke: #6fdc8c;
        stroke-dasharray: none;
      }
      .status {
        position: absolute;
        inset: auto 0 0 0;
        padding: 0.5em 0.75em;
        background: rgba(0, 0, 0, 0.65);
        color: #fff;
        text-align: center;
        font-weight: 600;
        min-height: 2.5em;
      }
      .starting {
        position: absolute;
        inset: 0;
        display: grid;
        place-items: center;
        color: #fff;
        padding: var(--_space);
        text-align: center;
      }
      .file-input {
        position: absolute;
        opacity: 0;
        width: 1px;
        height: 1px;
      }
      .file-error {
        color: var(--_danger);
        font-weight: 600;
      }
      .help {
        background: var(--_surface);
        border-inline-start: 4px solid var(--_accent);
        padding: 0.5em 0.75em;
        margin-bottom: var(--_space);
      }
    `,
  ];

  static override properties = {
    kind: { type: String },
    assetsBase: { attribute: false },
    visionFailed: { state: true },
    progress: { state: true },
    t: { attribute: false },
    maxInputBytes: { attribute: false },
    guidance: { attribute: false },
    busy: { state: true },
    fileProblem: { state: true },
    handoff: { attribute: false },
  };

  declare kind: CaptureKind;
  declare t: Translation;
  /** Largest file the applicant may choose (bytes). */
  declare maxInputBytes: number;
  /** Guidance from on-device vision, shown over the preview (`null`: none). */
  declare guidance: GuidanceState | null;
  declare busy: boolean;
  declare fileProblem: string | null;
  /** Where MediaPipe's assets are served; `null` turns on-device guidance off (manual shutter only). */
  declare assetsBase: string | null;
  /** On-device vision could not load: manual capture only. */
  declare visionFailed: boolean;
  /** 0..1 progress toward auto-capture. */
  declare progress: number;
  /** Offer "continue on your phone" when the camera fails (the session allows it, this is not the phone). */
  declare handoff: boolean;

  #detector: FaceDetectionController | null = null;
  #visionMarked = false;
  #guide = new FaceGuidance();
  #docAuto = new DocumentAutoCapture();
  #backAuto = new DocumentBackAutoCapture();
  #thumbs = new ThumbnailSampler();
  #motionTimer: ReturnType<typeof setInterval> | undefined;
  #portraitSeen = false;
  #quality: QualityClient | null = null;
  #qualityTimer: ReturnType<typeof setInterval> | undefined;
  #measuring = false;
  #lastMetrics: DocumentMetrics | null = null;

  readonly camera: CameraController;

  /** Camera choices shared by the session's steps (set by the flow; in memory only). */
  set cameraMemory(memory: CameraMemory) {
    this.camera.memory = memory;
  }
  get cameraMemory(): CameraMemory {
    return this.camera.memory;
  }

  constructor() {
    super();
    this.kind = 'document_front';
    this.t = en;
    this.maxInputBytes = 10 * 1024 * 1024;
    this.guidance = null;
    this.busy = false;
    this.fileProblem = null;
    this.assetsBase = null;
    this.visionFailed = false;
    this.progress = 0;
    this.handoff = false;
    this.camera = new CameraController(this, {
      facing: 'environment',
      idealWidth: 1920,
      idealHeight: 1080,
      onStatus: (status: CameraStatus, facing: Facing) => {
        this.#emit('vl-camera-status', { status, facing });
        this.#onCameraStatus(status);
        if (status === 'error' && this.camera.error) this.#emit('vl-camera-error', { code: this.camera.error });
      },
    });
  }

  /** Starts or stops on-device face guidance with the camera (selfie only). */
  #onCameraStatus(status: CameraStatus): void {
    const video = this.video;
    const vision = this.assetsBase !== null && !this.visionFailed;
    if (status === 'live') this.#visionMarked = false;
    if (status === 'live' && video && this.kind === 'selfie' && vision) {
      this.#guide.reset();
      this.#setGuidance('starting');
      this.#faceDetector().attach(video);
    } else if (status === 'live' && video && isDocument(this.kind)) {
      this.#startQuality(video);
      // A front is taken by itself once its portrait is found, steady and the frame is good.
      if (this.kind === 'document_front' && vision) {
        this.#docAuto.reset();
        this.#faceDetector().attach(video);
      }
    } else if (status !== 'live') {
      this.#detector?.detach();
      this.#stopQuality();
    }
  }

  /** Measures preview frames off the main thread and turns the verdict into guidance (documents). */
  #startQuality(video: HTMLVideoElement): void {
    this.#stopQuality();
    this.#lastMetrics = null;
    this.#backAuto.reset();
    try {
      this.#quality ??= new QualityClient();
    } catch {
      return; // no module workers: manual capture without hints
    }
    this.#qualityTimer = setInterval(() => void this.#measure(video), QUALITY_INTERVAL_MS);
    if (this.kind === 'document_back' && this.assetsBase !== null && !this.visionFailed)
      this.#motionTimer = setInterval(() => this.#watchBack(video), MOTION_INTERVAL_MS);
  }

  async #measure(video: HTMLVideoElement): Promise<void> {
    if (this.#measuring || this.busy || !this.#quality || !video.videoWidth) return;
    this.#measuring = true;
    try {
      const scale = Math.min(1, 640 / Math.max(video.videoWidth, video.videoHeight));
      const bitmap = await createImageBitmap(video, {
        resizeWidth: Math.round(video.videoWidth * scale),
        resizeHeight: Math.round(video.videoHeight * scale),
      });
      const metrics = await this.#quality.measure(bitmap);
      if (this.camera.status !== 'live' || this.busy) return;
      this.#lastMetrics = metrics;
      const { issues } = qualityVerdict(metrics);
      const issue = issues[0];
      const state: GuidanceState =
        issue === 'too_dark' ? 'too_dark' : issue === 'blurry' ? 'too_blurry' : issue ? 'glare' : 'good';
      if (state !== this.guidance) this.#setGuidance(state);
    } catch {
      /* a frame that cannot be measured is skipped */
    } finally {
      this.#measuring = false;
    }
  }

  /** A back is taken by itself once the frame has been good and steady for a while. */
  #watchBack(video: HTMLVideoElement): void {
    if (this.busy || this.camera.status !== 'live' || !video.videoWidth || this.guidance === 'capturing') return;
    const thumb = this.#thumbs.sample(video);
    if (!thumb) return;
    const qualityOk = this.#lastMetrics ? qualityVerdict(this.#lastMetrics).ok : null;
    if (this.#backAuto.update({ t: performance.now(), qualityOk, thumb })) {
      this.#setGuidance('capturing');
      void this.shoot();
    }
  }

  #stopQuality(): void {
    clearInterval(this.#qualityTimer);
    clearInterval(this.#motionTimer);
    this.#qualityTimer = undefined;
    this.#motionTimer = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopQuality();
    this.#quality?.close();
    this.#quality = null;
  }

  #faceDetector(): FaceDetectionController {
    this.#detector ??= new FaceDetectionController(this, {
      assetsBase: this.assetsBase ?? '',
      mode: 'detect',
      onResult: (r) => {
        // For the bench: when a camera step got its first on-device vision result.
        if (!this.#visionMarked) performance.mark('verilock-vision-result', { detail: this.kind });
        this.#visionMarked = true;
        if (isDocument(this.kind)) this.#onDocumentFaces(r);
        else this.#onFaces(r);
      },
      onError: (error) => {
        this.visionFailed = true;
        if (!isDocument(this.kind)) this.#setGuidance(null);
        this.#emit('vl-guidance', { text: this.#visionNotice() });
        this.#emit('vl-vision-error', { error });
      },
    });
    return this.#detector;
  }

  #onDocumentFaces(r: FaceFrameResult): void {
    if (this.busy || this.camera.status !== 'live') return;
    const qualityOk = this.#lastMetrics ? qualityVerdict(this.#lastMetrics).ok : null;
    const { portrait, capture } = this.#docAuto.update({ t: r.t, faces: r.faces, width: r.width, qualityOk });
    this.#portraitSeen ||= portrait !== null;
    if (capture) {
      this.#setGuidance('capturing');
      void this.shoot();
    }
  }

  #onFaces(r: FaceFrameResult): void {
    if (this.busy || this.camera.status !== 'live') return;
    const u = this.#guide.update({
      t: r.t,
      faces: r.faces,
      width: r.width,
      height: r.height,
      brightness: r.brightness,
      thumb: r.thumb,
    });
    this.progress = u.progress;
    if (u.changed) this.#setGuidance(u.state);
    if (u.capture && u.face) {
      const { x, y, width, height, score } = u.face;
      this.#setGuidance('capturing');
      void this.shoot({
        faceBox: { x, y, width, height, score },
        quality: { face_score: score, ...(r.brightness !== null ? { brightness: r.brightness } : {}) },
      });
    }
  }

  /** The one line shown (and announced) when on-device vision is unavailable: what still works. */
  #visionNotice(): string {
    return isDocument(this.kind) ? this.t.manualCaptureOrFile : this.t.manualCaptureOnly;
  }

  #setGuidance(state: GuidanceState | null): void {
    this.guidance = state;
    if (state) this.#emit('vl-guidance', { text: this.t.guidance[state] });
  }

  get video(): HTMLVideoElement | null {
    return this.renderRoot.querySelector('video');
  }

  override firstUpdated(): void {
    const face = !isDocument(this.kind);
    this.camera.facing = face ? 'user' : 'environment';
    const video = this.video;
    if (video) void this.camera.start(video);
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('kind') && changed.get('kind') !== undefined) {
      this.camera.facing = isDocument(this.kind) ? 'environment' : 'user';
      void this.camera.retry();
    }
  }

  /** Takes the photo now (shutter button, or auto-capture from on-device vision). */
  async shoot(extra: Pick<CapturedImage, 'quality' | 'faceBox'> = {}): Promise<void> {
    const video = this.video;
    if (!video || this.busy || this.camera.status !== 'live') return;
    this.busy = true;
    this.#stopQuality();
    const m = this.#lastMetrics;
    if (m && isDocument(this.kind) && !extra.quality) {
      const quality: Record<string, number> = { brightness: m.brightness, glare: m.glare, sharpness: m.sharpness };
      if (this.kind === 'document_front' && this.#detector) quality['portrait'] = this.#portraitSeen ? 1 : 0;
      extra = { ...extra, quality };
    }
    try {
      const image = await encodeVideoFrame(video, ENCODING[isDocument(this.kind) ? 'document' : 'face']);
      this.#detector?.detach();
      this.camera.stop();
      this.#emit('vl-captured', { ...image, source: 'camera', ...extra } satisfies CapturedImage);
    } catch {
      this.busy = false;
    }
  }

  async #onFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.fileProblem = null;
    this.busy = true;
    try {
      const image = await encodeFile(file, { ...ENCODING.document, maxInputBytes: this.maxInputBytes });
      this.camera.stop();
      this.#emit('vl-captured', { ...image, source: 'file' } satisfies CapturedImage);
    } catch (err) {
      const p = err instanceof FileRejected ? err.problem : 'unreadable';
      const t = this.t;
      this.fileProblem =
        p === 'too_large'
          ? t.fileTooLarge(Math.floor(this.maxInputBytes / (1024 * 1024)))
          : p === 'heic'
            ? t.fileHeic
            : p === 'not_image'
              ? t.fileNotImage
              : t.fileUnreadable;
      this.busy = false;
    }
  }

  #emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: false }));
  }

  #problem(code: ErrorCode) {
    const handoff = this.handoff
      ? html`<button class="secondary" part="handoff-button" @click=${() => this.#emit('vl-handoff', {})}>
          ${this.t.handoffOffer}
        </button>`
      : nothing;
    return cameraProblem(
      this.t,
      code,
      () => void this.camera.retry(),
      html`${cameraPicker(this.t, this.camera)} ${handoff}`,
    );
  }

  override render() {
    const t = this.t;
    const cam = this.camera;
    const doc = isDocument(this.kind);
    const live = cam.status === 'live';
    const good = this.guidance === 'good' || this.guidance === 'capturing';
    return html`
      ${cam.status === 'error' && cam.error ? this.#problem(cam.error) : nothing}
      ${cam.status === 'requesting' && cam.promptSlow ? html`<p class="help" role="status">${t.cameraPromptHelp}</p>` : nothing}
      <div class="camera ${doc ? 'document' : 'face'}" part="camera" ?hidden=${cam.status === 'error'}>
        <video
          part="video"
          class=${cam.facing === 'user' ? 'mirror' : ''}
          autoplay
          muted
          playsinline
          aria-label=${t.captureTitle[this.kind]}
        ></video>
        ${cameraOverlay(isDocument(this.kind) ? 'document' : 'face', good)}
        ${live ? nothing : html`<div class="starting" aria-hidden="true">${t.cameraStarting}</div>`}
        ${this.guidance && live ? html`<div class="status" aria-hidden="true">${t.guidance[this.guidance]}</div>` : nothing}
      </div>
      ${cam.status === 'error' ? nothing : cameraPicker(t, cam)}
      ${
        this.kind === 'selfie' && this.assetsBase !== null && live && !this.visionFailed
          ? html`<p class="muted note">${t.autoCaptureOn}</p>`
          : nothing
      }
      ${this.visionFailed && live ? html`<p class="muted note" part="vision-notice">${this.#visionNotice()}</p>` : nothing}
      ${this.fileProblem ? html`<p class="file-error" role="alert">${this.fileProblem}</p>` : nothing}
      <div class="actions">
        <button
          part="shutter"
          ?hidden=${cam.status === 'error'}
          ?disabled=${!live || this.busy}
          @click=${() => void this.shoot()}
        >
          ${t.shutter}
        </button>
        ${torchToggle(t, cam)}
        ${
          cam.canSwitch && live && cam.cameras.length < 2
            ? html`<button class="secondary" @click=${() => void cam.switchCamera()}>${t.switchCamera}</button>`
            : nothing
        }
        ${
          doc
            ? html`<label class="button secondary" part="file-button">
                ${t.useFile}
                <input
                  class="file-input"
                  type="file"
                  accept="image/jpeg,image/png,image/webp,image/*"
                  ?disabled=${this.busy}
                  @change=${(e: Event) => void this.#onFile(e)}
                />
              </label>`
            : nothing
        }
      </div>
    `;
  }
}
