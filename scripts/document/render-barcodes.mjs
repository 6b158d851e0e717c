#!/usr/bin/env node
// Renders the barcode test media into test/fixtures/documents/ (committed; see PROVENANCE.md there): the back
// of a made-up US driving licence carrying an AAMVA (DL/ID Card Design Standard 2020, version 10) PDF417,
// made with bwip-js (Barcode Writer in Pure JavaScript, MIT), photographed-looking variants (blur,
// perspective, JPEG noise, small in the frame), an expired licence, and card backs with a QR and an Aztec
// code. Deterministic (seeded noise, fixed fonts):
//
//   node scripts/document/render-barcodes.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import bwipjs from 'bwip-js';
import * as prettier from 'prettier';
import sharp from 'sharp';
import { FRAME_W, photograph, placement } from './photograph.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'test', 'fixtures', 'documents');
/** ID-1 card size (mm): driving licences and identity cards. */
export const CARD = [85.6, 54];

/**
 * An AAMVA payload: the compliance indicator, separators and `ANSI ` file type, the issuer's IIN, the
 * standard's and the jurisdiction's versions, one subfile designator (type, offset, length) and the
 * subfile (its type, then one data element per line, ended by a carriage return).
 */
export function aamvaPayload({ iin, version = 10, subfile = 'DL', elements }) {
  const body = `${subfile}${Object.entries(elements)
    .map(([id, value]) => `${id}${value}`)
    .join('\n')}\r`;
  const head = `@\n\x1e\rANSI ${iin}${String(version).padStart(2, '0')}0001`;
  const offset = head.length + 10;
  return `${head}${subfile}${String(offset).padStart(4, '0')}${String(body.length).padStart(4, '0')}${body}`;
}

/** The made-up licence holder (a California-style layout; every value fictional). */
const HOLDER = {
  DCA: 'C',
  DCB: 'NONE',
  DCD: 'NONE',
  DBA: '03072031', // expiry, MMDDCCYY
  DCS: 'SPECIMEN',
  DAC: 'JANE',
  DAD: 'QUINN',
  DBD: '03072023', // issue
  DBB: '03071985', // birth
  DBC: '2',
  DAY: 'BRO',
  DAU: '065 IN',
  DAG: '100 EXAMPLE STREET',
  DAI: 'SAMPLETOWN',
  DAJ: 'CA',
  DAK: '900000000',
  DAQ: 'D1234567',
  DCF: '00/00/0000NNNAN/ANFD/00',
  DCG: 'USA',
  DDE: 'N',
  DDF: 'N',
  DDG: 'N',
};

export const PAYLOADS = {
  dl: aamvaPayload({ iin: '636014', elements: HOLDER }),
  dlexpired: aamvaPayload({ iin: '636014', elements: { ...HOLDER, DAQ: 'D7654321', DBA: '03072021' } }),
  qr: 'https://verify.example/licence/UTO-D1234567',
  aztec: 'UTO-D1234567-SPECIMEN',
};

const SYMBOL = {
  dl: { bcid: 'pdf417', columns: 13, eclevel: 5, rowmult: 3 },
  dlexpired: { bcid: 'pdf417', columns: 13, eclevel: 5, rowmult: 3 },
  qr: { bcid: 'qrcode', eclevel: 'M' },
  aztec: { bcid: 'azteccode' },
};

/** The card's back, flat, at `pxPerMm`: the barcode (PDF417 across, QR/Aztec square at the right) and some print. */
export async function renderBack(name, pxPerMm) {
  const w = Math.round(CARD[0] * pxPerMm);
  const h = Math.round(CARD[1] * pxPerMm);
  const mm = (v) => (v * pxPerMm).toFixed(1);
  const symbol = await bwipjs.toBuffer({ ...SYMBOL[name], text: PAYLOADS[name], scale: 4, paddingwidth: 0 });
  const wide = SYMBOL[name].bcid === 'pdf417';
  const box = wide ? { x: 5, y: 22, w: 75.6, h: 26 } : { x: 52, y: 14, w: 28, h: 28 };
  const meta = await sharp(symbol).metadata();
  const fit = Math.min((box.w * pxPerMm) / meta.width, (box.h * pxPerMm) / meta.height);
  const sw = Math.round(meta.width * fit);
  const sh = Math.round(meta.height * fit);
  const code = await sharp(symbol)
    .resize(sw, sh, { kernel: 'nearest' })
    .flatten({ background: '#ffffff' })
    .png()
    .toBuffer();
  const label = (x, y, t, size = 2.2) =>
    `<text x="${mm(x)}" y="${mm(y)}" font-family="DejaVu Sans" font-size="${mm(size)}" fill="#2b3a4a">${t}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
    <rect width="100%" height="100%" fill="#f1f0ea"/>
    ${label(5, 7, 'SPECIMEN · NOT A DOCUMENT', 2.8)}
    ${label(5, 12, 'CLASS C · RESTR NONE · END NONE')}
    ${label(5, 16, 'DD 00/00/0000NNNAN/ANFD/00')}
  </svg>`;
  const page = await sharp(Buffer.from(svg))
    .composite([{ input: code, left: Math.round(box.x * pxPerMm), top: Math.round(box.y * pxPerMm) }])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const data = new Float32Array(w * h * 3);
  for (let i = 0; i < data.length; i++) data[i] = page.data[i];
  return { data, width: w, height: h };
}

/** The distortions of the licence back: name → placement and photograph options. */
export const BARCODE_VARIANTS = {
  clean: { place: {}, shot: {} },
  blur: { place: {}, shot: { blur: 1.0 } },
  perspective: { place: { tilt: 0.04, deg: -2 }, shot: {} },
  jpeg: { place: {}, shot: { noise: 6, seed: 5, quality: 45 } },
  small: { place: { fill: 0.6 }, shot: {} },
  photo: {
    place: { deg: 2, tilt: 0.03, fill: 0.75 },
    shot: { blur: 0.6, noise: 6, light: 0.35, quality: 60, seed: 3 },
  },
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT, { recursive: true });
  const plan = [
    ...Object.keys(BARCODE_VARIANTS).map((variant) => ['dl', variant]),
    ['dlexpired', 'clean'],
    ['qr', 'clean'],
    ['aztec', 'clean'],
  ];
  for (const [name, variant] of plan) {
    const pxPerMm = (FRAME_W * 0.9 * 2) / CARD[0];
    const back = await renderBack(name, pxPerMm);
    const { place, shot } = BARCODE_VARIANTS[variant];
    const jpeg = await photograph(back, { ...shot, quad: placement(back, place) });
    const file = join(OUT, `${name}-${variant}.jpg`);
    writeFileSync(file, jpeg);
    console.log(`${file}: ${jpeg.length} bytes`);
  }
  writeFileSync(
    join(OUT, 'barcodes.json'),
    await prettier.format(JSON.stringify(PAYLOADS), { parser: 'json', printWidth: 120 }),
  );
}
