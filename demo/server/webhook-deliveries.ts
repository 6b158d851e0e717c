/**
 * What a webhook delivery carries: the row a status change adds (in the transaction that changes the
 * status), its payload, and the signature of each attempt. The worker that sends them is webhooks.ts.
 */
import { createHmac, randomUUID } from 'node:crypto';
import type { SessionStatus, WebhookPayload } from '../../src/api/schemas.js';
import type { DB } from './db.js';

/** The signature header value for one attempt: `t=<unix seconds>,v1=<hex>`. */
export function signWebhook(secret: string, timestamp: number, deliveryId: string, rawBody: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${deliveryId}.${rawBody}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

/** An epoch-milliseconds time as ISO 8601 in whole seconds (`2026-01-02T03:04:05Z`), as the API writes times. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
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
