/**
 * Webhook deliveries: every status change of a session with a `webhook_url` becomes a row in
 * `webhook_deliveries` (written in the same transaction as the status change). An in-process worker
 * POSTs due rows, signed `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<delivery id>.<raw body>">`,
 * and retries failures with exponential backoff. Requests never wait for it: `kick()` only schedules
 * a run. Rows still pending at shutdown are picked up after restart.
 *
 * It cannot die and cannot stall:
 * - every database access is inside a try; an error (e.g. `database is locked` from another writer)
 *   is logged and the run is retried later; an outcome that could not be written is kept and written
 *   on a later run;
 * - each attempt has its own timer that aborts it (`setTimeout` + `AbortController.abort()`, which the
 *   garbage collector cannot take away, unlike `AbortSignal.timeout()` inside `AbortSignal.any()`);
 * - at most `concurrency` attempts in flight, and at most `perHostConcurrency` per receiver host, so a
 *   receiver that never answers holds its own slots only;
 * - a row is leased while it is sent (its `next_attempt_at` moves past the attempt's timeout), so it
 *   is never claimed twice and the scheduler only wakes for a row that is due or for a freed slot:
 *   no busy re-arm loop.
 *
 * A status change's row, its payload and its signature are made by webhook-deliveries.ts. Longer than
 * 300 lines: the guarantees above hold only together (claim, lease, per-host slots, timers, outcome
 * writes), so the worker stays in one module.
 */
import type { LookupFunction } from 'node:net';
import type { Clock } from '../../src/internal/clock.js';
import type { DB, DeliveryRow } from './db.js';
import { signWebhook } from './webhook-deliveries.js';
import { postWebhook } from './webhook-http.js';

export { enqueueStatusChange, isoSeconds, signWebhook } from './webhook-deliveries.js';

/** The timer and clock the scheduler uses (injectable so tests can count its wake-ups). */
export type SchedulerClock = Clock;

const realClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Thrown by `target` when a webhook URL may not be called; the delivery fails at once, without retries. */
export class WebhookTargetRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookTargetRefused';
  }
}

export interface WebhookOptions {
  secret: string;
  baseDelayMs: number;
  maxAttempts: number;
  timeoutMs: number;
  log: (line: string) => void;
  /** Attempts in flight at once, all receivers together (default 32). */
  concurrency?: number;
  /** Attempts in flight at once per receiver host and port (default 4). */
  perHostConcurrency?: number;
  /** Delay before the worker tries again after a database error (default 1000 ms). */
  errorDelayMs?: number;
  clock?: SchedulerClock;
  /**
   * Checks a receiver URL just before each attempt; returns the `lookup` the connection must use (so
   * the checked address is the one connected to), or throws {@link WebhookTargetRefused}.
   */
  target?: (url: URL) => LookupFunction | undefined;
}

