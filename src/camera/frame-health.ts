/**
 * Is the camera delivering a picture? Pure rules over small grey thumbnails of the preview, sampled a
 * few times a second (off the frame loop). A camera that has started but whose frames stay black (a lens
 * cover, a laptop's privacy shutter or camera key, a broken driver) or never change (a stuck driver
 * repeating its last buffer, a stalled stream) for {@link HEALTH_WINDOW_MS} is a camera problem.
 *
 * Frozen means identical: the thumbnail is sampled without smoothing, so the sensor noise of a live camera
 * makes even a perfectly still scene differ from one sample to the next.
 */

/** How long black or frozen frames are tolerated (ms): a camera's first frames may be dark while it adjusts. */
export const HEALTH_WINDOW_MS = 3000;
/** Mean luminance (0–255) at or below which a frame is black. */
export const BLACK_MEAN = 8;
/** Mean absolute difference (0–255) at or below which two samples are the same frame. */
export const FROZEN_DIFF = 0.05;
/** Fewest samples in a row a verdict needs (a page too busy to sample often cannot judge its camera). */
export const MIN_SAMPLES = 8;
/**
 * A gap between two samples longer than this (ms) means the page itself was starved (a busy or throttled
 * main thread): the run starts again, since a video not repainted meanwhile says nothing about the camera.
 */
export const MAX_GAP_MS = 1000;

export type FrameVerdict = 'ok' | 'black' | 'frozen';

export interface FrameSample {
  /** When it was taken (ms, monotonic). */
  t: number;
  /** Grey levels of the thumbnail, or `null` when the video had no frame to draw yet. */
  grey: Uint8Array | null;
}

/** Grey levels (BT.601 luma) of RGBA pixels. */
export function toGrey(rgba: Uint8ClampedArray | Uint8Array): Uint8Array {
  const grey = new Uint8Array(rgba.length >> 2);
  for (let i = 0; i < grey.length; i++)
    grey[i] = (rgba[i * 4]! * 77 + rgba[i * 4 + 1]! * 150 + rgba[i * 4 + 2]! * 29) >> 8;
  return grey;
}

/** Mean grey level (0–255). */
export function meanLuminance(grey: Uint8Array): number {
  if (grey.length === 0) return 0;
  let sum = 0;
  for (const v of grey) sum += v;
  return sum / grey.length;
}

/** Mean absolute difference of two thumbnails of the same size (0–255); `Infinity` when sizes differ. */
export function meanAbsDifference(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length || a.length === 0) return Infinity;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

export interface FrameHealthOptions {
  windowMs?: number;
  blackMean?: number;
  frozenDiff?: number;
  minSamples?: number;
  maxGapMs?: number;
}

/** Follows samples of one camera stream; `push` says whether it has been black or frozen for too long. */
export class FrameHealth {
  readonly windowMs: number;
  #blackMean: number;
  #frozenDiff: number;
  #minSamples: number;
  #maxGap: number;
  #black: { since: number; n: number } | null = null;
  #frozen: { since: number; n: number } | null = null;
  #last: FrameSample | null = null;

  constructor(opts: FrameHealthOptions = {}) {
    this.windowMs = opts.windowMs ?? HEALTH_WINDOW_MS;
    this.#blackMean = opts.blackMean ?? BLACK_MEAN;
    this.#frozenDiff = opts.frozenDiff ?? FROZEN_DIFF;
    this.#minSamples = opts.minSamples ?? MIN_SAMPLES;
    this.#maxGap = opts.maxGapMs ?? MAX_GAP_MS;
  }

  /** Forgets everything (a new stream, or the page was hidden). */
  reset(): void {
    this.#black = null;
    this.#frozen = null;
    this.#last = null;
  }

  push(s: FrameSample): FrameVerdict {
    if (this.#last && s.t - this.#last.t > this.#maxGap) this.reset();
    const last = this.#last;
    this.#last = s;
    const extend = (run: { since: number; n: number } | null, since: number) =>
      run ? { since: run.since, n: run.n + 1 } : { since, n: 1 };
    if (s.grey === null) {
      // No frame at all: as frozen as it gets (but not black: nothing was seen).
      this.#frozen = extend(this.#frozen, s.t);
      this.#black = null;
    } else {
      this.#black = meanLuminance(s.grey) <= this.#blackMean ? extend(this.#black, s.t) : null;
      // The first frame after none at all is progress: the frozen count starts again from it.
      const same = last?.grey ? meanAbsDifference(last.grey, s.grey) <= this.#frozenDiff : false;
      this.#frozen = same ? extend(this.#frozen ?? { since: last!.t, n: 1 }, last!.t) : null;
    }
    const over = (run: { since: number; n: number } | null) =>
      run !== null && run.n >= this.#minSamples && s.t - run.since >= this.windowMs;
    if (over(this.#black)) return 'black';
    if (over(this.#frozen)) return 'frozen';
    return 'ok';
  }
}
