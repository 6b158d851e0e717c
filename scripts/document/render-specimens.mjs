#!/usr/bin/env node
// Renders the MRZ test media into test/fixtures/documents/ (committed; see PROVENANCE.md there):
// synthetic data pages carrying the ICAO Doc 9303 specimen MRZs (TD3 passport, TD1 and TD2 ID cards)
// in OCR-B (Debian's fonts-ocr-b), photographed-looking variants (blur, noise, rotation, perspective,
// uneven light, JPEG quality), and negatives. Deterministic (seeded noise, fixed fonts):
//
//   apt-get install -y fonts-ocr-b && node scripts/document/render-specimens.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import sharp from 'sharp';
import { advanceAt, renderLine, requireFont } from './ocrb-glyphs.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'test', 'fixtures', 'documents');
const FRAME_W = 800;
const FRAME_H = 600;

/** ICAO 9303 check digit (weights 7, 3, 1; `<` = 0, A = 10 …). */
export function checkDigit(text) {
  const value = (c) => (c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += value(text[i]) * [7, 3, 1][i % 3];
  return String(sum % 10);
}

/** A TD3 line 2 with every check digit computed. */
function td3Line2(number, nationality, birth, sex, expiry, optional) {
  const doc = number.padEnd(9, '<');
  const opt = optional.padEnd(14, '<');
  const parts = [doc, checkDigit(doc), nationality, birth, checkDigit(birth), sex, expiry, checkDigit(expiry), opt];
  const composite =
    doc + checkDigit(doc) + birth + checkDigit(birth) + expiry + checkDigit(expiry) + opt + checkDigit(opt);
  return parts.join('') + checkDigit(opt) + checkDigit(composite);
}

const SPECIMENS = {
  // ICAO Doc 9303 part 4, appendix: the Utopian specimen passport (expired 2012-04-15).
  td3: {
    size: [125, 88],
    lines: ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'],
  },
  // ICAO Doc 9303 part 5: the specimen TD1 identity card.
  td1: {
    size: [85.6, 54],
    lines: ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'],
  },
  // ICAO Doc 9303 part 6: the specimen TD2 identity card.
  td2: {
    size: [105, 74],
    lines: ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'],
  },
  // The specimen passport's holder with a later document: valid until 2034-04-15, check digits computed.
  td3valid: {
    size: [125, 88],
    lines: [
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      td3Line2('L898902C3', 'UTO', '740812', 'F', '340415', 'ZE184226B'),
    ],
  },
  // The specimen passport with its expiry check digit wrong (9 → 8): must not read as valid.
  td3badcheck: {
    size: [125, 88],
    lines: ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204158ZE184226B<<<<<10'],
  },
  // A data page without its MRZ (negative).
  nomrz: { size: [125, 88], lines: [] },
};

/** Seeded PRNG (mulberry32) and a normal deviate. */
function rng(seed) {
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

/** The data page, flat, at `pxPerMm`: RGB float buffer. */
async function renderPage(spec, pxPerMm) {
  const [wMm, hMm] = spec.size;
  const w = Math.round(wMm * pxPerMm);
  const h = Math.round(hMm * pxPerMm);
  const mm = (v) => (v * pxPerMm).toFixed(1);
  const waves = Array.from(
    { length: 14 },
    (_, i) =>
      `<path d="M0 ${mm(4 + i * 3)} Q ${mm(wMm / 4)} ${mm(i * 3)} ${mm(wMm / 2)} ${mm(4 + i * 3)} T ${mm(wMm)} ${mm(4 + i * 3)}" stroke="#c9d8cf" stroke-width="${mm(0.3)}" fill="none"/>`,
  ).join('');
  const label = (x, y, t, size = 2.2, weight = 'normal') =>
    `<text x="${mm(x)}" y="${mm(y)}" font-family="DejaVu Sans" font-size="${mm(size)}" font-weight="${weight}" fill="#2b3a4a">${t}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
    <rect width="100%" height="100%" fill="#eef3ee"/>${waves}
    <rect x="${mm(5)}" y="${mm(12)}" width="${mm(wMm * 0.26)}" height="${mm(hMm * 0.45)}" fill="#b8bfc6"/>
    ${label(5, 7, 'UTOPIA · SPECIMEN', 3.2, 'bold')}
    ${label(wMm * 0.36, 15, 'Surname / Nom')}${label(wMm * 0.36, 19, 'ERIKSSON', 2.8, 'bold')}
    ${label(wMm * 0.36, 24, 'Given names / Prénoms')}${label(wMm * 0.36, 28, 'ANNA MARIA', 2.8, 'bold')}
    ${label(wMm * 0.36, 33, 'Date of birth / Date de naissance')}${label(wMm * 0.36, 37, '12 AUG 1974', 2.8)}
  </svg>`;
  const { data } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const page = new Float32Array(w * h * 3);
  for (let i = 0; i < page.length; i++) page[i] = data[i];
  // MRZ: 10 characters per inch (2.54 mm pitch), lines 4.23 mm apart (6 per inch), the last baseline
  // about 4 mm above the bottom edge, starting 5 mm from the left edge (ICAO 9303 part 3 sizes).
  const pitch = 2.54 * pxPerMm;
  const dpi = 1200;
  const scale = pitch / (await advanceAt(dpi));
  for (let i = 0; i < spec.lines.length; i++) {
    const raw = await renderLine(spec.lines[i], dpi);
    const lw = Math.round(raw.width * scale);
    const lh = Math.round(raw.height * scale);
    const { data: line } = await sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: 1 } })
      .resize(lw, lh, { kernel: 'lanczos3' })
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const bottom = h - 3 * pxPerMm - (spec.lines.length - 1 - i) * 4.23 * pxPerMm;
    const x0 = Math.round(5 * pxPerMm - pitch); // less the leading no-break space
    const y0 = Math.round(bottom - lh * 0.97);
    for (let y = 0; y < lh; y++)
      for (let x = 0; x < lw; x++) {
        const px = x0 + x;
        const py = y0 + y;
        if (px < 0 || py < 0 || px >= w || py >= h) continue;
        const a = line[y * lw + x] / 255;
        for (let c = 0; c < 3; c++) page[(py * w + px) * 3 + c] = page[(py * w + px) * 3 + c] * (1 - a) + 25 * a;
      }
  }
  return { data: page, width: w, height: h };
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
async function photograph(page, { quad, light = 0, noise = 0, blur = 0, quality = 88, seed = 1 }) {
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
function placement(page, { fill = 0.82, deg = 0, tilt = 0, dx = 0, dy = 0 }) {
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

/** The distortions of each specimen: name → placement and photograph options. */
export const VARIANTS = {
  clean: { place: {}, shot: {} },
  blur: { place: {}, shot: { blur: 1.2 } },
  noise: { place: {}, shot: { noise: 14, seed: 7, quality: 70 } },
  rotated: { place: { deg: 4 }, shot: {} },
  perspective: { place: { tilt: 0.06, deg: -1.5 }, shot: {} },
  light: { place: {}, shot: { light: 0.55 } },
  jpeg: { place: {}, shot: { quality: 30 } },
  photo: {
    place: { deg: 2, tilt: 0.03, fill: 0.75 },
    shot: { blur: 0.8, noise: 6, light: 0.35, quality: 60, seed: 3 },
  },
};

requireFont();
mkdirSync(OUT, { recursive: true });
const plan = [
  ...['td3', 'td1', 'td2'].flatMap((name) => Object.keys(VARIANTS).map((variant) => [name, variant])),
  ['td3valid', 'clean'],
  ['td3badcheck', 'clean'],
  ['nomrz', 'clean'],
  ['nomrz', 'photo'],
];
for (const [name, variant] of plan) {
  const spec = SPECIMENS[name];
  const pxPerMm = (FRAME_W * 0.9 * 2) / spec.size[0];
  const page = await renderPage(spec, pxPerMm);
  const { place, shot } = VARIANTS[variant];
  const jpeg = await photograph(page, { ...shot, quad: placement(page, place) });
  const file = join(OUT, `${name}-${variant}.jpg`);
  writeFileSync(file, jpeg);
  console.log(`${file}: ${jpeg.length} bytes`);
}
const json = JSON.stringify(Object.fromEntries(Object.entries(SPECIMENS).map(([k, v]) => [k, v.lines])));
writeFileSync(join(OUT, 'specimens.json'), await prettier.format(json, { parser: 'json', printWidth: 120 }));
