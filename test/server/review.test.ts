/**
 * Review endpoints (API key): a session's capture list and each capture's image; API keys scoped to
 * their own sessions in production mode.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CaptureList, CaptureReceipt, SessionDetail, SessionList } from '../../src/api/schemas.js';
import {
  API_KEY,
  JPEG,
  OTHER_KEY,
  createKyc,
  errorCode,
  passingLog,
  png,
  upload,
  useApp,
  type TestApp,
} from './helpers.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
/** A stored capture file (re-encoded JPEG, plain: these tests set no capture key). */
const stored = (t: TestApp, sha256: string) => readFileSync(join(t.dir, 'captures', `${sha256}.jpg`));

/** A session with a passport front, a selfie (PNG) and a two-frame liveness capture, submitted. */
async function reviewedSession(t: TestApp, key = API_KEY) {
  const res = await t.api(
    'POST',
    '/api/v1/sessions',
    {
      type: 'kyc',
      reference_id: 'usr_review',
      steps: ['document', 'selfie', 'liveness'],
      applicant: { first_name: 'Jean', last_name: 'Dupont' },
    },
    { 'X-API-Key': key },
  );
  assert.equal(res.status, 201);
  const s = (await res.json()) as { id: string; session_token: string };
  const front = await upload(t, s.session_token, 'document_front', [{ bytes: JPEG }], {
    source: 'camera',
    document_type: 'passport',
  });
  assert.equal(front.status, 201);
  const frontReceipt = CaptureReceipt.parse(await front.json());
  const selfie = png(6, 3);
  assert.equal((await upload(t, s.session_token, 'selfie', [{ bytes: selfie, type: 'image/png' }])).status, 201);
  const frames = [png(5, 1), png(5, 2)];
  // A log that holds up: the session's own sequence, passed in order, within the session's lifetime.
  const row = t.va.service.byToken(s.session_token)!;
  const log = passingLog(JSON.parse(row.liveness_sequence) as string[]);
  t.clock.now = Math.max(t.clock.now, row.created_at + 10_000);
  const live = await upload(
    t,
    s.session_token,
    'liveness',
    frames.map((bytes) => ({ bytes, type: 'image/png' })),
    { source: 'camera', liveness: log },
  );
  assert.equal(live.status, 201);
  return { ...s, frontReceipt, selfie, frames, log };
}

