import type { FlowParts } from './flow-parts.js';
import type { InternalHandlers } from './internal-listeners.js';
import { cameraStep } from './loading.js';

/**
 * The camera steps' internal events: camera status and failure, guidance and a failed on-device vision,
 * told to the host as public events (built by the camera steps' own code, `camera-events.ts`) or said in
 * the live region.
 */
export function cameraHandlers(flow: Pick<FlowParts, 'state' | 'emit' | 'steps' | 'announcer'>): InternalHandlers {
  return {
    'vl-camera-status': (e) => {
      const event = cameraStep()!.cameraStatusEvent(e.detail.status, e.detail.facing);
      flow.steps.cameraStatus(event.detail.state === 'error');
      flow.emit([event]);
    },
    'vl-camera-error': (e) => flow.emit([cameraStep()!.stepErrorEvent(e.detail.code, flow.state())]),
    'vl-guidance': (e) => flow.announcer.say(e.detail.text),
    // On-device vision cannot be used: the step goes on without it; the host hears it once per step.
    'vl-vision-error': () => flow.emit([cameraStep()!.stepErrorEvent('vision_unavailable', flow.state())]),
  };
}
