/**
 * One error shape for every reply: `{"error":{"code","message","details?"}}`.
 */
import type { $ZodError } from 'zod/v4/core';

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503;

/** Entries of `details` an error reply lists at most (then one entry saying how many were left out). */
export const MAX_ERROR_DETAILS = 10;
/** Characters of a detail's `message` kept at most. */
const MAX_DETAIL_MESSAGE = 300;

/** At most {@link MAX_ERROR_DETAILS} entries, each message cut short: a reply never grows with the request. */
function truncateDetails(details: unknown[]): unknown[] {
  const cut = (d: unknown): unknown =>
    d &&
    typeof d === 'object' &&
    'message' in d &&
    typeof d.message === 'string' &&
    d.message.length > MAX_DETAIL_MESSAGE
      ? { ...d, message: `${d.message.slice(0, MAX_DETAIL_MESSAGE)}…` }
      : d;
  if (details.length <= MAX_ERROR_DETAILS) return details.map(cut);
  const more = details.length - MAX_ERROR_DETAILS;
  return [...details.slice(0, MAX_ERROR_DETAILS).map(cut), { message: `${more} more not listed` }];
}

export class ApiError extends Error {
  readonly details?: unknown[];

  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    details?: unknown[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
    if (details) this.details = truncateDetails(details);
  }

  body(): { error: { code: string; message: string; details?: unknown[] } } {
    return {
      error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) },
    };
  }
}

/** zod issues → `details` entries of a 400 `validation_failed`. */
export function zodDetails(error: $ZodError, prefix: (string | number)[] = []): { path: string; message: string }[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))].join('.');
    return { path, message: issue.message };
  });
}

export function validationFailed(
  error: $ZodError,
  prefix: (string | number)[] = [],
  message = 'The request is invalid.',
): ApiError {
  return new ApiError(400, 'validation_failed', message, zodDetails(error, prefix));
}

export const errors = {
  notFound: (what = 'Not found.') => new ApiError(404, 'not_found', what),
  unauthorized: () =>
    new ApiError(401, 'unauthorized', 'A valid API key is required (X-API-Key or Authorization: Bearer).'),
  tokenInvalid: () => new ApiError(401, 'token_invalid', 'The session token is missing or unknown.'),
  tokenExpired: () => new ApiError(410, 'token_expired', 'The session has expired.'),
  sessionCompleted: () => new ApiError(409, 'session_completed', 'The session has already been submitted.'),
  invalidJson: () => new ApiError(400, 'invalid_json', 'The request body is not valid JSON.'),
  payloadTooLarge: (message = 'The request body is too large.') => new ApiError(413, 'payload_too_large', message),
  unsupportedMediaType: (message: string) => new ApiError(415, 'unsupported_media_type', message),
  rateLimited: (retryAfterSeconds: number) =>
    new ApiError(429, 'rate_limited', 'Too many requests; retry later.', undefined, {
      'Retry-After': String(retryAfterSeconds),
    }),
  server: () => new ApiError(500, 'server_error', 'Something went wrong on our side.'),
  /** A liveness capture whose evidence fails the server's own check (reasons as listed in liveness-check.ts). */
  livenessEvidenceInvalid: (reasons: readonly string[]) =>
    new ApiError(
      422,
      'liveness_evidence_invalid',
      'The liveness evidence does not match the check this session asked for.',
      reasons.slice(0, 10).map((reason) => ({ path: 'meta.liveness', message: reason })),
    ),
};
