import { expect } from '@open-wc/testing';
import type { FlowSession } from '../api/schemas.js';
import {
  canHandoff,
  capturePlan,
  initialState,
  stepName,
  transition,
  visibleSteps,
  type FlowAction,
  type FlowState,
} from './machine.js';

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
const receipt = (kind: FlowSession['captures'][number]['kind']) => ({
  id: 'c',
  kind,
  bytes: 1,
  sha256: '0'.repeat(64),
});

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
    expect(transition(base, { type: 'DOCUMENT_SELECTED', documentType: 'drivers_license', country: 'FR' })).to.equal(
      base,
    );
    expect(transition(base, { type: 'DOCUMENT_SELECTED', documentType: 'id_card', country: 'DE' })).to.equal(base);
    expect(transition(base, { type: 'DOCUMENT_SELECTED', documentType: 'id_card', country: null })).to.equal(base);
    const any = run(load(session()), { type: 'START' }, { type: 'CONSENT_ACCEPT' });
    expect(transition(any, { type: 'DOCUMENT_SELECTED', documentType: 'id_card', country: 'fr' })).to.equal(any);
  });

  it('retake from review counts attempts and returns to the same capture', () => {
    let s = run(
      load(session({ steps: ['selfie'] })),
      { type: 'START' },
      { type: 'CONSENT_ACCEPT' },
      { type: 'CAPTURED' },
    );
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
    for (const a of [
      { type: 'CANCEL' },
      { type: 'FAIL', code: 'network', recoverable: true },
      { type: 'BACK' },
    ] as FlowAction[])
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

  describe('cross-device handoff', () => {
    it('intro → handoff → back to intro; the phone completing ends the desktop at done', () => {
      const s = load(session());
      expect(canHandoff(s)).to.equal(true);
      const h = transition(s, { type: 'HANDOFF' });
      expect(h.screen).to.equal('handoff');
      expect(stepName(h)).to.equal('handoff');
      const back = transition(h, { type: 'HANDOFF_BACK' });
      expect(back.screen).to.equal('intro');
      expect(back.handoffFrom).to.equal(null);
      const done = transition(h, { type: 'REMOTE_COMPLETE' });
      expect(done.screen).to.equal('done');
      for (const a of [
        { type: 'CANCEL' },
        { type: 'HANDOFF_BACK' },
        { type: 'FAIL', code: 'network', recoverable: true },
      ] as FlowAction[])
        expect(transition(done, a)).to.equal(done);
    });

    it('from a capture whose camera failed, and back to the same capture without counting an attempt', () => {
      const cap = run(
        load(session()),
        { type: 'START' },
        { type: 'CONSENT_ACCEPT' },
        { type: 'DOCUMENT_SELECTED', documentType: 'id_card', country: 'FR' },
        { type: 'CAPTURED' },
        { type: 'CONFIRM' },
      );
      expect(cap.kind).to.equal('document_back');
      const h = transition(cap, { type: 'HANDOFF' });
      expect(h.screen).to.equal('handoff');
      const back = transition(h, { type: 'BACK' });
      expect(back.screen).to.equal('capture');
      expect(back.kind).to.equal('document_back');
      expect(back.attempts).to.deep.equal(cap.attempts);
      expect(back.confirmed).to.deep.equal(['document_front']);
    });

    it('is not offered when the session forbids it, on a phone, or on screens other than intro and capture', () => {
      const off = load(session({}, { allow_cross_device: false }));
      expect(canHandoff(off)).to.equal(false);
      expect(transition(off, { type: 'HANDOFF' })).to.equal(off);
      const phone = transition(initialState, { type: 'SESSION_LOADED', session: { ...session(), device: 'phone' } });
      expect(phone.device).to.equal('phone');
      expect(canHandoff(phone)).to.equal(false);
      expect(transition(phone, { type: 'HANDOFF' })).to.equal(phone);
      const consent = run(load(session()), { type: 'START' });
      expect(consent.screen).to.equal('consent');
      expect(transition(consent, { type: 'HANDOFF' })).to.equal(consent);
      const review = run(
        load(session({ steps: ['selfie'] })),
        { type: 'START' },
        { type: 'CONSENT_ACCEPT' },
        { type: 'CAPTURED' },
      );
      expect(transition(review, { type: 'HANDOFF' })).to.equal(review);
    });

    it('REMOTE_COMPLETE and HANDOFF_BACK mean nothing outside the handoff screen', () => {
      const s = load(session());
      expect(transition(s, { type: 'REMOTE_COMPLETE' })).to.equal(s);
      expect(transition(s, { type: 'HANDOFF_BACK' })).to.equal(s);
      const cap = run(
        s,
        { type: 'START' },
        { type: 'CONSENT_ACCEPT' },
        { type: 'DOCUMENT_SELECTED', documentType: 'passport', country: 'FR' },
      );
      expect(transition(cap, { type: 'REMOTE_COMPLETE' })).to.equal(cap);
    });

    it('a network failure on the handoff screen returns there on retry; cancel works there', () => {
      const h = transition(load(session()), { type: 'HANDOFF' });
      const err = transition(h, { type: 'FAIL', code: 'network', recoverable: true });
      expect(err.screen).to.equal('error');
      const again = transition(err, { type: 'RETRY' });
      expect(again.screen).to.equal('handoff');
      expect(transition(again, { type: 'HANDOFF_BACK' }).screen).to.equal('intro');
      expect(transition(h, { type: 'CANCEL' }).screen).to.equal('cancelled');
    });

    it('the phone walks the same flow to done', () => {
      const phone = transition(initialState, {
        type: 'SESSION_LOADED',
        session: { ...session({ steps: ['selfie'] }), device: 'phone' },
      });
      const done = run(
        phone,
        { type: 'START' },
        { type: 'CONSENT_ACCEPT' },
        { type: 'CAPTURED' },
        { type: 'CONFIRM' },
        { type: 'UPLOADS_SETTLED' },
      );
      expect(done.screen).to.equal('done');
      expect(done.device).to.equal('phone');
    });
  });
});
