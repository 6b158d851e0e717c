/**
 * Errors of the flow API, mapped to the widget's error codes (the public error codes, README).
 *
 * Every failure of a request — an HTTP error reply, a network failure, a timeout, a reply that is not
 * JSON or does not match the wire contract — becomes a {@link FlowError}. Messages are written here,
 * never copied from a request, so they cannot carry the session token; reply bodies are never dumped
 * (only the server's short error `code` and, for schema failures, a summary of the zod issues).
 *
 * This module is pure: no DOM, no network.
 */
import { safeParse } from 'zod/mini';
import type { $ZodError, $ZodType } from 'zod/v4/core';
import type { ErrorCode } from '../events/events.js';
import { ApiErrorBody } from './schemas.js';

/** The flow API endpoint a request went to; some statuses mean different things per endpoint. */
export type FlowEndpoint = 'session' | 'captures' | 'complete' | 'handoff' | 'progress';

/** Codes that end the flow: no retry or retake can help. */
export const FATAL_CODES: ReadonlySet<ErrorCode> = new Set(['token_invalid', 'token_expired', 'session_completed']);

/** One zod issue, reduced to where and what (never the rejected value). */
export interface IssueSummary {
  path: string;
  code: string;
  message: string;
}

/** Options of the {@link FlowError} constructor. */
export interface FlowErrorOptions {
  /** HTTP status of the reply, when there was one. */
  status?: number;
  /** Whether repeating the same request later may succeed (network, timeouts, 408, 429, 5xx). */
  retryable?: boolean;
  /** Delay the server asked for (`Retry-After`), in milliseconds. */
  retryAfterMs?: number;
  /** Whether the applicant can go on (retry, retake); false for the fatal codes. Default from `code`. */
  recoverable?: boolean;
  /** Small, token-free diagnostic data: the server's error code, a zod issue summary, a reason. */
  details?: unknown;
  /** The endpoint the failing request went to. */
  endpoint?: FlowEndpoint;
}

/** A failed flow API request, with the widget error code it maps to. */
export class FlowError extends Error {
  /** Widget error code (the public error codes, README). */
  code: ErrorCode;
  /** HTTP status of the reply, when there was one. */
  status?: number;
  /** Delay the server asked for (`Retry-After`), in milliseconds. */
  retryAfterMs?: number;
  /** Whether the applicant can go on (retry, retake). False for token_invalid/expired and session_completed. */
  recoverable: boolean;
  /** Whether repeating the same request later may succeed; the upload queue retries only these. */
  retryable: boolean;
  /** Small, token-free diagnostic data (server error code, zod issue summary, reason). */
  details?: unknown;
  /** The endpoint the failing request went to. */
  endpoint?: FlowEndpoint;

  constructor(code: ErrorCode, message: string, options: FlowErrorOptions = {}) {
    super(message);
    this.name = 'FlowError';
    this.code = code;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.retryable = options.retryable ?? false;
    this.recoverable = options.recoverable ?? !FATAL_CODES.has(code);
    this.details = options.details;
    this.endpoint = options.endpoint;
  }

  /** True when the error ends the whole flow (token invalid or expired, session already completed). */
  get fatal(): boolean {
    return FATAL_CODES.has(this.code);
  }
}

/**
 * Milliseconds to wait from a `Retry-After` header: delta-seconds (`"120"`, also `"1.5"`) or an HTTP
 * date. `undefined` when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only something that looks like an HTTP date (IMF-fixdate and the obsolete forms all name a weekday or month).
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Summary of zod issues: at most `limit` entries of path, code and message (no values). */
export function summarizeIssues(error: $ZodError, limit = 10): IssueSummary[] {
  return error.issues.slice(0, limit).map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    message: issue.message.slice(0, 200),
  }));
}

/** The server's machine-readable error code from an error reply body, if it has the agreed shape. */
export function serverErrorCode(body: string): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  const parsed = ApiErrorBody.safeParse(json);
  return parsed.success ? parsed.data.error.code.slice(0, 100) : undefined;
}

/**
 * The {@link FlowError} for an HTTP error reply (status outside 2xx).
 *
 * | status | captures | session, complete |
 * |---|---|---|
 * | 401, 403 | token_invalid | token_invalid |
 * | 403 with its own server code | server_error, not fatal | same |
 * | 410 | token_expired | token_expired |
 * | 409 | upload_rejected if `idempotency_conflict`, else session_completed | session_completed |
 * | 408, 5xx | server_error, retryable | server_error, retryable |
 * | 429 | server_error, retryable, `Retry-After` | same |
 * | other 4xx (400, 404, 413, 415, 422…) | upload_rejected | server_error, not retryable |
 * | anything else (1xx, 3xx) | bad_response | bad_response |
 */
