/**
 * The limits of a capture upload that need no body: its headers (Idempotency-Key, content type,
 * declared length) and the session's quota of uploads and kept bytes. Pure.
 */
import type { Config } from '../config.js';
import { ApiError, errors } from '../errors.js';

/** The Idempotency-Key and content type of an upload, or the 400 / 413 / 415 that refuses it. */
export function readUploadHeaders(headers: Headers, bodyLimit: number): { key: string; contentType: string } {
  const key = headers.get('Idempotency-Key');
  if (key === null || key.trim() === '') {
    throw new ApiError(400, 'idempotency_key_missing', 'An Idempotency-Key header is required.');
  }
  if (key.length > 200 || !/^[\x21-\x7e]+$/.test(key)) {
    throw new ApiError(400, 'idempotency_key_invalid', 'Idempotency-Key must be 1–200 visible ASCII characters.');
  }
  const contentType = headers.get('Content-Type') ?? '';
  if (contentType.split(';')[0]!.trim().toLowerCase() !== 'multipart/form-data') {
    throw errors.unsupportedMediaType('Send the capture as multipart/form-data.');
  }
  const declared = Number(headers.get('Content-Length') ?? NaN);
  if (Number.isFinite(declared) && declared > bodyLimit) {
    throw errors.payloadTooLarge(`Uploads are limited to ${bodyLimit} bytes.`);
  }
  return { key, contentType };
}

/** Throws `413 session_quota_exceeded` when one more upload of `bytes` would pass the session's quota. */
export function checkQuota(
  limits: Pick<Config['captures'], 'maxUploadsPerSession' | 'maxBytesPerSession'>,
  uploads: number,
  keptBytes: number,
  bytes: number,
): void {
  const { maxUploadsPerSession, maxBytesPerSession } = limits;
  if (uploads + 1 > maxUploadsPerSession) {
    throw new ApiError(413, 'session_quota_exceeded', `A session takes at most ${maxUploadsPerSession} uploads.`, [
      { limit: 'uploads', max: maxUploadsPerSession },
    ]);
  }
  if (keptBytes + bytes > maxBytesPerSession) {
    throw new ApiError(
      413,
      'session_quota_exceeded',
      `A session keeps at most ${maxBytesPerSession} bytes of images.`,
      [{ limit: 'bytes', max: maxBytesPerSession }],
    );
  }
}
