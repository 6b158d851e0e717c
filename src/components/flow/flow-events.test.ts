import { expect } from '@open-wc/testing';
import { completionRedirect } from '../../internal/redirect.js';
import { initialState, transition, type FlowAction, type FlowState } from '../../flow/machine.js';
import { flowSession } from '../../../test/browser/helpers.js';
import { cameraStatusEvent, stepErrorEvent } from './camera-events.js';
import { failureEvents, transitionEvents } from './flow-events.js';

const loaded = (device: 'primary' | 'phone' = 'primary') =>
  transition(initialState, { type: 'SESSION_LOADED', session: { ...flowSession(), device } });
const move = (from: FlowState, action: FlowAction) => transition(from, action);

describe('the flow’s public events of a move', () => {
  it('the first screen after loading is a step change from nothing', () => {
    const intro = loaded();
    const out = transitionEvents(initialState, intro, { type: 'SESSION_LOADED', session: flowSession() }, 'user_exit');
    expect(out.stepChange?.name).to.equal('verilock-step-change');
    expect(out.stepChange?.detail).to.deep.include({ from: null, to: 'intro', index: 0 });
    expect(out.phoneStep, 'the computer reports nothing').to.equal(null);
    expect(out.cancel).to.equal(null);
  });

  it('a phone reports the step it moved to', () => {
    const intro = loaded('phone');
    const consent = move(intro, { type: 'START' });
    const out = transitionEvents(intro, consent, { type: 'START' }, 'user_exit');
    expect(out.stepChange?.name).to.equal('verilock-step-change');
    expect(out.phoneStep).to.equal('consent');
  });

  it('a cancel says why: declined consent, or the reason the host gave', () => {
    const consent = move(loaded(), { type: 'START' });
    const declined = transitionEvents(
      consent,
      move(consent, { type: 'CONSENT_DECLINE' }),
      { type: 'CONSENT_DECLINE' },
      'user_exit',
    );
    expect(declined.cancel).to.deep.equal({ name: 'verilock-cancel', detail: { reason: 'consent_declined' } });
    const closed = transitionEvents(consent, move(consent, { type: 'CANCEL' }), { type: 'CANCEL' }, 'host_close');
    expect(closed.cancel).to.deep.equal({ name: 'verilock-cancel', detail: { reason: 'host_close' } });
    const cancelled = move(consent, { type: 'CANCEL' });
    expect(transitionEvents(cancelled, cancelled, { type: 'CANCEL' }, 'user_exit').cancel, 'once').to.equal(null);
  });
});

describe('the flow’s error events', () => {
  it('an expired token is an error, then the expiry', () => {
    const failed = move(loaded(), { type: 'FAIL', code: 'token_expired', recoverable: false });
    expect(failureEvents('token_expired', failed, 'ses_1').map((e) => e.name)).to.deep.equal([
      'verilock-error',
      'verilock-expired',
    ]);
    expect(failureEvents('token_expired', failed, 'ses_1')[1]!.detail).to.deep.equal({ session_id: 'ses_1' });
  });

  it('a network failure is one recoverable error', () => {
    const failed = move(loaded(), { type: 'FAIL', code: 'network', recoverable: true });
    const [event, ...rest] = failureEvents('network', failed, 'ses_1');
    expect(rest).to.deep.equal([]);
    expect(event).to.deep.include({ name: 'verilock-error' });
    expect(event!.detail).to.deep.include({ code: 'network', recoverable: true });
  });

  it('a step’s own problem is recoverable and names the step', () => {
    const intro = loaded();
    expect(stepErrorEvent('vision_unavailable', intro).detail).to.deep.include({
      code: 'vision_unavailable',
      recoverable: true,
      step: 'intro',
    });
  });

  it('maps the camera’s status to the public states', () => {
    expect(cameraStatusEvent('paused', 'user').detail).to.deep.equal({ state: 'stopped', facing: 'user' });
    expect(cameraStatusEvent('error', 'environment').detail.state).to.equal('error');
    expect(cameraStatusEvent('live', 'user').detail.state).to.equal('live');
  });
});

describe('the redirect after a completion', () => {
  it('goes to the session’s redirect from the computer, nowhere from a phone of a handoff', () => {
    expect(completionRedirect('primary', 'https://example.com/done', 'ses_1', 'processing')).to.match(
      /^https:\/\/example\.com\/done\?verilock_session_id=ses_1&verilock_status=processing$/,
    );
    expect(completionRedirect('phone', 'https://example.com/done', 'ses_1', 'processing')).to.equal(null);
    expect(completionRedirect('primary', null, 'ses_1', 'processing')).to.equal(null);
  });
});
