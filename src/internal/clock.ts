/**
 * The one clock every timed part of the widget runs on (the upload queue's backoff, the handoff polling,
 * the live-region pacing, the session expiry). Tests pass their own and move time themselves.
 */
export interface Clock {
  /** Milliseconds since the epoch (compared with server times such as a link's `expires_at`). */
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The browser's own timers and `Date.now()`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};
