/** Messages between {@link DocumentReaderClient} and reader.worker.ts. */
import type { BarcodeResult } from './barcode.js';
import type { MrzResult } from './read-mrz.js';

/** What a document side is read for: its MRZ, its barcodes, or both (the MRZ first). */
export interface ReadTargets {
  mrz: boolean;
  /** Read barcodes with the decoder's wasm at this URL (null: no barcodes; see barcodeWasmUrl()). */
  barcodes: string | null;
  /**
   * Try every retry angle on this image (a photo taken or a file chosen: read once). Without it, a frame
   * of a live preview gets one angle, the next frame the next one, so an attempt stays short.
   */
  everyAngle?: boolean;
}

/** A reading of a document photo: its MRZ or a barcode. */
export type DocumentScan = MrzResult | BarcodeResult;

export type ReaderRequest = (
  | { id: number; kind: 'pixels'; data: ArrayBuffer; width: number; height: number }
  | { id: number; kind: 'bitmap'; bitmap: ImageBitmap }
) & { now: number; targets: ReadTargets };

export type ReaderResponse =
  { id: number; ok: true; result: DocumentScan | null } | { id: number; ok: false; error: string };
