/**
 * A restart loses nothing: sessions, captures and their files, idempotency records, the dev API key
 * and the webhook secret all come back from the data dir; migrations are not re-applied.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createApp } from '../../demo/server/app.js';
import { DEV_KEY_FILE, WEBHOOK_SECRET_FILE, loadConfig } from '../../demo/server/config.js';
import { CaptureReceipt, FlowSession, SessionDetail } from '../../src/api/schemas.js';
import { JPEG, T0, createKyc, makeApp, png, removeDir, tempDir, upload, uploadLiveness } from './helpers.js';

describe('restart', () => {
  it('keeps sessions, captures, files and idempotency records', async () => {
    const dir = tempDir();
    let t = makeApp({}, dir);
    try {
      const s = await createKyc(t, {}, ['document', 'selfie', 'liveness']);
      const flow1 = FlowSession.parse(await (await t.flow('GET', '/api/v1/flow/session', s.session_token)).json());
      const front = await upload(
        t,
        s.session_token,
        'document_front',
        [{ bytes: JPEG }],
        { source: 'camera', document_type: 'passport' },
        'front-1',
      );
      const frontReceipt = await front.text();
      const p = png(5, 7);
      const selfie = CaptureReceipt.parse(
        await (await upload(t, s.session_token, 'selfie', [{ bytes: p, type: 'image/png' }])).json(),
      );
      await t.close();

      t = makeApp({}, dir);
      const detail = SessionDetail.parse(await (await t.api('GET', `/api/v1/sessions/${s.id}`)).json());
      assert.equal(detail.status, 'in_progress');
      assert.deepEqual(
        detail.captures.map((c) => c.kind),
        ['document_front', 'selfie'],
      );
      const flow2 = FlowSession.parse(await (await t.flow('GET', '/api/v1/flow/session', s.session_token)).json());
      assert.deepEqual(flow2.requirements.liveness_challenges, flow1.requirements.liveness_challenges);
      assert.equal(flow2.captures.length, 2);
      assert.deepEqual(flow2.captures[1], selfie);
      const file = join(dir, 'captures', `${selfie.sha256}.jpg`);
      assert.ok(existsSync(file));
      assert.equal(createHash('sha256').update(readFileSync(file)).digest('hex'), selfie.sha256);
      // The idempotency record survived: the replay returns the first reply.
      const replay = await upload(
        t,
        s.session_token,
        'document_front',
        [{ bytes: JPEG }],
        { source: 'camera', document_type: 'passport' },
        'front-1',
      );
      assert.equal(replay.status, 201);
      assert.equal(await replay.text(), frontReceipt);
      // Migrations ran once.
      const versions = t.va.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as {
        version: number;
      }[];
      assert.deepEqual(
        versions.map((v) => v.version),
        [1, 2, 3, 4, 5, 6, 7, 8],
      );
      const profiles = (t.va.db.prepare('SELECT COUNT(*) AS n FROM profiles').get() as { n: number }).n;
      assert.equal(profiles, 2);
      // The session still completes after the restart.
      t.clock.now = T0 + 60_000;
      assert.equal((await uploadLiveness(t, s.session_token)).status, 201);
      assert.equal((await t.flow('POST', '/api/v1/flow/complete', s.session_token)).status, 200);
    } finally {
      await t.close();
      removeDir(dir);
    }
  });

  it('generates the dev API key and webhook secret once and reuses them', async () => {
    const dir = tempDir();
    try {
      const c1 = loadConfig({ VERILOCK_DATA_DIR: dir });
      assert.equal(c1.apiKeySource, 'dev');
      assert.match(c1.apiKeys[0]!, /^vlk_dev_[A-Za-z0-9_-]{32}$/);
      assert.ok(existsSync(join(dir, DEV_KEY_FILE)));
      assert.ok(existsSync(join(dir, WEBHOOK_SECRET_FILE)));
      const a1 = createApp({ ...c1, log: () => {} });
      const created = await a1.app.request('/api/v1/sessions', {
        method: 'POST',
        headers: { 'X-API-Key': c1.apiKeys[0]!, 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'kyc', steps: ['selfie'], applicant: { first_name: 'A', last_name: 'B' } }),
      });
      assert.equal(created.status, 201);
      const { id } = (await created.json()) as { id: string };
      await a1.close();

      const c2 = loadConfig({ VERILOCK_DATA_DIR: dir });
      assert.deepEqual(c2.apiKeys, c1.apiKeys);
      assert.equal(c2.webhookSecret, c1.webhookSecret);
      const a2 = createApp({ ...c2, log: () => {} });
      const got = await a2.app.request(`/api/v1/sessions/${id}`, {
        headers: { Authorization: `Bearer ${c2.apiKeys[0]}` },
      });
      assert.equal(got.status, 200);
      await a2.close();

      const c3 = loadConfig({
        VERILOCK_DATA_DIR: dir,
        VERILOCK_API_KEYS: 'key_one, key_two',
        PORT: '9000',
        HOST: '0.0.0.0',
      });
      assert.deepEqual(c3.apiKeys, ['key_one', 'key_two']);
      assert.equal(c3.apiKeySource, 'env');
      assert.equal(c3.port, 9000);
      assert.equal(c3.publicUrl, 'http://127.0.0.1:9000');
      assert.equal(c3.frameAncestors, "'self' http://127.0.0.1:9001");
      assert.equal(c3.demoEmbedPort, 9001);
      assert.equal(loadConfig({ VERILOCK_DATA_DIR: dir, PORT: '9000', DEMO_EMBED_PORT: '0' }).frameAncestors, "'self'");
      const c4 = loadConfig({
        VERILOCK_DATA_DIR: dir,
        PUBLIC_URL: 'https://kyc.example/',
        VERILOCK_WEBHOOK_SECRET: 's3cret',
        VERILOCK_FRAME_ANCESTORS: 'https://a.example https://b.example',
      });
      assert.equal(c4.publicUrl, 'https://kyc.example');
      assert.equal(c4.webhookSecret, 's3cret');
      assert.equal(c4.frameAncestors, 'https://a.example https://b.example');
      assert.throws(() => loadConfig({ VERILOCK_DATA_DIR: dir, VERILOCK_FRAME_ANCESTORS: "'self'; script-src *" }));
    } finally {
      removeDir(dir);
    }
  });
});
