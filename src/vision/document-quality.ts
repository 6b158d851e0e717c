/**
 * Document image quality metrics over raw pixels: brightness, glare and sharpness, and a verdict.
 * Pure functions over typed arrays (RGBA as in ImageData, or 8-bit grey); no DOM, so they also run
 * in a worker (see quality.worker.ts).
 */

/** An RGBA image as in `ImageData` (4 bytes per pixel, row-major). */
export interface RgbaImage {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

/** A single-channel 8-bit image. */
export interface GreyImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Rec. 601 luma of an RGBA image. */
export function toGrey(image: RgbaImage): GreyImage {
  const { data, width, height } = image;
  if (data.length < width * height * 4) throw new RangeError('pixel buffer shorter than width × height × 4');
  const out = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    out[i] = (data[j]! * 299 + data[j + 1]! * 587 + data[j + 2]! * 114 + 500) / 1000;
  }
  return { data: out, width, height };
}

/** Box-filter downscale so the longer side is at most `maxSide` (returns the input when smaller). */
export function downscale(image: GreyImage, maxSide: number): GreyImage {
  const { width, height, data } = image;
  const factor = Math.ceil(Math.max(width, height) / maxSide);
  if (factor <= 1) return image;
  const w = Math.floor(width / factor);
  const h = Math.floor(height / factor);
  const out = new Uint8Array(w * h);
  const n = factor * factor;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += data[row + dx]!;
      }
      out[y * w + x] = Math.round(sum / n);
    }
  }
  return { data: out, width: w, height: h };
}

/** Mean luma, 0–255. */
export function brightness(image: GreyImage): number {
  let sum = 0;
  for (let i = 0; i < image.data.length; i++) sum += image.data[i]!;
  return image.data.length ? sum / image.data.length : 0;
}

/**
 * Share of clipped highlights: pixels with luma ≥ `threshold`, 0–1. The default (255, i.e. fully
 * clipped after downscaling) separates specular glare from bright white paper: the paper-form
 * test photo has 8.5 % of pixels ≥ 250 but only 0.5 % at 255.
 */
export function glareFraction(image: GreyImage, threshold = 255): number {
  let n = 0;
  for (let i = 0; i < image.data.length; i++) if (image.data[i]! >= threshold) n++;
  return image.data.length ? n / image.data.length : 0;
}

/** Variance of the 4-neighbour Laplacian over the interior pixels: higher = sharper. */
export function laplacianVariance(image: GreyImage): number {
  const { data, width: w, height: h } = image;
  if (w < 3 || h < 3) return 0;
  let sum = 0;
  let sum2 = 0;
  const n = (w - 2) * (h - 2);
  for (let y = 1; y < h - 1; y++) {
    const row = y * w;
    for (let x = 1; x < w - 1; x++) {
      const i = row + x;
      const lap = data[i - 1]! + data[i + 1]! + data[i - w]! + data[i + w]! - 4 * data[i]!;
      sum += lap;
      sum2 += lap * lap;
    }
  }
  const m = sum / n;
  return sum2 / n - m * m;
}

/** The metrics sent in a document capture's `meta.quality`. */
export interface DocumentMetrics {
  /** Mean luma 0–255. */
  brightness: number;
  /** Share of clipped pixels 0–1. */
  glare: number;
  /** Variance of the Laplacian on the image scaled to {@link ANALYSIS_SIDE} px. */
  sharpness: number;
}

/** Long side (px) the image is reduced to before measuring, so metrics do not depend on resolution. */
export const ANALYSIS_SIDE = 640;

/** Measures an RGBA frame. */
export function documentMetrics(image: RgbaImage): DocumentMetrics {
  const grey = downscale(toGrey(image), ANALYSIS_SIDE);
  return { brightness: brightness(grey), glare: glareFraction(grey), sharpness: laplacianVariance(grey) };
}

export type QualityIssue = 'too_dark' | 'too_bright' | 'glare' | 'blurry';

export interface QualityThresholds {
  minBrightness: number;
  maxBrightness: number;
  maxGlare: number;
  minSharpness: number;
}

/**
 * Defaults. Sharpness: the paper-form test photo measures in the hundreds, its 3 px Gaussian blur
 * well under 100 (see document-quality.test.ts).
 */
export const DEFAULT_QUALITY_THRESHOLDS: QualityThresholds = {
  minBrightness: 60,
  maxBrightness: 230,
  maxGlare: 0.02,
  minSharpness: 100,
};

/** Verdict: `ok` with no issues, or the issues in order of importance. */
export function qualityVerdict(
  m: DocumentMetrics,
  t: QualityThresholds = DEFAULT_QUALITY_THRESHOLDS,
): { ok: boolean; issues: QualityIssue[] } {
  const issues: QualityIssue[] = [];
  if (m.brightness < t.minBrightness) issues.push('too_dark');
  if (m.brightness > t.maxBrightness) issues.push('too_bright');
  if (m.glare > t.maxGlare) issues.push('glare');
  if (m.sharpness < t.minSharpness) issues.push('blurry');
  return { ok: issues.length === 0, issues };
}
