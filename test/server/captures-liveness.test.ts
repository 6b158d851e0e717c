/**
 * Liveness evidence checked on the server: a forged log or reused frames fail the check (reasons
 * listed); the one-photo fallback goes to manual review; the session detail reports the verdict.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SessionDetail } from '../../src/api/schemas.js';
import {
  JPEG,
  createKyc,
  makeApp,
  passingLog,
  png,
  removeDir,
  tempDir,
  upload,
  uploadLiveness,
  useApp,
  type TestApp,
} from './helpers.js';

const detail = async (t: TestApp, id: string) =>
  SessionDetail.parse(await (await t.api('GET', `/api/v1/sessions/${id}`)).json());

describe('liveness evidence checked on the server', () => {
  const t = useApp({ rateLimit: { windowMs: 60_000, perApiKey: 10_000, perToken: 10_000 } });

  it('the review’s attack fails the check: one JPEG as front, selfie and liveness, a log of another challenge', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie', 'liveness']);
    const tok = s.session_token;
    const front = await upload(t, tok, 'document_front', [{ bytes: JPEG }], {
      source: 'camera',
      document_type: 'passport',
    });
    assert.equal(front.status, 201);
    assert.equal((await upload(t, tok, 'selfie', [{ bytes: JPEG }])).status, 201);
    t.clock.now += 60_000;
    const res = await upload(t, tok, 'liveness', [{ bytes: JPEG }], {
      source: 'camera',
      liveness: [{ challenge: 'smile', started_at: 0, ended_at: 900, passed: false }],
    });
    // Refused with the reasons; nothing is kept, and `complete` still lacks the liveness capture.
    assert.equal(res.status, 422);
    const body = (await res.json()) as { error: { code: string; details: { message: string }[] } };
    assert.equal(body.error.code, 'liveness_evidence_invalid');
    const reasons = body.error.details.map((d) => d.message);
    // The server's sequence is random: the log fails it either way (another challenge, or not passed).
    assert.ok(reasons.some((r) => r === 'sequence_mismatch' || r.startsWith('challenge_not_passed:')));
    for (const r of ['frames_missing', 'frame_matches_document_front', 'frame_matches_selfie']) {
      assert.ok(reasons.includes(r), `${r} in ${reasons.join(', ')}`);
    }
    assert.equal((await detail(t, s.id)).liveness_check, null);
    const done = await t.va.app.request('/api/v1/flow/complete', {
      method: 'POST',
      headers: { Authorization: `Bearer ${tok}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    assert.notEqual(done.status, 200, 'complete refused without a valid liveness capture');
  });

  it('a log of the right challenges that took longer than the session has existed fails the check', async () => {
    const s = await createKyc(t, {}, ['liveness']);
    const row = t.va.service.byToken(s.session_token)!;
    const log = passingLog(JSON.parse(row.liveness_sequence) as string[]);
    const res = await upload(
      t,
      s.session_token,
      'liveness',
      [png(4, 71), png(4, 72)].map((bytes) => ({ bytes, type: 'image/png' })),
      { source: 'camera', liveness: log },
    );
    assert.equal(res.status, 422);
    const body = (await res.json()) as { error: { code: string; details: { message: string }[] } };
    assert.equal(body.error.code, 'liveness_evidence_invalid');
    assert.deepEqual(
      body.error.details.map((d) => d.message),
      ['timestamps_outside_session'],
    );
  });

  it('good evidence passes, and the session detail says so', async () => {
    const s = await createKyc(t, {}, ['selfie', 'liveness']);
    assert.equal((await upload(t, s.session_token, 'selfie', [{ bytes: png(8, 81), type: 'image/png' }])).status, 201);
    assert.equal((await detail(t, s.id)).liveness_check, null);
    const res = await uploadLiveness(t, s.session_token, [png(4, 82), png(4, 83)]);
    assert.equal(res.status, 201);
    const receipt = (await res.json()) as { id: string };
    const check = (await detail(t, s.id)).liveness_check!;
    assert.equal(check.capture_id, receipt.id);
    assert.equal(check.mode, 'active');
    assert.equal(check.result, 'passed');
    assert.deepEqual(check.reasons, []);

    // A selfie retaken later with the bytes of a liveness frame turns the verdict to failed.
    assert.equal((await upload(t, s.session_token, 'selfie', [{ bytes: png(4, 83), type: 'image/png' }])).status, 201);
    const after = (await detail(t, s.id)).liveness_check!;
    assert.equal(after.result, 'failed');
    assert.deepEqual(after.reasons, ['frame_matches_selfie']);
  });

  it('the one-photo fallback is accepted for manual review, with its reason', async () => {
    const s = await createKyc(t, {}, ['liveness']);
    const res = await upload(t, s.session_token, 'liveness', [{ bytes: png(8, 91), type: 'image/png' }], {
      source: 'camera',
      liveness: [],
      liveness_mode: 'photo',
      fallback_reason: 'vision_unavailable',
    });
    assert.equal(res.status, 201);
    const check = (await detail(t, s.id)).liveness_check!;
    assert.equal(check.mode, 'photo');
    assert.equal(check.result, 'manual_review');
    assert.deepEqual(check.reasons, ['photo_fallback:vision_unavailable']);
    assert.equal((await t.flow('POST', '/api/v1/flow/complete', s.session_token)).status, 200);
  });

  it('the verdict is reached at upload and read back, not judged again on each read', async () => {
    const s = await createKyc(t, {}, ['liveness']);
    assert.equal((await uploadLiveness(t, s.session_token, [png(4, 111), png(4, 112)])).status, 201);
    // A read that judged the evidence again would now find the log out of sequence.
    t.va.db.prepare(`UPDATE sessions SET liveness_sequence = '["blink","blink"]' WHERE id = ?`).run(s.id);
    const check = (await detail(t, s.id)).liveness_check!;
    assert.equal(check.result, 'passed');
    assert.deepEqual(check.reasons, []);
  });
});

describe('stored liveness verdict migration', () => {
  it('gives the current liveness capture of a database from before it its verdict', async () => {
    const dir = tempDir();
    let t = makeApp({}, dir);
    try {
      const s = await createKyc(t, {}, ['selfie', 'liveness']);
      assert.equal(
        (await upload(t, s.session_token, 'selfie', [{ bytes: png(8, 121), type: 'image/png' }])).status,
        201,
      );
      assert.equal((await uploadLiveness(t, s.session_token, [png(4, 123), png(4, 124)])).status, 201);
      // Back to the schema before the stored verdict, with a selfie that repeats a liveness frame.
      t.va.db.exec('ALTER TABLE captures DROP COLUMN liveness_check; DELETE FROM schema_migrations WHERE version = 6');
      t.va.db
        .prepare(`UPDATE captures SET files = ? WHERE session_id = ? AND kind = 'selfie'`)
        .run(
          t.va.db
            .prepare(`SELECT files FROM captures WHERE session_id = ? AND kind = 'liveness' AND superseded = 0`)
            .pluck()
            .get(s.id),
          s.id,
        );
      await t.close();
      t = makeApp({}, dir);
      const check = (await detail(t, s.id)).liveness_check!;
      assert.equal(check.result, 'failed');
      assert.ok(check.reasons.includes('frame_matches_selfie'));
    } finally {
      await t.close();
      removeDir(dir);
    }
  });
});
