import type { CapturedImage } from '../../capture/types.js';
import type { FaceFrameResult } from '../../controllers/face-detection-controller.js';
import type { GuidanceState } from '../../i18n/translation.js';
import { FaceGuidance } from '../../vision/face-guidance.js';

/** What the selfie-guidance controller needs from its step. */
export interface SelfieGuidanceOptions {
  /** The camera is live and no photo is being taken. */
  ready(): boolean;
  setGuidance(state: GuidanceState): void;
  /** 0..1 progress toward auto-capture. */
  setProgress(progress: number): void;
  /** Take the photo now, with the face found and its quality figures. */
  capture(extra: Pick<CapturedImage, 'quality' | 'faceBox'>): void;
}

/**
 * Selfie guidance and auto-capture: turns each face-detection result into the guidance shown over the
 * preview (framing, light, steadiness) and takes the photo once the face has been good for long enough.
 */
export class SelfieGuidanceController {
  #opts: SelfieGuidanceOptions;
  #guide = new FaceGuidance();

  constructor(opts: SelfieGuidanceOptions) {
    this.#opts = opts;
  }

  /** A fresh start on a live preview: guidance says the check is starting. */
  start(): void {
    this.#guide.reset();
    this.#opts.setGuidance('starting');
  }

  onFaces(r: FaceFrameResult): void {
    if (!this.#opts.ready()) return;
    const u = this.#guide.update({
      t: r.t,
      faces: r.faces,
      width: r.width,
      height: r.height,
      brightness: r.brightness,
      thumb: r.thumb,
    });
    this.#opts.setProgress(u.progress);
    if (u.changed) this.#opts.setGuidance(u.state);
    if (u.capture && u.face) {
      const { x, y, width, height, score } = u.face;
      this.#opts.setGuidance('capturing');
      this.#opts.capture({
        faceBox: { x, y, width, height, score },
        quality: { face_score: score, ...(r.brightness !== null ? { brightness: r.brightness } : {}) },
      });
    }
  }
}
