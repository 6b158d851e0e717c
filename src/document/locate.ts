/**
 * Finds the machine-readable zone (MRZ) of an identity document in a grey image: the 2–3 lines of
 * fixed-pitch OCR-B text at the bottom of the data page. Pure: typed arrays in, line geometry out.
 *
 * Steps: downscale, binarise against the local mean, find the skew that makes the ink's row profile
 * sharpest (±8°), cut the profile into text bands, keep the bands that look like an MRZ line (many
 * glyphs at a steady pitch), and pick the lowest group of 2 or 3 such lines of one length (those two
 * in mrz-bands.ts); then fit one character grid to the group.
 */
import { downscale, type GreyImage } from '../vision/document-quality.js';
import { measureBand, pickGroup, type Band } from './mrz-bands.js';
import { PITCH_OVER_HEIGHT } from './ocrb-templates.js';

/** One MRZ line in the input image's pixel coordinates. */
export interface MrzLineGeometry {
  /** Centre of the first character cell, on the baseline. */
  x: number;
  y: number;
  /** Step from one cell to the next (the pitch, along the line). */
  dx: number;
  dy: number;
  /** Digit height in pixels (the band from baseline up). */
  height: number;
  /** Number of character cells (30, 36 or 44). */
  count: number;
}

export interface MrzLocation {
  lines: MrzLineGeometry[];
  /** Line skew in degrees (positive: clockwise). */
  angle: number;
}

const WORK_SIDE = 900;
const LINE_LENGTHS = [30, 36, 44];

interface Ink {
  xs: Float32Array;
  ys: Float32Array;
  n: number;
}

