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
 */
import type { FlowClient } from './client.js';
import { toFlowError, type FlowError } from './errors.js';
import { CaptureKind, type CaptureMeta, type CaptureReceipt } from './schemas.js';
import { systemClock, type Clock } from '../internal/clock.js';

/** Where an item is: waiting its turn (or a retry), on the wire, acknowledged, or refused. */
export type UploadState = 'queued' | 'uploading' | 'done' | 'rejected';

/** Why a queued item is not on the wire yet: a backoff delay, or the device being offline. */
export type UploadWait = 'backoff' | 'offline' | null;

/** A capture handed to the queue. */
export interface CaptureInput {
  kind: CaptureKind;
  /** One image, or several for `liveness` frames. Held in memory until acknowledged. */
  files: Blob[];
  meta: CaptureMeta;
}

/** Read-only snapshot of one item (no image data). */
export interface UploadItem {
  readonly id: string;
  readonly kind: CaptureKind;
  readonly state: UploadState;
  /** Upload progress 0..1 of the current attempt; 1 once done. */
  readonly progress: number;
  /** Attempts made so far (0 while still waiting for the first). */
  readonly attempts: number;
  readonly idempotencyKey: string;
  /** Total size of the item's files. */
  readonly bytes: number;
  /** Why a queued item is waiting, if it is. */
  readonly waiting: UploadWait;
  /** The delay of the current backoff, in ms (null unless `waiting` is `backoff`). */
  readonly retryDelayMs: number | null;
  /** The server's receipt once done. */
  readonly receipt: CaptureReceipt | null;
  /** The error that rejected the item, or the last retryable error while it waits to retry. */
  readonly error: FlowError | null;
  /** True for items known from the server's list rather than uploaded by this page. */
  readonly fromServer: boolean;
}

/** A rejected item, as reported by {@link UploadQueue.whenSettled}. */
export interface RejectedUpload {
  id: string;
  kind: CaptureKind;
  error: FlowError;
}

/** What {@link UploadQueue.whenSettled} resolves with. */
export interface SettledUploads {
  /** Receipts of the acknowledged captures (the latest per kind), in queue order. */
  done: CaptureReceipt[];
  rejected: RejectedUpload[];
}

/** The part of {@link FlowClient} the queue needs. */
export type CaptureUploader = Pick<FlowClient, 'uploadCapture'>;

/** Options of the {@link UploadQueue} constructor. */
export interface UploadQueueOptions {
  /** Who sends the captures, normally a {@link FlowClient}. */
  client: CaptureUploader;
  /** First backoff ceiling in ms (doubles per attempt). Default 500. */
  baseDelayMs?: number;
  /** Largest backoff ceiling in ms. Default 30 000. */
  maxDelayMs?: number;
  /** Largest `Retry-After` honoured, in ms (longer asks are shortened to this). Default 120 000. */
  maxRetryAfterMs?: number;
  /** Attempts before a retryable failure rejects the item (still retryable by hand). Default: unlimited. */
  maxAttempts?: number;
  /** Uniform random number in [0, 1), for the jitter. Default `Math.random`. */
  random?: () => number;
  /** The clock of the backoff. Default the browser's timers. */
  timers?: Clock;
  /** Whether the device is online. Default `navigator.onLine`. */
  isOnline?: () => boolean;
  /** Where `online` events fire. Default `globalThis` (the window). */
  onlineTarget?: EventTarget;
  /** Idempotency key generator. Default `crypto.randomUUID`. */
  createKey?: () => string;
}

/** `uploaded`: an item was acknowledged by the server. */
export class UploadDoneEvent extends Event {
  constructor(
    readonly item: UploadItem,
    readonly receipt: CaptureReceipt,
  ) {
    super('uploaded');
  }
}

/** `rejected`: the server refused an item; offer a retake (enqueue the same kind) or `retry(id)`. */
export class UploadRejectedEvent extends Event {
  constructor(
    readonly item: UploadItem,
    readonly error: FlowError,
  ) {
    super('rejected');
  }
}

/** `fatal`: the session can take no more uploads (token invalid or expired, session completed). */
export class UploadFatalEvent extends Event {
  constructor(readonly error: FlowError) {
    super('fatal');
  }
}

/** Events of {@link UploadQueue}. `change` fires on any state or progress change; read `items` then. */
export interface UploadQueueEventMap {
  change: Event;
  uploaded: UploadDoneEvent;
  rejected: UploadRejectedEvent;
  fatal: UploadFatalEvent;
}

interface Entry {
  id: string;
  kind: CaptureKind;
  meta: CaptureMeta;
  files: Blob[];
  bytes: number;
  idempotencyKey: string;
  state: UploadState;
  progress: number;
  attempts: number;
  waiting: UploadWait;
  retryDelayMs: number | null;
  receipt: CaptureReceipt | null;
  error: FlowError | null;
  fromServer: boolean;
  /** Aborts this item's current request or wait. */
  controller: AbortController | null;
}

interface Waiter {
  resolve: (result: SettledUploads) => void;
  reject: (reason: unknown) => void;
}

