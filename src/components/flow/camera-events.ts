import type { CameraStatus } from '../../controllers/camera-controller.js';
import { ERROR_CATEGORY, type CameraState, type ErrorCode } from '../../events/events.js';
import { stepName, type FlowState } from '../../flow/machine.js';
import type { PublicEvent } from './flow-events.js';

// The public events of the camera steps, loaded with their code (see camera-step.ts).

/** A recoverable problem of the current step (the camera, on-device vision): the step goes on. */
export function stepErrorEvent(code: ErrorCode, state: FlowState): PublicEvent {
  return {
    name: 'verilock-error',
    detail: { code, category: ERROR_CATEGORY[code], recoverable: true, step: stepName(state) },
  };
}

/** The public camera state (`verilock-camera-status`) of a capture step's camera status. */
function publicCameraState(status: CameraStatus): CameraState {
  const map = { idle: 'stopped', requesting: 'requesting', live: 'live', paused: 'stopped', error: 'error' } as const;
  return map[status] ?? 'stopped';
}

/** The public camera status of a capture step's camera. */
export function cameraStatusEvent(
  status: CameraStatus,
  facing: 'user' | 'environment',
): Extract<PublicEvent, { name: 'verilock-camera-status' }> {
  return { name: 'verilock-camera-status', detail: { state: publicCameraState(status), facing } };
}
