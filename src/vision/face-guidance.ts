/**
 * Selfie guidance from FaceDetector output: one state per frame, steadiness (face and frame, see
 * ./steadiness.ts) and an auto-capture decider. Pure: no DOM, no clock (callers pass timestamps in ms).
 */
import type { GreyImage } from './document-quality.js';
import {
  DEFAULT_STEADINESS,
  FrameMotionMeter,
  SteadinessJudge,
  type SteadinessConfig,
  type SteadinessVerdict,
} from './steadiness.js';

/** What the applicant is told, in order of precedence. */
export type GuidanceState =
  'no_face' | 'multiple_faces' | 'too_dark' | 'too_far' | 'too_close' | 'off_centre' | 'hold_still' | 'good';

/** A face box in pixels of the frame, with the detector's score. */
export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
}

/** The structural subset of a MediaPipe `Detection` that is read here. */
export interface DetectionLike {
  boundingBox?: { originX: number; originY: number; width: number; height: number };
  categories: readonly { score: number }[];
}

/**
 * Converts FaceDetector detections to {@link FaceBox}es (detections without a box are dropped), in the
 * frame's pixels: `scale` is the frame's size over the size of the picture the detector was given.
 */
export function toFaceBoxes(detections: readonly DetectionLike[], scale = 1): FaceBox[] {
  const boxes: FaceBox[] = [];
  for (const d of detections) {
    if (!d.boundingBox) continue;
    const { originX, originY, width, height } = d.boundingBox;
    const [x, y, w, h] = [originX * scale, originY * scale, width * scale, height * scale];
    boxes.push({ x, y, width: w, height: h, score: d.categories[0]?.score ?? 0 });
  }
  return boxes;
}

/** Thresholds; the defaults suit a 640×480 front camera at arm's length. */
export interface GuidanceConfig {
  /** Faces scoring below this are ignored (the detector itself runs at 0.7). */
  minScore: number;
  /** Face box width / frame width below this is too far. */
  minFaceWidth: number;
  /** … above this is too close. */
  maxFaceWidth: number;
  /** Max distance of the face centre from the frame centre, as fractions of width / height. */
  maxOffsetX: number;
  maxOffsetY: number;
  /** Mean luma (0–255) below this is too dark. */
  minBrightness: number;
  /** How still the face and the frame must be (see {@link SteadinessJudge}). */
  steadiness: SteadinessConfig;
  /** Time the state must stay `good` before auto-capture (ms). */
  captureAfterMs: number;
}

export const DEFAULT_GUIDANCE_CONFIG: GuidanceConfig = {
  minScore: 0.7,
  minFaceWidth: 0.15,
  maxFaceWidth: 0.65,
  maxOffsetX: 0.2,
  maxOffsetY: 0.22,
  minBrightness: 50,
  steadiness: DEFAULT_STEADINESS,
  captureAfterMs: 700,
};

/** Inputs for one frame. */
export interface GuidanceFrame {
  t: number;
  faces: readonly FaceBox[];
  width: number;
  height: number;
  /** Mean luma 0–255 of the frame, or null when not measured. */
  brightness: number | null;
  /** A small grey thumbnail of the frame (e.g. 64×48), for the whole-frame motion; omitted: not judged. */
  thumb?: GreyImage | null;
}

/**
 * The framing state of one frame, before steadiness: `hold_still` is never returned here (see
 * {@link FaceGuidance}), `good` means "well framed".
 */
