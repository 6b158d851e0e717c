import { expect } from '@open-wc/testing';
import type { FlowSession } from '../api/schemas.js';
import { capturePlan, initialState, stepName, transition, visibleSteps, type FlowAction, type FlowState } from './machine.js';

type Loaded = Extract<FlowAction, { type: 'SESSION_LOADED' }>['session'];

function session(over: Partial<Loaded> = {}, req: Partial<FlowSession['requirements']> = {}): Loaded {
  return {
    steps: ['document', 'selfie', 'face_match'],
    captures: [],
    ...over,
    requirements: {
      document_types: ['passport', 'id_card'],
      countries: null,
      liveness_challenges: [],
      max_upload_bytes: 10_000_000,
      accepted_types: ['image/jpeg'],
      allow_cross_device: true,
      ...req,
    },
  };
}

function run(s: FlowState, ...actions: FlowAction[]): FlowState {
  return actions.reduce(transition, s);
}
const load = (sess: Loaded) => transition(initialState, { type: 'SESSION_LOADED', session: sess });
const receipt = (kind: FlowSession['captures'][number]['kind']) => ({ id: 'c', kind, bytes: 1, sha256: '0'.repeat(64) });

describe('flow machine', () => {
  it('walks intro → consent → document choice → front → back → selfie → uploading → done', () => {
    let s = load(session());
    const seen: string[] = [stepName(s)];
    const step = (a: FlowAction) => {
      s = transition(s, a);
      seen.push(stepName(s));
    };
    step({ type: 'START' });
    step({ type: 'CONSENT_ACCEPT' });
    step({ type: 'DOCUMENT_SELECTED', documentType: 'id_card', country: 'FR' });
    for (let i = 0; i < 3; i++) {
      step({ type: 'CAPTURED' });
      step({ type: 'CONFIRM' });
    }
    step({ type: 'UPLOADS_SETTLED' });
    expect(seen).to.deep.equal([
      'intro',
      'consent',
      'document_select',
      'document_front',
      'document_front',
      'document_back',
      'document_back',
      'selfie',
      'selfie',
      'uploading',
      'done',
    ]);
    expect(s.confirmed).to.deep.equal(['document_front', 'document_back', 'selfie']);
    expect(s.country).to.equal('FR');
  });

  it('passports have one side', () => {
    const s = run(
      load(session()),
      { type: 'START' },
      { type: 'CONSENT_ACCEPT' },
      { type: 'DOCUMENT_SELECTED', documentType: 'passport', country: 'DE' },
      { type: 'CAPTURED' },
      { type: 'CONFIRM' },
    );
    expect(s.kind).to.equal('selfie');
    expect(capturePlan(s.config!, 'passport')).to.deep.equal(['document_front', 'selfie']);
  });

  it('skips the document choice when the session fixes type and country', () => {
    const s = run(
      load(session({}, { document_types: ['id_card'], countries: ['ES'] })),
      { type: 'START' },
      { type: 'CONSENT_ACCEPT' },
    );
    expect(s.screen).to.equal('capture');
    expect(s.kind).to.equal('document_front');
    expect(s.documentType).to.equal('id_card');
    expect(s.country).to.equal('ES');
    expect(visibleSteps(s)).to.not.include('document_select');
  });

  it('asks consent only when a biometric step is asked for', () => {
    const s = run(load(session({ steps: ['document'] })), { type: 'START' });
    expect(s.screen).to.equal('document_select');
    expect(visibleSteps(s)).to.not.include('consent');
    const bio = run(load(session({ steps: ['selfie'] })), { type: 'START' });
    expect(bio.screen).to.equal('consent');
  });

  it('declining consent cancels', () => {
    const s = run(load(session()), { type: 'START' }, { type: 'CONSENT_DECLINE' });
    expect(s.screen).to.equal('cancelled');
  });

  it('guards the document choice against types and countries the session does not accept', () => {
    const base = run(load(session({}, { countries: ['FR', 'BE'] })), { type: 'START' }, { type: 'CONSENT_ACCEPT' });
    expect(transition(base, { type: 'DOCUMENT_SELECTED', documentType: 'drivers_license', country: 'FR' })).to.equal(base);
    expect(transition(base, { type: 'DOCUMENT_SELECTED', documentType: 'id_card', country: 'DE' })).to.equal(base);
    expect(transition(base, { type: 'DOCUMENT_SELECTED', documentType: 'id_card', country: null })).to.equal(base);
    const any = run(load(session()), { type: 'START' }, { type: 'CONSENT_ACCEPT' });
    expect(transition(any, { type: 'DOCUMENT_SELECTED', documentType: 'id_card', country: 'fr' })).to.equal(any);
  });

  it('retake from review counts attempts and returns to the same capture', () => {
    let s = run(load(session({ steps: ['selfie'] })), { type: 'START' }, { type: 'CONSENT_ACCEPT' }, { type: 'CAPTURED' });
    expect(s.screen).to.equal('review');
    s = transition(s, { type: 'RETAKE' });
    expect(s.screen).to.equal('capture');
    expect(s.kind).to.equal('selfie');
    expect(s.attempts.selfie).to.equal(2);
  });

  it('goes back where it makes sense', () => {
    let s = run(
      load(session()),
      { type: 'START' },
      { type: 'CONSENT_ACCEPT' },
      { type: 'DOCUMENT_SELECTED', documentType: 'id_card', country: 'FR' },
      { type: 'CAPTURED' },
      { type: 'CONFIRM' },
    );
    expect(s.kind).to.equal('document_back');
    s = transition(s, { type: 'BACK' });
    expect(s.kind).to.equal('document_front');
    expect(s.confirmed).to.not.include('document_front');
    s = transition(s, { type: 'BACK' });
    expect(s.screen).to.equal('document_select');
    s = transition(s, { type: 'BACK' });
    expect(s.screen).to.equal('consent');
    s = transition(s, { type: 'BACK' });
    expect(s.screen).to.equal('intro');
    // Nothing to go back to from intro, uploading or done.
    expect(transition(s, { type: 'BACK' })).to.equal(s);
  });

  it('cancel works from every non-final screen, and only once', () => {
    const screens = [
      load(session()),
      run(load(session()), { type: 'START' }),
      run(load(session()), { type: 'START' }, { type: 'CONSENT_ACCEPT' }),
      run(load(session({}, { document_types: ['passport'] })), { type: 'START' }, { type: 'CONSENT_ACCEPT' }),
      initialState,
    ];
    for (const s of screens) {
      const c = transition(s, { type: 'CANCEL' });
      expect(c.screen).to.equal('cancelled');
      expect(transition(c, { type: 'CANCEL' })).to.equal(c);
    }
  });

  it('resumes after the captures the server already holds', () => {
    const s = run(
      load(session({ captures: [receipt('document_front'), receipt('document_back')], document_type: 'id_card' })),
      { type: 'START' },
      { type: 'CONSENT_ACCEPT' },
    );
    expect(s.screen).to.equal('capture');
    expect(s.kind).to.equal('selfie');
    const all = run(
      load(session({ steps: ['document'], captures: [receipt('document_front')], document_type: 'passport' })),
      { type: 'START' },
    );
    expect(all.screen).to.equal('uploading');
  });

  it('ignores actions a screen does not accept (same reference)', () => {
    const actions: FlowAction[] = [
      { type: 'START' },
      { type: 'CONSENT_ACCEPT' },
      { type: 'CONSENT_DECLINE' },
      { type: 'CAPTURED' },
      { type: 'RETAKE' },
      { type: 'CONFIRM' },
      { type: 'UPLOADS_SETTLED' },
      { type: 'RETRY' },
    ];
    const s = load(session());
    const accepted = actions.filter((a) => transition(s, a) !== s).map((a) => a.type);
    expect(accepted).to.deep.equal(['START']);
    const loading = initialState;
    expect(actions.every((a) => transition(loading, a) === loading)).to.equal(true);
  });

  it('recoverable errors return to where they happened; fatal ones do not', () => {
    const cap = run(load(session({ steps: ['selfie'] })), { type: 'START' }, { type: 'CONSENT_ACCEPT' });
    const err = transition(cap, { type: 'FAIL', code: 'camera_in_use', recoverable: true });
    expect(err.screen).to.equal('error');
    const back = transition(err, { type: 'RETRY' });
    expect(back.screen).to.equal('capture');
    const fatal = transition(cap, { type: 'FAIL', code: 'token_expired', recoverable: true });
    expect(fatal.error?.recoverable).to.equal(false);
    expect(transition(fatal, { type: 'RETRY' })).to.equal(fatal);
    expect(transition(fatal, { type: 'CANCEL' })).to.equal(fatal);
  });

  it('a rejected upload sends the applicant back to take that capture again', () => {
    const up = run(
      load(session({ steps: ['selfie'] })),
      { type: 'START' },
      { type: 'CONSENT_ACCEPT' },
      { type: 'CAPTURED' },
      { type: 'CONFIRM' },
    );
    expect(up.screen).to.equal('uploading');
    const e = transition(up, { type: 'FAIL', code: 'upload_rejected', recoverable: true });
    const s = transition(e, { type: 'UPLOAD_REJECTED', kind: 'selfie' });
    expect(s.screen).to.equal('capture');
    expect(s.kind).to.equal('selfie');
    expect(s.confirmed).to.deep.equal([]);
  });

  it('nothing happens after done', () => {
    const done = run(
      load(session({ steps: ['selfie'] })),
      { type: 'START' },
      { type: 'CONSENT_ACCEPT' },
      { type: 'CAPTURED' },
      { type: 'CONFIRM' },
      { type: 'UPLOADS_SETTLED' },
    );
    expect(done.screen).to.equal('done');
    for (const a of [{ type: 'CANCEL' }, { type: 'FAIL', code: 'network', recoverable: true }, { type: 'BACK' }] as FlowAction[])
      expect(transition(done, a)).to.equal(done);
  });

  it('liveness comes after the selfie in the plan and the progress', () => {
    const s = load(session({ steps: ['document', 'selfie', 'liveness'] }));
    expect(visibleSteps(s)).to.deep.equal([
      'intro',
      'consent',
      'document_select',
      'document_front',
      'document_back',
      'selfie',
      'liveness',
      'done',
    ]);
  });
});
