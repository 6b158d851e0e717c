import { expect } from '@open-wc/testing';
import { WAITING_PROGRESS as WAITING } from '../../test/browser/helpers.js';
import type { FlowProgress } from '../api/schemas.js';
import {
  INITIAL_MEMORY,
  INITIAL_VIEW,
  POLL_MIN_MS,
  applyProgress,
  linkExpired,
  linkReady,
  linkRequest,
  linkRequested,
  nextPollDelay,
  progressKey,
  splitSvg,
  type HandoffView,
  type ProgressMemory,
} from './handoff-state.js';

const CONNECTED: FlowProgress = { ...WAITING, phone_connected: true, phone_step: 'intro' };
const STALL = 30_000;

/** A link made at t = 0, then the answers in order, each at its time. */
function replay(answers: [number, FlowProgress][]) {
  let [view, memory] = linkRequested(INITIAL_VIEW, INITIAL_MEMORY);
  [view, memory] = linkReady(view, memory, { url: 'https://x.test/h/1', expiresAt: 600_000, qr: null }, 0);
  const out = [];
  for (const [at, p] of answers) {
    const o = applyProgress(view, memory, p, at, STALL);
    ({ view, memory } = o);
    out.push(o);
  }
  return out;
}

describe('handoff polling backoff', () => {
  it('doubles the delay from 2 s up to 10 s while nothing changes, and resets on a change', () => {
    const seq = [POLL_MIN_MS];
    for (let i = 0; i < 4; i++) seq.push(nextPollDelay(seq.at(-1)!, false));
    expect(seq).to.deep.equal([2000, 4000, 8000, 10000, 10000]);
    expect(nextPollDelay(10000, true)).to.equal(2000);
    expect(nextPollDelay(100, false, { pollMinMs: 100, pollMaxMs: 300, stallMs: 0 })).to.equal(200);
  });
});

describe('handoff progress → state', () => {
  it('the first answer is a change; the same answer again is not', () => {
    const [first, second] = replay([
      [0, WAITING],
      [2000, WAITING],
    ]);
    expect(first!.changed).to.equal(true);
    expect(first!.news, 'nothing to say while waiting for the scan').to.equal(null);
    expect(second!.changed).to.equal(false);
    expect(second!.view.awaitingScan).to.equal(true);
  });

  it('a phone opening the link ends the scan and says what to do now', () => {
    const [, opened] = replay([
      [0, WAITING],
      [2000, CONNECTED],
    ]);
    expect(opened!.view.awaitingScan).to.equal(false);
    expect(opened!.news).to.deep.equal({ kind: 'connected' });
  });

  it('says one thing at a time: the step, then the photos received, then finished', () => {
    const out = replay([
      [0, CONNECTED],
      [2000, { ...CONNECTED, phone_step: 'document_front' }],
      [4000, { ...CONNECTED, phone_step: 'document_back', captures: ['document_front'] }],
      [6000, { ...CONNECTED, status: 'processing', completed: true, captures: ['document_front'] }],
    ]);
    expect(out.map((o) => o.news)).to.deep.equal([
      { kind: 'connected' },
      { kind: 'phone-step', step: 'document_front' },
      { kind: 'received', count: 1 },
      { kind: 'finished' },
    ]);
  });

  it('a phone idle for the stall time is stalled once; a change clears it', () => {
    const out = replay([
      [0, CONNECTED],
      [20_000, CONNECTED],
      [30_000, CONNECTED],
      [40_000, CONNECTED],
      [42_000, { ...CONNECTED, phone_step: 'consent' }],
    ]);
    expect(out.map((o) => o.view.stalled)).to.deep.equal([false, false, true, true, false]);
    expect(out.map((o) => o.news?.kind ?? null)).to.deep.equal(['connected', null, 'stalled', null, 'phone-step']);
  });

  it('after a new link, the phone already connected counts as opened only when the answer changes', () => {
    let view: HandoffView = INITIAL_VIEW;
    let memory: ProgressMemory = INITIAL_MEMORY;
    ({ view, memory } = applyProgress(view, memory, CONNECTED, 0, STALL));
    [view, memory] = linkRequested(view, memory);
    expect(memory.keyAtLink).to.equal(progressKey(CONNECTED));
    expect(view.awaitingScan).to.equal(true);
    const same = applyProgress(view, memory, CONNECTED, 1000, STALL);
    expect(same.view.awaitingScan, 'the old phone, unchanged').to.equal(true);
    const fresh = applyProgress(view, memory, { ...CONNECTED, phone_step: null }, 2000, STALL);
    expect(fresh.view.awaitingScan, 'the new phone opened it').to.equal(false);
  });

  it('only an unused link expires', () => {
    const [ready] = replay([[0, WAITING]]);
    expect(linkExpired(ready!.view).phase).to.equal('expired');
    const [, opened] = replay([
      [0, WAITING],
      [2000, CONNECTED],
    ]);
    expect(linkExpired(opened!.view)).to.equal(opened!.view);
  });
});

describe('handoff QR markup', () => {
  it('splits the SVG document into its viewBox and inner markup', () => {
    expect(
      splitSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M2 2h7"/></svg>'),
    ).to.deep.equal({ viewBox: '0 0 29 29', inner: '<path d="M2 2h7"/>' });
    expect(splitSvg('<div>no svg</div>')).to.equal(null);
  });
});

describe('linkRequest', () => {
  it('carries the language the applicant chose when the integrator fixed none', () => {
    expect(linkRequest({ fixed: false, chosen: 'pt-br' })).to.deep.equal({ locale: 'pt-br' });
  });

  it('carries nothing without a choice, with a fixed language, or without a localisation', () => {
    expect(linkRequest({ fixed: false, chosen: null })).to.deep.equal({});
    expect(linkRequest({ fixed: true, chosen: 'de' })).to.deep.equal({});
    expect(linkRequest(undefined)).to.deep.equal({});
  });
});
