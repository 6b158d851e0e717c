/**
 * Worker: reads a document's MRZ and barcodes off the main thread, so the camera loop never waits for it.
 * In: {@link ReaderRequest} (raw RGBA pixels, transferred; or an ImageBitmap, drawn on an
 * OffscreenCanvas). Out: {@link ReaderResponse}. The recogniser, its templates and the `mrz` parser
 * live in this worker's chunk only: nothing of them loads until a document step starts the worker. The
 * barcode decoder (zxing-wasm, its script and wasm) is imported on the first request for barcodes only.
 *
 * A live frame is decoded as it is and turned by one retry angle (the next frame by the next angle); a
 * photo taken or a file chosen by every one ({@link ReadTargets.everyAngle}).
 *
 * Both targets: a valid MRZ wins; otherwise a decoded barcode; otherwise the MRZ as read (or null).
 */
import { framePixels, serveFrames } from '../vision/worker-frame.js';
import { readMrz } from './read-mrz.js';
import type { DocumentScan, ReaderRequest } from './reader-protocol.js';

/** Live frames taken so far (each gets the next retry angle). */
let frames = 0;

serveFrames(async (request: ReaderRequest): Promise<{ result: DocumentScan | null }> => {
  const image = framePixels(request);
  const mrz = request.targets.mrz ? readMrz(image, new Date(request.now)) : null;
  const wasmUrl = request.targets.barcodes;
  if (mrz?.reading.check_digits_valid || !wasmUrl) return { result: mrz };
  const { readBarcode, RETRY_ANGLES } = await import('./read-barcode.js');
  const angles = request.targets.everyAngle ? RETRY_ANGLES : [RETRY_ANGLES[frames++ % RETRY_ANGLES.length]!];
  return { result: (await readBarcode(image, wasmUrl, angles)) ?? mrz };
});