export function errorFromResponse(
  endpoint: FlowEndpoint,
  status: number,
  body: string,
  retryAfter: string | null,
  now: number = Date.now(),
): FlowError {
  const serverCode = serverErrorCode(body);
  const base = { status, endpoint, details: serverCode ? { serverCode } : undefined };
  const where = `(HTTP ${status} from ${endpoint})`;

  // 403 with a code of its own (e.g. `cross_device_disabled`) refuses that one request, not the token:
  // the flow goes on. Only 401, or a 403 that names no other reason, means the link itself is bad.
  if (status === 403 && serverCode !== undefined && serverCode !== 'token_invalid') {
    return new FlowError('server_error', `The server refused this request (${serverCode}) ${where}.`, base);
  }
  if (status === 401 || status === 403) {
    return new FlowError('token_invalid', `The verification link is not valid ${where}.`, base);
  }
  if (status === 410) {
    return new FlowError('token_expired', `The verification link has expired ${where}.`, base);
  }
  if (status === 409) {
    if (endpoint === 'captures' && serverCode === 'idempotency_conflict') {
      return new FlowError(
        'upload_rejected',
        `The upload conflicts with an earlier one under the same key ${where}.`,
        base,
      );
    }
    return new FlowError('session_completed', `This verification is already completed ${where}.`, base);
  }
  if (status === 408 || status === 429 || (status >= 500 && status <= 599)) {
    const retryAfterMs = parseRetryAfter(retryAfter, now);
    const what = status === 429 ? 'The server is busy' : 'The server failed';
    return new FlowError('server_error', `${what} ${where}.`, { ...base, retryable: true, retryAfterMs });
  }
  if (status >= 400 && status <= 499) {
    if (endpoint === 'captures') {
      return new FlowError('upload_rejected', `The server did not accept the capture ${where}.`, base);
    }
    return new FlowError('server_error', `The server refused the request ${where}.`, base);
  }
  return new FlowError('bad_response', `Unexpected reply ${where}.`, base);
}

/** Why a request never got a reply. */
export type NetworkReason = 'fetch_failed' | 'timeout' | 'offline';

/** A retryable `network` error: no reply (connection failed, offline, or the request timed out). */
export function networkError(reason: NetworkReason, endpoint?: FlowEndpoint): FlowError {
  const message =
    reason === 'timeout'
      ? 'The request took too long and was stopped.'
      : reason === 'offline'
        ? 'The device is offline.'
        : 'The server could not be reached.';
  return new FlowError('network', message, { retryable: true, endpoint, details: { reason } });
}

/**
 * Parse a 2xx reply body with `schema`. A body that is not JSON, or JSON that fails the schema, throws a
 * `bad_response` {@link FlowError} whose `details` holds `{ reason, issues? }` — never the body.
 */
export function parseReply<T>(schema: $ZodType<T>, body: string, endpoint: FlowEndpoint, status: number): T {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new FlowError('bad_response', `The reply from ${endpoint} is not JSON (HTTP ${status}).`, {
      status,
      endpoint,
      details: { reason: 'not_json' },
    });
  }
  const parsed = safeParse(schema, json);
  if (!parsed.success) {
    throw new FlowError('bad_response', `The reply from ${endpoint} does not match the contract (HTTP ${status}).`, {
      status,
      endpoint,
      details: { reason: 'schema', issues: summarizeIssues(parsed.error) },
    });
  }
  return parsed.data;
}

/**
 * Any thrown value as a {@link FlowError}: FlowErrors pass through, a `TypeError` (what fetch throws when
 * the network fails) becomes a retryable `network` error, anything else a `bad_response`.
 * The original is deliberately not kept as `cause`: it could hold request details.
 */
export function toFlowError(error: unknown, endpoint?: FlowEndpoint): FlowError {
  if (error instanceof FlowError) return error;
  if (error instanceof TypeError) return networkError('fetch_failed', endpoint);
  return new FlowError('bad_response', 'The reply could not be handled.', {
    endpoint,
    details: { reason: 'unexpected' },
  });
}
