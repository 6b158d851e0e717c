import type { LocalizeController } from '../../controllers/localize-controller.js';
import { visibleSteps } from '../../flow/machine.js';
import type { SessionCallbacks } from '../../session/session-controller.js';
import { failureEvents } from './flow-events.js';
import type { FlowParts } from './flow-parts.js';

/**
 * What the flow does with the session's outcomes: a loaded session starts it (its language, the first
 * screen, `verilock-ready`), a failure moves it to its error screen and is told, a completion ends it, and
 * a stop forgets the handoff's polling, the announcements and the capture under review.
 * `flow` gives the shell's parts when an outcome comes (they are made after the session).
 */
export function sessionHooks(
  flow: () => FlowParts,
  localize: Pick<LocalizeController, 'setSessionLanguage'>,
): SessionCallbacks {
  return {
    loaded: (session) => {
      const { dispatch, emit, state } = flow();
      localize.setSessionLanguage(session.locale ?? null);
      dispatch({ type: 'SESSION_LOADED', session });
      emit([{ name: 'verilock-ready', detail: { session_id: session.id, steps: visibleSteps(state()) } }]);
    },
    failed: ({ code, recoverable }) => {
      const { dispatch, emit, state, session } = flow();
      dispatch({ type: 'FAIL', code, recoverable });
      emit(failureEvents(code, state(), session.session?.id ?? null));
    },
    completed: (id, status, redirect) => flow().later.completion?.completed(id, status, redirect),
    stopped: () => {
      const { steps, announcer, later } = flow();
      steps.handoff?.stop();
      announcer.reset();
      later.drop();
    },
  };
}
