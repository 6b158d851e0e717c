/**
 * Storage that ends: retention of finished sessions (captures, evidence and personal data deleted, an
 * audit row kept), the orphan sweep at start, and a data directory readable by its owner only.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { normalizeImage } from '../../demo/server/images.js';
import type { ImageType } from '../../demo/server/storage.js';
import { loadConfig } from '../../demo/server/config.js';
import { CaptureList, SessionDetail } from '../../src/api/schemas.js';
import { JPEG, T0, errorCode, makeApp, png, removeDir, tempDir, upload, withApp, type TestApp } from './helpers.js';

const DAY = 86_400_000;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
/** The name the server stores an uploaded image under: the SHA-256 of its JPEG re-encoding. */
const storedName = async (bytes: Uint8Array, type: ImageType = 'image/png') =>
  `${sha((await normalizeImage(Buffer.from(bytes), type, 40_000_000)).data)}.jpg`;
const mode = (path: string) => statSync(path).mode & 0o777;

/** A document + selfie session with a front (shared JPEG) and a selfie (`selfie`), submitted. */
async function submitted(t: TestApp, name: string, selfie: Buffer) {
  const res = await t.api('POST', '/api/v1/sessions', {
    type: 'kyc',
    reference_id: `ref-${name}`,
    steps: ['document', 'selfie'],
    applicant: { first_name: name, last_name: 'Dupont', email: `${name.toLowerCase()}@example.com` },
  });
  const s = (await res.json()) as { id: string; session_token: string };
  assert.equal(
    (
      await upload(t, s.session_token, 'document_front', [{ bytes: JPEG }], {
        source: 'camera',
        document_type: 'passport',
      })
    ).status,
    201,
  );
  assert.equal((await upload(t, s.session_token, 'selfie', [{ bytes: selfie, type: 'image/png' }])).status, 201);
  assert.equal((await t.flow('POST', '/api/v1/flow/complete', s.session_token)).status, 200);
  return s;
}

async function decide(t: TestApp, id: string, decision: 'approved' | 'declined') {
  const res = await t.api('POST', `/api/v1/sessions/${id}/decision`, { decision, reason: 'checked by hand' });
  assert.equal(res.status, 200);
}

