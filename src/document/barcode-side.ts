/**
 * Which capture of a document carries a barcode worth reading: the back of a driving licence (the
 * PDF417 of US and Canadian licences, AAMVA; QR or Aztec codes elsewhere), and the back of a US or
 * Canadian identity card (AAMVA too). Only these sides load the barcode decoder (its wasm is about
 * 0.4 MB on the wire): with no document type chosen, nothing does.
 */
import type { CaptureKind, DocumentType } from '../api/schemas.js';
import { VISION_ASSET_NAMES } from '../vision/asset-names.js';

/** Countries whose identity cards carry an AAMVA PDF417 on the back. */
const AAMVA_COUNTRIES = new Set(['US', 'CA']);

export function carriesBarcode(
  kind: CaptureKind,
  type: DocumentType | null | undefined,
  country: string | null | undefined,
): boolean {
  if (kind !== 'document_back') return false;
  if (type === 'drivers_license') return true;
  return type === 'id_card' && !!country && AAMVA_COUNTRIES.has(country.toUpperCase());
}

/** Where the barcode decoder's wasm is served under `assets-base` (beside MediaPipe's runtime). */
export function barcodeWasmUrl(assetsBase: string): string {
  const base = assetsBase === '' || assetsBase.endsWith('/') ? assetsBase : `${assetsBase}/`;
  return new URL(`${base}${VISION_ASSET_NAMES.barcodeWasm}`, document.baseURI).href;
}