/** Dark pixels against the local mean (integral image), as point lists. */
function binarise(img: GreyImage): Ink {
  const { data, width: w, height: h } = img;
  const integral = new Float64Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += data[y * w + x]!;
      integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1]! + row;
    }
  }
  const r = Math.max(4, Math.round(Math.max(w, h) / 60));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < h; y++) {
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(h, y + r + 1);
    for (let x = 0; x < w; x++) {
      const x0 = Math.max(0, x - r);
      const x1 = Math.min(w, x + r + 1);
      const sum =
        integral[y1 * (w + 1) + x1]! -
        integral[y0 * (w + 1) + x1]! -
        integral[y1 * (w + 1) + x0]! +
        integral[y0 * (w + 1) + x0]!;
      const mean = sum / ((x1 - x0) * (y1 - y0));
      const v = data[y * w + x]!;
      if (v < mean * 0.8 && mean - v > 20) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  return { xs: Float32Array.from(xs), ys: Float32Array.from(ys), n: xs.length };
}

/** Sum of squares of the row profile of the ink rotated by `deg` (sharper profile: better aligned lines). */
function profileEnergy(ink: Ink, deg: number, h: number, w: number): number {
  const a = (deg * Math.PI) / 180;
  const s = Math.sin(a);
  const c = Math.cos(a);
  const off = w;
  const bins = new Float32Array(h + 2 * w + 2);
  for (let i = 0; i < ink.n; i++) {
    const yr = -ink.xs[i]! * s + ink.ys[i]! * c + off;
    bins[Math.round(yr)]! += 1;
  }
  let e = 0;
  for (let i = 0; i < bins.length; i++) e += bins[i]! * bins[i]!;
  return e;
}

/** Finds the skew and the MRZ lines; null when no MRZ-like group of lines is found. */
export function locateMrz(grey: GreyImage): MrzLocation | null {
  const small = downscale(grey, WORK_SIDE);
  const scale = grey.width / small.width;
  const { width: w, height: h } = small;
  const ink = binarise(small);
  if (ink.n < 200) return null;

  let best = 0;
  let bestE = -1;
  for (let deg = -8; deg <= 8; deg += 0.5) {
    const e = profileEnergy(ink, deg, h, w);
    if (e > bestE) [bestE, best] = [e, deg];
  }
  for (let deg = best - 0.4; deg <= best + 0.41; deg += 0.1) {
    const e = profileEnergy(ink, deg, h, w);
    if (e > bestE) [bestE, best] = [e, deg];
  }
  const a = (best * Math.PI) / 180;
  const sin = Math.sin(a);
  const cos = Math.cos(a);
  const off = w;
  const rows = new Float32Array(h + 2 * w + 2);
  const xr = new Float32Array(ink.n);
  const yr = new Float32Array(ink.n);
  for (let i = 0; i < ink.n; i++) {
    xr[i] = ink.xs[i]! * cos + ink.ys[i]! * sin;
    yr[i] = -ink.xs[i]! * sin + ink.ys[i]! * cos + off;
    rows[Math.round(yr[i]!)]! += 1;
  }
  let max = 0;
  for (let i = 0; i < rows.length; i++) max = Math.max(max, rows[i]!);
  const bands: Band[] = [];
  const threshold = Math.max(4, max * 0.12);
  for (let y = 0; y < rows.length; y++) {
    if (rows[y]! < threshold) continue;
    const top = y;
    while (y < rows.length && rows[y]! >= threshold) y++;
    const band = measureBand(xr, yr, ink.n, top, y - 1);
    if (band) bands.push(band);
  }
  const group = pickGroup(bands);
  if (!group) return null;

  const height = Math.max(...group.map((b) => b.height));
  // All lines of an MRZ share the left margin, the pitch and the length: the longest line gives the
  // length, then one grid is fitted to the glyph runs of every line.
  const span = Math.max(...group.map((b) => b.runs[b.runs.length - 1]![1] - b.runs[0]![0] + 1));
  const pitchGuess = height * PITCH_OVER_HEIGHT;
  const count = group.length === 3 ? 30 : nearest(LINE_LENGTHS.slice(1), (span - 0.68 * pitchGuess) / pitchGuess + 1);
  let pitch = span / (count - 1 + 0.68);
  let c0 = group.reduce((sum, b) => sum + b.runs[0]![0], 0) / group.length + 0.34 * pitch;
  const runs = group.flatMap((b) => b.runs);
  for (let pass = 0; pass < 3; pass++) [c0, pitch] = fitGrid(runs, c0, pitch, count);
  // Back to image coordinates: rotated (x, y) → small image → input image.
  const toImage = (x: number, y: number): [number, number] => {
    const yy = y - off;
    return [(x * cos - yy * sin) * scale, (x * sin + yy * cos) * scale];
  };
  // One slope for all lines: a line of letters and fillers has its baseline only at its start.
  const slope = group.reduce((sum, b) => sum + b.b1 * b.fitted, 0) / group.reduce((sum, b) => sum + b.fitted, 0);
  const lines: MrzLineGeometry[] = group.map((band) => {
    // Then each line's start on its own (lines can be printed a little apart), at the joint pitch.
    const p = pitch;
    let c = c0;
    for (let pass = 0; pass < 2; pass++) c = fitGrid(band.runs, c, p, count, true)[0];
    // The line's own baseline height at its centre, the joint slope.
    const mid = c + (p * (count - 1)) / 2;
    const base = band.b0 + band.b1 * band.xMid - slope * (band.xMid - mid);
    const [x, y] = toImage(c, base + slope * (c - mid));
    const [x2, y2] = toImage(c + p, base + slope * (c + p - mid));
    return { x, y, dx: x2 - x, dy: y2 - y, height: height * scale, count };
  });
  return { lines, angle: best };
}

/** Cell 0's centre and the pitch fitted to the runs one glyph wide, each on its nearest cell. */
function fitGrid(
  runs: [number, number][],
  c0: number,
  pitch: number,
  count: number,
  fixedPitch = false,
): [number, number] {
  let n = 0;
  let si = 0;
  let sc = 0;
  let sii = 0;
  let sic = 0;
  for (const [s, e] of runs) {
    if (e - s + 1 > 1.2 * pitch) continue;
    const c = (s + e + 1) / 2;
    const i = Math.round((c - c0) / pitch);
    if (i < 0 || i >= count || Math.abs(c - (c0 + i * pitch)) > 0.35 * pitch) continue;
    n++;
    si += i;
    sc += c;
    sii += i * i;
    sic += i * c;
  }
  if (fixedPitch) return n ? [(sc - pitch * si) / n, pitch] : [c0, pitch];
  const den = n * sii - si * si;
  if (n < 5 || den === 0) return [c0, pitch];
  const b = (n * sic - si * sc) / den;
  return [(sc - b * si) / n, b];
}

function nearest(values: number[], target: number): number {
  let best = values[0]!;
  for (const v of values) if (Math.abs(v - target) < Math.abs(best - target)) best = v;
  return best;
}
