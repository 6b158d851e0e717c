/**
 * Worker: reads a document's MRZ off the main thread, so the camera loop never waits for it.
 * In: {@link ReaderRequest} (raw RGBA pixels, transferred; or an ImageBitmap, drawn on an
 * OffscreenCanvas). Out: {@link ReaderResponse}. The recogniser, its templates and the `mrz` parser
 * live in this worker's chunk only: nothing of them loads until a document step starts the worker.
 */
import type { RgbaImage } from '../vision/document-quality.js';
import { readMrz } from './read-mrz.js';
import type { ReaderRequest, ReaderResponse } from './reader-protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ReaderRequest>) => void) | null;
  postMessage(message: ReaderResponse): void;
}

const scope = self as unknown as WorkerScope;

function pixelsOf(request: ReaderRequest): RgbaImage {
  if (request.kind === 'pixels')
    return { data: new Uint8ClampedArray(request.data), width: request.width, height: request.height };
  const { bitmap } = request;
  if (typeof OffscreenCanvas === 'undefined') throw new Error('OffscreenCanvas is not available');
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2d context');
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    scope.postMessage({ id: request.id, ok: true, result: readMrz(pixelsOf(request), new Date(request.now)) });
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
