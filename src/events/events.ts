/**
 * The widget's public DOM events. Every event bubbles and is composed (crosses shadow roots), has a
 * typed `detail`, and never carries images, personal data or the session token.
 *
 * Terminal events (`verilock-complete`, `verilock-cancel`, `verilock-expired`, and a non-recoverable
 * `verilock-error`) fire at most once per element.
 */
import type { CaptureKind, SessionStatus } from '../api/schemas.js';

/** Machine-readable error codes, listed in the README. Each has its own screen with what to do next. */
export type ErrorCode =
  | 'camera_not_allowed'
  | 'camera_not_found'
  | 'camera_in_use'
  | 'camera_blocked_by_embed'
  | 'camera_black'
  | 'camera_frozen'
  | 'constraints_unsatisfiable'
  | 'insecure_context'
  | 'token_invalid'
  | 'token_expired'
  | 'session_completed'
  | 'network'
  | 'upload_rejected'
  | 'server_error'
  | 'bad_response'
  | 'vision_unavailable';

/** Coarse grouping of error codes, for hosts that only want to branch on kind. */
export type ErrorCategory = 'permissions' | 'device' | 'authentication' | 'network' | 'server';

export const ERROR_CATEGORY: Record<ErrorCode, ErrorCategory> = {
  camera_not_allowed: 'permissions',
  camera_blocked_by_embed: 'permissions',
  camera_not_found: 'device',
  camera_in_use: 'device',
  camera_black: 'device',
  camera_frozen: 'device',
  constraints_unsatisfiable: 'device',
  insecure_context: 'device',
  token_invalid: 'authentication',
  token_expired: 'authentication',
  session_completed: 'authentication',
  network: 'network',
  upload_rejected: 'server',
  server_error: 'server',
  bad_response: 'server',
  vision_unavailable: 'device',
};

export type CameraState = 'requesting' | 'prompt' | 'live' | 'stopped' | 'error';
export type CancelReason = 'user_exit' | 'consent_declined' | 'host_close';

export interface ReadyDetail {
  session_id: string;
  steps: string[];
}
export interface StepChangeDetail {
  from: string | null;
  to: string;
  index: number;
  total: number;
}
export interface CameraStatusDetail {
  state: CameraState;
  facing?: 'user' | 'environment';
}
export interface CaptureDetail {
  kind: CaptureKind;
  attempt: number;
  bytes: number;
  quality?: Record<string, number>;
}
export interface CompleteDetail {
  session_id: string;
  status: SessionStatus;
}
export interface RedirectDetail {
  url: string;
}
export interface CancelDetail {
  reason: CancelReason;
}
export interface ErrorDetail {
  code: ErrorCode;
  category: ErrorCategory;
  recoverable: boolean;
  step: string | null;
}
export interface ExpiredDetail {
  session_id: string | null;
}

/** Map of event name → detail type: the single source of truth for every channel (DOM, iframe, webview). */
export interface VerilockEventDetails {
  'verilock-ready': ReadyDetail;
  'verilock-step-change': StepChangeDetail;
  'verilock-camera-status': CameraStatusDetail;
  'verilock-capture': CaptureDetail;
  'verilock-complete': CompleteDetail;
  'verilock-redirect': RedirectDetail;
  'verilock-cancel': CancelDetail;
  'verilock-error': ErrorDetail;
  'verilock-expired': ExpiredDetail;
}
export type VerilockEventName = keyof VerilockEventDetails;

/** Events that can end a flow; each fires at most once per element. */
export const TERMINAL_EVENTS: ReadonlySet<VerilockEventName> = new Set([
  'verilock-complete',
  'verilock-cancel',
  'verilock-expired',
]);

/**
 * Whether an event ends the flow for a channel outside the page: the terminal events, and an error that
 * cannot be recovered from. Such a channel lets one of them out, once. (On the element itself, a fatal
 * `verilock-error` is still followed by its `verilock-expired`; only {@link TERMINAL_EVENTS} are gated there.)
 */
export function isTerminal<K extends VerilockEventName>(name: K, detail: VerilockEventDetails[K]): boolean {
  if (TERMINAL_EVENTS.has(name)) return true;
  return name === 'verilock-error' && (detail as VerilockEventDetails['verilock-error']).recoverable === false;
}

/** A typed Verilock event. `verilock-redirect` is cancelable: cancel it to stay on the page. */
export class VerilockEvent<K extends VerilockEventName = VerilockEventName> extends CustomEvent<
  VerilockEventDetails[K]
> {
  constructor(type: K, detail: VerilockEventDetails[K]) {
    super(type, { bubbles: true, composed: true, cancelable: type === 'verilock-redirect', detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'verilock-ready': VerilockEvent<'verilock-ready'>;
    'verilock-step-change': VerilockEvent<'verilock-step-change'>;
    'verilock-camera-status': VerilockEvent<'verilock-camera-status'>;
    'verilock-capture': VerilockEvent<'verilock-capture'>;
    'verilock-complete': VerilockEvent<'verilock-complete'>;
    'verilock-redirect': VerilockEvent<'verilock-redirect'>;
    'verilock-cancel': VerilockEvent<'verilock-cancel'>;
    'verilock-error': VerilockEvent<'verilock-error'>;
    'verilock-expired': VerilockEvent<'verilock-expired'>;
  }
}
