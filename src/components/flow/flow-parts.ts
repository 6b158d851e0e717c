import type { FlowAction, FlowState } from '../../flow/machine.js';
import type { Announcer } from '../../internal/announcer.js';
import type { SessionController } from '../../session/session-controller.js';
import type { PublicEvent } from './flow-events.js';
import type { LaterParts } from './later-parts.js';
import type { StepLoader } from './step-loader.js';

/**
 * The shell's parts and its ways to act, as the modules that work for it see them (the handlers of the
 * screens' internal events, the session's callbacks, a new screen's side effects).
 */
export interface FlowParts {
  readonly session: SessionController;
  readonly steps: StepLoader;
  readonly later: LaterParts;
  /** The polite live region's voice. */
  readonly announcer: Announcer;
  /** The flow's current state. */
  state(): FlowState;
  /** Moves the flow's machine (from `via` instead of the current state when given). */
  dispatch(action: FlowAction, via?: FlowState): void;
  /** Sends public events, in order. */
  emit(events: readonly PublicEvent[]): void;
}
