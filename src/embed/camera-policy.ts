/**
 * Tells a camera refused by the embedding page (an iframe without `allow="camera"`, or a host page
 * whose `Permissions-Policy` denies `camera`) apart from one the applicant refused.
 */
import type { ErrorCode } from '../events/events.js';

interface PolicyLike {
  allowsFeature(feature: string, origin?: string): boolean;
}

/** `document.permissionsPolicy` (standard) or `document.featurePolicy` (Chromium), when present. */
function policyOf(doc: Document): PolicyLike | null {
  const d = doc as Document & { permissionsPolicy?: PolicyLike; featurePolicy?: PolicyLike };
  for (const candidate of [d.permissionsPolicy, d.featurePolicy]) {
    if (candidate && typeof candidate.allowsFeature === 'function') return candidate;
  }
  return null;
}

/**
 * Whether the page's permissions policy forbids the camera: `true` (blocked by the embedder),
 * `false` (allowed), or `null` when the browser does not say (Firefox, Safari).
 */
export function cameraBlockedByPolicy(win: Window = window): boolean | null {
  try {
    const policy = policyOf(win.document);
    return policy ? !policy.allowsFeature('camera') : null;
  } catch {
    return null;
  }
}

/**
 * The error code to show when `getUserMedia` failed (typically with `NotAllowedError`) and the cause
 * is the embedding rather than the applicant: `camera_blocked_by_embed`, or `null` when the policy
 * allows the camera or the browser cannot tell. Call it before mapping the DOMException itself.
 */
export function explainCameraFailure(win: Window = window): Extract<ErrorCode, 'camera_blocked_by_embed'> | null {
  return cameraBlockedByPolicy(win) === true ? 'camera_blocked_by_embed' : null;
}
