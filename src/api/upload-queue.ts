/**
 * The upload queue: every confirmed capture reaches the server exactly once, whatever the network does
 * (a capture is never lost).
 *
 * - Uploads start at once, in the background, one at a time in enqueue order (a phone's uplink is
 *   better spent on one capture than split across several).
 * - Each item gets an `Idempotency-Key` at enqueue, kept for every retry of that item, so a retry of a
 *   request that did reach the server gets the first reply instead of a second capture.
 * - Retryable failures (network, timeouts, 408, 429, 5xx) retry with exponential backoff and full
 *   jitter, honouring `Retry-After`; while the device is offline the queue waits for `online` instead.
 * - Other failures leave the item `rejected` (the UI offers a retake or {@link UploadQueue.retry});
 *   token_invalid, token_expired and session_completed stop the whole queue with a `fatal` event.
 * - A newer capture of a kind replaces an older one that is not yet sent (or was rejected); if the older
 *   is in flight, the newer goes after it, so the server ends up with the latest.
 * - Images live in memory only and are dropped once the server acknowledges them. No storage API is used:
 *   after a reload the flow resumes from the server's list ({@link UploadQueue.seedFromServer}).
 *
 * Its items and events are in `upload-items.ts`, its backoff and waits in `upload-waits.ts`, and who waits
 * for it to settle in `upload-settled.ts`.
 */
import { toFlowError, type FlowError } from './errors.js';
import { CaptureKind, type CaptureReceipt } from './schemas.js';
import {
  newEntry,
  randomKey,
  snapshot,
  UploadDoneEvent,
  UploadFatalEvent,
  UploadRejectedEvent,
  type CaptureInput,
  type CaptureUploader,
  type Entry,
  type UploadQueueOptions,
  type SettledUploads,
  type UploadItem,
  type UploadQueueEventMap,
} from './upload-items.js';
import { isSettled, settledResult, SettleWaiters } from './upload-settled.js';
import { UploadWaits } from './upload-waits.js';

export * from './upload-items.js';

