/**
 * When to take a document front by itself: the portrait printed on it is found (a face, possibly
 * small), held steady, and the latest quality verdict of the frame is good — for `holdMs` in a row.
 * Pure: callers pass timestamps (ms), face boxes and the quality verdict.
 *
 * Only fronts are taken automatically: a passport or ID front carries a portrait to anchor on; a back
 * has nothing that tells a document from any textured surface, so the back stays a manual shot.
 */
import { AutoCaptureDecider, SteadinessTracker, type FaceBox } from './face-guidance.js';

export interface PortraitConfig {
  /** Detections below this score are ignored. */
  minScore: number;
  /** A portrait narrower than this share of the frame is too far to read the document. */
  minWidth: number;
  /** A "portrait" wider than this share is a person's face, not a document. */
  maxWidth: number;
  /** The good frame must last this long before the capture (ms). */
  holdMs: number;
}

export const DEFAULT_PORTRAIT_CONFIG: PortraitConfig = { minScore: 0.7, minWidth: 0.05, maxWidth: 0.35, holdMs: 900 };

/** The portrait among the detections: exactly one face of a document portrait's size, or null. */
export function findPortrait(
  faces: readonly FaceBox[],
  frameWidth: number,
  config = DEFAULT_PORTRAIT_CONFIG,
): FaceBox | null {
  const candidates = faces.filter(
    (f) =>
      f.score >= config.minScore && f.width / frameWidth >= config.minWidth && f.width / frameWidth <= config.maxWidth,
  );
  return candidates.length === 1 ? candidates[0]! : null;
}

export interface DocumentFrame {
  t: number;
  faces: readonly FaceBox[];
  width: number;
  /** Latest quality verdict of the preview (`null` while none has been measured). */
  qualityOk: boolean | null;
}

export class DocumentAutoCapture {
  readonly config: PortraitConfig;
  private readonly steady = new SteadinessTracker(600, 0.15, 0.15);
  private readonly decider: AutoCaptureDecider;

  constructor(config: Partial<PortraitConfig> = {}) {
    this.config = { ...DEFAULT_PORTRAIT_CONFIG, ...config };
    this.decider = new AutoCaptureDecider(this.config.holdMs);
  }

  /** Returns the portrait found in this frame (or null) and whether to capture now (once per arming). */
  update(frame: DocumentFrame): { portrait: FaceBox | null; capture: boolean } {
    const portrait = findPortrait(frame.faces, frame.width, this.config);
    const steady = portrait ? this.steady.push(frame.t, portrait) : (this.steady.reset(), false);
    const capture = this.decider.update(frame.t, steady && frame.qualityOk === true);
    return { portrait, capture };
  }

  reset(): void {
    this.steady.reset();
    this.decider.reset();
  }
}

/**
 * Mean absolute difference (0–255) between two small grey thumbnails of successive preview frames:
 * a steadiness measure for scenes without a face to track.
 */
export function frameMotion(a: Uint8ClampedArray | Uint8Array, b: Uint8ClampedArray | Uint8Array): number {
  if (a.length !== b.length || a.length === 0) return Infinity;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

export interface BackFrame {
  t: number;
  /** Latest quality verdict of the preview (`null` while none has been measured). */
  qualityOk: boolean | null;
  /** {@link frameMotion} against the previous measured frame. */
  motion: number;
}

/**
 * When to take a document back by itself: the frame has been good (sharp, lit, no glare) and still
 * for `holdMs` — longer than a front, since a back has no portrait to confirm a document is there;
 * the applicant has just shown the front of the same card. `maxMotion` (mean grey-level change of a
 * 32×24 thumbnail between measurements 0.7 s apart) allows a hand-held card's sway: the test clip of a
 * gently swaying photo measures 4–20 (median 10), a card on a desk about 1–11.
 */
export class DocumentBackAutoCapture {
  private readonly decider: AutoCaptureDecider;
  constructor(
    readonly holdMs = 1400,
    readonly maxMotion = 16,
  ) {
    this.decider = new AutoCaptureDecider(holdMs);
  }

  update(frame: BackFrame): boolean {
    return this.decider.update(frame.t, frame.qualityOk === true && frame.motion <= this.maxMotion);
  }

  reset(): void {
    this.decider.reset();
  }
}
