/**
 * The secrets of the reference backend and how they are kept: session tokens, handoff codes and API
 * key ids are random values shown once and stored only as domain-separated SHA-256 hashes.
 */
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../db.js';

export const TOKEN_PATTERN = /^vft_[A-Za-z0-9_-]{32}$/;
export const SESSION_ID_PATTERN = /^ses_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const CAPTURE_ID_PATTERN = /^cap_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A handoff code: 192 random bits, base64url. */
export const HANDOFF_CODE_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/** A new session token (192 random bits). */
export function newSessionToken(): string {
  return `vft_${randomBytes(24).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return sha256Hex(`verilock-session-token:${token}`);
}

/** A new handoff code (192 random bits). */
export function newHandoffCode(): string {
  return randomBytes(24).toString('base64url');
}

export function hashHandoffCode(code: string): string {
  return sha256Hex(`verilock-handoff-code:${code}`);
}

/** The id a session records for the API key that created it (never the key itself). */
export function apiKeyId(key: string): string {
  return sha256Hex(`verilock-api-key:${key}`);
}
