/**
 * Promise client for reader.worker.ts: `await reader.read(frame)` → the MRZ or barcode read from it (or
 * null), computed off the main thread. One worker per client, started on construction (that is when its
 * chunk, the recogniser and the parser, is fetched; the barcode decoder only on the first reading that
 * asks for barcodes); `close()` terminates it.
 */
import type { RgbaImage } from '../vision/document-quality.js';
import type { DocumentScan, ReaderRequest, ReaderResponse, ReadTargets } from './reader-protocol.js';

/** The MRZ only (what a passport's data page or an identity card's back is read for). */
export const MRZ_ONLY: ReadTargets = { mrz: true, barcodes: null };

/** Starts the bundled module worker (Vite and the dev server both resolve this URL). */
export function createReaderWorker(): Worker {
  return new Worker(new URL('./reader.worker.ts', import.meta.url), {
    type: 'module',
    name: 'verilock-document-reader',
  });
}

/**
 * A reading that has not come back after this long means the worker is stuck (it failed to start, or
 * the device is starved): the reading rejects and the worker is terminated, so the step is never left
 * waiting on it (its owner starts a new client for the next reading).
 */
export const READ_TIMEOUT_MS = 15_000;

export class DocumentReaderClient {
  private nextId = 1;
  private ended = false;
  private readonly pending = new Map<
    number,
    { resolve: (r: DocumentScan | null) => void; reject: (e: Error) => void }
  >();

  constructor(
    private readonly worker: Worker = createReaderWorker(),
    private readonly timeoutMs = READ_TIMEOUT_MS,
  ) {
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

  /** The worker was terminated (closed, or stuck past the timeout): further readings reject. */
  get closed(): boolean {
    return this.ended;
  }

  /** Readings still under way (a caller reading camera frames keeps this at one). */
  get busy(): number {
    return this.pending.size;
  }

  /**
   * Reads an image. RGBA pixels are copied (the caller keeps its buffer); an ImageBitmap is
   * transferred (and closed by the worker). `now` dates the reading (two-digit years' century);
   * `targets` says what to look for (default: the MRZ).
   */
  read(
    image: RgbaImage | ImageBitmap,
    now: Date = new Date(),
    targets: ReadTargets = MRZ_ONLY,
  ): Promise<DocumentScan | null> {
    const id = this.nextId++;
    if (this.ended) return Promise.reject(new Error('document reader closed'));
    const reading = new Promise<DocumentScan | null>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (typeof ImageBitmap !== 'undefined' && image instanceof ImageBitmap) {
        this.post({ id, kind: 'bitmap', bitmap: image, now: now.getTime(), targets }, [image]);
        return;
      }
      const { data, width, height } = image as RgbaImage;
      const buffer = data.slice().buffer as ArrayBuffer;
      this.post({ id, kind: 'pixels', data: buffer, width, height, now: now.getTime(), targets }, [buffer]);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stuck = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.end(new Error('document reader timed out'));
        reject(new Error('document reader timed out'));
      }, this.timeoutMs);
    });
    return Promise.race([reading, stuck]).finally(() => clearTimeout(timer));
  }

  /** Terminates the worker; pending readings reject. */
  close(): void {
    this.end(new Error('document reader closed'));
  }

  private end(error: Error): void {
    this.ended = true;
    this.worker.terminate();
    this.failAll(error);
  }

  private post(request: ReaderRequest, transfer: Transferable[]): void {
    this.worker.postMessage(request, transfer);
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
