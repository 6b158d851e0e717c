/**
 * Captures are immutable once the session leaves `in_progress`: an upload whose body is still on the
 * wire when the session is completed, decided, expired, or its phone token revoked, ends 409 and keeps
 * nothing. The checks run in the transaction that stores the capture, not before the body is read.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CaptureReceipt, SessionDetail } from '../../src/api/schemas.js';
import { T0, createKyc, png, slowUpload, snapshot, upload, useApp, type TestApp } from './helpers.js';

const captureFiles = (t: TestApp) => readdirSync(join(t.dir, 'captures')).sort();

describe('captures are immutable once the session is submitted', () => {
  const t = useApp({ rateLimit: { windowMs: 60_000, perApiKey: 10_000, perToken: 10_000 } });

  async function refusedLate(res: Promise<Response>, code: string): Promise<void> {
    const r = await res;
    const text = await r.text();
    assert.equal(r.status, 409, text);
    assert.equal((JSON.parse(text) as { error: { code: string } }).error.code, code, text);
  }

  it('a slow upload racing complete and an approval is refused; the approved selfie is unchanged', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    const first = await upload(t, s.session_token, 'selfie', [{ bytes: png(8, 1), type: 'image/png' }]);
    assert.equal(first.status, 201);
    const kept = CaptureReceipt.parse(await first.json());

    const late = slowUpload(t, s.session_token, 'selfie', png(8, 2), 'late-selfie');
    await late.reading;
    assert.equal((await t.flow('POST', '/api/v1/flow/complete', s.session_token)).status, 200);
    const decided = await t.api('POST', `/api/v1/sessions/${s.id}/decision`, { decision: 'approved' });
    assert.equal(decided.status, 200);
    const before = snapshot(t);
    late.finish();
    await refusedLate(late.response, 'session_completed');

    assert.deepEqual(snapshot(t), before);
    const detail = SessionDetail.parse(await (await t.api('GET', `/api/v1/sessions/${s.id}`)).json());
    assert.equal(detail.status, 'approved');
    assert.deepEqual(
      detail.captures.map((c) => [c.id, c.sha256]),
      [[kept.id, kept.sha256]],
    );
  });

  it('complete alone freezes the capture set', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    assert.equal((await upload(t, s.session_token, 'selfie', [{ bytes: png(8, 3), type: 'image/png' }])).status, 201);
    const files = captureFiles(t);
    const late = slowUpload(t, s.session_token, 'selfie', png(8, 4), 'late-after-complete');
    await late.reading;
    assert.equal((await t.flow('POST', '/api/v1/flow/complete', s.session_token)).status, 200);
    late.finish();
    await refusedLate(late.response, 'session_completed');
    assert.deepEqual(captureFiles(t), files, 'no file of the refused upload is kept');
  });

  it('a slow upload that ends after the session expired is refused and keeps nothing', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    const before = snapshot(t);
    const late = slowUpload(t, s.session_token, 'selfie', png(8, 5), 'late-expired');
    await late.reading;
    t.clock.now = T0 + 3600_000;
    try {
      late.finish();
      await refusedLate(late.response, 'session_expired');
      assert.deepEqual(snapshot(t).files, before.files);
      assert.equal(snapshot(t).captures, before.captures);
    } finally {
      t.clock.now = T0;
    }
  });

  it('a slow upload with a phone token revoked meanwhile is refused and keeps nothing', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    const redeem = async () => {
      const res = await t.flow('POST', '/api/v1/flow/handoff', s.session_token);
      assert.equal(res.status, 201);
      const code = new URL(((await res.json()) as { url: string }).url).pathname.split('/').pop()!;
      const result = t.va.handoffs.redeem(code);
      assert.ok(result.ok);
      return result.token;
    };
    const phone = await redeem();
    const before = snapshot(t);
    const late = slowUpload(t, phone, 'selfie', png(8, 6), 'late-phone');
    await late.reading;
    await redeem(); // a second phone takes over: the first phone's token is revoked
    late.finish();
    await refusedLate(late.response, 'token_revoked');
    const after = snapshot(t);
    assert.deepEqual(after.files, before.files);
    assert.equal(after.captures, before.captures);
  });
});
