/**
 * Worker: measures document quality off the main thread.
 * In: {@link QualityRequest} (raw RGBA pixels, transferred; or an ImageBitmap, drawn on an
 * OffscreenCanvas). Out: {@link QualityResponse}.
 */
import { documentMetrics, type RgbaImage } from './document-quality.js';
import type { QualityRequest, QualityResponse } from './quality-protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<QualityRequest>) => void) | null;
  postMessage(message: QualityResponse): void;
}

const scope = self as unknown as WorkerScope;

function pixelsOf(request: QualityRequest): RgbaImage {
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
    scope.postMessage({ id: request.id, ok: true, metrics: documentMetrics(pixelsOf(request)) });
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
