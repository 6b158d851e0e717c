import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CaptureKind, DocumentRead, DocumentType } from '../../api/schemas.js';
import { encodeFreshFrame } from '../../capture/fresh-frame.js';
import { ENCODING, isDocumentKind, type CapturedImage } from '../../capture/types.js';
import type { DocumentReadIssue } from '../../document/assess.js';
import { documentForMeta } from '../../document/for-meta.js';
import { barcodeWasmUrl, carriesBarcode } from '../../document/barcode-side.js';
import { carriesMrz } from '../../document/mrz-side.js';
import type { DocumentScan, ReadTargets } from '../../document/reader-protocol.js';
import {
  CameraController,
  type CameraMemory,
  type CameraStatus,
  type Facing,
} from '../../controllers/camera-controller.js';
import { FaceDetectionController } from '../../controllers/face-detection-controller.js';
import type { ErrorCode } from '../../events/events.js';
import { en } from '../../i18n/registry.js';
import type { GuidanceState, Translation } from '../../i18n/translation.js';
import { cameraStyles } from '../../styles/camera.styles.js';
import { componentStyles, tokens } from '../../styles/tokens.styles.js';
import { VerilockElement } from '../base/verilock-element.js';
import { cameraPicker, cameraProblem, handoffButton, torchToggle } from './camera-parts.js';
import './camera-view.js';
import { captureStyles } from './capture.styles.js';
import { documentIssue } from './document-issue.js';
import { DocumentQualityController } from './document-quality-controller.js';
import { DocumentReadingController } from './document-reading-controller.js';
import { encodeChosenFile, fileButton, takeChosenFile } from './file-fallback.js';
import { SelfieGuidanceController } from './selfie-guidance-controller.js';

// The shared capture types moved to src/capture/; these names stay importable from here.
export { ENCODING, type CapturedImage } from '../../capture/types.js';

/**
 * One camera capture: live preview with a document frame or face oval, manual shutter, camera
 * switch, and (for documents) a file-upload fallback. Owns its camera: the stream stops when the
 * element leaves the DOM, except after a photo or a file was taken, when it is handed over to the next
 * camera step for a short while (a retake, the next side or the selfie on the same camera: see
 * src/camera/warm-stream.ts). Internal to `<verilock-flow>`.
 *
 * On-device guidance and auto-capture come from a {@link DocumentQualityController} (documents) or a
 * {@link SelfieGuidanceController} (selfie); the preview and shutter are a `<verilock-camera-view>`.
 * The side of a document that carries its MRZ (or, a driving licence's back, its barcode) is also read on the device ({@link DocumentReadingController}):
 * a valid reading takes the photo at once and goes into `meta.document`; an expired document, or one
 * contradicting the chosen type or country, is explained here before anything is sent.
 *
 * @fires vl-captured - `{ detail: CapturedImage }` when a photo was taken or a file chosen.
 * @fires vl-camera-status - `{ detail: { status, facing } }` on every camera status change.
 * @fires vl-camera-error - `{ detail: { code } }` when the camera cannot be used.
 * @fires vl-choose-document - the applicant wants to choose another document (after a reading was explained).
 * @fires vl-handoff - the applicant chose to continue on a phone (offered with camera errors when `handoff` is set).
 * @fires vl-vision-error - `{ detail: { error: VisionLoadError } }` once, when on-device vision cannot be used
 *   (the step goes on with the shutter, and the file for documents, under a one-line notice).
 * @csspart camera - the preview box.
 * @csspart video - the `<video>` element.
 * @csspart shutter - the shutter button.
 * @csspart camera-picker - the camera picker (when more than one camera fits the step).
 * @csspart torch-button - the torch toggle (documents, where the camera has a torch).
 * @csspart vision-notice - the one-line notice shown when on-device vision is unavailable.
 * @csspart document-issue - the explanation of a document that was read but cannot be used (expired, other type or country).
 */
export class VerilockCapture extends VerilockElement {
  static override styles = [tokens, componentStyles, cameraStyles, captureStyles];

