/**
 * Flow API (session token): session config, capture upload, completion; expiry; reviewer decision.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CaptureReceipt, FlowComplete, FlowSession, SessionDetail } from '../../src/api/schemas.js';
import {
  JPEG,
  T0,
  captureForm,
  createKyc,
  errorCode,
  png,
  snapshot,
  upload,
  uploadLiveness,
  useApp,
  withApp,
} from './helpers.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('flow API', () => {
  const t = useApp({ rateLimit: { windowMs: 60_000, perApiKey: 10_000, perToken: 10_000 } });

  async function refused(res: Promise<Response>, status: number, code: string) {
    const before = snapshot(t);
    const r = await res;
    const text = await r.text();
    assert.equal(r.status, status, text);
    const body = JSON.parse(text) as { error: { code: string; message: string; details?: unknown[] } };
    assert.equal(body.error.code, code, text);
    assert.deepEqual(snapshot(t), before);
    return body;
  }

  it('GET /flow/session returns the config and moves created → in_progress once', async () => {
    const s = await createKyc(t, { redirect_url: 'https://example.com/done' }, [
      'document',
      'selfie',
      'face_match',
      'liveness',
    ]);
    const res = await t.flow('GET', '/api/v1/flow/session', s.session_token);
    assert.equal(res.status, 200);
    const flow = FlowSession.parse(await res.json());
    assert.equal(flow.id, s.id);
    assert.equal(flow.status, 'in_progress');
    assert.deepEqual(flow.applicant, { first_name: 'Jean' });
    assert.equal(flow.redirect_url, 'https://example.com/done');
    assert.deepEqual(flow.requirements.document_types, ['passport', 'id_card', 'drivers_license', 'residence_permit']);
    assert.equal(flow.requirements.countries, null);
    assert.equal(flow.requirements.max_upload_bytes, 10 * 1024 * 1024);
    assert.deepEqual(flow.requirements.accepted_types, ['image/jpeg', 'image/png', 'image/webp']);
    const challenges = flow.requirements.liveness_challenges;
    assert.equal(challenges.length, 2);
    assert.equal(new Set(challenges).size, 2);
    assert.deepEqual(flow.captures, []);
    // Same sequence on every call.
    const again = FlowSession.parse(await (await t.flow('GET', '/api/v1/flow/session', s.session_token)).json());
    assert.deepEqual(again.requirements.liveness_challenges, challenges);
    assert.equal(again.status, 'in_progress');
    const detail = SessionDetail.parse(await (await t.api('GET', `/api/v1/sessions/${s.id}`)).json());
    assert.equal(detail.status, 'in_progress');
  });

  it('no liveness step → no challenges', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    const flow = FlowSession.parse(await (await t.flow('GET', '/api/v1/flow/session', s.session_token)).json());
    assert.deepEqual(flow.requirements.liveness_challenges, []);
  });

  it('refuses missing, malformed and unknown tokens with 401', async () => {
    await refused(t.request('/api/v1/flow/session'), 401, 'token_invalid');
    await refused(t.flow('GET', '/api/v1/flow/session', 'nonsense'), 401, 'token_invalid');
    await refused(t.flow('GET', '/api/v1/flow/session', 'vft_' + 'A'.repeat(32)), 401, 'token_invalid');
    await refused(
      t.request('/api/v1/flow/session', { headers: { Authorization: 'Basic vft_' + 'A'.repeat(32) } }),
      401,
      'token_invalid',
    );
    await refused(
      t.flow('POST', '/api/v1/flow/captures', 'vft_' + 'B'.repeat(32), {
        body: captureForm('selfie', [{ bytes: JPEG }], { source: 'camera' }),
        headers: { 'Idempotency-Key': 'k1' },
      }),
      401,
      'token_invalid',
    );
    await refused(t.flow('POST', '/api/v1/flow/complete', 'vft_' + 'C'.repeat(32)), 401, 'token_invalid');
    // An API key is not a session token.
    await refused(t.flow('GET', '/api/v1/flow/session', 'vlk_test_key_0123456789abcdef'), 401, 'token_invalid');
  });

  it('uploads a capture: receipt with sha256, the re-encoded JPEG on disk, listed in the session', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    const res = await upload(t, s.session_token, 'selfie', [{ bytes: JPEG }], {
      source: 'camera',
      width: 8,
      height: 8,
    });
    assert.equal(res.status, 201);
    const receipt = CaptureReceipt.parse(await res.json());
    assert.equal(receipt.kind, 'selfie');
    const stored = readFileSync(join(t.dir, 'captures', `${receipt.sha256}.jpg`));
    assert.equal(receipt.bytes, stored.length);
    assert.equal(receipt.sha256, sha(stored));
    assert.deepEqual([...stored.subarray(0, 3)], [0xff, 0xd8, 0xff]);
    const flow = FlowSession.parse(await (await t.flow('GET', '/api/v1/flow/session', s.session_token)).json());
    assert.deepEqual(flow.captures, [receipt]);

    const p = png(6, 1);
    const front = await upload(t, s.session_token, 'document_front', [{ bytes: p, type: 'image/png' }], {
      source: 'file',
      document_type: 'id_card',
      country: 'FR',
    });
    assert.equal(front.status, 201);
    const fr = CaptureReceipt.parse(await front.json());
    // A PNG is stored re-encoded as JPEG.
    const frontFile = readFileSync(join(t.dir, 'captures', `${fr.sha256}.jpg`));
    assert.equal(fr.sha256, sha(frontFile));
    assert.notEqual(fr.sha256, sha(p));
    assert.ok(!existsSync(join(t.dir, 'captures', `${sha(p)}.png`)));
  });

  it('a retake replaces the previous capture of the same kind', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    const first = CaptureReceipt.parse(
      await (await upload(t, s.session_token, 'selfie', [{ bytes: png(4, 1), type: 'image/png' }])).json(),
    );
    const second = CaptureReceipt.parse(
      await (await upload(t, s.session_token, 'selfie', [{ bytes: png(4, 2), type: 'image/png' }])).json(),
    );
    assert.notEqual(first.id, second.id);
    const flow = FlowSession.parse(await (await t.flow('GET', '/api/v1/flow/session', s.session_token)).json());
    assert.deepEqual(flow.captures, [second]);
    const detail = SessionDetail.parse(await (await t.api('GET', `/api/v1/sessions/${s.id}`)).json());
    assert.deepEqual(
      detail.captures.map((c) => c.id),
      [second.id],
    );
  });

  it('liveness takes several frames; the receipt hashes all stored parts', async () => {
    const s = await createKyc(t, {}, ['liveness']);
    const frames = [png(4, 3), png(4, 4), png(4, 5)];
    const res = await uploadLiveness(t, s.session_token, frames);
    assert.equal(res.status, 201);
    const r = CaptureReceipt.parse(await res.json());
    const row = t.va.db.prepare('SELECT files FROM captures WHERE id = ?').get(r.id) as { files: string };
    const files = (JSON.parse(row.files) as { sha256: string; source_sha256: string }[]).map((f) =>
      readFileSync(join(t.dir, 'captures', `${f.sha256}.jpg`)),
    );
    assert.equal(files.length, 3);
    assert.equal(
      r.bytes,
      files.reduce((n, f) => n + f.length, 0),
    );
    assert.equal(r.sha256, sha(Buffer.concat(files)));
    assert.deepEqual(
      (JSON.parse(row.files) as { source_sha256: string }[]).map((f) => f.source_sha256),
      frames.map(sha),
    );
    await refused(
      upload(
        t,
        s.session_token,
        'liveness',
        Array.from({ length: 9 }, (_, i) => ({ bytes: png(2, i), type: 'image/png' })),
      ),
      400,
      'validation_failed',
    );
  });

  it('idempotency: a replay returns the first reply, another body under the same key is 409', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    const first = await upload(t, s.session_token, 'selfie', [{ bytes: JPEG }], { source: 'camera' }, 'idem-1');
    assert.equal(first.status, 201);
    const firstBody = await first.text();
    const before = snapshot(t);
    const replay = await upload(t, s.session_token, 'selfie', [{ bytes: JPEG }], { source: 'camera' }, 'idem-1');
    assert.equal(replay.status, 201);
    assert.equal(await replay.text(), firstBody);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(snapshot(t), before);
    await refused(
      upload(t, s.session_token, 'selfie', [{ bytes: png(4, 9), type: 'image/png' }], { source: 'camera' }, 'idem-1'),
      409,
      'idempotency_conflict',
    );
    await refused(
      upload(t, s.session_token, 'selfie', [{ bytes: JPEG }], { source: 'file' }, 'idem-1'),
      409,
      'idempotency_conflict',
    );
    // Keys are per session: another session may use the same key.
    const other = await createKyc(t, {}, ['selfie']);
    assert.equal(
      (await upload(t, other.session_token, 'selfie', [{ bytes: JPEG }], { source: 'camera' }, 'idem-1')).status,
      201,
    );
  });

  it('refuses uploads without or with a bad Idempotency-Key', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    await refused(
      t.flow('POST', '/api/v1/flow/captures', s.session_token, {
        body: captureForm('selfie', [{ bytes: JPEG }], { source: 'camera' }),
      }),
      400,
      'idempotency_key_missing',
    );
    await refused(
      t.flow('POST', '/api/v1/flow/captures', s.session_token, {
        body: captureForm('selfie', [{ bytes: JPEG }], { source: 'camera' }),
        headers: { 'Idempotency-Key': 'k'.repeat(201) },
      }),
      400,
      'idempotency_key_invalid',
    );
  });

  it('refuses non-images, mismatched types, bad fields and oversize files; nothing is stored', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    const tok = s.session_token;
    const text = Buffer.from('this is not an image, just text pretending');
    await refused(upload(t, tok, 'selfie', [{ bytes: text, type: 'image/jpeg' }]), 415, 'unsupported_media_type');
    await refused(upload(t, tok, 'selfie', [{ bytes: JPEG, type: 'image/png' }]), 415, 'unsupported_media_type');
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    await refused(upload(t, tok, 'selfie', [{ bytes: gif, type: 'image/gif' }]), 415, 'unsupported_media_type');
    await refused(upload(t, tok, 'selfie', [{ bytes: new Uint8Array(0) }]), 415, 'unsupported_media_type');
    await refused(upload(t, tok, 'passport_photo', [{ bytes: JPEG }]), 400, 'validation_failed');
    await refused(upload(t, tok, 'selfie', []), 400, 'validation_failed');
    await refused(upload(t, tok, 'selfie', [{ bytes: JPEG }, { bytes: JPEG }]), 400, 'validation_failed');
    await refused(upload(t, tok, 'selfie', [{ bytes: JPEG }], '{"source":'), 400, 'validation_failed');
    await refused(
      upload(t, tok, 'selfie', [{ bytes: JPEG }], { source: 'camera', gps: [1, 2] }),
      400,
      'validation_failed',
    );
    await refused(
      upload(t, tok, 'selfie', [{ bytes: JPEG }], { source: 'camera', width: 'wide' }),
      400,
      'validation_failed',
    );
    await refused(upload(t, tok, 'liveness', [{ bytes: JPEG }]), 422, 'capture_not_expected');
    await refused(
      upload(t, tok, 'document_front', [{ bytes: JPEG }], { source: 'camera', document_type: 'library_card' }),
      400,
      'validation_failed',
    );
    await refused(
      t.flow('POST', '/api/v1/flow/captures', tok, {
        body: captureForm('selfie', [{ bytes: JPEG }], { source: 'camera' }, { note: 'hi' }),
        headers: { 'Idempotency-Key': 'extra-field' },
      }),
      400,
      'validation_failed',
    );
    await refused(
      t.flow('POST', '/api/v1/flow/captures', tok, {
        body: JSON.stringify({ kind: 'selfie' }),
        headers: { 'Idempotency-Key': 'json-body', 'Content-Type': 'application/json' },
      }),
      415,
      'unsupported_media_type',
    );
    await refused(
      t.flow('POST', '/api/v1/flow/captures', tok, {
        body: '--x\r\nbroken',
        headers: { 'Idempotency-Key': 'broken', 'Content-Type': 'multipart/form-data; boundary=x' },
      }),
      400,
      'invalid_multipart',
    );
    // Per-file limit from the session's profile (lowered here), then the overall body limit.
    t.va.db.prepare('UPDATE sessions SET max_upload_bytes = 100 WHERE id = ?').run(s.id);
    await refused(upload(t, tok, 'selfie', [{ bytes: JPEG }]), 413, 'payload_too_large');
    t.va.db.prepare('UPDATE sessions SET max_upload_bytes = ? WHERE id = ?').run(10 * 1024 * 1024, s.id);
  });

  it('refuses a body over the overall upload limit', async () => {
    await withApp({ uploadBodyLimit: 4096 }, async (small) => {
      const s = await createKyc(small, {}, ['selfie']);
      const big = Buffer.concat([JPEG, Buffer.alloc(8000)]);
      const before = snapshot(small);
      const res = await upload(small, s.session_token, 'selfie', [{ bytes: big }]);
      assert.equal(res.status, 413);
      assert.equal(await errorCode(res), 'payload_too_large');
      assert.deepEqual(snapshot(small), before);
    });
  });

  it('complete: 422 naming missing captures; a passport needs only its front', async () => {
    const s = await createKyc(t, { redirect_url: 'https://example.com/done' }, [
      'document',
      'selfie',
      'face_match',
      'liveness',
    ]);
    const tok = s.session_token;
    let body = await refused(t.flow('POST', '/api/v1/flow/complete', tok), 422, 'captures_missing');
    assert.deepEqual(
      (body.error.details as { kind: string }[]).map((d) => d.kind),
      ['document_front', 'document_back', 'selfie', 'liveness'],
    );
    await upload(t, tok, 'document_front', [{ bytes: JPEG }], { source: 'camera', document_type: 'passport' });
    await upload(t, tok, 'selfie', [{ bytes: JPEG }]);
    body = await refused(t.flow('POST', '/api/v1/flow/complete', tok), 422, 'captures_missing');
    assert.deepEqual(
      (body.error.details as { kind: string }[]).map((d) => d.kind),
      ['liveness'],
    );
    assert.equal((await uploadLiveness(t, tok, [png(3, 1), png(3, 2)])).status, 201);

    await refused(
      t.flow('POST', '/api/v1/flow/complete', tok, {
        body: '{"x":1}',
        headers: { 'Content-Type': 'application/json' },
      }),
      400,
      'validation_failed',
    );
    await refused(
      t.flow('POST', '/api/v1/flow/complete', tok, { body: '{', headers: { 'Content-Type': 'application/json' } }),
      400,
      'invalid_json',
    );

    const res = await t.flow('POST', '/api/v1/flow/complete', tok);
    assert.equal(res.status, 200);
    const done = FlowComplete.parse(await res.json());
    assert.deepEqual(done, { id: s.id, status: 'processing', redirect_url: 'https://example.com/done' });
    // Replay while processing: same reply.
    const replay = await t.flow('POST', '/api/v1/flow/complete', tok, {
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(replay.status, 200);
    assert.deepEqual(await replay.json(), done);

    const detail = SessionDetail.parse(await (await t.api('GET', `/api/v1/sessions/${s.id}`)).json());
    assert.equal(detail.status, 'processing');
    for (const step of ['document', 'selfie', 'face_match', 'liveness'] as const) {
      assert.equal(detail.results[step]?.status, 'pending', step);
    }
    assert.equal(detail.results.document?.type, 'passport');
    assert.deepEqual(detail.captures.map((c) => c.kind).sort(), ['document_front', 'liveness', 'selfie']);

    // The flow is closed for this token now.
    await refused(t.flow('GET', '/api/v1/flow/session', tok), 409, 'session_completed');
    await refused(upload(t, tok, 'selfie', [{ bytes: JPEG }]), 409, 'session_completed');
  });

  it('an id card needs both sides', async () => {
    const s = await createKyc(t, {}, ['document']);
    await upload(t, s.session_token, 'document_front', [{ bytes: JPEG }], {
      source: 'camera',
      document_type: 'id_card',
    });
    const body = await refused(t.flow('POST', '/api/v1/flow/complete', s.session_token), 422, 'captures_missing');
    assert.deepEqual(
      (body.error.details as { kind: string }[]).map((d) => d.kind),
      ['document_back'],
    );
    await upload(t, s.session_token, 'document_back', [{ bytes: JPEG }], {
      source: 'camera',
      document_type: 'id_card',
    });
    assert.equal((await t.flow('POST', '/api/v1/flow/complete', s.session_token)).status, 200);
  });

  it('decision: only from processing; sets status, results, completed_at', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie', 'face_match']);
    await refused(
      t.api('POST', `/api/v1/sessions/${s.id}/decision`, { decision: 'approved' }),
      409,
      'invalid_session_status',
    );
    await upload(t, s.session_token, 'document_front', [{ bytes: JPEG }], {
      source: 'camera',
      document_type: 'passport',
    });
    await upload(t, s.session_token, 'selfie', [{ bytes: JPEG }]);
    assert.equal((await t.flow('POST', '/api/v1/flow/complete', s.session_token)).status, 200);

    await refused(t.api('POST', `/api/v1/sessions/${s.id}/decision`, { decision: 'maybe' }), 400, 'validation_failed');
    await refused(
      t.api('POST', `/api/v1/sessions/${s.id}/decision`, { decision: 'approved', extra: 1 }),
      400,
      'validation_failed',
    );
    await refused(t.api('POST', `/api/v1/sessions/${s.id}/decision`, '{"decision":'), 400, 'invalid_json');
    await refused(
      t.api('POST', `/api/v1/sessions/${s.id}/decision`, {
        decision: 'approved',
        results: { aml: { status: 'approved' } },
      }),
      400,
      'validation_failed',
    );
    await refused(
      t.api('POST', '/api/v1/sessions/ses_00000000-0000-4000-8000-000000000000/decision', { decision: 'approved' }),
      404,
      'session_not_found',
    );
    await refused(
      t.request(`/api/v1/sessions/${s.id}/decision`, {
        method: 'POST',
        body: JSON.stringify({ decision: 'approved' }),
        headers: { 'Content-Type': 'application/json' },
      }),
      401,
      'unauthorized',
    );

    t.clock.now = T0 + 15 * 60_000;
    const res = await t.api('POST', `/api/v1/sessions/${s.id}/decision`, {
      decision: 'declined',
      results: { face_match: { status: 'declined', score: 0.21 } },
      reason: 'face does not match',
    });
    assert.equal(res.status, 200);
    const detail = SessionDetail.parse(await res.json());
    assert.equal(detail.status, 'declined');
    assert.equal(detail.completed_at, '2026-03-15T10:45:00Z');
    assert.deepEqual(detail.results.face_match, { status: 'declined', score: 0.21 });
    assert.equal(detail.results.document?.status, 'declined');
    assert.equal(detail.results.document?.type, 'passport');
    t.clock.now = T0;

    await refused(
      t.api('POST', `/api/v1/sessions/${s.id}/decision`, { decision: 'approved' }),
      409,
      'invalid_session_status',
    );
    await refused(t.flow('POST', '/api/v1/flow/complete', s.session_token), 409, 'session_completed');
    await refused(t.flow('GET', '/api/v1/flow/session', s.session_token), 409, 'session_completed');
  });

  it('expired sessions answer 410 everywhere and become expired', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    assert.equal((await t.flow('GET', '/api/v1/flow/session', s.session_token)).status, 200);
    t.clock.now = T0 + 3600_000;
    try {
      assert.equal(await errorCode(await t.flow('GET', '/api/v1/flow/session', s.session_token)), 'token_expired');
      const before = snapshot(t);
      const up = await upload(t, s.session_token, 'selfie', [{ bytes: JPEG }]);
      assert.equal(up.status, 410);
      assert.equal(await errorCode(up), 'token_expired');
      const done = await t.flow('POST', '/api/v1/flow/complete', s.session_token);
      assert.equal(done.status, 410);
      assert.deepEqual(snapshot(t), before);
      const detail = SessionDetail.parse(await (await t.api('GET', `/api/v1/sessions/${s.id}`)).json());
      assert.equal(detail.status, 'expired');
    } finally {
      t.clock.now = T0;
    }
  });

  it('CORS: the flow API allows any origin without credentials', async () => {
    const pre = await t.request('/api/v1/flow/captures', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://shop.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, idempotency-key, content-type',
      },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), '*');
    const allowed = (pre.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const h of ['authorization', 'content-type', 'idempotency-key']) assert.ok(allowed.includes(h), allowed);
    assert.equal(pre.headers.get('access-control-allow-credentials'), null);
    const s = await createKyc(t, {}, ['selfie']);
    const res = await t.flow('GET', '/api/v1/flow/session', s.session_token, {
      headers: { Origin: 'https://shop.example' },
    });
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const err = await t.flow('GET', '/api/v1/flow/session', 'bad', { headers: { Origin: 'https://shop.example' } });
    assert.equal(err.status, 401);
    assert.equal(err.headers.get('access-control-allow-origin'), '*');
  });
});

describe('flow API: rate limit per token', () => {
  const t = useApp({ rateLimit: { windowMs: 60_000, perApiKey: 100, perToken: 2 } });

  it('answers 429 with Retry-After per token', async () => {
    const a = await createKyc(t, {}, ['selfie']);
    const b = await createKyc(t, {}, ['selfie']);
    assert.equal((await t.flow('GET', '/api/v1/flow/session', a.session_token)).status, 200);
    assert.equal((await t.flow('GET', '/api/v1/flow/session', a.session_token)).status, 200);
    const limited = await t.flow('GET', '/api/v1/flow/session', a.session_token);
    assert.equal(limited.status, 429);
    assert.equal(await errorCode(limited), 'rate_limited');
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    assert.equal((await t.flow('GET', '/api/v1/flow/session', b.session_token)).status, 200);
  });
});
