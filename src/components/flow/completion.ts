import type { ReactiveControllerHost } from 'lit';
import type { FlowProgress, FlowSession } from '../../api/schemas.js';
import type { FlowAction, FlowState } from '../../flow/machine.js';
import { completionRedirect, navigateSoon } from '../../internal/redirect.js';
import type { SessionController } from '../../session/session-controller.js';
import type { EventDetails } from '../base/verilock-element.js';

type EndEvent = 'verilock-complete' | 'verilock-redirect' | 'verilock-capture';

/** What the completion needs of the flow. */
export interface CompletionHooks {
  session: Pick<SessionController, 'session' | 'ended' | 'end' | 'stopUploads'>;
  state(): FlowState;
  /** Moves the flow's machine (from `via` instead of the current state when given). */
  dispatch(action: FlowAction, via?: FlowState): void;
  /** Sends a public event; false when it was cancelled (or was a second terminal one). */
  emit<K extends EndEvent>(name: K, detail: EventDetails[K]): boolean;
  /** False when the host page or app navigates itself (the widget then never redirects). */
  widgetNavigates(): boolean;
  /** The widget is still on the page (a redirect waits for the done screen, and is dropped once it left). */
  connected(): boolean;
}

/**
 * The end of a session, here or on the phone: `verilock-complete`, then the cancelable `verilock-redirect`
 * and the navigation to the session's redirect URL (kept for the done screen's link), once.
 */
export class FlowCompletion {
  /** Where the applicant is being sent (the done screen links to it), once a redirect is under way. */
  redirectUrl: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: CompletionHooks,
  ) {}

  /** Every capture is on the server and the session was submitted from this device. */
  completed(sessionId: string, status: FlowSession['status'], redirect: string | null): void {
    this.hooks.dispatch({ type: 'UPLOADS_SETTLED' });
    this.#end(sessionId, status, redirect);
  }

  /** The phone submitted the session: the end is the same as after a local completion (events, redirect), once. */
  remote(p: FlowProgress): void {
    const { session, state, dispatch } = this.hooks;
    const s = session.session;
    const screen = state().screen;
    if (!s || session.ended || screen === 'done' || screen === 'cancelled') return;
    // The machine ends a phone's completion from the handoff screen; the applicant may have gone back since.
    dispatch({ type: 'REMOTE_COMPLETE' }, { ...state(), screen: 'handoff' });
    session.stopUploads();
    this.#end(s.id, p.status, p.redirect_url ?? s.redirect_url);
  }

  #end(sessionId: string, status: FlowSession['status'], redirect: string | null): void {
    const { session, state, emit } = this.hooks;
    emit('verilock-complete', { session_id: sessionId, status });
    session.end();
    const url = completionRedirect(state().device, redirect, sessionId, status);
    if (!url || !emit('verilock-redirect', { url }) || !this.hooks.widgetNavigates()) return;
    this.redirectUrl = url;
    this.host.requestUpdate();
    navigateSoon(url, this.hooks.connected);
  }
}
