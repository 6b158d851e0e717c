/**
 * Cross-cutting request handling: request id and redacted request log, the headers of every API
 * reply, and JSON bodies (size limit, content type, parse).
 */
import { randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Config } from '../config.js';
import { errors } from '../errors.js';
import type { Env } from '../routes/env.js';

const SAFE_QUERY_KEYS = new Set(['page', 'per_page', 'status', 'from', 'to']);

/** Path and query as they may appear in logs: tokens and unknown query values redacted. */
export function redactUrl(url: URL): string {
  let path = url.pathname.replace(/^\/(verify|handoff)\/[^/]*/, '/$1/[redacted]');
  path = redactText(path);
  const params = [...url.searchParams.entries()].map(([k, v]) =>
    SAFE_QUERY_KEYS.has(k) ? `${k}=${encodeURIComponent(v)}` : `${encodeURIComponent(k)}=[redacted]`,
  );
  return params.length ? `${path}?${params.join('&')}` : path;
}

/** Removes session tokens, API keys and bearer credentials from free text. */
export function redactText(text: string, secrets: string[] = []): string {
  let out = text
    .replace(/vft_[A-Za-z0-9_-]+/g, 'vft_[redacted]')
    .replace(/vlk_[A-Za-z0-9_-]+/g, 'vlk_[redacted]')
    .replace(/Bearer\s+\S+/gi, 'Bearer [redacted]');
  for (const s of secrets) if (s.length >= 8) out = out.split(s).join('[redacted]');
  return out;
}

/** Every request gets an id (`X-Request-Id`) and one redacted log line; API replies are never cached or sniffed. */
export function useRequestBasics(app: Hono<Env>, log: (line: string) => void): void {
  app.use('*', async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID().slice(0, 8);
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    const ms = (performance.now() - started).toFixed(1);
    log(`${c.req.method} ${redactUrl(new URL(c.req.url))} ${c.res.status} ${ms}ms req=${requestId}`);
  });
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });
}

/** The size limit of JSON bodies (`413 payload_too_large` past `config.jsonBodyLimit`). */
export function jsonLimit(config: Pick<Config, 'jsonBodyLimit'>) {
  return bodyLimit({
    maxSize: config.jsonBodyLimit,
    onError: () => {
      throw errors.payloadTooLarge(`JSON bodies are limited to ${config.jsonBodyLimit} bytes.`);
    },
  });
}

/** The body as JSON (`415` unless sent as application/json, `400 invalid_json`); `allowEmpty`: no body is `{}`. */
export async function readJson(c: Context, allowEmpty = false): Promise<unknown> {
  const text = await c.req.text();
  if (allowEmpty && text.trim() === '') return {};
  const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw errors.unsupportedMediaType('Send the body as application/json.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw errors.invalidJson();
  }
}
