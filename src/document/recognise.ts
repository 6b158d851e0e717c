/**
 * A small dedicated OCR-B recogniser for the MRZ alphabet (A–Z, 0–9, `<`): each character cell is
 * resampled to the template grid (one pitch wide, one digit-height tall, ink centred), turned into ink
 * coverage against its local paper and the line's ink, and compared with the 37 font templates by
 * normalised cross-correlation. Pure: grey pixels in, ranked candidates per cell out.
 */
import type { GreyImage } from '../vision/document-quality.js';
import type { MrzLineGeometry } from './locate.js';
import { TEMPLATE_ALPHABET, TEMPLATE_DATA, TEMPLATE_H, TEMPLATE_W } from './ocrb-templates.js';

/** A character and its similarity to the cell (−1…1). */
export interface Candidate {
  char: string;
  score: number;
}

/** Ranked candidates of every cell of every line. */
export type Recognition = Candidate[][][];

const SIZE = TEMPLATE_W * TEMPLATE_H;
/** Shifts tried either side of the cell's place, in template columns (1/TEMPLATE_W pitch). */
const SHIFTS = 3;
/** How far (template columns) the followed print may leave the fitted grid. */
const MAX_DRIFT = 4;

/** Mean-free, unit-norm templates (decoded once). */
let templates: Float32Array[] | null = null;
function loadTemplates(): Float32Array[] {
  if (templates) return templates;
  const bytes = Uint8Array.from(atob(TEMPLATE_DATA), (c) => c.charCodeAt(0));
  templates = [];
  for (let t = 0; t < TEMPLATE_ALPHABET.length; t++)
    templates.push(normalise(Float32Array.from(bytes.subarray(t * SIZE, (t + 1) * SIZE))));
  return templates;
}

/** Subtracts the mean and scales to unit length (a blank vector stays zero). */
function normalise(v: Float32Array): Float32Array {
  let mean = 0;
  for (let i = 0; i < v.length; i++) mean += v[i]!;
  mean /= v.length;
  let norm = 0;
  for (let i = 0; i < v.length; i++) {
    v[i] = v[i]! - mean;
    norm += v[i]! * v[i]!;
  }
  norm = Math.sqrt(norm);
  if (norm > 1e-6) for (let i = 0; i < v.length; i++) v[i] = v[i]! / norm;
  return v;
}

function bilinear(img: GreyImage, x: number, y: number): number {
  const { data, width: w, height: h } = img;
  if (x < 0 || y < 0 || x > w - 1 || y > h - 1) return 255;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = Math.min(x0 + 1, w - 1);
  const y1 = Math.min(y0 + 1, h - 1);
  const fx = x - x0;
  const fy = y - y0;
  const a = data[y0 * w + x0]!;
  const b = data[y0 * w + x1]!;
  const c = data[y1 * w + x0]!;
  const d = data[y1 * w + x1]!;
  return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
}

/**
 * Samples a grid of `cols` × TEMPLATE_H grey values over a cell-aligned window: `u0` is the window's
 * left edge in pitches from the cell centre, each grid column 1/TEMPLATE_W pitch; rows span the digit
 * height above the baseline. 2×2 supersampling.
 */
function sampleWindow(
  img: GreyImage,
  line: MrzLineGeometry,
  cx: number,
  cy: number,
  u0: number,
  cols: number,
  v0 = 0,
  rows = TEMPLATE_H,
) {
  const out = new Float32Array(cols * rows);
  const len = Math.hypot(line.dx, line.dy);
  const ux = line.dx / len;
  const uy = line.dy / len;
  // Up from the baseline: the line direction turned a quarter counter-clockwise (image y is down).
  const vx = uy;
  const vy = -ux;
  const stepU = len / TEMPLATE_W;
  const stepV = line.height / TEMPLATE_H;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      let sum = 0;
      for (const du of [0.25, 0.75])
        for (const dv of [0.25, 0.75]) {
          const u = u0 * len + (c + du) * stepU;
          const v = v0 + line.height - (r + dv) * stepV;
          sum += bilinear(img, cx + u * ux + v * vx, cy + u * uy + v * vy);
        }
      out[r * cols + c] = sum / 4;
    }
  return out;
}

/** Ink coverage 0–1 from grey values, given the paper and ink levels. */
function toInk(values: Float32Array, paper: number, ink: number): Float32Array {
  const out = new Float32Array(values.length);
  const range = Math.max(1, paper - ink);
  for (let i = 0; i < values.length; i++) out[i] = Math.min(1, Math.max(0, (paper - values[i]!) / range));
  return out;
}

function percentile(values: Float32Array, p: number): number {
  const sorted = Float32Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Recognises every cell of the located lines. */
export function recogniseLines(img: GreyImage, lines: MrzLineGeometry[]): Recognition {
  const tpl = loadTemplates();
  return lines.map((line) => {
    // The line's ink level: a dark percentile over the whole line.
    const all = sampleWindow(img, line, line.x, line.y, -0.5, TEMPLATE_W * line.count);
    const inkLevel = percentile(all, 0.03);
    const cells: Candidate[][] = [];
    let drift = 0;
    for (let i = 0; i < line.count; i++) {
      const cx = line.x + i * line.dx;
      const cy = line.y + i * line.dy;
      // The paper level around the cell, then the templates at small shifts along the line.
      const wide = sampleWindow(img, line, cx, cy, -0.75, TEMPLATE_W + TEMPLATE_W / 2);
      const paper = percentile(wide, 0.9);
      const scores = new Float32Array(tpl.length).fill(-1);
      let bestScore = -1;
      let bestShift = 0;
      // One grid around the cell, SHIFTS columns and one row wider on each side; every shifted
      // window is a sub-grid of it.
      const cols = TEMPLATE_W + 2 * SHIFTS;
      const rowsN = TEMPLATE_H + 2;
      const grid = toInk(
        sampleWindow(img, line, cx, cy, -0.5 + (drift - SHIFTS) / TEMPLATE_W, cols, line.height / TEMPLATE_H, rowsN),
        paper,
        inkLevel,
      );
      const cell = new Float32Array(SIZE);
      for (let shift = -SHIFTS; shift <= SHIFTS; shift++)
        for (let vShift = 0; vShift <= 2; vShift++) {
          for (let r = 0; r < TEMPLATE_H; r++)
            for (let c = 0; c < TEMPLATE_W; c++)
              cell[r * TEMPLATE_W + c] = grid[(r + vShift) * cols + c + shift + SHIFTS]!;
          normalise(cell);
          for (let t = 0; t < tpl.length; t++) {
            const tv = tpl[t]!;
            let dot = 0;
            for (let k = 0; k < SIZE; k++) dot += tv[k]! * cell[k]!;
            if (dot > scores[t]!) scores[t] = dot;
            if (dot > bestScore) [bestScore, bestShift] = [dot, shift];
          }
        }
      // Follow the print: a line whose glyphs slowly leave the fitted grid (perspective, a pitch a
      // little off) carries half of each cell's best shift on to the next cell.
      drift = Math.max(-MAX_DRIFT, Math.min(MAX_DRIFT, drift + bestShift / 2));
      const ranked = Array.from(scores, (score, t) => ({ char: TEMPLATE_ALPHABET[t]!, score }));
      ranked.sort((a, b) => b.score - a.score);
      cells.push(ranked);
    }
    return cells;
  });
}
