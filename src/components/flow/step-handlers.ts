import type { FlowParts } from './flow-parts.js';
import type { InternalHandlers } from './internal-listeners.js';

/**
 * The screens' requests to move on: a capture taken (to its review), the phone asked for, another
 * document wanted, a new handoff link.
 */
export function stepHandlers(flow: Pick<FlowParts, 'state' | 'dispatch' | 'later' | 'steps'>): InternalHandlers {
  return {
    'vl-captured': (e) => {
      const state = flow.state();
      if (!state.kind || state.screen !== 'capture') return;
      flow.later.review?.take(e.detail);
      flow.dispatch({ type: 'CAPTURED' });
    },
    'vl-handoff': () => flow.dispatch({ type: 'HANDOFF' }),
    'vl-choose-document': () => flow.dispatch({ type: 'BACK' }),
    'vl-handoff-new-link': () => void flow.steps.handoff?.newLink(),
  };
}

/** The error screen's retake: the kind the server refused is taken again. */
export function retake(flow: Pick<FlowParts, 'session' | 'dispatch'>): void {
  const kind = flow.session.rejectedKind;
  flow.session.rejectedKind = null;
  if (kind) flow.dispatch({ type: 'UPLOAD_REJECTED', kind });
}
