/**
 * What a barcode decoded on a document means: its symbology and text, and for the PDF417 of a US or
 * Canadian driving licence or identity card the AAMVA fields ({@link parseAamva}). Pure: no decoder here
 * (read-barcode.ts decodes, in the reader worker).
 */
import type { DocumentRead } from '../api/schemas.js';
import { parseAamva } from './aamva.js';
import { icaoToIso2 } from './icao-countries.js';

/** The symbologies read on documents. */
export const DOCUMENT_BARCODES = ['PDF417', 'QRCode', 'Aztec'] as const;
export type DocumentBarcode = (typeof DOCUMENT_BARCODES)[number];

/** A barcode read on a document. */
export interface BarcodeResult {
  source: 'barcode';
  format: DocumentBarcode;
  /** The decoded text (error-corrected by the symbology itself: what decodes is what was printed). */
  text: string;
  /** The AAMVA fields of a driving licence's or identity card's PDF417 (null: not an AAMVA payload). */
  reading: DocumentRead | null;
  /** ISO alpha-2 code of the reading's country (`US`, `CA`; null without a reading). */
  countryIso2: string | null;
}

/** The result for a decoded barcode, or null for a symbology that is not read on documents. */
export function barcodeResult(symbology: string, text: string): BarcodeResult | null {
  const format = DOCUMENT_BARCODES.find((f) => f === symbology);
  if (!format) return null;
  const aamva = format === 'PDF417' ? parseAamva(text) : null;
  const reading = aamva?.document ?? null;
  return { source: 'barcode', format, text, reading, countryIso2: reading ? icaoToIso2(reading.country) : null };
}

/**
 * The barcode a document side is best read by, of several decoded in one frame: an AAMVA payload with
 * every field first, then any AAMVA payload, then PDF417, then the first one.
 */
export function bestBarcode(results: readonly BarcodeResult[]): BarcodeResult | null {
  const rank = (r: BarcodeResult) =>
    r.reading?.check_digits_valid ? 3 : r.reading ? 2 : r.format === 'PDF417' ? 1 : 0;
  let best: BarcodeResult | null = null;
  for (const r of results) if (!best || rank(r) > rank(best)) best = r;
  return best;
}
