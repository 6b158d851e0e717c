/**
 * Storage that ends: a per-session quota (uploads and bytes), superseded retakes deleted from disk
 * (unless another capture still references the same file), and capture files encrypted at rest with a
 * key from the environment.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decryptCapture, parseCaptureKey } from '../../demo/server/capture-crypto.js';
import { loadConfig } from '../../demo/server/config.js';
import { CaptureStore } from '../../demo/server/storage.js';
import { CaptureReceipt, SessionDetail } from '../../src/api/schemas.js';
import { JPEG, createKyc, png, snapshot, upload, useApp, withApp, type TestApp } from './helpers.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const files = (t: TestApp) => readdirSync(join(t.dir, 'captures')).sort();
/** The capture settings `loadConfig` derives from `env` (no secret is written anywhere). */
const captureConfig = (env: NodeJS.ProcessEnv = {}) =>
  loadConfig(env, { dataDir: tmpdir(), apiKeys: ['vlk_unused'], webhookSecret: 'unused' }).captures;
const LIMITS = { rateLimit: { windowMs: 60_000, perApiKey: 10_000, perToken: 10_000 } };

async function receipt(res: Promise<Response>): Promise<CaptureReceipt> {
  const r = await res;
  const text = await r.text();
  assert.equal(r.status, 201, text);
  return CaptureReceipt.parse(JSON.parse(text));
}

describe('capture storage', () => {
  const t = useApp(LIMITS);

  it('a retake deletes the superseded file; the row stays for the record', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    const first = await receipt(upload(t, s.session_token, 'selfie', [{ bytes: png(8, 31), type: 'image/png' }]));
    assert.ok(existsSync(join(t.dir, 'captures', `${first.sha256}.jpg`)));
    const second = await receipt(upload(t, s.session_token, 'selfie', [{ bytes: png(8, 32), type: 'image/png' }]));
    assert.ok(!existsSync(join(t.dir, 'captures', `${first.sha256}.jpg`)), 'superseded file deleted');
    assert.ok(existsSync(join(t.dir, 'captures', `${second.sha256}.jpg`)));
    const rows = t.va.db
      .prepare('SELECT id, superseded, files FROM captures WHERE session_id = ? ORDER BY created_at, rowid')
      .all(s.id) as { id: string; superseded: number; files: string }[];
    assert.deepEqual(
      rows.map((r) => [r.id, r.superseded, JSON.parse(r.files).length]),
      [
        [first.id, 1, 0],
        [second.id, 0, 1],
      ],
    );
  });

  it('a file another capture still references is kept', async () => {
    const a = await createKyc(t, {}, ['selfie']);
    const b = await createKyc(t, {}, ['selfie']);
    const shared = png(8, 41);
    const ra = await receipt(upload(t, a.session_token, 'selfie', [{ bytes: shared, type: 'image/png' }]));
    const rb = await receipt(upload(t, b.session_token, 'selfie', [{ bytes: shared, type: 'image/png' }]));
    assert.equal(ra.sha256, rb.sha256);
    await receipt(upload(t, a.session_token, 'selfie', [{ bytes: png(8, 42), type: 'image/png' }]));
    assert.ok(existsSync(join(t.dir, 'captures', `${rb.sha256}.jpg`)), 'still held by the other session');
    await receipt(upload(t, b.session_token, 'selfie', [{ bytes: png(8, 43), type: 'image/png' }]));
    assert.ok(!existsSync(join(t.dir, 'captures', `${rb.sha256}.jpg`)), 'deleted once nothing references it');
  });

  it('leaves no temporary file behind, accepted or refused', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    await receipt(upload(t, s.session_token, 'selfie', [{ bytes: JPEG }]));
    const bad = await upload(t, s.session_token, 'selfie', [{ bytes: Buffer.concat([JPEG, Buffer.from('tail')]) }]);
    assert.equal(bad.status, 422);
    assert.deepEqual(
      files(t).filter((n) => n.startsWith('.')),
      [],
    );
  });
});

