/**
 * When to take a document front by itself: the portrait printed on it is found (a face, possibly
 * small), held steady, and the latest quality verdict of the frame is good — for `holdMs` in a row.
 * Pure: callers pass timestamps (ms), face boxes and the quality verdict.
 *
 * Only fronts are taken automatically: a passport or ID front carries a portrait to anchor on; a back
 * has nothing that tells a document from any textured surface, so the back stays a manual shot.
 */
import type { GreyImage } from './document-quality.js';
import { AutoCaptureDecider, type FaceBox } from './face-guidance.js';
import { FrameMotionMeter, SteadinessJudge, type SteadinessConfig, type SteadinessVerdict } from './steadiness.js';

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

/**
 * Steadiness of a document portrait: judged on the face box only. The portrait is small, so the
 * detector's jitter is a larger share of its width than on a selfie: the limits are wider.
 */
export const PORTRAIT_STEADINESS: Partial<SteadinessConfig> = { maxDrift: 0.4, maxScaleDrift: 0.4, maxJitter: 0.12 };

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
  private readonly steady = new SteadinessJudge(PORTRAIT_STEADINESS);
  private readonly decider: AutoCaptureDecider;

  constructor(config: Partial<PortraitConfig> = {}) {
    this.config = { ...DEFAULT_PORTRAIT_CONFIG, ...config };
    this.decider = new AutoCaptureDecider(this.config.holdMs);
  }

  /** Returns the portrait found in this frame (or null) and whether to capture now (once per arming). */
  update(frame: DocumentFrame): { portrait: FaceBox | null; capture: boolean } {
    const portrait = findPortrait(frame.faces, frame.width, this.config);
    const steady = portrait ? this.steady.push({ t: frame.t, face: portrait }).steady : (this.steady.reset(), false);
    const capture = this.decider.update(frame.t, steady && frame.qualityOk === true);
    return { portrait, capture };
  }

  reset(): void {
    this.steady.reset();
    this.decider.reset();
  }
}

export interface BackFrame {
  t: number;
  /** Latest quality verdict of the preview (`null` while none has been measured). */
  qualityOk: boolean | null;
  /** A small grey thumbnail of the preview (e.g. 64×48), sampled about every 100 ms. */
  thumb: GreyImage;
}

/**
 * Steadiness of a document back: judged on the whole frame's path (see ./steadiness.ts), sampled about
 * every 100 ms.
 */
export const BACK_STEADINESS: Partial<SteadinessConfig> = { windowMs: 700, minSpanMs: 500 };

/**
 * When to take a document back by itself: the frame has been good (sharp, lit, no glare) and steady
 * for `holdMs` — a hand's tremor and slow sway are steady, a sudden move or a shaking camera are not.
 * A back has no portrait to confirm a document is there; the applicant has just shown the front of
 * the same card.
 */
export class DocumentBackAutoCapture {
  private readonly decider: AutoCaptureDecider;
  private readonly meter = new FrameMotionMeter();
  private readonly steady = new SteadinessJudge(BACK_STEADINESS);
  /** The last steadiness verdict (null before the first measured step). */
  steadiness: SteadinessVerdict | null = null;

  constructor(readonly holdMs = 1000) {
    this.decider = new AutoCaptureDecider(holdMs);
  }

  /** Returns true once, when the picture should be taken. */
  update(frame: BackFrame): boolean {
    const motion = this.meter.push(frame.t, frame.thumb);
    this.steadiness = motion ? this.steady.push({ t: frame.t, frame: motion }) : null;
    const steady = this.steadiness?.steady ?? false;
    return this.decider.update(frame.t, frame.qualityOk === true && steady);
  }

  reset(): void {
    this.meter.reset();
    this.steady.reset();
    this.steadiness = null;
    this.decider.reset();
  }
}
