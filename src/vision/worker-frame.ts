/**
 * For the workers that measure or read camera frames (quality.worker.ts, document/reader.worker.ts): the
 * frame a request carries, as RGBA pixels, and the one way such a worker answers (a result, or the error).
 */
import type { RgbaImage } from './document-quality.js';

/** A frame as posted to a worker: raw RGBA pixels (transferred) or an ImageBitmap. */
export type FrameRequest =
  | { id: number; kind: 'pixels'; data: ArrayBuffer; width: number; height: number }
  | { id: number; kind: 'bitmap'; bitmap: ImageBitmap };

/** The request's pixels; an ImageBitmap is drawn on an OffscreenCanvas and closed. */
export function framePixels(request: FrameRequest): RgbaImage {
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

/**
 * Answers every request of this worker with `{ id, ok: true, ...work(request) }`, or `{ id, ok: false,
 * error }` when the work throws (or its promise rejects: work may be asynchronous).
 */
export function serveFrames<Req extends FrameRequest, Res extends object>(
  work: (request: Req) => Res | Promise<Res>,
): void {
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<Req>) => void) | null;
    postMessage(message: unknown): void;
  };
  scope.onmessage = (event) => {
    const request = event.data;
    const fail = (error: unknown) =>
      scope.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    try {
      const answer = work(request);
      if (answer instanceof Promise)
        answer.then((res) => scope.postMessage({ id: request.id, ok: true, ...res }), fail);
      else scope.postMessage({ id: request.id, ok: true, ...answer });
    } catch (error) {
      fail(error);
    }
  };
}
