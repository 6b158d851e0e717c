/** What the file fallback decides about a HEIF file (an iPhone's HEIC photo), apart from decoding it (pure, unit-tested). */

/** Brands of HEVC-coded HEIF: images (heic, heix: 10-bit), sequences (hevc, hevx), multi-layer (heim, heis, hevm, hevs). */
const HEVC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
/** AV1-coded HEIF (AVIF): browsers decode it themselves. */
const AVIF_BRANDS = new Set(['avif', 'avis']);
/** The generic HEIF brands (image, sequence): the codec is only known from the items inside. */
const HEIF_BRANDS = new Set(['mif1', 'msf1']);

/**
 * The brands of the `ftyp` box a HEIF file starts with (major brand first, then the compatible ones), or
 * null when the bytes do not start with one.
 */
export function ftypBrands(head: Uint8Array): string[] | null {
  if (head.length < 16) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const size = view.getUint32(0);
  const fourcc = (at: number) => String.fromCharCode(...head.subarray(at, at + 4));
  if (fourcc(4) !== 'ftyp' || size < 16 || size % 4 !== 0) return null;
  const brands = [fourcc(8)];
  for (let at = 16; at + 4 <= Math.min(size, head.length); at += 4) brands.push(fourcc(at));
  return brands;
}

/**
 * What a file is by its `ftyp` brands: `heic` for HEVC-coded HEIF and generic HEIF (decoded by our own
 * decoder), `avif` for AV1-coded HEIF (the browser's own decoder), null for anything else (not HEIF).
 * An AVIF major brand wins; otherwise any HEVC brand means HEIC, even beside AVIF ones.
 */
export function heifKind(head: Uint8Array): 'heic' | 'avif' | null {
  const brands = ftypBrands(head);
  if (!brands) return null;
  if (AVIF_BRANDS.has(brands[0]!)) return 'avif';
  if (brands.some((b) => HEVC_BRANDS.has(b))) return 'heic';
  if (brands.some((b) => AVIF_BRANDS.has(b))) return 'avif';
  if (brands.some((b) => HEIF_BRANDS.has(b))) return 'heic';
  return null;
}

/** Whether a file's name or type says HEIC/HEIF (browsers often give `.heic` files an empty type). */
export function namedHeif(name: string, type: string): boolean {
  return /\.(heic|heif|hif)$/i.test(name) || /^image\/hei[cf](-sequence)?$/i.test(type);
}

/** Why a HEIF file could not be turned into a picture: it is damaged, or it uses what our decoder lacks. */
export type HeifFailure = 'corrupt' | 'unsupported';

/**
 * libheif's error codes (`heif_error_code`) that mean the file is sound but not decodable here: an
 * unsupported file type or feature (another codec, an unknown essential property), a codec plugin that
 * would not load, or more memory than the device gives. Every other error (invalid input, a truncated
 * file, a bitstream the HEVC decoder rejects) means the file is damaged.
 */
const UNSUPPORTED_CODES = new Set([3, 4, 6, 11]);

export function heifFailureOf(code: number): HeifFailure {
  return UNSUPPORTED_CODES.has(code) ? 'unsupported' : 'corrupt';
}
