/**
 * The internal events the child elements send up to `<verilock-flow>`. They bubble but are not composed:
 * they never leave the flow's shadow root, so a host page cannot see or fake them. The public events are
 * in `events.ts`.
 */
import type { CapturedImage } from '../components/capture/capture.component.js';
import type { CameraStatus } from '../controllers/camera-controller.js';
import type { ErrorCode } from './events.js';

/** Map of internal event name → detail type. */
export interface InternalEventDetails {
  /** A capture step took an image (camera or file). */
  'vl-captured': CapturedImage;
  /** The camera of a capture step changed state. */
  'vl-camera-status': { status: CameraStatus; facing: 'user' | 'environment' };
  /** The camera failed with a public error code. */
  'vl-camera-error': { code: ErrorCode };
  /** Something for the shell's polite live region to say. */
  'vl-guidance': { text: string };
  /** On-device vision cannot be used in this step (it goes on without it). */
  'vl-vision-error': { error: unknown };
  /** A document was read but cannot be used, and the applicant wants to choose another. */
  'vl-choose-document': Record<string, never>;
  /** The applicant asked to continue on the phone. */
  'vl-handoff': Record<string, never>;
  /** The applicant asked for a new handoff link (the last one expired, or the phone stalled). */
  'vl-handoff-new-link': Record<string, never>;
}
export type InternalEventName = keyof InternalEventDetails;

/** The DOM event of an internal event name. */
export type InternalEvent<K extends InternalEventName> = CustomEvent<InternalEventDetails[K]>;