/** A v4 UUID; `crypto.randomUUID` where available (secure contexts), else from `getRandomValues`. */
function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function snapshot(e: Entry): UploadItem {
  return Object.freeze({
    id: e.id,
    kind: e.kind,
    state: e.state,
    progress: e.progress,
    attempts: e.attempts,
    idempotencyKey: e.idempotencyKey,
    bytes: e.bytes,
    waiting: e.waiting,
    retryDelayMs: e.retryDelayMs,
    receipt: e.receipt,
    error: e.error,
    fromServer: e.fromServer,
  });
}

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
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #maxRetryAfterMs: number;
  readonly #maxAttempts: number;
  readonly #random: () => number;
  readonly #timers: Clock;
  readonly #isOnline: () => boolean;
  readonly #onlineTarget: EventTarget;
  readonly #createKey: () => string;

  #entries: Entry[] = [];
  #waiters: Waiter[] = [];
  #cleanups = new Set<() => void>();
  #nextId = 1;
  #running = false;
  #disposed = false;
  #fatal: FlowError | null = null;

  constructor(options: UploadQueueOptions) {
    super();
    this.#client = options.client;
    this.#baseDelayMs = options.baseDelayMs ?? 500;
    this.#maxDelayMs = options.maxDelayMs ?? 30_000;
    this.#maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
    this.#maxAttempts = options.maxAttempts ?? Infinity;
    this.#random = options.random ?? Math.random;
    this.#timers = options.timers ?? systemClock;
    this.#isOnline = options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
    this.#onlineTarget = options.onlineTarget ?? globalThis;
    this.#createKey = options.createKey ?? randomKey;
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
    const entry: Entry = {
      id: `upload-${this.#nextId++}`,
      kind: capture.kind,
      // A private copy: the retry body must not change under the same Idempotency-Key.
      meta: structuredClone(capture.meta),
      files: [...capture.files],
      bytes: capture.files.reduce((sum, f) => sum + f.size, 0),
      idempotencyKey: this.#createKey(),
      state: 'queued',
      progress: 0,
      attempts: 0,
      waiting: null,
      retryDelayMs: null,
      receipt: null,
      error: null,
      fromServer: false,
      controller: null,
    };
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
      this.#entries.push({
        id: `upload-${this.#nextId++}`,
        kind,
        meta: { source: 'camera' },
        files: [],
        bytes: receipt.bytes,
        idempotencyKey: '',
        state: 'done',
        progress: 1,
        attempts: 0,
        waiting: null,
        retryDelayMs: null,
        receipt,
        error: null,
        fromServer: true,
        controller: null,
      });
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
    if (this.#isSettled()) return Promise.resolve(this.#settledResult());
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  /** Abort the request in flight, clear every timer and listener, drop the images. Final. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const entry of this.#entries) {
      entry.controller?.abort();
      entry.files = [];
    }
    for (const cleanup of [...this.#cleanups]) cleanup();
    this.#cleanups.clear();
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w.reject(new DOMException('The upload queue was disposed.', 'AbortError'));
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
          await this.#waitForOnline(signal);
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
          const delay = this.#delayFor(entry.attempts, error);
          this.#set(entry, { state: 'queued', progress: 0, error, waiting: 'backoff', retryDelayMs: delay });
          await this.#sleep(delay, signal, error.code === 'network');
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

  /** Backoff before retry number `attempt` (1-based): `Retry-After` if given, else full jitter. */
  #delayFor(attempt: number, error: FlowError): number {
    if (error.retryAfterMs !== undefined) return Math.min(Math.max(0, error.retryAfterMs), this.#maxRetryAfterMs);
    const ceiling = Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(this.#random() * ceiling);
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
    for (const cleanup of [...this.#cleanups]) cleanup();
    this.#cleanups.clear();
    const waiters = this.#waiters;
    this.#waiters = [];
    this.dispatchEvent(new UploadFatalEvent(error));
    for (const w of waiters) w.reject(error);
  }

  #set(entry: Entry, patch: Partial<Entry>): void {
    Object.assign(entry, patch);
    this.#changed();
  }

  #changed(): void {
    this.dispatchEvent(new Event('change'));
    if (this.#waiters.length > 0 && this.#isSettled() && !this.#fatal && !this.#disposed) {
      const waiters = this.#waiters;
      this.#waiters = [];
      const result = this.#settledResult();
      for (const w of waiters) w.resolve(result);
    }
  }

  #isSettled(): boolean {
    return !this.#entries.some((e) => e.state === 'queued' || e.state === 'uploading');
  }

  #settledResult(): SettledUploads {
    const done: CaptureReceipt[] = [];
    const rejected: RejectedUpload[] = [];
    for (const e of this.#entries) {
      if (e.state === 'done' && e.receipt) done.push(e.receipt);
      if (e.state === 'rejected' && e.error) rejected.push({ id: e.id, kind: e.kind, error: e.error });
    }
    return { done, rejected };
  }

  /** Resolve after `ms`, on abort, or (when `wakeOnOnline`) on an `online` event. */
  #sleep(ms: number, signal: AbortSignal, wakeOnOnline: boolean): Promise<void> {
    return this.#wait(signal, (done) => {
      const handle = this.#timers.setTimeout(done, ms);
      if (wakeOnOnline) this.#onlineTarget.addEventListener('online', done);
      return () => {
        this.#timers.clearTimeout(handle);
        if (wakeOnOnline) this.#onlineTarget.removeEventListener('online', done);
      };
    });
  }

  /** Resolve on the next `online` event, or on abort. */
  #waitForOnline(signal: AbortSignal): Promise<void> {
    return this.#wait(signal, (done) => {
      this.#onlineTarget.addEventListener('online', done);
      return () => this.#onlineTarget.removeEventListener('online', done);
    });
  }

  /** A wait that resolves when `start`'s callback fires or `signal` aborts; its cleanup always runs once. */
  #wait(signal: AbortSignal, start: (done: () => void) => () => void): Promise<void> {
    return new Promise<void>((resolve) => {
      if (signal.aborted) {
        resolve();
        return;
      }
      let cleanup = (): void => {};
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        cleanup();
        this.#cleanups.delete(finish);
        signal.removeEventListener('abort', finish);
        resolve();
      };
      cleanup = start(finish);
      this.#cleanups.add(finish);
      signal.addEventListener('abort', finish, { once: true });
    });
  }
}