describe('capture storage: per-session quota', () => {
  it('refuses the upload past the session’s number of uploads, retakes included', async () => {
    const config = { captures: captureConfig() };
    await withApp({ ...LIMITS, captures: { ...config.captures, maxUploadsPerSession: 3 } }, async (t) => {
      const s = await createKyc(t, {}, ['selfie']);
      for (let i = 0; i < 3; i++) {
        await receipt(upload(t, s.session_token, 'selfie', [{ bytes: png(8, 50 + i), type: 'image/png' }]));
      }
      const before = snapshot(t);
      const res = await upload(t, s.session_token, 'selfie', [{ bytes: png(8, 60), type: 'image/png' }]);
      assert.equal(res.status, 413);
      const body = (await res.json()) as { error: { code: string; details: { limit: string }[] } };
      assert.equal(body.error.code, 'session_quota_exceeded');
      assert.equal(body.error.details[0]!.limit, 'uploads');
      assert.deepEqual(snapshot(t), before);
      // Another session has its own quota.
      const other = await createKyc(t, {}, ['selfie']);
      await receipt(upload(t, other.session_token, 'selfie', [{ bytes: png(8, 61), type: 'image/png' }]));
    });
  });

  it('refuses the upload that would keep more bytes than the session’s quota; a retake frees its predecessor’s', async () => {
    const config = { captures: captureConfig() };
    await withApp({ ...LIMITS }, async (probe) => {
      // The stored size of the test images, to set a quota between one and two of them.
      const s = await createKyc(probe, {}, ['document', 'selfie']);
      const one = await receipt(upload(probe, s.session_token, 'selfie', [{ bytes: png(64, 1), type: 'image/png' }]));
      await withApp({ ...LIMITS, captures: { ...config.captures, maxBytesPerSession: one.bytes * 1.5 } }, async (t) => {
        const s2 = await createKyc(t, {}, ['document', 'selfie']);
        await receipt(upload(t, s2.session_token, 'selfie', [{ bytes: png(64, 1), type: 'image/png' }]));
        // A retake of the same kind replaces it: only the new one counts.
        await receipt(upload(t, s2.session_token, 'selfie', [{ bytes: png(64, 2), type: 'image/png' }]));
        const before = snapshot(t);
        const res = await upload(t, s2.session_token, 'document_front', [{ bytes: png(64, 3), type: 'image/png' }], {
          source: 'camera',
          document_type: 'passport',
        });
        assert.equal(res.status, 413);
        const body = (await res.json()) as { error: { code: string; details: { limit: string }[] } };
        assert.equal(body.error.code, 'session_quota_exceeded');
        assert.equal(body.error.details[0]!.limit, 'bytes');
        assert.deepEqual(snapshot(t), before);
      });
    });
  });
});

describe('capture storage: encryption at rest', () => {
  it('with VERILOCK_CAPTURE_KEY every file is AES-256-GCM ciphertext that decrypts to the receipt’s image', async () => {
    const hexKey = randomBytes(32).toString('hex');
    const key = parseCaptureKey(hexKey);
    const config = { captures: captureConfig({ VERILOCK_CAPTURE_KEY: hexKey }) };
    assert.ok(config.captures.key?.equals(key));
    await withApp({ ...LIMITS, captures: config.captures }, async (t) => {
      const s = await createKyc(t, {}, ['selfie']);
      const r = await receipt(upload(t, s.session_token, 'selfie', [{ bytes: png(16, 7), type: 'image/png' }]));
      const raw = readFileSync(join(t.dir, 'captures', `${r.sha256}.jpg`));
      assert.equal(raw.subarray(0, 4).toString('latin1'), 'VLC1');
      assert.notDeepEqual([...raw.subarray(0, 3)], [0xff, 0xd8, 0xff]);
      const plain = decryptCapture(key, raw);
      assert.equal(sha(plain), r.sha256);
      assert.equal(plain.length, r.bytes);
      assert.equal(sha(await new CaptureStore(t.dir, key).read(r.sha256, 'jpg')), r.sha256);
      // Tampering is detected; another key cannot read it.
      const flipped = Buffer.from(raw);
      flipped[flipped.length - 1]! ^= 1;
      assert.throws(() => decryptCapture(key, flipped));
      assert.throws(() => decryptCapture(randomBytes(32), raw), /another key/);
      const detail = SessionDetail.parse(await (await t.api('GET', `/api/v1/sessions/${s.id}`)).json());
      assert.equal(detail.captures[0]!.sha256, r.sha256);
    });
  });

  it('refuses a malformed key at start', () => {
    assert.throws(() => captureConfig({ VERILOCK_CAPTURE_KEY: 'short' }), /32 bytes/);
    assert.throws(() => captureConfig({ VERILOCK_CAPTURE_KEY: 'z'.repeat(64) }), /32 bytes/);
    assert.equal(captureConfig().key, null);
    assert.equal(captureConfig({ VERILOCK_CAPTURE_KEY: randomBytes(32).toString('base64') }).key?.length, 32);
  });
});
