/**
 * What the upload queue ({@link UploadQueue}) holds and tells: its items as callers see them, its events,
 * and its own record of each item.
 */
import type { FlowClient } from './client.js';
import type { FlowError } from './errors.js';
import type { CaptureKind, CaptureMeta, CaptureReceipt } from './schemas.js';
import type { Clock } from '../internal/clock.js';

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

/** The queue's own record of an item (its images, and the request in flight). @internal */
export interface Entry {
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

/** A new entry of `kind`: queued, not yet tried, no images, unless `fields` say otherwise. */
export function newEntry(id: string, kind: CaptureKind, fields: Partial<Entry>): Entry {
  return {
    id,
    kind,
    meta: { source: 'camera' },
    files: [],
    bytes: 0,
    idempotencyKey: '',
    state: 'queued',
    progress: 0,
    attempts: 0,
    waiting: null,
    retryDelayMs: null,
    receipt: null,
    error: null,
    fromServer: false,
    controller: null,
    ...fields,
  };
}

/** A v4 UUID; `crypto.randomUUID` where available (secure contexts), else from `getRandomValues`. */
export function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What callers see of an entry: a frozen copy without the images. */
export function snapshot(e: Entry): UploadItem {
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
