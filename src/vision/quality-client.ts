/**
 * Promise client for quality.worker.ts: `await client.measure(imageData)` → metrics, computed off
 * the main thread. One worker per client; `close()` terminates it.
 */
import type { DocumentMetrics, RgbaImage } from './document-quality.js';
import type { QualityRequest, QualityResponse } from './quality-protocol.js';

/** Starts the bundled module worker (Vite and the dev server both resolve this URL). */
export function createQualityWorker(): Worker {
  return new Worker(new URL('./quality.worker.ts', import.meta.url), { type: 'module', name: 'verilock-quality' });
}

export class QualityClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (m: DocumentMetrics) => void; reject: (e: Error) => void }>();

  constructor(private readonly worker: Worker = createQualityWorker()) {
    worker.onmessage = (event: MessageEvent<QualityResponse>) => {
      const msg = event.data;
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.metrics);
      else p.reject(new Error(msg.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new Error(event.message || 'quality worker failed'));
    };
  }

  /**
   * Measures an image. RGBA pixels are copied (the caller keeps its buffer) unless `transfer` is
   * set; an ImageBitmap is always transferred (and closed by the worker).
   */
  measure(image: RgbaImage | ImageBitmap, { transfer = false }: { transfer?: boolean } = {}): Promise<DocumentMetrics> {
    const id = this.nextId++;
    return new Promise<DocumentMetrics>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (typeof ImageBitmap !== 'undefined' && image instanceof ImageBitmap) {
        this.post({ id, kind: 'bitmap', bitmap: image }, [image]);
        return;
      }
      const { data, width, height } = image as RgbaImage;
      const whole =
        data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer;
      const buffer = transfer && whole ? (data.buffer as ArrayBuffer) : (data.slice().buffer as ArrayBuffer);
      this.post({ id, kind: 'pixels', data: buffer, width, height }, [buffer]);
    });
  }

  /** Terminates the worker; pending measurements reject. */
  close(): void {
    this.worker.terminate();
    this.failAll(new Error('quality client closed'));
  }

  private post(request: QualityRequest, transfer: Transferable[]): void {
    this.worker.postMessage(request, transfer);
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