export function framingState(
  frame: Omit<GuidanceFrame, 't'>,
  config: GuidanceConfig = DEFAULT_GUIDANCE_CONFIG,
): GuidanceState {
  const faces = frame.faces.filter((f) => f.score >= config.minScore);
  if (frame.brightness !== null && frame.brightness < config.minBrightness) return 'too_dark';
  if (faces.length === 0) return 'no_face';
  if (faces.length > 1) return 'multiple_faces';
  const face = faces[0]!;
  const relWidth = face.width / frame.width;
  if (relWidth < config.minFaceWidth) return 'too_far';
  if (relWidth > config.maxFaceWidth) return 'too_close';
  const dx = (face.x + face.width / 2) / frame.width - 0.5;
  const dy = (face.y + face.height / 2) / frame.height - 0.5;
  if (Math.abs(dx) > config.maxOffsetX || Math.abs(dy) > config.maxOffsetY) return 'off_centre';
  return 'good';
}

/** Fires once when a condition has held continuously for `holdMs`; re-arms after `reset()`. */
export class AutoCaptureDecider {
  private since: number | null = null;
  private fired = false;
  constructor(readonly holdMs = DEFAULT_GUIDANCE_CONFIG.captureAfterMs) {}

  /** Time the condition has held so far (ms), 0 when it does not hold. */
  heldFor(t: number): number {
    return this.since === null ? 0 : t - this.since;
  }

  /** Returns true exactly once, on the first frame after `ok` held for `holdMs`. */
  update(t: number, ok: boolean): boolean {
    if (!ok) {
      this.since = null;
      return false;
    }
    this.since ??= t;
    if (!this.fired && t - this.since >= this.holdMs) {
      this.fired = true;
      return true;
    }
    return false;
  }

  /** Allows another capture (e.g. after a retake). */
  reset(): void {
    this.since = null;
    this.fired = false;
  }
}

/** The outcome of one frame. */
export interface GuidanceUpdate {
  state: GuidanceState;
  /** The state differs from the previous frame's (announce it in the live region). */
  changed: boolean;
  /** Take the picture now (fires once per arming). */
  capture: boolean;
  /** The face when exactly one was found. */
  face: FaceBox | null;
  /** 0..1 progress toward auto-capture (for a ring or bar). */
  progress: number;
  /** The steadiness measures of this frame (null when the framing is not good). */
  steadiness: SteadinessVerdict | null;
}

/** Combines framing, steadiness and auto-capture for the selfie step. */
export class FaceGuidance {
  readonly config: GuidanceConfig;
  private readonly steady: SteadinessJudge;
  private readonly motion: FrameMotionMeter;
  private readonly decider: AutoCaptureDecider;
  private last: GuidanceState | null = null;

  constructor(config: Partial<Omit<GuidanceConfig, 'steadiness'>> & { steadiness?: Partial<SteadinessConfig> } = {}) {
    this.config = {
      ...DEFAULT_GUIDANCE_CONFIG,
      ...config,
      steadiness: { ...DEFAULT_GUIDANCE_CONFIG.steadiness, ...config.steadiness },
    };
    this.steady = new SteadinessJudge(this.config.steadiness);
    this.motion = new FrameMotionMeter();
    this.decider = new AutoCaptureDecider(this.config.captureAfterMs);
  }

  update(frame: GuidanceFrame): GuidanceUpdate {
    let state = framingState(frame, this.config);
    const faces = frame.faces.filter((f) => f.score >= this.config.minScore);
    const face = faces.length === 1 ? faces[0]! : null;
    const motion = frame.thumb ? this.motion.push(frame.t, frame.thumb) : null;
    let steadiness: SteadinessVerdict | null = null;
    if (state === 'good' && face) {
      steadiness = this.steady.push({ t: frame.t, face, frame: motion });
      if (!steadiness.steady) state = 'hold_still';
    } else {
      this.steady.reset();
    }
    const capture = this.decider.update(frame.t, state === 'good');
    const changed = state !== this.last;
    this.last = state;
    return {
      state,
      changed,
      capture,
      face,
      progress: Math.min(1, this.decider.heldFor(frame.t) / this.config.captureAfterMs),
      steadiness,
    };
  }

  /** Re-arms auto-capture (after a retake). */
  reset(): void {
    this.steady.reset();
    this.motion.reset();
    this.decider.reset();
    this.last = null;
  }
}
