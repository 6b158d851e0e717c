/**
 * Active-liveness signals from face landmarks: eye aspect ratio and blinks, head yaw, mouth width.
 * See ./liveness.ts for what each signal means and how it was measured. Pure: no DOM, no clock.
 */
import { MESH, distance, faceWidth, median, point, type Landmark } from './geometry.js';

type Eye = (typeof MESH)['eyeA'] | (typeof MESH)['eyeB'];

/** Eye aspect ratio: lid opening / eye width (≈ 0.35 open, ≈ 0.2 closed with the refined model). */
export function eyeAspectRatio(landmarks: readonly Landmark[], eye: Eye, aspect = 1): number {
  const width = distance(point(landmarks, eye.outer), point(landmarks, eye.inner), aspect);
  return width > 0 ? distance(point(landmarks, eye.upper), point(landmarks, eye.lower), aspect) / width : 0;
}

/** Mean EAR of both eyes. */
export function meanEyeAspectRatio(landmarks: readonly Landmark[], aspect = 1): number {
  return (eyeAspectRatio(landmarks, MESH.eyeA, aspect) + eyeAspectRatio(landmarks, MESH.eyeB, aspect)) / 2;
}

/**
 * Yaw ratio: where the nose tip sits between the two face-contour points, minus one half.
 * 0 ≈ frontal; > 0 = the applicant turned to their own left; < 0 = to their own right.
 */
export function yawRatio(landmarks: readonly Landmark[]): number {
  const left = point(landmarks, MESH.cheekImageLeft).x;
  const right = point(landmarks, MESH.cheekImageRight).x;
  const span = right - left;
  if (Math.abs(span) < 1e-6) return 0;
  return (point(landmarks, MESH.noseTip).x - left) / span - 0.5;
}

/**
 * Yaw angle in degrees from the 3D landmarks: the angle of the cheek-to-cheek line in the x–z
 * plane. Same sign convention as {@link yawRatio}. A cross-check only: the landmark model's z is a
 * relative depth, so thresholds are set on the ratio, which was measured.
 */
export function yawDegrees(landmarks: readonly Landmark[], aspect = 1): number {
  const a = point(landmarks, MESH.cheekImageLeft);
  const b = point(landmarks, MESH.cheekImageRight);
  return (Math.atan2((b.z ?? 0) - (a.z ?? 0), (b.x - a.x) * aspect) * 180) / Math.PI;
}

/** Mouth width (corners 61–291) / face width (234–454): ≈ 0.47 neutral, ≈ 0.56 smiling. */
export function mouthRatio(landmarks: readonly Landmark[], aspect = 1): number {
  const fw = faceWidth(landmarks, aspect);
  return fw > 0 ? distance(point(landmarks, MESH.mouthLeft), point(landmarks, MESH.mouthRight), aspect) / fw : 0;
}

/** What {@link BlinkDetector.push} reports for one frame. */
export interface BlinkSample {
  /** EAR / running median, or NaN while the history is too short. */
  ratio: number;
  /** Below the threshold on this frame. */
  closed: boolean;
  /** True on the frame where a closure run reaches the minimum length (one event per closure). */
  blink: boolean;
}

/** Blink detector with a running baseline (median of the previous `window` EAR values). */
export class BlinkDetector {
  private readonly history: number[] = [];
  private run = 0;
  constructor(
    readonly threshold = 0.8,
    readonly minFrames = 2,
    readonly window = 30,
    readonly minHistory = 10,
  ) {}

  /** Seeds the history (e.g. with the baseline frames). */
  seed(values: readonly number[]): void {
    for (const v of values) this.remember(v);
  }

  push(ear: number): BlinkSample {
    const ratio = this.history.length >= this.minHistory ? ear / median(this.history) : Number.NaN;
    const closed = ratio < this.threshold;
    this.run = closed ? this.run + 1 : 0;
    this.remember(ear);
    return { ratio, closed, blink: closed && this.run === this.minFrames };
  }

  private remember(v: number): void {
    this.history.push(v);
    if (this.history.length > this.window) this.history.shift();
  }
}
