import {
  ERROR_CATEGORY,
  type CancelReason,
  type ErrorCode,
  type VerilockEventDetails,
  type VerilockEventName,
} from '../../events/events.js';
import { stepName, visibleSteps, type FlowAction, type FlowState } from '../../flow/machine.js';

/** A public event to send, its name with its detail. */
export type PublicEvent = { [K in VerilockEventName]: { name: K; detail: VerilockEventDetails[K] } }[VerilockEventName];

/** What a move of the flow's machine means outside it, in this order. */
export interface TransitionOutcome {
  /** The applicant moved to another step. */
  stepChange: PublicEvent | null;
  /** The step a phone tells the computer it is on, if it moved to another one. */
  phoneStep: string | null;
  /** The flow was cancelled by this move (nothing more is uploaded). */
  cancel: PublicEvent | null;
}

/** The events of a move from `prev` to `next` by `action`; `cancelReason` is the reason of a cancel the host asked for. */
export function transitionEvents(
  prev: FlowState,
  next: FlowState,
  action: FlowAction,
  cancelReason: CancelReason,
): TransitionOutcome {
  let stepChange: PublicEvent | null = null;
  let cancel: PublicEvent | null = null;
  const from = prev.screen === 'loading' ? null : stepName(prev);
  const to = stepName(next);
  let phoneStep: string | null = null;
  if (from !== to) {
    const steps = visibleSteps(next);
    const detail = { from, to, index: Math.max(0, steps.indexOf(to)), total: steps.length };
    stepChange = { name: 'verilock-step-change', detail };
    if (next.device === 'phone') phoneStep = to;
  }
  if (next.screen === 'cancelled' && prev.screen !== 'cancelled') {
    const reason = action.type === 'CONSENT_DECLINE' ? 'consent_declined' : cancelReason;
    cancel = { name: 'verilock-cancel', detail: { reason } };
  }
  return { stepChange, phoneStep, cancel };
}

/** The events of a failure, once the machine took it (`state`): the error, and the expiry of an expired token. */
export function failureEvents(code: ErrorCode, state: FlowState, sessionId: string | null): PublicEvent[] {
  const error = state.error;
  const detail = {
    code,
    category: ERROR_CATEGORY[code],
    recoverable: !!error?.recoverable,
    step: error?.returnTo ?? null,
  };
  const events: PublicEvent[] = [{ name: 'verilock-error', detail }];
  if (code === 'token_expired') events.push({ name: 'verilock-expired', detail: { session_id: sessionId } });
  return events;
}
