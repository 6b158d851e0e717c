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
import { photograph, placement } from './photograph.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'test', 'fixtures', 'documents');
const FRAME_W = 800;

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
