import { capturePlan } from '../../flow/machine.js';
import { HandoffController, type HandoffHost } from '../../handoff/handoff-controller.js';
import type { StepLoaderOptions } from '../flow/step-loader.js';

/**
 * The flow's phone handoff controller, tied to the flow: the captures its phone must take, the live
 * region, the flow's end when the phone submits, and a fatal reply ending the session. Loaded with the
 * handoff's code, when the applicant first asks for the phone.
 */
export function flowHandoff(host: HandoffHost, flow: StepLoaderOptions): HandoffController {
  const { session, state, t, say, remoteComplete } = flow;
  return new HandoffController(host, session, {
    t,
    needed: () => {
      const s = state();
      return s.config ? capturePlan(s.config, s.documentType).length : 0;
    },
    say,
    completed: remoteComplete,
    fatal: (e) => session.fail(e),
  });
}
