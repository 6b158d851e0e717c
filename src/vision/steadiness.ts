/**
 * Is the applicant (or the card) holding still? Judged so that natural hand tremor (small, fast,
 * zero-mean), slow sway (smooth, small velocity) and detector jitter count as steady, while a sudden
 * move, a face entering or leaving and a shaking camera do not. Pure: no DOM, no clock (callers pass
 * timestamps in ms), so it is unit-tested over synthetic trajectories and recorded detector outputs.
 *
 * Two measures over a short sliding window:
 * - **The face box** (selfie, document portrait). The window is split in two halves by time; the shift
 *   of the median centre (and median size) from one half to the other, per second and relative to the
 *   face size, is the face's *drift*. Medians ignore tremor and jitter, which go back and forth, and a
 *   slow sway moves them little; a sudden move shifts them by the whole move. *Jitter* is how far the
 *   raw centres stray from a straight line fitted through the window (80th percentile): a slow sway is
 *   nearly straight over a window, tremor and detector noise stray by their small amplitude, a
 *   shaking face or a sudden move by much more.
 * - **The whole frame** (selfie, document back): the global displacement of a small grey thumbnail
 *   from one frame to the next ({@link estimateShift}), added up into a path in frame widths, is
 *   judged the same way (drift and jitter), so a shaking camera (fast and large) is told from tremor
 *   (fast and small) and sway (slow). A step too fast to measure, or a large change the displacement
 *   does not explain (something entered, left or turned), is not steady either.
 */
import type { FramePoint } from './frame-motion.js';

export * from './frame-motion.js';

/** Thresholds of {@link SteadinessJudge}. */
export interface SteadinessConfig {
  /** Length of the sliding window (ms). */
  windowMs: number;
  /** The window must span this long before anything is called steady (ms). */
  minSpanMs: number;
  /** Max drift of the face centre between the window's halves, in face widths per second. */
  maxDrift: number;
  /** Max relative change of the face size between the halves, per second. */
  maxScaleDrift: number;
  /** Max jitter of the face centre around the window's straight-line fit, in face widths (80th percentile). */
  maxJitter: number;
  /** Max drift of the whole frame, in frame widths per second. */
  maxFrameDrift: number;
  /** Max jitter of the whole frame around the window's straight-line fit, in frame widths (80th percentile). */
  maxFrameJitter: number;
  /** Max grey-level change (0–255) a frame-to-frame step leaves unexplained (second largest). */
  maxFrameChange: number;
}

/**
 * Defaults for a selfie at arm's length, tuned on the detector's outputs over generated clips of
 * several faces (tremor, sway, sudden moves, shaking camera; see test/browser/steadiness-clips.test.ts).
 */
export const DEFAULT_STEADINESS: SteadinessConfig = {
  windowMs: 600,
  minSpanMs: 400,
  maxDrift: 0.3,
  maxScaleDrift: 0.3,
  maxJitter: 0.08,
  maxFrameDrift: 0.12,
  maxFrameJitter: 0.011,
  maxFrameChange: 20,
};

