/**
 * Decodes the barcodes of a document photo with zxing-wasm (ZXing-C++ compiled to WebAssembly, Apache-2.0):
 * PDF417, QR and Aztec. Runs in the reader worker only, imported there on the first barcode reading, so
 * its script and wasm load only for sessions with a barcode-bearing side (see barcode-side.ts).
 *
 * The wasm is our own copy, served from `assets-base` beside MediaPipe's (`wasm/zxing_reader.wasm`,
 * content-hashed in the browser build; see src/vision/asset-names.ts): zxing-wasm's default, fetching it
 * from a CDN, is overridden with that URL.
 */
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import type { RgbaImage } from '../vision/document-quality.js';
import { barcodeResult, bestBarcode, DOCUMENT_BARCODES, type BarcodeResult } from './barcode.js';
import { rotateRgba } from './rotate.js';

const OPTIONS: ReaderOptions = {
  formats: [...DOCUMENT_BARCODES],
  tryHarder: true,
  tryRotate: true,
  tryInvert: false,
  tryDownscale: true,
  maxNumberOfSymbols: 4,
  textMode: 'Plain', // AAMVA's separators as they are (the default spells control characters out)
};

let preparedFor: string | null = null;

/** Points zxing-wasm at our wasm (its module is made again only if the URL changes). */
function prepare(wasmUrl: string): void {
  if (preparedFor === wasmUrl) return;
  prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) },
  });
  preparedFor = wasmUrl;
}

/**
 * Angles (degrees) a frame is turned by when nothing decodes as it is: the PDF417 detector needs its rows
 * level within about 2°, and a card held by hand is often more askew (each try costs one more decode).
 */
export const RETRY_ANGLES = [4, -4, 8, -8];

/**
 * The barcode a document photo is best read by (see {@link bestBarcode}), or null when none decodes, as
 * it is or turned by one of `angles` (default: every one of {@link RETRY_ANGLES}; a live preview tries
 * one per frame, see reader.worker.ts). `wasmUrl`: where the decoder's wasm is served.
 */
export async function readBarcode(
  image: RgbaImage,
  wasmUrl: string,
  angles: readonly number[] = RETRY_ANGLES,
): Promise<BarcodeResult | null> {
  prepare(wasmUrl);
  let found = await decode(image);
  for (const angle of angles) {
    if (found) break;
    found = await decode(rotateRgba(image, angle));
  }
  return found;
}

async function decode(image: RgbaImage): Promise<BarcodeResult | null> {
  const found = await readBarcodes(image as ImageData, OPTIONS);
  const results: BarcodeResult[] = [];
  for (const r of found) {
    if (!r.isValid) continue;
    const result = barcodeResult(r.symbology, r.text);
    if (result) results.push(result);
  }
  return bestBarcode(results);
}
