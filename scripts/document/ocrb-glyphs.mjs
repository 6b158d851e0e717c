// The OCR-B glyphs of the MRZ alphabet, rasterised from Debian's `fonts-ocr-b` (OCRB.otf) with sharp
// (libvips + Pango). Shared by render-ocrb-templates.mjs (the recogniser's templates) and
// render-specimens.mjs (the test data pages). Needs the font installed: `apt-get install -y fonts-ocr-b`.
import { existsSync } from 'node:fs';
import sharp from 'sharp';

export const OCRB_FONT = '/usr/share/fonts/opentype/ocr-b/OCRB.otf';
export const MRZ_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';

export function requireFont() {
  if (!existsSync(OCRB_FONT)) throw new Error(`${OCRB_FONT} not found: run apt-get install -y fonts-ocr-b`);
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * One line of OCR-B text, white ink on black, as 8-bit grey: `{ data, width, height }`, led by
 * one blank cell and followed by another: Pango's box clips the outer side of a long line's first and
 * last glyphs, so a sacrificial `<` is rendered at each end and erased.
 * The font is monospaced, so the characters of the line sit at a fixed pitch.
 */
export async function renderLine(text, dpi) {
  // Kerning off: Pango would pull runs of `<` together, and the MRZ is strictly fixed-pitch.
  const padded = `<span font_features="kern 0">&lt;${escape(text)}&lt;</span>`;
  const { data, info } = await sharp({ text: { text: padded, fontfile: OCRB_FONT, font: 'OCR B', dpi } })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const inked = (x) => {
    for (let y = 0; y < height; y++) if (data[y * width + x] > 0) return true;
    return false;
  };
  let x = 0;
  while (x < width && !inked(x)) x++;
  while (x < width && inked(x)) x++;
  let e = width - 1;
  while (e > 0 && !inked(e)) e--;
  while (e > 0 && inked(e)) e--;
  for (let y = 0; y < height; y++) {
    data.fill(0, y * width, y * width + x);
    data.fill(0, y * width + e + 1, (y + 1) * width);
  }
  return { data, width, height };
}

/** The advance (pitch) of the font at a dpi, in pixels: from two line lengths, free of the line's padding. */
export async function advanceAt(dpi) {
  const a = await renderLine('<'.repeat(10), dpi);
  const b = await renderLine('<'.repeat(50), dpi);
  return (b.width - a.width) / 40;
}
