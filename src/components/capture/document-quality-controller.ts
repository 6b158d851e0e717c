import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CaptureKind } from '../../api/schemas.js';
import { documentGuidance, documentQualityRecord, measureSize } from '../../capture/document-guidance.js';
import type { FaceFrameResult } from '../../controllers/face-detection-controller.js';
import type { GuidanceState } from '../../i18n/translation.js';
import { DocumentAutoCapture, DocumentBackAutoCapture } from '../../vision/document-capture.js';
import { qualityVerdict, type DocumentMetrics } from '../../vision/document-quality.js';
import { QualityClient } from '../../vision/quality-client.js';
import { ThumbnailSampler } from '../../vision/thumbnail.js';

/** How often a document preview frame is measured (ms). */
const QUALITY_INTERVAL_MS = 700;
/** How often a document back's preview is sampled for steadiness (a 64×48 thumbnail, well under 1 ms). */
const MOTION_INTERVAL_MS = 100;

/** What the document-quality controller needs from its step. */
export interface DocumentQualityOptions {
  /** The camera is live and no photo is being taken. */
  ready(): boolean;
  /** The guidance shown now. */
  guidance(): GuidanceState | null;
  setGuidance(state: GuidanceState): void;
  /** Take the photo now (auto-capture). */
  capture(): void;
}

/**
 * Document guidance and auto-capture: measures preview frames off the main thread (sharpness, brightness,
 * glare) and turns the verdict into guidance; takes a front by itself once its portrait is found, steady
 * and the frame is good, and a back once the frame has been good and steady for a while.
 */
export class DocumentQualityController implements ReactiveController {
  #opts: DocumentQualityOptions;
  #front = new DocumentAutoCapture();
  #back = new DocumentBackAutoCapture();
  #thumbs = new ThumbnailSampler();
  #quality: QualityClient | null = null;
  #qualityTimer: ReturnType<typeof setInterval> | undefined;
  #motionTimer: ReturnType<typeof setInterval> | undefined;
  #measuring = false;
  #lastMetrics: DocumentMetrics | null = null;
  #portraitSeen = false;
  #portraitWatched = false;

  constructor(host: ReactiveControllerHost, opts: DocumentQualityOptions) {
    this.#opts = opts;
    host.addController(this);
  }

  /**
   * Starts measuring a live preview. `vision`: on-device vision may run (a front then also watches for its
   * portrait through {@link onFaces}, a back for steadiness). Returns whether the front wants faces.
   */
  start(video: HTMLVideoElement, kind: CaptureKind, vision: boolean): boolean {
    this.stop();
    this.#lastMetrics = null;
    this.#back.reset();
    let measuring = true;
    try {
      this.#quality ??= new QualityClient();
    } catch {
      measuring = false; // no module workers: manual capture without hints
    }
    if (measuring) {
      this.#qualityTimer = setInterval(() => void this.#measure(video), QUALITY_INTERVAL_MS);
      if (kind === 'document_back' && vision)
        this.#motionTimer = setInterval(() => this.#watchBack(video), MOTION_INTERVAL_MS);
    }
    if (kind !== 'document_front' || !vision) return false;
    this.#front.reset();
    this.#portraitWatched = true;
    return true;
  }

  /** Stops measuring (the camera is no longer live, or the photo is being taken). */
  stop(): void {
    clearInterval(this.#qualityTimer);
    clearInterval(this.#motionTimer);
    this.#qualityTimer = undefined;
    this.#motionTimer = undefined;
  }

  hostDisconnected(): void {
    this.stop();
    this.#quality?.close();
    this.#quality = null;
  }

  /** The quality figures to send with the photo (none before the first measurement). */
  quality(kind: CaptureKind): Record<string, number> | undefined {
    const m = this.#lastMetrics;
    if (!m) return undefined;
    return documentQualityRecord(m, kind === 'document_front' && this.#portraitWatched ? this.#portraitSeen : null);
  }

  /** A face-detection result on a document front: auto-capture once the portrait is steady and the frame good. */
  onFaces(r: FaceFrameResult): void {
    if (!this.#opts.ready()) return;
    const { portrait, capture } = this.#front.update({
      t: r.t,
      faces: r.faces,
      width: r.width,
      qualityOk: this.#qualityOk(),
    });
    this.#portraitSeen ||= portrait !== null;
    if (capture) this.#capture();
  }

  #qualityOk(): boolean | null {
    return this.#lastMetrics ? qualityVerdict(this.#lastMetrics).ok : null;
  }

  #capture(): void {
    this.#opts.setGuidance('capturing');
    this.#opts.capture();
  }

  async #measure(video: HTMLVideoElement): Promise<void> {
    if (this.#measuring || !this.#opts.ready() || !this.#quality || !video.videoWidth) return;
    this.#measuring = true;
    try {
      const size = measureSize(video.videoWidth, video.videoHeight);
      const bitmap = await createImageBitmap(video, { resizeWidth: size.width, resizeHeight: size.height });
      const metrics = await this.#quality.measure(bitmap);
      if (!this.#opts.ready()) return;
      this.#lastMetrics = metrics;
      const state = documentGuidance(metrics);
      if (state !== this.#opts.guidance()) this.#opts.setGuidance(state);
    } catch {
      /* a frame that cannot be measured is skipped */
    } finally {
      this.#measuring = false;
    }
  }

  /** A back is taken by itself once the frame has been good and steady for a while. */
  #watchBack(video: HTMLVideoElement): void {
    if (!this.#opts.ready() || !video.videoWidth || this.#opts.guidance() === 'capturing') return;
    const thumb = this.#thumbs.sample(video);
    if (!thumb) return;
    if (this.#back.update({ t: performance.now(), qualityOk: this.#qualityOk(), thumb })) this.#capture();
  }
}
