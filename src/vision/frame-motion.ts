/**
 * The whole frame's motion, for steadiness (./steadiness.ts): the global displacement of a small grey
 * thumbnail from one frame to the next, added up into a path in frame widths. Pure: no DOM, no clock.
 */
import type { GreyImage } from './document-quality.js';

/** Global displacement between two thumbnails of the same scene. */
export interface FrameShift {
  /** Displacement of the picture, in thumbnail pixels (positive: content moved right / down). */
  dx: number;
  dy: number;
  /** |(dx, dy)| as a fraction of the thumbnail width (so of the frame width). */
  shift: number;
  /** Root-mean-square grey-level difference (0–255) left once the displacement is compensated. */
  change: number;
  /** The displacement reached the search radius: the true move is at least this large. */
  saturated: boolean;
}

/**
 * Global translation from `a` to `b` (the later frame): integer search over ±`radius` thumbnail pixels
 * minimising the mean squared difference of the mean-removed images (a change of exposure is not a
 * move), refined to sub-pixel by the minimum of a quadratic through the neighbouring costs. Sizes must match.
 * A flat picture (no texture to track) reports no displacement.
 */
export function estimateShift(a: GreyImage, b: GreyImage, radius = 4): FrameShift {
  const { width: w, height: h } = a;
  if (b.width !== w || b.height !== h || w <= 2 * radius + 2 || h <= 2 * radius + 2)
    throw new RangeError('thumbnails must have the same size, larger than the search window');
  const meanA = mean(a.data);
  const meanB = mean(b.data);
  const span = 2 * radius + 1;
  const costs = new Float64Array(span * span);
  const n = (w - 2 * radius) * (h - 2 * radius);
  let best = 0;
  for (let sy = -radius; sy <= radius; sy++) {
    for (let sx = -radius; sx <= radius; sx++) {
      let sum = 0;
      for (let y = radius; y < h - radius; y++) {
        const rowA = y * w;
        const rowB = (y + sy) * w + sx;
        for (let x = radius; x < w - radius; x++) {
          const d = b.data[rowB + x]! - meanB - (a.data[rowA + x]! - meanA);
          sum += d * d;
        }
      }
      const k = (sy + radius) * span + (sx + radius);
      costs[k] = sum / n;
      if (costs[k]! < costs[best]!) best = k;
    }
  }
  const zero = radius * span + radius;
  // No texture: every shift costs about the same; call it no move.
  let worst = 0;
  for (const c of costs) worst = Math.max(worst, c);
  if (worst - costs[zero]! < 1) return { dx: 0, dy: 0, shift: 0, change: Math.sqrt(costs[zero]!), saturated: false };
  const bx = (best % span) - radius;
  const by = Math.floor(best / span) - radius;
  const cost = (sx: number, sy: number) => costs[(sy + radius) * span + (sx + radius)]!;
  const saturated = Math.abs(bx) === radius || Math.abs(by) === radius;
  let dx = bx;
  let dy = by;
  let residual = costs[best]!;
  if (!saturated) {
    // Minimum of the quadratic through the 3×3 costs around the best integer shift.
    const gx = (cost(bx + 1, by) - cost(bx - 1, by)) / 2;
    const gy = (cost(bx, by + 1) - cost(bx, by - 1)) / 2;
    const hxx = cost(bx + 1, by) - 2 * cost(bx, by) + cost(bx - 1, by);
    const hyy = cost(bx, by + 1) - 2 * cost(bx, by) + cost(bx, by - 1);
    const hxy = (cost(bx + 1, by + 1) - cost(bx + 1, by - 1) - cost(bx - 1, by + 1) + cost(bx - 1, by - 1)) / 4;
    const det = hxx * hyy - hxy * hxy;
    if (det > 0 && hxx > 0) {
      const clamp = (v: number) => Math.max(-1, Math.min(1, v));
      const ox = clamp(-(hyy * gx - hxy * gy) / det);
      const oy = clamp(-(hxx * gy - hxy * gx) / det);
      dx += ox;
      dy += oy;
      residual = Math.max(0, residual + gx * ox + gy * oy + (hxx * ox * ox + 2 * hxy * ox * oy + hyy * oy * oy) / 2);
    }
  }
  return { dx, dy, shift: Math.hypot(dx, dy) / w, change: Math.sqrt(residual), saturated };
}

function mean(data: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += data[i]!;
  return data.length ? sum / data.length : 0;
}

/** One step of the whole frame's path. */
export interface FramePoint {
  /** Cumulative displacement of the picture since the meter's reset, in frame widths. */
  x: number;
  y: number;
  /** {@link FrameShift.change} of the last step. */
  change: number;
  /** The last step reached the search radius (a move too fast to measure). */
  saturated: boolean;
}

/**
 * Follows the whole frame: measures each thumbnail against the previous one ({@link estimateShift})
 * and adds the steps up into a path, so the frame is judged like a face box (drift and jitter over
 * a window) without any one reference frame. Returns null for the first thumbnail.
 */
export class FrameMotionMeter {
  private prev: GreyImage | null = null;
  private prevT = 0;
  private x = 0;
  private y = 0;
  constructor(readonly radius = 4) {}

  push(t: number, thumb: GreyImage): FramePoint | null {
    const prev = this.prev;
    if (prev && (prev.width !== thumb.width || prev.height !== thumb.height || t < this.prevT)) this.reset();
    const ref = this.prev;
    this.prev = thumb;
    this.prevT = t;
    if (!ref) return null;
    const step = estimateShift(ref, thumb, this.radius);
    this.x += step.dx / thumb.width;
    this.y += step.dy / thumb.width;
    return { x: this.x, y: this.y, change: step.change, saturated: step.saturated };
  }

  reset(): void {
    this.prev = null;
    this.x = 0;
    this.y = 0;
  }
}