/** A face box (pixels); only its centre and width are read. */
export interface BoxLike {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One observation: the face (when tracked) and the frame's path (when measured). */
export interface SteadySample {
  t: number;
  face?: BoxLike | null;
  frame?: FramePoint | null;
}

export type UnsteadyReason =
  'filling' | 'drift' | 'scale' | 'jitter' | 'frame_drift' | 'frame_jitter' | 'frame_fast' | 'frame_change';

export interface SteadinessVerdict {
  steady: boolean;
  /** Why not (null when steady). */
  reason: UnsteadyReason | null;
  drift: number;
  scaleDrift: number;
  jitter: number;
  frameDrift: number;
  frameJitter: number;
  frameChange: number;
}

interface Track {
  t: number;
  x: number;
  y: number;
  size: number;
}

/** Drift (size units per second), scale drift (per second) and jitter (size units) of a track. */
function trackStats(track: readonly Track[]): { drift: number; scaleDrift: number; jitter: number } {
  const out = { drift: 0, scaleDrift: 0, jitter: 0 };
  if (track.length < 4) return out;
  const mid = (track[0]!.t + track[track.length - 1]!.t) / 2;
  const a = track.filter((e) => e.t <= mid);
  const b = track.filter((e) => e.t > mid);
  const size = median(track.map((e) => e.size));
  const dt = (median(b.map((e) => e.t)) - median(a.map((e) => e.t))) / 1000;
  if (!a.length || !b.length || !(dt > 0) || !(size > 0)) return out;
  const shift = Math.hypot(
    median(b.map((e) => e.x)) - median(a.map((e) => e.x)),
    median(b.map((e) => e.y)) - median(a.map((e) => e.y)),
  );
  out.drift = shift / size / dt;
  out.scaleDrift = Math.abs(median(b.map((e) => e.size)) - median(a.map((e) => e.size))) / size / dt;
  const fx = linearFit(
    track.map((e) => e.t),
    track.map((e) => e.x),
  );
  const fy = linearFit(
    track.map((e) => e.t),
    track.map((e) => e.y),
  );
  const devs = track.map((e) => Math.hypot(e.x - fx(e.t), e.y - fy(e.t)) / size);
  out.jitter = quantile(devs, 0.8);
  return out;
}

/**
 * Judges steadiness over a sliding window of {@link SteadySample}s. Samples may carry a face, a frame
 * point or both; each criterion uses the samples that carry its measure. Reset it when the face is
 * lost or the framing stops being good.
 */
export class SteadinessJudge {
  readonly config: SteadinessConfig;
  private faces: Track[] = [];
  private frames: (Track & { change: number; saturated: boolean })[] = [];
  private times: number[] = [];

  constructor(config: Partial<SteadinessConfig> = {}) {
    this.config = { ...DEFAULT_STEADINESS, ...config };
  }

  reset(): void {
    this.faces = [];
    this.frames = [];
    this.times = [];
  }

  push(sample: SteadySample): SteadinessVerdict {
    const { t, face, frame } = sample;
    if (this.times.length && t < this.times[this.times.length - 1]!) this.reset();
    this.times.push(t);
    if (face) this.faces.push({ t, x: face.x + face.width / 2, y: face.y + face.height / 2, size: face.width });
    if (frame)
      this.frames.push({ t, x: frame.x, y: frame.y, size: 1, change: frame.change, saturated: frame.saturated });
    const from = t - this.config.windowMs;
    this.times = this.times.filter((x) => x >= from);
    this.faces = this.faces.filter((e) => e.t >= from);
    this.frames = this.frames.filter((e) => e.t >= from);
    return this.judge();
  }

  private judge(): SteadinessVerdict {
    const c = this.config;
    const face = trackStats(this.faces);
    const frame = trackStats(this.frames);
    const v: SteadinessVerdict = {
      steady: false,
      reason: null,
      drift: face.drift,
      scaleDrift: face.scaleDrift,
      jitter: face.jitter,
      frameDrift: frame.drift,
      frameJitter: frame.jitter,
      frameChange: robustMax(this.frames.map((f) => f.change)),
    };
    const span = (track: readonly { t: number }[]) => (track.length ? track[track.length - 1]!.t - track[0]!.t : 0);
    const filling =
      this.times[this.times.length - 1]! - this.times[0]! < c.minSpanMs ||
      (!this.faces.length && !this.frames.length) ||
      (this.faces.length > 0 && (span(this.faces) < c.minSpanMs || this.faces.length < 4)) ||
      (this.frames.length > 0 && (span(this.frames) < c.minSpanMs * 0.75 || this.frames.length < 4));
    v.reason = filling
      ? 'filling'
      : v.drift > c.maxDrift
        ? 'drift'
        : v.scaleDrift > c.maxScaleDrift
          ? 'scale'
          : v.jitter > c.maxJitter
            ? 'jitter'
            : this.frames.some((f) => f.saturated)
              ? 'frame_fast'
              : v.frameDrift > c.maxFrameDrift
                ? 'frame_drift'
                : v.frameJitter > c.maxFrameJitter
                  ? 'frame_jitter'
                  : v.frameChange > c.maxFrameChange
                    ? 'frame_change'
                    : null;
    v.steady = v.reason === null;
    return v;
  }
}

/** Least-squares line through (xs, ys), as a function. */
function linearFit(xs: readonly number[], ys: readonly number[]): (x: number) => number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  return (x) => my + slope * (x - mx);
}

function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

function quantile(values: readonly number[], q: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** The largest value, or the second largest once there are five or more (one outlier is forgiven). */
function robustMax(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => y - x);
  return sorted.length >= 5 ? sorted[1]! : (sorted[0] ?? 0);
}
