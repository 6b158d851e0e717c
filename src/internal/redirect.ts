import { checkSafeUrl, type Device } from '../api/schemas.js';

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

/**
 * Where to go after a completion on this device: the session's redirect, or nowhere on a phone opened
 * from a handoff link (it sends the applicant back to the computer, which redirects).
 */
export function completionRedirect(
  device: Device,
  redirectUrl: string | null | undefined,
  sessionId: string,
  status: string,
): string | null {
  return device === 'phone' ? null : buildRedirectUrl(redirectUrl, sessionId, status);
}

/** How long the done screen stays up before the redirect, to be seen and announced (ms). */
export const REDIRECT_DELAY_MS = 1200;

/** Navigates to `url` after the done screen had its time, unless the widget has left the page by then. */
export function navigateSoon(url: string, stillHere: () => boolean, delay = REDIRECT_DELAY_MS): void {
  setTimeout(() => {
    if (stillHere()) window.location.assign(url);
  }, delay);
}