describe('review endpoints', () => {
  const t = useApp();

  it('lists a session’s captures with kind, meta, bytes, sha256, time and files', async () => {
    const s = await reviewedSession(t);
    const res = await t.api('GET', `/api/v1/sessions/${s.id}/captures`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const list = CaptureList.parse(await res.json());
    assert.deepEqual(
      list.data.map((c) => c.kind),
      ['document_front', 'selfie', 'liveness'],
    );
    const [front, selfie, live] = list.data;
    assert.deepEqual(front!.meta, { source: 'camera', document_type: 'passport' });
    // Images are stored re-encoded as JPEG: the listing gives the stored file's hash and size.
    assert.equal(front!.sha256, s.frontReceipt.sha256);
    assert.equal(front!.bytes, s.frontReceipt.bytes);
    assert.equal(front!.created_at, '2026-03-15T10:30:00Z');
    assert.deepEqual(front!.files, [
      {
        index: 0,
        sha256: s.frontReceipt.sha256,
        bytes: s.frontReceipt.bytes,
        content_type: 'image/jpeg',
        url: `/api/v1/captures/${front!.id}`,
      },
    ]);
    assert.equal(sha(stored(t, front!.sha256)), front!.sha256);
    assert.equal(selfie!.files[0]!.content_type, 'image/jpeg');
    assert.deepEqual(live!.meta, { source: 'camera', liveness: s.log });
    assert.deepEqual(
      live!.files.map((f) => [f.index, sha(stored(t, f.sha256)), f.url]),
      [
        [0, live!.files[0]!.sha256, `/api/v1/captures/${live!.id}`],
        [1, live!.files[1]!.sha256, `/api/v1/captures/${live!.id}?frame=1`],
      ],
    );
  });

  it('returns a capture’s image with its exact type, no-store and nosniff', async () => {
    const s = await reviewedSession(t);
    const list = CaptureList.parse(await (await t.api('GET', `/api/v1/sessions/${s.id}/captures`)).json());
    const front = list.data.find((c) => c.kind === 'document_front')!;
    const res = await t.api('GET', `/api/v1/captures/${front.id}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/jpeg');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('content-length'), String(front.bytes));
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), stored(t, front.sha256));

    const selfie = list.data.find((c) => c.kind === 'selfie')!;
    const png1 = await t.api('GET', `/api/v1/captures/${selfie.id}`);
    assert.equal(png1.headers.get('content-type'), 'image/jpeg');
    assert.deepEqual(Buffer.from(await png1.arrayBuffer()), stored(t, selfie.sha256));

    const live = list.data.find((c) => c.kind === 'liveness')!;
    const frame1 = await t.api('GET', `/api/v1/captures/${live.id}?frame=1`);
    assert.equal(frame1.status, 200);
    assert.deepEqual(Buffer.from(await frame1.arrayBuffer()), stored(t, live.files[1]!.sha256));
    assert.equal((await t.api('GET', `/api/v1/captures/${live.id}?frame=2`)).status, 404);
    const bad = await t.api('GET', `/api/v1/captures/${live.id}?frame=x`);
    assert.equal(bad.status, 400);
    assert.equal(await errorCode(bad), 'validation_failed');
  });

  it('answers HEAD on an image without a body', async () => {
    const s = await reviewedSession(t);
    const list = CaptureList.parse(await (await t.api('GET', `/api/v1/sessions/${s.id}/captures`)).json());
    const res = await t.api('HEAD', `/api/v1/captures/${list.data[0]!.id}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/jpeg');
    assert.equal((await res.arrayBuffer()).byteLength, 0);
  });

  it('needs the API key: no key, a wrong key and a session token are refused', async () => {
    const s = await reviewedSession(t);
    const list = CaptureList.parse(await (await t.api('GET', `/api/v1/sessions/${s.id}/captures`)).json());
    const id = list.data[0]!.id;
    for (const path of [`/api/v1/sessions/${s.id}/captures`, `/api/v1/captures/${id}`]) {
      const none = await t.request(path);
      assert.equal(none.status, 401);
      assert.equal(await errorCode(none), 'unauthorized');
      assert.equal((await t.request(path, { headers: { 'X-API-Key': 'vlk_wrong' } })).status, 401);
      const token = await t.request(path, { headers: { Authorization: `Bearer ${s.session_token}` } });
      assert.equal(token.status, 401);
      assert.equal(await errorCode(token), 'unauthorized');
    }
  });

  it('answers 404 for unknown sessions and captures, 405 for other methods', async () => {
    const unknownSession = await t.api('GET', '/api/v1/sessions/ses_00000000-0000-4000-8000-000000000000/captures');
    assert.equal(unknownSession.status, 404);
    assert.equal(await errorCode(unknownSession), 'session_not_found');
    for (const id of ['cap_00000000-0000-4000-8000-000000000000', 'nope', '..%2f..%2fverilock.sqlite']) {
      const res = await t.api('GET', `/api/v1/captures/${id}`);
      assert.equal(res.status, 404, id);
      assert.equal(await errorCode(res), 'capture_not_found');
    }
    const post = await t.api('POST', '/api/v1/captures/cap_x');
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD');
    assert.equal((await t.api('DELETE', '/api/v1/sessions/ses_x/captures')).status, 405);
  });

  it('lists an empty session as no captures', async () => {
    const s = await createKyc(t);
    const res = await t.api('GET', `/api/v1/sessions/${s.id}/captures`);
    assert.deepEqual(await res.json(), { data: [] });
  });

  it('lets every key see every session in development mode', async () => {
    const s = await reviewedSession(t);
    const other = await t.api('GET', `/api/v1/sessions/${s.id}/captures`, undefined, { 'X-API-Key': OTHER_KEY });
    assert.equal(other.status, 200);
  });
});

describe('API keys scoped to their own sessions (production mode)', () => {
  const t = useApp({ production: true });

  it('records the key that created a session by a hash, never the key itself', async () => {
    const s = await createKyc(t);
    const row = t.va.db.prepare('SELECT * FROM sessions WHERE id = ?').get(s.id) as Record<string, unknown>;
    assert.match(String(row.owner_key), /^[0-9a-f]{64}$/);
    assert.ok(!JSON.stringify(row).includes(API_KEY));
    assert.notEqual(row.owner_key, sha(Buffer.from(API_KEY)), 'a domain-separated hash, not the bare SHA-256');
  });

  it('refuses another key’s session, captures, images and decision with 404, and lists only its own', async () => {
    const mine = await reviewedSession(t, API_KEY);
    const theirs = await reviewedSession(t, OTHER_KEY);
    assert.equal((await t.flow('POST', '/api/v1/flow/complete', theirs.session_token)).status, 200);
    const theirCaptures = CaptureList.parse(
      await (
        await t.api('GET', `/api/v1/sessions/${theirs.id}/captures`, undefined, { 'X-API-Key': OTHER_KEY })
      ).json(),
    );

    const attempts: [string, string, unknown?][] = [
      ['GET', `/api/v1/sessions/${theirs.id}`],
      ['GET', `/api/v1/sessions/${theirs.id}/captures`],
      ['GET', `/api/v1/captures/${theirCaptures.data[0]!.id}`],
      ['POST', `/api/v1/sessions/${theirs.id}/decision`, { decision: 'approved' }],
    ];
    for (const [method, path, body] of attempts) {
      const res = await t.api(method, path, body);
      assert.equal(res.status, 404, `${method} ${path}`);
      assert.match(await errorCode(res), /^(session|capture)_not_found$/);
    }
    const after = SessionDetail.parse(
      await (await t.api('GET', `/api/v1/sessions/${theirs.id}`, undefined, { 'X-API-Key': OTHER_KEY })).json(),
    );
    assert.equal(after.status, 'processing', 'the refused decision changed nothing');

    const listed = SessionList.parse(await (await t.api('GET', '/api/v1/sessions?per_page=100')).json());
    assert.ok(listed.data.some((r) => r.id === mine.id));
    assert.ok(!listed.data.some((r) => r.id === theirs.id));
    assert.equal(listed.meta.total, listed.data.length);

    const own = await t.api('GET', `/api/v1/sessions/${mine.id}/captures`);
    assert.equal(own.status, 200);
  });

  it('still lets a key decide its own session', async () => {
    const s = await reviewedSession(t, OTHER_KEY);
    await t.flow('POST', '/api/v1/flow/complete', s.session_token);
    const res = await t.api(
      'POST',
      `/api/v1/sessions/${s.id}/decision`,
      { decision: 'declined' },
      {
        'X-API-Key': OTHER_KEY,
      },
    );
    assert.equal(res.status, 200);
    assert.equal(SessionDetail.parse(await res.json()).status, 'declined');
  });
});

describe('review page', () => {
  const t = useApp();
  const CSP =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; " +
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  it('serves the page, its script and stylesheet under the strict CSP, without inline script or style', async () => {
    const page = await t.request('/review');
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(page.headers.get('content-security-policy'), CSP);
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    const html = await page.text();
    assert.ok(html.includes('<script type="module" src="/review/review.js"></script>'));
    assert.ok(!/<script>|<style|\sstyle=|\son\w+=/.test(html), 'no inline script or style');
    const assets: [string, string][] = [
      ['/review/review.js', 'text/javascript; charset=utf-8'],
      ['/review/review.css', 'text/css; charset=utf-8'],
      ['/review/favicon.svg', 'image/svg+xml'],
    ];
    for (const [path, type] of assets) {
      const res = await t.request(path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type'), type);
      assert.equal(res.headers.get('content-security-policy'), CSP);
    }
    const js = await (await t.request('/review/review.js')).text();
    assert.ok(!/localStorage|sessionStorage|document\.cookie|indexedDB/.test(js), 'the key is never stored');
    assert.ok(!/innerHTML|insertAdjacentHTML|outerHTML/.test(js), 'API values are written as text only');
  });

  it('refuses paths outside the page’s files', async () => {
    for (const path of ['/review/..%2fapp.ts', '/review/.hidden', '/review/nothing.js']) {
      assert.equal((await t.request(path)).status, 404, path);
    }
  });
});
