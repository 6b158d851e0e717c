import type { ErrorCode } from '../events/events.js';

/** Facts about the environment that change what a getUserMedia failure means. */
export interface CameraEnvironment {
  secureContext: boolean;
  hasMediaDevices: boolean;
  /** `false` when a permissions policy (e.g. an iframe without `allow="camera"`) forbids the camera. */
  policyAllowsCamera: boolean | null;
}

/**
 * Maps a getUserMedia failure to an error code of the public contract. Pure, so every DOMException
 * name is covered by a unit test.
 */
export function cameraErrorCode(error: unknown, env: CameraEnvironment): ErrorCode {
  if (!env.secureContext || !env.hasMediaDevices) return env.secureContext ? 'camera_not_found' : 'insecure_context';
  const name = error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return env.policyAllowsCamera === false ? 'camera_blocked_by_embed' : 'camera_not_allowed';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
      return 'camera_not_found';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'camera_in_use';
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError':
      return 'constraints_unsatisfiable';
    case 'TypeError':
      return 'constraints_unsatisfiable';
    default:
      return 'camera_in_use';
  }
}

/** Reads the camera environment of a window. */
export function cameraEnvironment(win: Window = window): CameraEnvironment {
  const doc = win.document as Document & {
    featurePolicy?: { allowsFeature(f: string): boolean };
    permissionsPolicy?: { allowsFeature(f: string): boolean };
  };
  const policy = doc.permissionsPolicy ?? doc.featurePolicy;
  return {
    secureContext: win.isSecureContext,
    hasMediaDevices: !!win.navigator.mediaDevices?.getUserMedia,
    policyAllowsCamera: policy ? policy.allowsFeature('camera') : null,
  };
}
