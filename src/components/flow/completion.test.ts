import { expect } from '@open-wc/testing';
import type { FlowProgress } from '../../api/schemas.js';
import { initialState, transition, type FlowAction, type FlowState } from '../../flow/machine.js';
import { flowSession } from '../../../test/browser/helpers.js';
import { FlowCompletion, type CompletionHooks } from './completion.js';

/** A flow at `screen`, with its events, moves and session as a list of what happened. */
function setup(screen: FlowState['screen'], opts: { redirect?: boolean; navigates?: boolean; ended?: boolean } = {}) {
  const log: string[] = [];
  const session = flowSession({ redirect_url: 'https://example.com/back' });
  let state: FlowState = { ...transition(initialState, { type: 'SESSION_LOADED', session }), screen };
  let ended = opts.ended ?? false;
  const hooks: CompletionHooks = {
    session: {
      session,
      get ended() {
        return ended;
      },
      end: () => void ((ended = true), log.push('end')),
      stopUploads: () => void log.push('stopUploads'),
    },
    state: () => state,
    dispatch: (action: FlowAction, via?: FlowState) => {
      log.push(`${action.type} via ${(via ?? state).screen}`);
      state = transition(via ?? state, action);
    },
    emit: (name, detail) => {
      log.push(`${name} ${JSON.stringify(detail)}`);
      return name !== 'verilock-redirect' || opts.redirect !== false;
    },
    widgetNavigates: () => opts.navigates !== false,
    // Never on the page: the redirect's navigation is dropped, so the test page stays.
    connected: () => false,
  };
  let updates = 0;
  const completion = new FlowCompletion({ requestUpdate: () => void updates++ } as never, hooks);
  return { completion, log, state: () => state, updates: () => updates };
}

const progress = (p: Partial<FlowProgress> = {}): FlowProgress => ({
  status: 'processing',
  captures: [],
  phone_connected: true,
  phone_step: 'done',
  completed: true,
  redirect_url: null,
  ...p,
});

describe('the end of a session (FlowCompletion)', () => {
  it('a completion here: uploads settled, verilock-complete, the session ended, then the redirect', () => {
    const f = setup('uploading');
    f.completion.completed('ses_1', 'processing', 'https://example.com/next');
    expect(f.log[0]).to.equal('UPLOADS_SETTLED via uploading');
    expect(f.log[1]).to.equal('verilock-complete {"session_id":"ses_1","status":"processing"}');
    expect(f.log[2]).to.equal('end');
    expect(f.log[3]).to.match(/^verilock-redirect .*example\.com\/next\?verilock_session_id=ses_1/);
    expect(f.state().screen).to.equal('done');
    expect(f.completion.redirectUrl).to.contain('https://example.com/next?verilock_session_id=ses_1');
    expect(f.updates(), 'the done screen shows the link').to.equal(1);
  });

  it('no redirect when the host cancels it, when the host navigates, or without a safe URL', () => {
    const cancelled = setup('uploading', { redirect: false });
    cancelled.completion.completed('ses_1', 'processing', 'https://example.com/next');
    expect(cancelled.completion.redirectUrl).to.equal(null);
    const hostNavigates = setup('uploading', { navigates: false });
    hostNavigates.completion.completed('ses_1', 'processing', 'https://example.com/next');
    expect(hostNavigates.completion.redirectUrl).to.equal(null);
    const unsafe = setup('uploading');
    unsafe.completion.completed('ses_1', 'processing', 'javascript:alert(1)');
    expect(unsafe.log.some((l) => l.startsWith('verilock-redirect'))).to.equal(false);
    expect(unsafe.completion.redirectUrl).to.equal(null);
  });

  it('the phone submitted: the machine ends from the handoff screen wherever the applicant is, uploads stop', () => {
    const f = setup('consent');
    f.completion.remote(progress({ redirect_url: null }));
    expect(f.log.slice(0, 3)).to.deep.equal([
      'REMOTE_COMPLETE via handoff',
      'stopUploads',
      'verilock-complete {"session_id":"ses_00000000-0000-4000-8000-000000000001","status":"processing"}',
    ]);
    expect(f.state().screen).to.equal('done');
    // The session's own redirect URL when the progress has none.
    expect(f.completion.redirectUrl).to.contain('https://example.com/back?');
  });

  it('a phone completion after the end, or after a cancel, changes nothing', () => {
    for (const f of [setup('done'), setup('cancelled'), setup('handoff', { ended: true })]) {
      f.completion.remote(progress());
      expect(f.log).to.deep.equal([]);
    }
  });
});
