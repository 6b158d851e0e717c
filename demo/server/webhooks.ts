/**
 * Webhook deliveries: every status change of a session with a `webhook_url` becomes a row in
 * `webhook_deliveries` (written in the same transaction as the status change). An in-process timer
 * worker POSTs due rows, signed with HMAC-SHA256 of the raw body (`X-Signature: sha256=<hex>`), and
 * retries failures with exponential backoff. Requests never wait for it: `kick()` only schedules a
 * run on the next turn of the event loop. Rows still pending at shutdown are picked up after restart.
 */
import { createHmac, randomUUID } from 'node:crypto';
import type { SessionStatus, WebhookPayload } from '../../src/api/schemas.js';
import type { DB, DeliveryRow } from './db.js';

export function signBody(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface WebhookOptions {
  secret: string;
  baseDelayMs: number;
  maxAttempts: number;
  timeoutMs: number;
  log: (line: string) => void;
}

/** Inserts a delivery row for a status change (call inside the transaction that changes the status). */
export function enqueueStatusChange(
  db: DB,
  session: { id: string; reference_id: string | null; webhook_url: string | null },
  status: SessionStatus,
  previous: SessionStatus | null,
  occurredAtMs: number,
): string | null {
  if (!session.webhook_url) return null;
  const payload: WebhookPayload = {
    id: `evt_${randomUUID()}`,
    event: 'session.status_changed',
    session_id: session.id,
    status,
    previous_status: previous,
    reference_id: session.reference_id,
    occurred_at: isoSeconds(occurredAtMs),
  };
  const id = `dlv_${randomUUID()}`;
  db.prepare(
    `INSERT INTO webhook_deliveries (id, session_id, url, payload, state, attempts, next_attempt_at, created_at)
     VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)`,
  ).run(id, session.id, session.webhook_url, JSON.stringify(payload), Date.now(), Date.now());
  return id;
}

export class WebhookWorker {
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  private readonly inFlight = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private closed = false;

  constructor(
    private readonly db: DB,
    private readonly options: WebhookOptions,
  ) {}

  /** Resumes pending deliveries (e.g. after a restart). */
  start(): void {
    this.kick();
  }

  /** Schedules a run soon, after the current request has been answered. */
  kick(): void {
    this.schedule(Date.now());
  }

  private schedule(at: number): void {
    if (this.closed) return;
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.timerAt = Infinity;
        this.run();
      },
      Math.max(0, at - Date.now()),
    );
    this.timer.unref?.();
  }

  private run(): void {
    if (this.closed) return;
    const now = Date.now();
    const due = this.db
      .prepare(
        `SELECT * FROM webhook_deliveries WHERE state = 'pending' AND next_attempt_at <= ?
         ORDER BY next_attempt_at LIMIT 50`,
      )
      .all(now) as DeliveryRow[];
    for (const row of due) {
      if (this.inFlight.has(row.id)) continue;
      const controller = new AbortController();
      const done = this.attempt(row, controller.signal).finally(() => {
        this.inFlight.delete(row.id);
        this.scheduleNext();
      });
      this.inFlight.set(row.id, { controller, done });
    }
    this.scheduleNext();
  }

  private scheduleNext(): void {
    if (this.closed) return;
    // Rows being sent right now are rescheduled when their attempt ends.
    const pendingOthers = this.db
      .prepare(
        `SELECT id, next_attempt_at FROM webhook_deliveries WHERE state = 'pending' ORDER BY next_attempt_at LIMIT 100`,
      )
      .all() as { id: string; next_attempt_at: number }[];
    const first = pendingOthers.find((r) => !this.inFlight.has(r.id));
    if (first) this.schedule(first.next_attempt_at);
  }

  private async attempt(row: DeliveryRow, abort: AbortSignal): Promise<void> {
    const attempts = row.attempts + 1;
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(row.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Verilock-Webhooks/1',
          'X-Signature': signBody(this.options.secret, row.payload),
          'X-Verilock-Delivery': row.id,
        },
        body: row.payload,
        redirect: 'manual',
        signal: AbortSignal.any([abort, AbortSignal.timeout(this.options.timeoutMs)]),
      });
      status = res.status;
      await res.body?.cancel().catch(() => undefined);
    } catch (err) {
      error = err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 300) : 'request failed';
    }
    if (this.closed) {
      // Shutting down: record nothing, the row stays due and is retried after restart.
      return;
    }
    if (status !== null && status >= 200 && status < 300) {
      this.db
        .prepare(
          `UPDATE webhook_deliveries SET state = 'delivered', attempts = ?, last_status = ?, last_error = NULL,
             next_attempt_at = NULL, delivered_at = ? WHERE id = ?`,
        )
        .run(attempts, status, Date.now(), row.id);
      return;
    }
    const failed = attempts >= this.options.maxAttempts;
    const delay = this.options.baseDelayMs * 2 ** (attempts - 1);
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
    this.options.log(
      `webhook ${row.id} attempt ${attempts} failed (${error ?? `HTTP ${status}`})${failed ? ', giving up' : `, retry in ${delay} ms`}`,
    );
  }

  /** Stops the timer and aborts attempts in flight (they stay pending for the next start). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const running = [...this.inFlight.values()];
    for (const r of running) r.controller.abort();
    await Promise.allSettled(running.map((r) => r.done));
  }
}
