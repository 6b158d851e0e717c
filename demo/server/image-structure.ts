/**
 * Where an image's own structure ends: after the JPEG end-of-image marker that closes its last scan,
 * after the PNG `IEND` chunk, after the WebP RIFF chunk. Anything past it is another file riding along
 * (a polyglot: an image that is also a ZIP, an HTML page, a script). Pure: bytes in, offsets out.
 */
import type { ImageType } from './storage.js';

/** The outcome of {@link imageEnd}: where the image ends, or why its structure is broken. */
export type ImageEnd = { ok: true; end: number } | { ok: false; problem: string };

const u16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u32 = (b: Uint8Array, i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const u32le = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

/**
 * JPEG: walk the marker segments from SOI (each with its length, so embedded thumbnails inside APP
 * segments are skipped whole), through the entropy-coded data after each SOS (where `FF 00` and the
 * restart markers are data), to the EOI marker.
 */
function jpegEnd(b: Uint8Array): ImageEnd {
  let i = 2;
  while (i < b.length) {
    if (b[i] !== 0xff) return { ok: false, problem: 'a JPEG segment does not start with a marker' };
    while (i < b.length && b[i] === 0xff) i++; // fill bytes
    if (i >= b.length) break;
    const marker = b[i++]!;
    if (marker === 0xd9) return { ok: true, end: i };
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue; // no length
    if (i + 2 > b.length) break;
    const length = u16(b, i);
    if (length < 2) return { ok: false, problem: 'a JPEG segment has an impossible length' };
    i += length;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is not a stuffed byte or a restart marker.
      while (i < b.length) {
        if (b[i] === 0xff && i + 1 < b.length) {
          const next = b[i + 1]!;
          if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
            i += next === 0xff ? 1 : 2;
            continue;
          }
          break;
        }
        i++;
      }
    }
  }
  return { ok: false, problem: 'the JPEG has no end-of-image marker' };
}

/** PNG: walk the chunks (length, type, data, CRC) to `IEND`. */
function pngEnd(b: Uint8Array): ImageEnd {
  let i = 8;
  while (i + 12 <= b.length) {
    const length = u32(b, i);
    const type = String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!);
    i += 12 + length;
    if (i > b.length) break;
    if (type === 'IEND') return { ok: true, end: i };
  }
  return { ok: false, problem: 'the PNG has no IEND chunk' };
}

/** WebP: one RIFF chunk whose size field (plus padding to even) covers the whole file. */
function webpEnd(b: Uint8Array): ImageEnd {
  if (b.length < 12) return { ok: false, problem: 'the WebP is truncated' };
  const size = u32le(b, 4);
  const end = 8 + size + (size % 2);
  if (end > b.length) return { ok: false, problem: 'the WebP is truncated' };
  return { ok: true, end };
}

/** Where the image of type `type` ends in `bytes`. */
export function imageEnd(bytes: Uint8Array, type: ImageType): ImageEnd {
  if (type === 'image/jpeg') return jpegEnd(bytes);
  if (type === 'image/png') return pngEnd(bytes);
  return webpEnd(bytes);
}

/**
 * Why the bytes are not a clean image of `type`, or null: the structure is broken, or bytes other than
 * zero padding follow the image's end.
 */
export function structureProblem(bytes: Uint8Array, type: ImageType): string | null {
  const end = imageEnd(bytes, type);
  if (!end.ok) return end.problem;
  for (let i = end.end; i < bytes.length; i++) {
    if (bytes[i] !== 0) return `${bytes.length - end.end} bytes follow the end of the image`;
  }
  return null;
}
