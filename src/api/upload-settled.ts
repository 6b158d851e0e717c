import type { CaptureReceipt } from './schemas.js';
import type { Entry, RejectedUpload, SettledUploads } from './upload-items.js';

/** Nothing is queued or uploading. */
export function isSettled(entries: readonly Entry[]): boolean {
  return !entries.some((e) => e.state === 'queued' || e.state === 'uploading');
}

/** The receipts of the acknowledged entries and the rejected ones, in queue order. */
export function settledResult(entries: readonly Entry[]): SettledUploads {
  const done: CaptureReceipt[] = [];
  const rejected: RejectedUpload[] = [];
  for (const e of entries) {
    if (e.state === 'done' && e.receipt) done.push(e.receipt);
    if (e.state === 'rejected' && e.error) rejected.push({ id: e.id, kind: e.kind, error: e.error });
  }
  return { done, rejected };
}

/** The callers waiting for the queue to settle ({@link UploadQueue.whenSettled}), answered all at once. */
export class SettleWaiters {
  #waiters: { resolve(result: SettledUploads): void; reject(reason: unknown): void }[] = [];

  /** Someone is waiting. */
  get waiting(): boolean {
    return this.#waiters.length > 0;
  }

  /** A promise answered by the next {@link resolve} or {@link reject}. */
  wait(): Promise<SettledUploads> {
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  resolve(result: SettledUploads): void {
    for (const w of this.#take()) w.resolve(result);
  }

  reject(reason: unknown): void {
    for (const w of this.#take()) w.reject(reason);
  }

  #take() {
    const waiters = this.#waiters;
    this.#waiters = [];
    return waiters;
  }
}
