// Envelope schema, builder (seq, sanitising) and host messages.
import { expect } from '@open-wc/testing';
import {
  Envelope,
  ENVELOPE_TYPES,
  MAX_PAYLOAD_BYTES,
  createEnvelopeBuilder,
  parseEnvelope,
  parseHostMessage,
  sanitizePayload,
  toEnvelopeType,
} from '../../src/embed/envelope.js';
import { isTerminal, type VerilockEventDetails } from '../../src/events/events.js';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;

const good = () => ({
  source: 'verilock',
  v: 1,
  type: 'step-change',
  seq: 3,
  session_id: 'ses_0b7c6a52-5a8e-4c55-9a51-3f2d2a3b8e11',
  ts: '2025-01-02T03:04:05.678Z',
  payload: { from: 'document', to: 'selfie', index: 1, total: 3 },
});

describe('embed envelope', () => {
  it('lists every event type without the verilock- prefix', () => {
    expect([...ENVELOPE_TYPES]).to.deep.equal([
      'ready',
      'step-change',
      'camera-status',
      'capture',
      'complete',
      'redirect',
      'cancel',
      'error',
      'expired',
    ]);
    expect(toEnvelopeType('verilock-camera-status')).to.equal('camera-status');
  });

  it('accepts a well-formed envelope, with or without a channel', () => {
    expect(Envelope.safeParse(good()).success).to.equal(true);
    expect(Envelope.safeParse({ ...good(), channel: 'a'.repeat(32) }).success).to.equal(true);
    expect(parseEnvelope(good())?.type).to.equal('step-change');
  });

  it('rejects wrong source, version, type, seq, timestamp, extra fields and bad payloads', () => {
    const bad: unknown[] = [
      { ...good(), source: 'other' },
      { ...good(), v: 2 },
      { ...good(), type: 'verilock-step-change' },
      { ...good(), type: 'step_changed' },
      { ...good(), seq: 0 },
      { ...good(), seq: 1.5 },
      { ...good(), ts: 'yesterday' },
      { ...good(), session_id: '' },
      { ...good(), session_id: 'ses <script>' },
      { ...good(), token: 'secret' },
      { ...good(), channel: 'short' },
      { ...good(), payload: { from: 'document', to: 'selfie', index: 1 } },
      { ...good(), payload: { from: 'document', to: 'selfie', index: 1, total: 3, name: 'Jane' } },
      { ...good(), type: 'complete' },
      null,
      'a string',
      [],
    ];
    for (const value of bad) expect(parseEnvelope(value), JSON.stringify(value)).to.equal(null);
  });

  it('refuses payloads over 8 KB', () => {
    const quality: Record<string, number> = {};
    for (let i = 0; i < 16; i++) quality[`m${i}`] = 1;
    const small = { ...good(), type: 'capture', payload: { kind: 'selfie', attempt: 1, bytes: 10, quality } };
    expect(parseEnvelope(small)).to.not.equal(null);
    const big = {
      ...good(),
      type: 'redirect',
      payload: { url: `https://example.com/${'a'.repeat(MAX_PAYLOAD_BYTES)}` },
    };
    expect(parseEnvelope(big)).to.equal(null);
  });

  it('builds envelopes whose seq rises by one per sender, starting at 1', () => {
    const a = createEnvelopeBuilder('ses_a', () => new Date('2025-01-01T00:00:00Z'));
    const b = createEnvelopeBuilder('ses_b');
    const seqs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const env = a.build('verilock-camera-status', { state: 'live' });
      expect(parseEnvelope(env)).to.not.equal(null);
      seqs.push(env!.seq);
    }
    expect(seqs).to.deep.equal([1, 2, 3, 4, 5]);
    expect(b.build('verilock-expired', { session_id: null })!.seq).to.equal(1);
    expect(a.lastSeq).to.equal(5);
    const env = a.build('verilock-ready', { session_id: 'ses_a', steps: ['document'] }, 'c'.repeat(20))!;
    expect(env).to.include({
      source: 'verilock',
      v: 1,
      type: 'ready',
      seq: 6,
      session_id: 'ses_a',
      ts: '2025-01-01T00:00:00.000Z',
    });
    expect(env.channel).to.equal('c'.repeat(20));
  });

  it('an invalid detail is not built and consumes no seq', () => {
    const a = createEnvelopeBuilder('ses_a');
    expect(a.build('verilock-step-change', { from: null, to: 'x', index: -1, total: 1 })).to.equal(null);
    expect(
      a.build('verilock-error', { code: 'nope', category: 'server', recoverable: true, step: null } as never),
    ).to.equal(null);
    expect(a.build('verilock-step-change', { from: null, to: 'x', index: 0, total: 1 })!.seq).to.equal(1);
  });

  it('keeps only the declared detail fields (no token, image or personal data passes)', () => {
    const detail = {
      kind: 'selfie',
      attempt: 2,
      bytes: 4096,
      quality: { sharpness: 0.8 },
      token: 'vl_tok_secret',
      image: 'data:image/jpeg;base64,AAAA',
      first_name: 'Jane',
    } as unknown as VerilockEventDetails['verilock-capture'];
    const clean = sanitizePayload('verilock-capture', detail);
    expect(clean).to.deep.equal({ kind: 'selfie', attempt: 2, bytes: 4096, quality: { sharpness: 0.8 } });
    const env = createEnvelopeBuilder('ses_a').build('verilock-capture', detail)!;
    expect(JSON.stringify(env)).to.not.match(/tok_secret|data:image|Jane/);
    // Free-text cannot sneak in through identifier fields either.
    expect(
      sanitizePayload('verilock-step-change', { from: null, to: 'Jane Doe, 1 Main St', index: 0, total: 1 }),
    ).to.equal(null);
    expect(
      sanitizePayload('verilock-capture', { kind: 'selfie', attempt: 1, bytes: 1, quality: { 'Jane Doe': 1 } }),
    ).to.equal(null);
  });

  it('knows the terminal events (complete, cancel, expired, non-recoverable error)', () => {
    expect(isTerminal('verilock-complete', { session_id: 's', status: 'processing' })).to.equal(true);
    expect(isTerminal('verilock-cancel', { reason: 'user_exit' })).to.equal(true);
    expect(isTerminal('verilock-expired', { session_id: null })).to.equal(true);
    const err = { code: 'network', category: 'network', recoverable: true, step: null } as const;
    expect(isTerminal('verilock-error', err)).to.equal(false);
    expect(isTerminal('verilock-error', { ...err, recoverable: false })).to.equal(true);
    expect(isTerminal('verilock-step-change', { from: null, to: 'a', index: 0, total: 1 })).to.equal(false);
  });

  it('accepts only init {channel} and close from the host', () => {
    const init = { source: 'verilock', v: 1, type: 'init', seq: 1, payload: { channel: 'n'.repeat(32) } };
    expect(parseHostMessage(init)?.type).to.equal('init');
    expect(
      parseHostMessage({ source: 'verilock', v: 1, type: 'close', seq: 2, channel: 'n'.repeat(32) })?.type,
    ).to.equal('close');
    expect(parseHostMessage({ source: 'verilock', v: 1, type: 'close', seq: 2, payload: {} })?.type).to.equal('close');
    for (const bad of [
      { ...init, type: 'complete' },
      { ...init, payload: { channel: 'short' } },
      { ...init, payload: { channel: 'n'.repeat(32), parent_origin: 'https://evil.example' } },
      { ...init, seq: 0 },
      { ...init, source: 'other' },
      { ...init, eval: 'alert(1)' },
      { source: 'verilock', v: 1, type: 'close', seq: 2, payload: { now: true } },
    ]) {
      expect(parseHostMessage(bad), JSON.stringify(bad)).to.equal(null);
    }
  });
});
