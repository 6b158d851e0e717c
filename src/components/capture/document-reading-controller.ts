import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DocumentType } from '../../api/schemas.js';
import { assessReading, type DocumentReadIssue, type ReadingVerdict } from '../../document/assess.js';
import { DocumentReaderClient, MRZ_ONLY } from '../../document/reader-client.js';
import type { DocumentScan, ReadTargets } from '../../document/reader-protocol.js';
import type { RgbaImage } from '../../vision/document-quality.js';

/** How often a live document preview is sampled for its MRZ or barcode (ms); never two readings in flight. */
export const READ_INTERVAL_MS = 400;
/** Longest side of a sampled frame (the MRZ reads well at this size, and the copy stays small). */
const READ_LONG_SIDE = 1600;

/** What the controller needs of a reader (a {@link DocumentReaderClient}, or a test's). */
export interface DocumentReader {
  read(image: RgbaImage | ImageBitmap, now?: Date, targets?: ReadTargets): Promise<DocumentScan | null>;
  close(): void;
  /** The reader can no longer read (e.g. its worker was stuck and terminated): a new one is started. */
  readonly closed?: boolean;
}

/** What the document-reading controller needs from its step. */
export interface DocumentReadingOptions {
  /** The camera is live, no photo is being taken and nothing is being explained. */
  ready(): boolean;
  /** The document type and country the applicant chose, or the session fixed. */
  choice(): { type: DocumentType | null; country: string | null };
  /** What this step's side is read for (default: its MRZ). */
  targets?(): ReadTargets;
  /** A valid reading: take the photo now. */
  onValid(result: DocumentScan): void;
  /** A reading that must be explained before upload (expired, or contradicting the choice). */
  onIssue(issue: DocumentReadIssue, result: DocumentScan): void;
  /** Starts the reader (default: the bundled worker, created on the first reading). */
  createReader?: () => DocumentReader;
  now?: () => Date;
  intervalMs?: number;
}

/** A frame source: a live `<video>` (or a canvas, as tests draw). */
export type FrameSource = HTMLVideoElement | HTMLCanvasElement;

function sizeOf(source: FrameSource): { width: number; height: number } {
  return source instanceof HTMLVideoElement
    ? { width: source.videoWidth, height: source.videoHeight }
    : { width: source.width, height: source.height };
}

/**
 * Reads the MRZ (or barcode, see {@link DocumentReadingOptions.targets}) of a live document step off the main thread: samples a frame every
 * {@link READ_INTERVAL_MS} into the reader worker (created lazily, on the first reading, so only
 * sessions with a document step load it), one reading at a time, and turns each reading into a
 * verdict ({@link assessReading}): valid → take the photo; expired or contradicting the choice →
 * explain. Nothing read: the usual quality path goes on as before. Also reads a captured image once
 * ({@link readImage}), for the shutter and the file fallback.
 */
export class DocumentReadingController implements ReactiveController {
  #opts: DocumentReadingOptions;
  #reader: DocumentReader | null = null;
  #timer: ReturnType<typeof setInterval> | undefined;
  #reading = false;
  #startedAt = 0;
  #latest: DocumentScan | null = null;

  constructor(host: ReactiveControllerHost, opts: DocumentReadingOptions) {
    this.#opts = opts;
    host.addController(this);
  }

  /** The latest reading of this step (null: nothing read). */
  get latest(): DocumentScan | null {
    return this.#latest;
  }

  /** Starts sampling a live preview. */
  start(source: FrameSource): void {
    this.stop();
    this.#latest = null;
    this.#startedAt = performance.now();
    this.#timer = setInterval(() => void this.#sample(source), this.#opts.intervalMs ?? READ_INTERVAL_MS);
  }

  /** Stops sampling (the camera is no longer live, the photo is being taken, or a reading is explained). */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  get running(): boolean {
    return this.#timer !== undefined;
  }

  hostDisconnected(): void {
    this.stop();
    this.#reader?.close();
    this.#reader = null;
  }

  /** What a reading means for this step. */
  assess(result: DocumentScan | null, elapsedMs = 0): ReadingVerdict {
    const choice = this.#opts.choice();
    return assessReading({
      reading: result?.reading ?? null,
      barcode: result?.source === 'barcode',
      readingCountry: result?.countryIso2 ?? null,
      chosenType: choice.type,
      chosenCountry: choice.country,
      now: this.#now(),
      elapsedMs,
    });
  }

  /** One reading of a captured image (shutter photo or chosen file); null when nothing could be read. */
  async readImage(blob: Blob): Promise<DocumentScan | null> {
    try {
      const bitmap = await createImageBitmap(blob);
      const result = await this.#client().read(bitmap, this.#now(), { ...this.#targets(), everyAngle: true });
      if (result) this.#latest = result;
      return result;
    } catch {
      return null; // unreadable: the usual path decides
    }
  }

  #now(): Date {
    return this.#opts.now?.() ?? new Date();
  }

  #targets(): ReadTargets {
    return this.#opts.targets?.() ?? MRZ_ONLY;
  }

  #client(): DocumentReader {
    if (this.#reader?.closed) this.#reader = null;
    this.#reader ??= this.#opts.createReader?.() ?? new DocumentReaderClient();
    return this.#reader;
  }

  async #sample(source: FrameSource): Promise<void> {
    const { width, height } = sizeOf(source);
    if (this.#reading || !this.#opts.ready() || !width || !height) return;
    this.#reading = true;
    try {
      const scale = Math.min(1, READ_LONG_SIDE / Math.max(width, height));
      const bitmap = await createImageBitmap(source, {
        resizeWidth: Math.round(width * scale),
        resizeHeight: Math.round(height * scale),
      });
      const result = await this.#client().read(bitmap, this.#now(), this.#targets());
      if (!this.running || !this.#opts.ready() || !result) return;
      this.#latest = result;
      const verdict = this.assess(result, performance.now() - this.#startedAt);
      if (verdict.kind === 'valid') {
        this.stop();
        this.#opts.onValid(result);
      } else if (verdict.kind === 'explain') {
        this.stop();
        this.#opts.onIssue(verdict.issue, result);
      }
    } catch {
      /* a frame that cannot be read is skipped */
    } finally {
      this.#reading = false;
    }
  }
}