/** The key deliveries are limited by: scheme, host and port of the receiver URL. */
export function receiverKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`.toLowerCase();
  } catch {
    return url;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 300) : String(err).slice(0, 300);
}

interface InFlight {
  controller: AbortController;
  host: string;
  done: Promise<void>;
}

export class WebhookWorker {
  private timer: unknown = null;
  private timerAt = Infinity;
  private readonly inFlight = new Map<string, InFlight>();
  private readonly perHost = new Map<string, number>();
  /** Outcomes whose database write failed, by delivery id: written again on the next run. */
  private readonly unrecorded = new Map<string, () => void>();
  private closed = false;
  private readonly clock: SchedulerClock;
  private readonly concurrency: number;
  private readonly perHostLimit: number;
  private readonly errorDelayMs: number;
  /** How far a claimed row's `next_attempt_at` moves: past the attempt's timeout, with room to record it. */
  private readonly leaseMs: number;
  /** How many times the scheduler ran (for tests and diagnostics). */
  wakeups = 0;

  constructor(
    private readonly db: DB,
    private readonly options: WebhookOptions,
  ) {
    this.clock = options.clock ?? realClock;
    this.concurrency = options.concurrency ?? 32;
    this.perHostLimit = options.perHostConcurrency ?? 4;
    this.errorDelayMs = options.errorDelayMs ?? 1000;
    this.leaseMs = options.timeoutMs + 30_000;
    db.function('verilock_receiver_key', { deterministic: true }, (url) => receiverKey(String(url)));
  }

  /** Resumes pending deliveries (e.g. after a restart). */
  start(): void {
    this.kick();
  }

  /** Schedules a run soon, after the current request has been answered. */
  kick(): void {
    this.schedule(this.clock.now());
  }

  /** Attempts in flight right now. */
  get active(): number {
    return this.inFlight.size;
  }

  private schedule(at: number): void {
    if (this.closed) return;
    if (this.timer !== null && this.timerAt <= at) return;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = this.clock.setTimeout(
      () => {
        this.timer = null;
        this.timerAt = Infinity;
        this.run();
      },
      Math.max(0, at - this.clock.now()),
    );
  }

  private run(): void {
    if (this.closed) return;
    this.wakeups += 1;
    try {
      this.flushUnrecorded();
      // One instant for both: a row that falls due between the claim and the look-ahead would be
      // neither claimed nor timed, and would wait for an unrelated wake-up.
      const now = this.clock.now();
      this.claimDue(now);
      this.scheduleNext(now);
    } catch (err) {
      this.options.log(`webhook worker: ${describe(err)}; trying again in ${this.errorDelayMs} ms`);
      this.schedule(this.clock.now() + this.errorDelayMs);
    }
  }

  private flushUnrecorded(): void {
    for (const [id, write] of this.unrecorded) {
      write();
      this.unrecorded.delete(id);
    }
  }

  /** Claims due rows (leasing each) while there are free slots, and starts their attempts. */
  private claimDue(now: number): void {
    const select = this.db.prepare(
      `SELECT * FROM webhook_deliveries
       WHERE state = 'pending' AND next_attempt_at <= ?
         AND verilock_receiver_key(url) NOT IN (SELECT value FROM json_each(?))
       ORDER BY next_attempt_at, rowid LIMIT ?`,
    );
    // The claim also fixes the attempt's signed `t`, later than the previous attempt's (no two attempts
    // of a delivery look alike to a receiver's replay check, even across a restart).
    const claim = this.db.prepare(
      `UPDATE webhook_deliveries SET next_attempt_at = ?, last_signed_at = ?
       WHERE id = ? AND state = 'pending' AND next_attempt_at <= ?`,
    );
    while (this.inFlight.size < this.concurrency) {
      const full = [...this.perHost].filter(([, n]) => n >= this.perHostLimit).map(([h]) => h);
      const rows = select.all(now, JSON.stringify(full), this.concurrency - this.inFlight.size) as DeliveryRow[];
      let started = 0;
      for (const row of rows) {
        if (this.inFlight.size >= this.concurrency) break;
        if (this.inFlight.has(row.id) || this.unrecorded.has(row.id)) continue;
        const host = receiverKey(row.url);
        if ((this.perHost.get(host) ?? 0) >= this.perHostLimit) continue;
        const signedAt = Math.max(Math.floor(Date.now() / 1000), (row.last_signed_at ?? 0) + 1);
        if (claim.run(now + this.leaseMs, signedAt, row.id, now).changes !== 1) continue;
        this.begin({ ...row, last_signed_at: signedAt }, host);
        started += 1;
      }
      if (started === 0) break;
    }
  }

  /**
   * Arms the timer for the next row that becomes due. Rows already due but waiting for a slot are
   * not timed: the attempt that frees their slot wakes the worker.
   */
  /** Arms the timer for the first row due after `now` (rows due by then were just considered). */
  private scheduleNext(now: number): void {
    const next = this.db
      .prepare(
        `SELECT MIN(next_attempt_at) AS at FROM webhook_deliveries WHERE state = 'pending' AND next_attempt_at > ?`,
      )
      .get(now) as { at: number | null };
    if (next.at !== null) this.schedule(next.at);
  }

  private begin(row: DeliveryRow, host: string): void {
    const controller = new AbortController();
    this.perHost.set(host, (this.perHost.get(host) ?? 0) + 1);
    const done = this.attempt(row, controller)
      .catch((err: unknown) => this.options.log(`webhook ${row.id}: ${describe(err)}`))
      .finally(() => {
        this.inFlight.delete(row.id);
        const left = (this.perHost.get(host) ?? 1) - 1;
        if (left > 0) this.perHost.set(host, left);
        else this.perHost.delete(host);
        this.kick();
      });
    this.inFlight.set(row.id, { controller, host, done });
  }

  private async attempt(row: DeliveryRow, controller: AbortController): Promise<void> {
    const attempts = row.attempts + 1;
    let status: number | null = null;
    let error: string | null = null;
    let refused = false;
    let timedOut = false;
    // A plain timer held by this frame: it fires whatever the garbage collector does.
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    try {
      const url = new URL(row.url);
      const lookup = this.options.target?.(url);
      const timestamp = row.last_signed_at ?? Math.floor(Date.now() / 1000);
      status = await postWebhook(
        url,
        {
          'Content-Type': 'application/json',
          'User-Agent': 'Verilock-Webhooks/1',
          'X-Signature': signWebhook(this.options.secret, timestamp, row.id, row.payload),
          'X-Verilock-Delivery': row.id,
        },
        row.payload,
        { signal: controller.signal, lookup },
      );
    } catch (err) {
      refused = err instanceof WebhookTargetRefused;
      error = timedOut ? `timed out after ${this.options.timeoutMs} ms` : describe(err);
    } finally {
      clearTimeout(timer);
    }
    if (this.closed) {
      // Shutting down: give the lease back; the row stays due and is retried after restart.
      try {
        this.db
          .prepare(`UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ? AND state = 'pending'`)
          .run(Date.now(), row.id);
      } catch {
        /* the lease then simply runs out */
      }
      return;
    }
    const delivered = status !== null && status >= 200 && status < 300;
    const failed = !delivered && (refused || attempts >= this.options.maxAttempts);
    const delay = this.options.baseDelayMs * 2 ** (attempts - 1);
    const write = delivered
      ? () =>
          this.db
            .prepare(
              `UPDATE webhook_deliveries SET state = 'delivered', attempts = ?, last_status = ?, last_error = NULL,
                 next_attempt_at = NULL, delivered_at = ? WHERE id = ?`,
            )
            .run(attempts, status, Date.now(), row.id)
      : () =>
          this.db
            .prepare(
              `UPDATE webhook_deliveries SET state = ?, attempts = ?, last_status = ?, last_error = ?, next_attempt_at = ?
               WHERE id = ?`,
            )
            .run(
              failed ? 'failed' : 'pending',
              attempts,
              status,
              error ?? `HTTP ${status}`,
              failed ? null : Date.now() + delay,
              row.id,
            );
    if (!delivered) {
      this.options.log(
        `webhook ${row.id} attempt ${attempts} failed (${error ?? `HTTP ${status}`})${failed ? ', giving up' : `, retry in ${delay} ms`}`,
      );
    }
    try {
      write();
    } catch (err) {
      this.unrecorded.set(row.id, () => void write());
      this.options.log(`webhook ${row.id}: could not record the attempt (${describe(err)}); will record it later`);
      this.schedule(this.clock.now() + this.errorDelayMs);
    }
  }

  /** Stops the timer and aborts attempts in flight (they stay pending for the next start). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    const running = [...this.inFlight.values()];
    for (const r of running) r.controller.abort();
    await Promise.allSettled(running.map((r) => r.done));
    try {
      this.flushUnrecorded();
    } catch (err) {
      this.options.log(`webhook worker: ${describe(err)} while closing`);
    }
  }
}
