/**
 * The text bands of a located MRZ, in the deskewed frame of `locate.ts`: each band of inked rows measured
 * as a possible MRZ line (its glyph runs at a steady pitch and its baseline), and the group of 2–3 such
 * lines that an MRZ is. Pure: typed arrays in, bands out.
 */

/** One band of inked rows that may be an MRZ line. */
export interface Band {
  top: number;
  bottom: number;
  /** Glyph column runs along the line, in rotated x: [start, end] inclusive. */
  runs: [number, number][];
  /** Baseline fit: bottom(x) = b0 + b1·x (rotated frame). */
  b0: number;
  b1: number;
  /** Number of runs the baseline was fitted on, and their mean x. */
  fitted: number;
  xMid: number;
  height: number;
}

/** The glyph runs and baseline of one band of rows, or null when it cannot be an MRZ line. */
export function measureBand(xr: Float32Array, yr: Float32Array, n: number, top: number, bottom: number): Band | null {
  const h = bottom - top + 1;
  if (h < 4) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  for (let i = 0; i < n; i++) {
    const y = yr[i]!;
    if (y < top - 0.5 || y > bottom + 0.5) continue;
    minX = Math.min(minX, xr[i]!);
    maxX = Math.max(maxX, xr[i]!);
  }
  if (!Number.isFinite(minX)) return null;
  const x0 = Math.floor(minX);
  const cols = new Float32Array(Math.ceil(maxX) - x0 + 2);
  const colBottom = new Float32Array(cols.length).fill(-Infinity);
  const colTop = new Float32Array(cols.length).fill(Infinity);
  for (let i = 0; i < n; i++) {
    const y = yr[i]!;
    if (y < top - 0.5 || y > bottom + 0.5) continue;
    const c = Math.round(xr[i]!) - x0;
    cols[c]! += 1;
    colBottom[c] = Math.max(colBottom[c]!, y);
    colTop[c] = Math.min(colTop[c]!, y);
  }
  // Runs of inked columns; a gap wider than the line height ends the line (MRZ cells are never blank).
  const allRuns: [number, number][] = [];
  for (let c = 0; c < cols.length; c++) {
    if (cols[c]! === 0) continue;
    const s = c;
    while (c < cols.length && cols[c]! > 0) c++;
    allRuns.push([s + x0, c - 1 + x0]);
  }
  // Longest chain of runs without a wide gap.
  let bestChain: [number, number][] = [];
  let chain: [number, number][] = [];
  for (const run of allRuns) {
    // A run far wider than a glyph (a page edge, a rule, a photo) is no character: it breaks the chain.
    if (run[1] - run[0] + 1 > 1.3 * h) {
      if (chain.length > bestChain.length) bestChain = chain;
      chain = [];
      continue;
    }
    if (chain.length && run[0] - chain[chain.length - 1]![1] > h) {
      if (chain.length > bestChain.length) bestChain = chain;
      chain = [];
    }
    chain.push(run);
  }
  if (chain.length > bestChain.length) bestChain = chain;
  if (bestChain.length < 12) return null;
  // Glyph pitch must be steady: the median gap between run centres near the expected pitch.
  const span = bestChain[bestChain.length - 1]![1] - bestChain[0]![0];
  if (span < 15 * h * 0.6) return null;
  // Baseline: least squares over the bottoms of tall runs (letters and digits; `<` sits higher).
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  let m = 0;
  let hmax = 0;
  for (const [s, e] of bestChain) {
    let b = -Infinity;
    let t = Infinity;
    for (let c = s; c <= e; c++) {
      b = Math.max(b, colBottom[c - x0]!);
      t = Math.min(t, colTop[c - x0]!);
    }
    const runH = b - t + 1;
    hmax = Math.max(hmax, runH);
    if (runH < 0.75 * h) continue;
    const x = (s + e) / 2;
    sx += x;
    sy += b;
    sxx += x * x;
    sxy += x * b;
    m++;
  }
  if (m < 5) return null;
  const den = m * sxx - sx * sx;
  const b1 = den !== 0 ? (m * sxy - sx * sy) / den : 0;
  const b0 = (sy - b1 * sx) / m;
  return { top, bottom, runs: bestChain, b0: b0 + 0.5, b1, fitted: m, xMid: sx / m, height: hmax };
}

/** The lowest group of 2–3 lines alike in height, start and length, evenly spaced. */
export function pickGroup(bands: Band[]): Band[] | null {
  const fits = (a: Band, b: Band) => {
    const h = Math.max(a.height, b.height);
    const gap = b.bottom - a.bottom;
    const startA = a.runs[0]![0];
    const startB = b.runs[0]![0];
    const lenA = a.runs[a.runs.length - 1]![1] - startA;
    const lenB = b.runs[b.runs.length - 1]![1] - startB;
    return (
      Math.abs(a.height - b.height) < 0.3 * h &&
      gap > 1.2 * h &&
      gap < 2.8 * h &&
      Math.abs(startA - startB) < 1.5 * h &&
      Math.abs(lenA - lenB) < 0.12 * Math.max(lenA, lenB)
    );
  };
  for (let i = bands.length - 1; i >= 1; i--) {
    const b = bands[i]!;
    const a = bands[i - 1]!;
    if (!fits(a, b)) continue;
    const z = bands[i - 2];
    if (z && fits(z, a)) return [z, a, b];
    return [a, b];
  }
  return null;
}