describe('retention', () => {
  it('at start, deletes the captures and personal data of finished sessions past the limit, keeping an audit row', async () => {
    const dir = tempDir();
    const oldSelfie = png(6, 1);
    const recentSelfie = png(6, 2);
    const waitingSelfie = png(6, 3);
    // Day 0: a session approved, one submitted and never decided; day 2: another declined.
    const first = makeApp({}, dir);
    let old: { id: string; session_token: string };
    let recent: { id: string };
    let waiting: { id: string };
    let oldCaptures: CaptureList;
    try {
      old = await submitted(first, 'Ana', oldSelfie);
      await decide(first, old.id, 'approved');
      oldCaptures = CaptureList.parse(await (await first.api('GET', `/api/v1/sessions/${old.id}/captures`)).json());
      waiting = await submitted(first, 'Wim', waitingSelfie);
      first.clock.now = T0 + 2 * DAY;
      recent = await submitted(first, 'Rui', recentSelfie);
      await decide(first, recent.id, 'declined');
    } finally {
      await first.close();
    }
    assert.ok(readdirSync(join(dir, 'captures')).includes(await storedName(oldSelfie)));

    // Day 31, with a 30-day limit: the run at start purges the first session only.
    await withApp(
      { retentionDays: 30, now: () => T0 + 31 * DAY },
      async (t) => {
        const detail = SessionDetail.parse(await (await t.api('GET', `/api/v1/sessions/${old.id}`)).json());
        assert.equal(detail.status, 'approved');
        assert.equal(detail.completed_at, '2026-03-15T10:30:00Z');
        assert.equal(detail.created_at, '2026-03-15T10:30:00Z');
        assert.deepEqual(detail.applicant, {
          first_name: null,
          last_name: null,
          email: null,
          date_of_birth: null,
          nationality: null,
        });
        assert.equal(detail.reference_id, null);
        assert.equal(detail.metadata, null);
        assert.deepEqual(
          Object.values(detail.results).map((r) => r.status),
          ['approved', 'approved'],
        );
        const row = t.va.db.prepare('SELECT * FROM sessions WHERE id = ?').get(old.id) as Record<string, unknown>;
        assert.equal(row.decision_reason, 'checked by hand');
        assert.equal(row.purged_at, T0 + 31 * DAY);
        assert.doesNotMatch(JSON.stringify(row), /Ana|Dupont|example\.com|ref-Ana/);

        // Capture hashes stay, their images and meta (the liveness log, the document type) go.
        const audit = CaptureList.parse(await (await t.api('GET', `/api/v1/sessions/${old.id}/captures`)).json());
        assert.deepEqual(
          audit.data.map((c) => [c.id, c.kind, c.sha256, c.bytes, c.meta, c.files]),
          oldCaptures.data.map((c) => [c.id, c.kind, c.sha256, c.bytes, null, []]),
        );
        const image = await t.api('GET', `/api/v1/captures/${oldCaptures.data[1]!.id}`);
        assert.equal(image.status, 410);
        assert.equal(await errorCode(image), 'capture_purged');
        for (const table of ['idempotency_records', 'session_tokens', 'handoffs']) {
          const n = t.va.db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE session_id = ?`).get(old.id) as {
            n: number;
          };
          assert.equal(n.n, 0, table);
        }

        // The old selfie's file is gone; the JPEG front it shared with the kept sessions stays.
        const files = readdirSync(join(dir, 'captures'));
        assert.ok(!files.includes(await storedName(oldSelfie)));
        assert.ok(files.includes(await storedName(recentSelfie)));
        assert.ok(files.includes(await storedName(waitingSelfie)));
        assert.ok(files.includes(await storedName(JPEG, 'image/jpeg')));

        // The recent decision and the session still waiting for one keep everything.
        for (const id of [recent.id, waiting.id]) {
          const kept = SessionDetail.parse(await (await t.api('GET', `/api/v1/sessions/${id}`)).json());
          assert.match(String(kept.applicant.first_name), /Rui|Wim/);
          const caps = CaptureList.parse(await (await t.api('GET', `/api/v1/sessions/${id}/captures`)).json());
          assert.ok(caps.data.every((c) => c.files.length === 1 && c.meta !== null));
        }
        assert.ok(t.logs.some((l) => l === 'retention: 1 sessions purged, 1 files deleted'));
      },
      dir,
    );
  });

  it('counts expired sessions as finished from their expiry', async () => {
    await withApp({ retentionDays: 1, retentionIntervalMs: 20 }, async (t) => {
      const res = await t.api('POST', '/api/v1/sessions', {
        type: 'kyc',
        steps: ['selfie'],
        applicant: { first_name: 'Eve', last_name: 'Expired' },
      });
      const s = (await res.json()) as { id: string; session_token: string };
      assert.equal((await upload(t, s.session_token, 'selfie', [{ bytes: png(5, 9), type: 'image/png' }])).status, 201);
      // A day and an hour later the session is past its expiry, but not a day past it.
      t.clock.now = T0 + DAY + 30 * 60_000;
      await new Promise((r) => setTimeout(r, 120));
      const row = () => t.va.db.prepare('SELECT status, purged_at FROM sessions WHERE id = ?').get(s.id);
      assert.deepEqual(row(), { status: 'expired', purged_at: null });
      // Then the periodic run purges it.
      t.clock.now = T0 + DAY + 2 * 60 * 60_000;
      for (let i = 0; i < 100 && (row() as { purged_at: number | null }).purged_at === null; i++) {
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.deepEqual(row(), { status: 'expired', purged_at: T0 + DAY + 2 * 60 * 60_000 });
      assert.ok(!readdirSync(join(t.dir, 'captures')).some((f) => /^[0-9a-f]{64}\./.test(f)));
    });
  });

  it('keeps everything when no retention is set', async () => {
    await withApp({ now: () => T0 + 400 * DAY }, async (t) => {
      t.va.db
        .prepare(
          `INSERT INTO sessions (id, token_hash, type, status, steps, document_types, liveness_sequence,
             max_upload_bytes, allow_cross_device, applicant, results, created_at, updated_at, expires_at, completed_at)
           VALUES ('ses_00000000-0000-4000-8000-000000000001', 'h', 'kyc', 'approved', '[]', '[]', '[]', 1, 0,
             '{"first_name":"Old"}', '{}', 0, 0, 1, 1)`,
        )
        .run();
      assert.equal(t.va.config.retentionDays, null);
      const detail = await (await t.api('GET', '/api/v1/sessions/ses_00000000-0000-4000-8000-000000000001')).json();
      assert.equal((detail as { applicant: { first_name: string } }).applicant.first_name, 'Old');
    });
  });

  it('reads VERILOCK_RETENTION_DAYS', () => {
    const dir = tempDir();
    try {
      const read = (v?: string) =>
        loadConfig({ VERILOCK_DATA_DIR: dir, VERILOCK_RETENTION_DAYS: v, VERILOCK_API_KEYS: 'k' }).retentionDays;
      assert.equal(read('30'), 30);
      assert.equal(read(undefined), null);
      assert.equal(read('0'), null);
      assert.throws(() => read('thirty'), /VERILOCK_RETENTION_DAYS must be a non-negative integer/);
    } finally {
      removeDir(dir);
    }
  });
});

describe('orphan sweep at start', () => {
  it('deletes capture files no row refers to and staging files left by a crash, nothing else', async () => {
    const dir = tempDir();
    const first = makeApp({}, dir);
    let kept: string;
    try {
      const res = await first.api('POST', '/api/v1/sessions', {
        type: 'kyc',
        steps: ['selfie'],
        applicant: { first_name: 'Kai', last_name: 'Kept' },
      });
      const s = (await res.json()) as { session_token: string };
      const selfie = png(5, 4);
      assert.equal(
        (await upload(first, s.session_token, 'selfie', [{ bytes: selfie, type: 'image/png' }])).status,
        201,
      );
      kept = await storedName(selfie);
    } finally {
      await first.close();
    }
    const captures = join(dir, 'captures');
    const orphan = `${sha(Buffer.from('nobody'))}.jpg`;
    const staging = `.${sha(Buffer.from('crash'))}.a1b2c3d4e5f6.tmp`;
    const incoming = '.in-0123456789abcdef.tmp';
    for (const name of [orphan, staging, incoming, 'README.txt']) writeFileSync(join(captures, name), 'x');
    await withApp(
      {},
      async (t) => {
        assert.deepEqual(readdirSync(captures).sort(), ['README.txt', kept].sort());
        assert.ok(t.logs.includes('retention: 3 orphan capture files deleted at start'));
      },
      dir,
    );
  });
});

describe('data directory permissions', () => {
  it('makes the data and captures directories 0700 and every file in them 0600, old ones included', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'captures'), { mode: 0o755 });
    chmodSync(join(dir, 'captures'), 0o755);
    const loose = `${sha(JPEG)}.jpg`;
    writeFileSync(join(dir, 'webhook-secret'), 'whsec_x\n', { mode: 0o644 });
    // An old capture row refers to a world-readable file (written by an older version), so the sweep keeps it.
    const setup = makeApp({}, dir);
    setup.va.db
      .prepare(
        `INSERT INTO sessions (id, token_hash, type, status, steps, document_types, liveness_sequence,
           max_upload_bytes, allow_cross_device, applicant, results, created_at, updated_at, expires_at)
         VALUES ('ses_00000000-0000-4000-8000-000000000002', 'h2', 'kyc', 'created', '[]', '[]', '[]', 1, 0, '{}', '{}', 0, 0, 1)`,
      )
      .run();
    setup.va.db
      .prepare(
        `INSERT INTO captures (id, session_id, kind, bytes, sha256, files, meta, superseded, created_at)
         VALUES ('cap_1', 'ses_00000000-0000-4000-8000-000000000002', 'selfie', 1, ?, ?, NULL, 0, 0)`,
      )
      .run(
        sha(JPEG),
        JSON.stringify([{ sha256: sha(JPEG), ext: 'jpg', bytes: JPEG.length, content_type: 'image/jpeg' }]),
      );
    await setup.close();
    writeFileSync(join(dir, 'captures', loose), JPEG, { mode: 0o644 });
    chmodSync(join(dir, 'captures', loose), 0o644);
    for (const f of readdirSync(dir)) if (f !== 'captures') chmodSync(join(dir, f), 0o644);
    chmodSync(dir, 0o755);

    await withApp(
      {},
      async (t) => {
        const s = (await (
          await t.api('POST', '/api/v1/sessions', {
            type: 'kyc',
            steps: ['selfie'],
            applicant: { first_name: 'Pia', last_name: 'Private' },
          })
        ).json()) as { session_token: string };
        assert.equal(
          (await upload(t, s.session_token, 'selfie', [{ bytes: png(4, 7), type: 'image/png' }])).status,
          201,
        );
        assert.equal(mode(dir), 0o700);
        assert.equal(mode(join(dir, 'captures')), 0o700);
        for (const f of readdirSync(dir)) {
          if (f !== 'captures') assert.equal(mode(join(dir, f)), 0o600, f);
        }
        assert.ok(readdirSync(dir).includes('verilock.sqlite-wal'));
        for (const f of readdirSync(join(dir, 'captures'))) assert.equal(mode(join(dir, 'captures', f)), 0o600, f);
        assert.ok(readdirSync(join(dir, 'captures')).includes(loose));
      },
      dir,
    );
  });

  it('creates a new data directory private from the start', async () => {
    const parent = tempDir();
    const dir = join(parent, 'fresh');
    try {
      await withApp(
        {},
        async () => {
          assert.equal(mode(dir), 0o700);
          assert.equal(mode(join(dir, 'verilock.sqlite')), 0o600);
          assert.equal(mode(join(dir, 'captures')), 0o700);
        },
        dir,
      );
    } finally {
      removeDir(parent);
    }
  });
});
