/**
 * Verifying Verilock webhooks on the receiving side (Node, no dependency). Copy this file into the
 * service that receives the webhooks; docs/server-api.md shows it and explains the scheme.
 *
 * Each attempt carries `X-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` over
 * `"<t>.<X-Verilock-Delivery>.<raw body>"`, keyed with the webhook secret. A request is accepted when
 * one `v1` matches (compared in constant time), `t` is within `toleranceSeconds` of the receiver's
 * clock (default 300 s), and the same signed attempt was not seen before (a captured request sent
 * again inside the tolerance window is a replay). A retry by Verilock is a new attempt with a new `t`
 * and passes; drop duplicates of the same delivery id in your own processing.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const DEFAULT_TOLERANCE_SECONDS = 300;

export type WebhookVerdict =
  | { ok: true; deliveryId: string; timestamp: number }
  | { ok: false; reason: 'malformed' | 'bad_signature' | 'too_old' | 'replayed' };

export interface WebhookVerifierOptions {
  /** `VERILOCK_WEBHOOK_SECRET`, or the content of `<data dir>/webhook-secret`. */
  secret: string;
  /** How far `t` may be from now, either way (default 300 s). */
  toleranceSeconds?: number;
  /** Clock in epoch milliseconds (default `Date.now`). */
  now?: () => number;
}

/** Parses `t=<digits>,v1=<hex>[,v1=<hex>…]`; null when malformed. */
export function parseSignatureHeader(header: string): { timestamp: number; signatures: string[] } | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq === -1) return null;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't') {
      if (!/^\d{1,12}$/.test(value) || timestamp !== null) return null;
      timestamp = Number(value);
    } else if (key === 'v1') {
      if (!/^[0-9a-f]{64}$/.test(value)) return null;
      signatures.push(value);
    }
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

/**
 * Makes a verifier that remembers the attempts it accepted for the tolerance window (in memory: one
 * process; use a shared store with a TTL when several processes receive webhooks).
 */
export function createWebhookVerifier(options: WebhookVerifierOptions) {
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const now = options.now ?? Date.now;
  const seen = new Map<string, number>();

  /**
   * rawBody: the exact bytes received, before any JSON parsing; signatureHeader: `X-Signature`;
   * deliveryId: `X-Verilock-Delivery`.
   */
  return function verify(
    rawBody: string | Buffer,
    signatureHeader: string | undefined,
    deliveryId: string | undefined,
  ): WebhookVerdict {
    const parsed = parseSignatureHeader(String(signatureHeader ?? ''));
    if (!parsed || !deliveryId || !/^[\x21-\x7e]{1,200}$/.test(deliveryId)) return { ok: false, reason: 'malformed' };
    const expected = createHmac('sha256', options.secret)
      .update(`${parsed.timestamp}.${deliveryId}.`)
      .update(rawBody)
      .digest();
    const matches = parsed.signatures.some((hex) => timingSafeEqual(Buffer.from(hex, 'hex'), expected));
    if (!matches) return { ok: false, reason: 'bad_signature' };
    const nowSeconds = Math.floor(now() / 1000);
    if (Math.abs(nowSeconds - parsed.timestamp) > tolerance) return { ok: false, reason: 'too_old' };
    for (const [key, t] of seen) if (nowSeconds - t > tolerance) seen.delete(key);
    const key = `${deliveryId}.${parsed.timestamp}`;
    if (seen.has(key)) return { ok: false, reason: 'replayed' };
    seen.set(key, parsed.timestamp);
    return { ok: true, deliveryId, timestamp: parsed.timestamp };
  };
}