  @property({ type: String }) kind: CaptureKind = 'document_front';
  @property({ attribute: false }) t: Translation = en;
  /** Largest file the applicant may choose (bytes). */
  @property({ attribute: false }) maxInputBytes = 10 * 1024 * 1024;
  /** Guidance from on-device vision, shown over the preview (`null`: none). */
  @property({ attribute: false }) guidance: GuidanceState | null = null;
  @state() busy = false;
  @state() fileProblem: string | null = null;
  /** Where MediaPipe's assets are served; `null` turns on-device guidance off (manual shutter only). */
  @property({ attribute: false }) assetsBase: string | null = null;
  /** On-device vision could not load: manual capture only. */
  @state() visionFailed = false;
  /** 0..1 progress toward auto-capture. */
  @state() progress = 0;
  /** Offer "continue on your phone" when the camera fails (the session allows it, this is not the phone). */
  @property({ attribute: false }) handoff = false;
  /** The document type the applicant chose, or the session fixed (null: not chosen). */
  @property({ attribute: false }) documentType: DocumentType | null = null;
  /** The document's country (ISO alpha-2) the applicant chose, or the session fixed (null: any). */
  @property({ attribute: false }) country: string | null = null;
  /** A document read but not usable, explained until the applicant retakes or chooses again. */
  @state() readIssue: DocumentReadIssue | null = null;
  /** What was read from the document for the photo being taken (goes into `meta.document`). */
  #read: DocumentRead | null = null;

