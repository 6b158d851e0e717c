/**
 * Promise client for reader.worker.ts: `await reader.read(frame)` → the MRZ read from it (or null),
 * computed off the main thread. One worker per client, started on construction (that is when its
 * chunk, the recogniser and the parser, is fetched); `close()` terminates it.
 */
import type { RgbaImage } from '../vision/document-quality.js';
import type { MrzResult } from './read-mrz.js';
import type { ReaderRequest, ReaderResponse } from './reader-protocol.js';

/** Starts the bundled module worker (Vite and the dev server both resolve this URL). */
export function createReaderWorker(): Worker {
  return new Worker(new URL('./reader.worker.ts', import.meta.url), {
    type: 'module',
    name: 'verilock-document-reader',
  });
}

export class DocumentReaderClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: MrzResult | null) => void; reject: (e: Error) => void }>();

  constructor(private readonly worker: Worker = createReaderWorker()) {
    worker.onmessage = (event: MessageEvent<ReaderResponse>) => {
      const msg = event.data;
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(msg.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new Error(event.message || 'document reader worker failed'));
    };
  }

  /** Readings still under way (a caller reading camera frames keeps this at one). */
  get busy(): number {
    return this.pending.size;
  }

  /**
   * Reads an image. RGBA pixels are copied (the caller keeps its buffer); an ImageBitmap is
   * transferred (and closed by the worker). `now` dates the reading (two-digit years' century).
   */
  read(image: RgbaImage | ImageBitmap, now: Date = new Date()): Promise<MrzResult | null> {
    const id = this.nextId++;
    return new Promise<MrzResult | null>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (typeof ImageBitmap !== 'undefined' && image instanceof ImageBitmap) {
        this.post({ id, kind: 'bitmap', bitmap: image, now: now.getTime() }, [image]);
        return;
      }
      const { data, width, height } = image as RgbaImage;
      const buffer = data.slice().buffer as ArrayBuffer;
      this.post({ id, kind: 'pixels', data: buffer, width, height, now: now.getTime() }, [buffer]);
    });
  }

  /** Terminates the worker; pending readings reject. */
  close(): void {
    this.worker.terminate();
    this.failAll(new Error('document reader closed'));
  }

  private post(request: ReaderRequest, transfer: Transferable[]): void {
    this.worker.postMessage(request, transfer);
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
