import { checkSafeUrl } from '../api/schemas.js';

/**
 * The URL to send the applicant to at the end, with `verilock_session_id` and `verilock_status`
 * added — or `null` when the session's `redirect_url` is missing or fails the rule (https, or http on
 * localhost; no credentials; no whitespace or control characters; ≤ 2048 characters).
 */
export function buildRedirectUrl(
  redirectUrl: string | null | undefined,
  sessionId: string,
  status: string,
): string | null {
  if (!redirectUrl || checkSafeUrl(redirectUrl) !== null) return null;
  const url = new URL(redirectUrl);
  url.searchParams.set('verilock_session_id', sessionId);
  url.searchParams.set('verilock_status', status);
  return url.href;
}
