// Photographs a flat document image as a phone camera would: placed on a drawn wooden desk by a
// perspective transform (homography), lit unevenly, noised (seeded), blurred, JPEG-compressed. Shared by
// the document test-media scripts (render-specimens.mjs, render-barcodes.mjs). Deterministic.
import sharp from 'sharp';

export const FRAME_W = 800;
export const FRAME_H = 600;

/** A seeded random source (mulberry32) with a normal deviate. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, normal: () => Math.sqrt(-2 * Math.log(next() + 1e-12)) * Math.cos(2 * Math.PI * next()) };
}

/** Homography mapping the unit square's corners to `quad` (4 points, clockwise from top-left). */
function homography(quad) {
  const src = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
  ];
  const A = [];
  const b = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = src[i];
    const [u, v] = quad[i];
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  // Gaussian elimination.
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(A[r][c]) > Math.abs(A[p][c])) p = r;
    [A[c], A[p]] = [A[p], A[c]];
    [b[c], b[p]] = [b[p], b[c]];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = A[r][c] / A[c][c];
      for (let k = c; k < 8; k++) A[r][k] -= f * A[c][k];
      b[r] -= f * b[c];
    }
  }
  return [...b.map((v, i) => v / A[i][i]), 1];
}

function invert3(m) {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [
    A,
    -(b * i - c * h),
    b * f - c * e,
    B,
    a * i - c * g,
    -(a * f - c * d),
    C,
    -(a * h - b * g),
    a * e - b * d,
  ].map((v) => v / det);
}

/** Photographs the page: placed on a desk by `quad` (its corners in the frame), lit, noised, blurred, JPEG. */
export async function photograph(page, { quad, light = 0, noise = 0, blur = 0, quality = 88, seed = 1 }) {
  const H = homography(quad);
  const inv = invert3(H);
  const r = rng(seed);
  const out = Buffer.alloc(FRAME_W * FRAME_H * 3);
  for (let v = 0; v < FRAME_H; v++)
    for (let u = 0; u < FRAME_W; u++) {
      const zx = inv[0] * u + inv[1] * v + inv[2];
      const zy = inv[3] * u + inv[4] * v + inv[5];
      const zw = inv[6] * u + inv[7] * v + inv[8];
      const sx = (zx / zw) * page.width - 0.5;
      const sy = (zy / zw) * page.height - 0.5;
      let rgb;
      if (sx >= 0 && sy >= 0 && sx < page.width - 1 && sy < page.height - 1) {
        const x0 = Math.floor(sx);
        const y0 = Math.floor(sy);
        const fx = sx - x0;
        const fy = sy - y0;
        rgb = [0, 1, 2].map((c) => {
          const p = (x, y) => page.data[(y * page.width + x) * 3 + c];
          return (
            p(x0, y0) * (1 - fx) * (1 - fy) +
            p(x0 + 1, y0) * fx * (1 - fy) +
            p(x0, y0 + 1) * (1 - fx) * fy +
            p(x0 + 1, y0 + 1) * fx * fy
          );
        });
      } else {
        // A wooden desk: brown with a slow grain.
        const g = 12 * Math.sin(v / 9 + Math.sin(u / 60) * 2);
        rgb = [120 + g, 86 + g, 58 + g];
      }
      // Uneven light: a lamp at the top left, falling off to `1 - light` at the far corner.
      const fall = 1 - light * Math.min(1, Math.hypot(u / FRAME_W, v / FRAME_H) / Math.SQRT2);
      const n = noise ? r.normal() * noise : 0;
      for (let c = 0; c < 3; c++) out[(v * FRAME_W + u) * 3 + c] = Math.max(0, Math.min(255, rgb[c] * fall + n));
    }
  let img = sharp(out, { raw: { width: FRAME_W, height: FRAME_H, channels: 3 } });
  if (blur > 0) img = img.blur(blur);
  return img.jpeg({ quality, mozjpeg: false }).toBuffer();
}

/** The page's corners in the frame: centred, `fill` of the frame width, rotated by `deg`, `tilt` a keystone. */
export function placement(page, { fill = 0.82, deg = 0, tilt = 0, dx = 0, dy = 0 }) {
  const w = FRAME_W * fill;
  const h = (w * page.height) / page.width;
  const cx = FRAME_W / 2 + dx;
  const cy = FRAME_H / 2 + dy;
  const a = (deg * Math.PI) / 180;
  const corners = [
    [(-w / 2) * (1 - tilt), -h / 2],
    [(w / 2) * (1 - tilt), -h / 2],
    [w / 2, h / 2],
    [-w / 2, h / 2],
  ];
  return corners.map(([x, y]) => [cx + x * Math.cos(a) - y * Math.sin(a), cy + x * Math.sin(a) + y * Math.cos(a)]);
}
