/**
 * Opening and listing cameras through `MediaDevices`, for the camera controller: the constraints asked
 * for, one stream opened with its fallbacks, and the cameras with what their capabilities say.
 */
import type { CameraDevice, Facing } from './choose-camera.js';

/** The media devices a camera is opened with (`navigator.mediaDevices`, or a test double). */
export type MediaDevicesLike = Pick<MediaDevices, 'getUserMedia' | 'enumerateDevices'>;

/** Image-capture constraints not (yet) in TypeScript's DOM types. */
export interface ImageCaptureCapabilities extends MediaTrackCapabilities {
  focusMode?: string[];
  torch?: boolean;
}

/** What a stream is opened for: the facing, and the ideal capture size. */
export interface CameraRequest {
  facing: Facing;
  idealWidth?: number;
  idealHeight?: number;
}

/**
 * The constraints of one `getUserMedia` call: a given camera (by id) or the facing mode, with the ideal
 * size (`exact`), or the bare minimum (after an over-constrained request). Never audio.
 */
export function cameraConstraints(
  request: CameraRequest,
  exact: boolean,
  deviceId: string | null = null,
): MediaStreamConstraints {
  const which = deviceId ? { deviceId: { exact: deviceId } } : null;
  if (!exact) return { video: which ?? { facingMode: request.facing }, audio: false };
  const { idealWidth = 1280, idealHeight = 720 } = request;
  return {
    video: {
      ...(which ?? { facingMode: { ideal: request.facing } }),
      width: { ideal: idealWidth },
      height: { ideal: idealHeight },
    },
    audio: false,
  };
}

const errorName = (e: unknown): string => (e as { name?: string })?.name ?? '';

/**
 * Opens one stream: a given camera (falling back to the facing mode when that camera is gone or busy, and
 * then forgetting it in `memory`), else by facing mode, retried once with the bare minimum after an
 * over-constrained request. A refused permission is never retried.
 */
export async function openCamera(
  devices: MediaDevicesLike,
  request: CameraRequest,
  deviceId: string | null,
  memory: Map<Facing, string>,
): Promise<MediaStream> {
  if (deviceId) {
    try {
      try {
        return await devices.getUserMedia(cameraConstraints(request, true, deviceId));
      } catch (e) {
        if (errorName(e) !== 'OverconstrainedError') throw e;
        return await devices.getUserMedia(cameraConstraints(request, false, deviceId));
      }
    } catch (e) {
      if (['NotAllowedError', 'PermissionDeniedError', 'SecurityError'].includes(errorName(e))) throw e;
      for (const [facing, id] of memory) if (id === deviceId) memory.delete(facing);
    }
  }
  try {
    return await devices.getUserMedia(cameraConstraints(request, true));
  } catch (e) {
    if (errorName(e) !== 'OverconstrainedError') throw e;
    return await devices.getUserMedia(cameraConstraints(request, false));
  }
}

/** The capabilities a device or track reports (none where it cannot say). */
export function capabilitiesOf(
  source: { getCapabilities?: () => MediaTrackCapabilities } | null | undefined,
): ImageCaptureCapabilities {
  try {
    return (typeof source?.getCapabilities === 'function' ? source.getCapabilities() : {}) ?? {};
  } catch {
    return {};
  }
}

/** The cameras, with what their capabilities say (the open track's own capabilities for the open one). */
export async function listCameras(
  devices: MediaDevicesLike,
  track: MediaStreamTrack | null,
): Promise<{ cameras: CameraDevice[]; current: string | null }> {
  let infos: MediaDeviceInfo[] = [];
  try {
    infos = (await devices.enumerateDevices()).filter((d) => d.kind === 'videoinput');
  } catch {
    /* no list: the camera the browser gave stays */
  }
  const settings = track?.getSettings?.() ?? {};
  const current =
    infos.find((d) => settings.deviceId && d.deviceId === settings.deviceId)?.deviceId ??
    infos.find((d) => track?.label && d.label === track.label)?.deviceId ??
    settings.deviceId ??
    null;
  const trackCaps = capabilitiesOf(track);
  const cameras = infos.map((d) => {
    const own = capabilitiesOf(d as InputDeviceInfo);
    const c = d.deviceId === current ? { ...own, ...trackCaps } : own;
    return { deviceId: d.deviceId, label: d.label, facingMode: c.facingMode, focusMode: c.focusMode, torch: c.torch };
  });
  return { cameras, current };
}