  #detector: FaceDetectionController | null = null;
  #visionMarked = false;
  #ready = (): boolean => !this.busy && !this.readIssue && this.camera.status === 'live';
  #document = new DocumentQualityController(this, {
    ready: this.#ready,
    guidance: () => this.guidance,
    setGuidance: (state) => this.#setGuidance(state),
    capture: () => void this.shoot(),
  });
  #reading = new DocumentReadingController(this, {
    ready: this.#ready,
    choice: () => ({ type: this.documentType, country: this.country }),
    targets: () => this.#readTargets(),
    onValid: (result) => {
      this.#read = result.reading;
      this.#setGuidance('capturing');
      void this.shoot();
    },
    onIssue: (issue) => this.#explain(issue),
  });
  #selfie = new SelfieGuidanceController({
    ready: this.#ready,
    setGuidance: (state) => this.#setGuidance(state),
    setProgress: (progress) => (this.progress = progress),
    capture: (extra) => void this.shoot(extra),
  });

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
    this.camera = new CameraController(this, {
      facing: 'environment',
      idealWidth: 1920,
      idealHeight: 1080,
      onStatus: (status: CameraStatus, facing: Facing) => {
        this.emit('vl-camera-status', { status, facing });
        this.#onCameraStatus(status);
        if (status === 'error' && this.camera.error) this.emit('vl-camera-error', { code: this.camera.error });
      },
    });
  }

  /** Starts or stops on-device guidance with the camera. */
  #onCameraStatus(status: CameraStatus): void {
    const video = this.video;
    const vision = this.assetsBase !== null && !this.visionFailed;
    if (status === 'live') this.#visionMarked = false;
    // Reading needs no MediaPipe: it runs whenever on-device guidance is on, even if the face detector failed.
    if (status === 'live' && video && this.assetsBase !== null && this.#reads()) {
      this.#read = null;
      this.#reading.start(video);
    } else if (status !== 'live') this.#reading.stop();
    if (status === 'live' && video && this.kind === 'selfie' && vision) {
      this.#selfie.start();
      this.#faceDetector().attach(video);
    } else if (status === 'live' && video && isDocumentKind(this.kind)) {
      if (this.#document.start(video, this.kind, vision)) this.#faceDetector().attach(video);
    } else if (status !== 'live') {
      this.#detector?.detach();
      this.#document.stop();
    }
  }

  /** What this step's side is read for: its MRZ, its barcode (a driving licence's back), or both. */
  #readTargets(): ReadTargets {
    return {
      mrz: carriesMrz(this.kind, this.documentType),
      barcodes:
        this.assetsBase !== null && carriesBarcode(this.kind, this.documentType, this.country)
          ? barcodeWasmUrl(this.assetsBase)
          : null,
    };
  }

  /** This step's side carries an MRZ or a barcode (and module workers exist to read it). */
  #reads(): boolean {
    const targets = this.#readTargets();
    return typeof Worker !== 'undefined' && (targets.mrz || targets.barcodes !== null);
  }

  /**
   * One reading of a shutter photo or a chosen file (unless the live preview already read it). Returns
   * the reading to send, or `false` when the reading must be explained first (nothing is sent).
   */
  async #readCaptured(blob: Blob): Promise<DocumentRead | null | false> {
    if (this.#read) return this.#read;
    if (!this.#reads()) return null;
    const result: DocumentScan | null = await this.#reading.readImage(blob);
    const verdict = this.#reading.assess(result);
    if (verdict.kind === 'explain') {
      this.#explain(verdict.issue);
      return false;
    }
    return result?.reading ?? null;
  }

  #explain(issue: DocumentReadIssue): void {
    this.#reading.stop();
    this.#document.stop();
    this.readIssue = issue;
    this.emit('vl-guidance', { text: this.t.documentReadIssue[issue].title });
  }

  /** Retake after an explained reading: the preview (and its reading) start again. */
  #retakeAfterIssue(): void {
    this.readIssue = null;
    this.#read = null;
    this.busy = false;
    if (this.camera.status === 'live') this.#onCameraStatus('live');
    else void this.camera.retry();
  }

  #faceDetector(): FaceDetectionController {
    this.#detector ??= new FaceDetectionController(this, {
      assetsBase: this.assetsBase ?? '',
      mode: 'detect',
      onResult: (r) => {
        // For the bench: when a camera step got its first on-device vision result.
        if (!this.#visionMarked) performance.mark('verilock-vision-result', { detail: this.kind });
        this.#visionMarked = true;
        if (isDocumentKind(this.kind)) this.#document.onFaces(r);
        else this.#selfie.onFaces(r);
      },
      onError: (error) => {
        this.visionFailed = true;
        if (!isDocumentKind(this.kind)) this.#setGuidance(null);
        this.emit('vl-guidance', { text: this.#visionNotice() });
        this.emit('vl-vision-error', { error });
      },
    });
    return this.#detector;
  }

  /** The one line shown (and announced) when on-device vision is unavailable: what still works. */
  #visionNotice(): string {
    return isDocumentKind(this.kind) ? this.t.manualCaptureOrFile : this.t.manualCaptureOnly;
  }

  #setGuidance(state: GuidanceState | null): void {
    this.guidance = state;
    if (state) this.emit('vl-guidance', { text: this.t.guidance[state] });
  }

  get video(): HTMLVideoElement | null {
    return this.renderRoot.querySelector('video');
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Before the render, so the preview is mirrored (or not) from the first frame and no second update follows.
    if (!changed.has('kind')) return;
    this.camera.facing = isDocumentKind(this.kind) ? 'environment' : 'user';
    if (changed.get('kind') !== undefined) void this.camera.retry();
  }

  override firstUpdated(): void {
    // The video is rendered by the camera view, which updates after this element.
    void this.renderRoot.querySelector('verilock-camera-view')?.updateComplete.then(() => {
      const video = this.video;
      if (video) void this.camera.start(video);
    });
  }

  /** Takes the photo now (shutter button, or auto-capture from on-device vision). */
  async shoot(extra: Pick<CapturedImage, 'quality' | 'faceBox'> = {}): Promise<void> {
    const video = this.video;
    if (!video || this.busy || this.camera.status !== 'live') return;
    this.busy = true;
    this.#document.stop();
    this.#reading.stop();
    const doc = isDocumentKind(this.kind);
    if (doc && !extra.quality) {
      const quality = this.#document.quality(this.kind);
      if (quality) extra = { ...extra, quality };
    }
    try {
      const { image } = await encodeFreshFrame(video, ENCODING[doc ? 'document' : 'face']);
      const read = doc ? await this.#readCaptured(image.blob) : null;
      if (read === false) return;
      this.#detector?.detach();
      this.camera.stop({ keepWarm: true }); // for a retake, or the next step on this same camera
      const reading = documentForMeta(read);
      const document = reading ? { document: reading } : {};
      this.emit('vl-captured', { ...image, source: 'camera', ...extra, ...document } satisfies CapturedImage);
    } catch {
      this.busy = false;
    }
  }

  async #onFile(e: Event): Promise<void> {
    const file = takeChosenFile(e);
    if (!file) return;
    this.fileProblem = null;
    this.busy = true;
    const side = this.kind === 'document_back' ? 'back' : 'front';
    const chosen = await encodeChosenFile(file, this.t, this.maxInputBytes, side, this.assetsBase);
    if ('problem' in chosen) {
      this.fileProblem = chosen.problem;
      this.busy = false;
      return;
    }
    this.#read = null;
    const read = await this.#readCaptured(chosen.image.blob);
    if (read === false) return void (this.busy = false);
    this.camera.stop({ keepWarm: true });
    const reading = documentForMeta(read);
    const document = reading ? { document: reading } : {};
    this.emit('vl-captured', { ...chosen.image, source: 'file', ...document } satisfies CapturedImage);
  }

  #problem(code: ErrorCode) {
    const handoff = this.handoff ? handoffButton(this.t, () => this.emit('vl-handoff', {})) : nothing;
    const wayOn = html`${cameraPicker(this.t, this.camera)} ${handoff}`;
    return cameraProblem(this.t, code, () => void this.camera.retry(), wayOn);
  }

  override render() {
    const t = this.t;
    const cam = this.camera;
    const doc = isDocumentKind(this.kind);
    const live = cam.status === 'live';
    const notes = html`
      ${cam.status === 'error' ? nothing : cameraPicker(t, cam)}
      ${
        this.kind === 'selfie' && this.assetsBase !== null && live && !this.visionFailed
          ? html`<p class="muted note">${t.autoCaptureOn}</p>`
          : nothing
      }
      ${this.visionFailed && live ? html`<p class="muted note" part="vision-notice">${this.#visionNotice()}</p>` : nothing}
      ${this.fileProblem ? html`<p class="file-error" role="alert">${this.fileProblem}</p>` : nothing}
      ${
        this.readIssue
          ? documentIssue(t, this.readIssue, {
              retake: () => this.#retakeAfterIssue(),
              chooseAgain: () => this.emit('vl-choose-document', {}),
            })
          : nothing
      }
    `;
    const actions = html`
      ${torchToggle(t, cam)}
      ${
        cam.canSwitch && live && cam.cameras.length < 2
          ? html`<button class="secondary" @click=${() => void cam.switchCamera()}>${t.switchCamera}</button>`
          : nothing
      }
      ${doc ? fileButton(t, this.busy, (e) => void this.#onFile(e)) : nothing}
    `;
    return html`
      ${cam.status === 'error' && cam.error ? this.#problem(cam.error) : nothing}
      ${cam.status === 'requesting' && cam.promptSlow ? html`<p class="help" role="status">${t.cameraPromptHelp}</p>` : nothing}
      <verilock-camera-view
        shape=${doc ? 'document' : 'face'}
        .mirror=${cam.facing === 'user'}
        .label=${t.captureTitle[this.kind]}
        .live=${live}
        .unavailable=${cam.status === 'error'}
        .starting=${t.cameraStarting}
        .status=${this.guidance ? t.guidance[this.guidance] : null}
        .good=${this.guidance === 'good' || this.guidance === 'capturing'}
        .shutter=${t.shutter}
        .shutterDisabled=${!live || this.busy || this.readIssue !== null}
        .notes=${notes}
        .actions=${actions}
        @vl-shutter=${() => void this.shoot()}
      ></verilock-camera-view>
    `;
  }
}