// Typed addEventListener/removeEventListener for the events above (declaration merging with the class).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface UploadQueue {
  addEventListener<K extends keyof UploadQueueEventMap>(
    type: K,
    listener: (event: UploadQueueEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof UploadQueueEventMap>(
    type: K,
    listener: (event: UploadQueueEventMap[K]) => void,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void;
}

/**
 * Sequential, retrying, idempotent upload queue for captures.
 *
 * @example
 * const queue = new UploadQueue({ client });
 * queue.seedFromServer(session.captures);
 * queue.addEventListener('change', () => render(queue.items));
 * queue.addEventListener('rejected', (e) => offerRetake(e.item.kind, e.error));
 * queue.addEventListener('fatal', (e) => showError(e.error.code));
 * queue.enqueue({ kind: 'document_front', files: [jpeg], meta: { source: 'camera' } });
 * const { done } = await queue.whenSettled();
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class UploadQueue extends EventTarget {
  readonly #client: CaptureUploader;
  readonly #maxAttempts: number;
  readonly #isOnline: () => boolean;
  readonly #createKey: () => string;
  readonly #waits: UploadWaits;

  #entries: Entry[] = [];
  readonly #settle = new SettleWaiters();
  #nextId = 1;
  #running = false;
  #disposed = false;
  #fatal: FlowError | null = null;

  constructor(options: UploadQueueOptions) {
    super();
    this.#client = options.client;
    this.#maxAttempts = options.maxAttempts ?? Infinity;
    this.#isOnline = options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
    this.#createKey = options.createKey ?? randomKey;
    this.#waits = new UploadWaits(options);
  }

  /** Snapshot of every item, in queue order. */
  get items(): readonly UploadItem[] {
    return this.#entries.map(snapshot);
  }

  /** The error that stopped the queue, if one did. */
  get fatalError(): FlowError | null {
    return this.#fatal;
  }

  /** The receipt of the acknowledged capture of `kind`, if there is one. */
  receiptFor(kind: CaptureKind): CaptureReceipt | undefined {
    return this.#entries.findLast((e) => e.kind === kind && e.state === 'done')?.receipt ?? undefined;
  }

  /**
   * Add a capture; its upload starts at once (after the ones before it). A queued or rejected item of
   * the same kind is dropped in its favour. Returns the item id.
   *
   * @throws {TypeError} for an unknown kind or no files; {@link Error} after {@link dispose}.
   */
  enqueue(capture: CaptureInput): string {
    if (this.#disposed) throw new Error('UploadQueue: enqueue after dispose');
    if (!CaptureKind.safeParse(capture.kind).success) throw new TypeError('UploadQueue: unknown capture kind');
    if (!Array.isArray(capture.files) || capture.files.length === 0 || !capture.files.every((f) => f instanceof Blob)) {
      throw new TypeError('UploadQueue: a capture needs at least one image Blob');
    }
    for (const older of [...this.#entries]) {
      if (older.kind === capture.kind && (older.state === 'queued' || older.state === 'rejected')) this.#drop(older);
    }
    const entry = newEntry(`upload-${this.#nextId++}`, capture.kind, {
      // A private copy: the retry body must not change under the same Idempotency-Key.
      meta: structuredClone(capture.meta),
      files: [...capture.files],
      bytes: capture.files.reduce((sum, f) => sum + f.size, 0),
      idempotencyKey: this.#createKey(),
    });
    this.#entries.push(entry);
    this.#changed();
    void this.#pump();
    return entry.id;
  }

  /**
   * Record captures the server already holds (from `FlowSession.captures`) as done, so a reloaded page
   * resumes after them. Kinds this queue already has an item for are left alone.
   */
  seedFromServer(receipts: readonly CaptureReceipt[]): void {
    if (this.#disposed) return;
    const latest = new Map<CaptureKind, CaptureReceipt>();
    for (const receipt of receipts) latest.set(receipt.kind, receipt);
    let added = false;
    for (const [kind, receipt] of latest) {
      if (this.#entries.some((e) => e.kind === kind)) continue;
      const done = { bytes: receipt.bytes, state: 'done', progress: 1, receipt, fromServer: true } as const;
      this.#entries.push(newEntry(`upload-${this.#nextId++}`, kind, done));
      added = true;
    }
    if (added) this.#changed();
  }

  /**
   * Send a rejected item again (same images, same `Idempotency-Key`). Returns false when there is no
   * such rejected item or the queue is stopped.
   */
  retry(id: string): boolean {
    const entry = this.#entries.find((e) => e.id === id);
    if (!entry || entry.state !== 'rejected' || this.#disposed || this.#fatal) return false;
    Object.assign(entry, { state: 'queued', attempts: 0, progress: 0, error: null, waiting: null, retryDelayMs: null });
    this.#changed();
    void this.#pump();
    return true;
  }

  /**
   * Resolves when nothing is queued or uploading, with the receipts and the rejected items. Rejects
   * with the fatal {@link FlowError} if the queue stops, or an `AbortError` if it is disposed first.
   */
  whenSettled(): Promise<SettledUploads> {
    if (this.#disposed) return Promise.reject(new DOMException('The upload queue was disposed.', 'AbortError'));
    if (this.#fatal) return Promise.reject(this.#fatal);
    if (isSettled(this.#entries)) return Promise.resolve(settledResult(this.#entries));
    return this.#settle.wait();
  }

  /** Abort the request in flight, clear every timer and listener, drop the images. Final. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const entry of this.#entries) {
      entry.controller?.abort();
      entry.files = [];
    }
    this.#waits.endAll();
    this.#settle.reject(new DOMException('The upload queue was disposed.', 'AbortError'));
  }

  // ----------------------------------------------------------------------------------------------

  async #pump(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      for (;;) {
        if (this.#disposed || this.#fatal) return;
        const next = this.#entries.find((e) => e.state === 'queued');
        if (!next) return;
        await this.#run(next);
      }
    } finally {
      this.#running = false;
    }
  }

  /** Upload one entry until it is done, rejected, dropped, or the queue stops. Never throws. */
  async #run(entry: Entry): Promise<void> {
    const controller = new AbortController();
    const { signal } = controller;
    entry.controller = controller;
    try {
      for (;;) {
        if (!this.#isOnline()) {
          this.#set(entry, { waiting: 'offline', retryDelayMs: null });
          await this.#waits.online(signal);
          if (signal.aborted) return;
        }
        this.#set(entry, {
          state: 'uploading',
          progress: 0,
          attempts: entry.attempts + 1,
          waiting: null,
          retryDelayMs: null,
        });
        let receipt: CaptureReceipt;
        try {
          receipt = await this.#client.uploadCapture(
            { kind: entry.kind, files: entry.files, meta: entry.meta, idempotencyKey: entry.idempotencyKey },
            {
              signal,
              onProgress: (fraction) => {
                if (!signal.aborted && entry.state === 'uploading') this.#set(entry, { progress: fraction });
              },
            },
          );
        } catch (thrown) {
          if (signal.aborted) return;
          const error = toFlowError(thrown, 'captures');
          if (error.fatal) {
            this.#set(entry, { state: 'queued', progress: 0, error });
            this.#stop(error);
            return;
          }
          if (this.#hasNewer(entry)) {
            // A retake of this kind is queued behind; it replaces this one.
            this.#drop(entry);
            this.#changed();
            return;
          }
          if (!error.retryable || entry.attempts >= this.#maxAttempts) {
            this.#set(entry, { state: 'rejected', progress: 0, error });
            this.dispatchEvent(new UploadRejectedEvent(snapshot(entry), error));
            return;
          }
          if (error.code === 'network' && !this.#isOnline()) {
            this.#set(entry, { state: 'queued', progress: 0, error });
            continue; // wait for `online` at the top of the loop, without spending a backoff
          }
          const delay = this.#waits.backoff(entry.attempts, error);
          this.#set(entry, { state: 'queued', progress: 0, error, waiting: 'backoff', retryDelayMs: delay });
          await this.#waits.sleep(delay, signal, error.code === 'network');
          if (signal.aborted) return;
          continue;
        }
        this.#acknowledge(entry, receipt);
        return;
      }
    } finally {
      if (entry.controller === controller) entry.controller = null;
    }
  }

  #acknowledge(entry: Entry, receipt: CaptureReceipt): void {
    // Older acknowledged items of this kind are superseded on the server by this one.
    for (const older of [...this.#entries]) {
      if (older !== entry && older.kind === entry.kind && older.state === 'done') this.#drop(older);
    }
    entry.files = [];
    this.#set(entry, { state: 'done', progress: 1, receipt, error: null, waiting: null, retryDelayMs: null });
    this.dispatchEvent(new UploadDoneEvent(snapshot(entry), receipt));
  }

  #hasNewer(entry: Entry): boolean {
    const index = this.#entries.indexOf(entry);
    return this.#entries.some((e, i) => i > index && e.kind === entry.kind);
  }

  /** Remove an entry (superseded): stop its wait, release its images. */
  #drop(entry: Entry): void {
    this.#entries = this.#entries.filter((e) => e !== entry);
    entry.controller?.abort();
    entry.files = [];
  }

  #stop(error: FlowError): void {
    this.#fatal = error;
    this.#waits.endAll();
    this.dispatchEvent(new UploadFatalEvent(error));
    this.#settle.reject(error);
  }

  #set(entry: Entry, patch: Partial<Entry>): void {
    Object.assign(entry, patch);
    this.#changed();
  }

  #changed(): void {
    this.dispatchEvent(new Event('change'));
    if (this.#settle.waiting && isSettled(this.#entries) && !this.#fatal && !this.#disposed)
      this.#settle.resolve(settledResult(this.#entries));
  }
}
