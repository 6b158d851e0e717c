import { systemClock, type Clock } from '../internal/clock.js';
import type { FlowError } from './errors.js';
import type { UploadQueueOptions } from './upload-items.js';

/**
 * The upload queue's waits: how long a retry waits (its backoff), and the waits themselves (a backoff,
 * the device coming back online). Each wait ends on its event or when its signal aborts, all of them end
 * at once when the queue stops, and each one's cleanup (timer, listeners) runs exactly once.
 */
export class UploadWaits {
  readonly #finishers = new Set<() => void>();
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #maxRetryAfterMs: number;
  readonly #random: () => number;
  readonly #timers: Clock;
  readonly #onlineTarget: EventTarget;

  constructor(options: UploadQueueOptions) {
    this.#baseDelayMs = options.baseDelayMs ?? 500;
    this.#maxDelayMs = options.maxDelayMs ?? 30_000;
    this.#maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
    this.#random = options.random ?? Math.random;
    this.#timers = options.timers ?? systemClock;
    this.#onlineTarget = options.onlineTarget ?? globalThis;
  }

  /** Backoff before retry number `attempt` (1-based): `Retry-After` if given, else full jitter. */
  backoff(attempt: number, error: FlowError): number {
    if (error.retryAfterMs !== undefined) return Math.min(Math.max(0, error.retryAfterMs), this.#maxRetryAfterMs);
    const ceiling = Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(this.#random() * ceiling);
  }

  /** Resolves after `ms`, on abort, or (when `wakeOnOnline`) on an `online` event. */
  sleep(ms: number, signal: AbortSignal, wakeOnOnline: boolean): Promise<void> {
    return this.#wait(signal, (done) => {
      const handle = this.#timers.setTimeout(done, ms);
      if (wakeOnOnline) this.#onlineTarget.addEventListener('online', done);
      return () => {
        this.#timers.clearTimeout(handle);
        if (wakeOnOnline) this.#onlineTarget.removeEventListener('online', done);
      };
    });
  }

  /** Resolves on the next `online` event, or on abort. */
  online(signal: AbortSignal): Promise<void> {
    return this.#wait(signal, (done) => {
      this.#onlineTarget.addEventListener('online', done);
      return () => this.#onlineTarget.removeEventListener('online', done);
    });
  }

  /** Ends every wait under way (each resolves, its cleanup run). */
  endAll(): void {
    for (const finish of [...this.#finishers]) finish();
    this.#finishers.clear();
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
        this.#finishers.delete(finish);
        signal.removeEventListener('abort', finish);
        resolve();
      };
      cleanup = start(finish);
      this.#finishers.add(finish);
      signal.addEventListener('abort', finish, { once: true });
    });
  }
}
