/**
 * Server API (API key): create (both seed shapes), get, list, profiles; auth, validation, limits.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PROFILE_ID, DOC_SELFIE_PROFILE_ID } from '../../demo/server/db.js';
import { ProfileList, SessionCreated, SessionDetail, SessionList } from '../../src/api/schemas.js';
import { API_KEY, OTHER_KEY, T0, createKyc, errorCode, snapshot, useApp } from './helpers.js';

const KYC = {
  type: 'kyc',
  reference_id: 'usr_12345',
  steps: ['document', 'selfie', 'face_match', 'liveness', 'aml'],
  redirect_url: 'https://example.com/kyc/complete',
  webhook_url: 'https://example.com/webhooks/kyc',
  applicant: {
    first_name: 'Jean',
    last_name: 'Dupont',
    email: 'jean.dupont@example.com',
    date_of_birth: '1990-05-15',
    nationality: 'FR',
  },
};

describe('server API: sessions and profiles', () => {
  const t = useApp();

  /** Sends a request that must be refused with `status`/`code` and must change nothing stored. */
  async function refused(res: Promise<Response>, status: number, code: string) {
    const before = snapshot(t);
    const r = await res;
    assert.equal(r.status, status);
    const body = (await r.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, code);
    assert.equal(typeof body.error.message, 'string');
    assert.deepEqual(snapshot(t), before);
    return body;
  }

  it('creates a session from the KYC seed shape (X-API-Key)', async () => {
    const res = await t.api('POST', '/api/v1/sessions', KYC);
    assert.equal(res.status, 201);
    const body = SessionCreated.parse(await res.json());
    assert.match(body.id, /^ses_[0-9a-f-]{36}$/);
    assert.equal(body.status, 'created');
    assert.equal(body.reference_id, 'usr_12345');
    assert.deepEqual(body.steps, KYC.steps);
    assert.deepEqual(body.applicant, KYC.applicant);
    assert.match(body.session_token, /^vft_[A-Za-z0-9_-]{32}$/);
    assert.equal(body.session_url, `http://127.0.0.1:8787/verify/${body.session_token}`);
    assert.equal(body.hosted_url, body.session_url);
    assert.equal(body.created_at, '2026-03-15T10:30:00Z');
    assert.equal(body.expires_at, '2026-03-15T11:30:00Z');
    // The token is stored only as a hash.
    const row = t.va.db.prepare('SELECT * FROM sessions WHERE id = ?').get(body.id) as Record<string, unknown>;
    assert.ok(!JSON.stringify(row).includes(body.session_token));
  });

  it('creates a session from the profile seed shape (Authorization: Bearer)', async () => {
    const res = await t.api(
      'POST',
      '/api/v1/sessions',
      {
        profile_id: DEFAULT_PROFILE_ID,
        applicant_email: 'jean.dupont@example.com',
        applicant_name: 'Jean Dupont',
        external_id: 'usr_12345',
        redirect_url: 'https://example.com/kyc/complete',
        expires_in: 600,
        metadata: { plan: 'premium' },
      },
      { 'X-API-Key': '', Authorization: `Bearer ${OTHER_KEY}` },
    );
    assert.equal(res.status, 201);
    const body = SessionCreated.parse(await res.json());
    assert.equal(body.profile_id, DEFAULT_PROFILE_ID);
    assert.deepEqual(body.steps, ['document', 'selfie', 'face_match', 'liveness']);
    assert.equal(body.applicant.first_name, 'Jean');
    assert.equal(body.applicant.last_name, 'Dupont');
    assert.equal(body.applicant.email, 'jean.dupont@example.com');
    assert.equal(body.reference_id, 'usr_12345');
    assert.equal(body.expires_at, '2026-03-15T10:40:00Z');

    const detail = SessionDetail.parse(await (await t.api('GET', `/api/v1/sessions/${body.id}`)).json());
    assert.deepEqual(detail.metadata, { plan: 'premium' });
    assert.deepEqual(detail.results, {
      document: { status: 'not_started' },
      selfie: { status: 'not_started' },
      face_match: { status: 'not_started' },
      liveness: { status: 'not_started' },
    });
  });

  it('the profile shape defaults to an hour', async () => {
    const res = await t.api('POST', '/api/v1/sessions', { profile_id: DOC_SELFIE_PROFILE_ID });
    assert.equal(res.status, 201);
    const body = SessionCreated.parse(await res.json());
    assert.equal(body.expires_at, '2026-03-15T11:30:00Z');
    assert.deepEqual(body.steps, ['document', 'selfie', 'face_match']);
    assert.equal(body.applicant.first_name, null);
  });

  it('refuses a missing or wrong API key, in both header styles', async () => {
    const body = JSON.stringify(KYC);
    const h = { 'Content-Type': 'application/json' };
    await refused(t.request('/api/v1/sessions', { method: 'POST', body, headers: h }), 401, 'unauthorized');
    await refused(
      t.request('/api/v1/sessions', { method: 'POST', body, headers: { ...h, 'X-API-Key': 'vlk_wrong' } }),
      401,
      'unauthorized',
    );
    await refused(
      t.request('/api/v1/sessions', { method: 'POST', body, headers: { ...h, Authorization: 'Bearer vlk_wrong' } }),
      401,
      'unauthorized',
    );
    await refused(
      t.request('/api/v1/sessions', { method: 'POST', body, headers: { ...h, Authorization: `Basic ${API_KEY}` } }),
      401,
      'unauthorized',
    );
    await refused(t.request('/api/v1/sessions'), 401, 'unauthorized');
    await refused(t.request('/api/v1/profiles', { headers: { 'X-API-Key': API_KEY + 'x' } }), 401, 'unauthorized');
  });

  it('refuses malformed JSON, a wrong content type and an oversize body', async () => {
    await refused(t.api('POST', '/api/v1/sessions', '{"type":"kyc",'), 400, 'invalid_json');
    await refused(
      t.api('POST', '/api/v1/sessions', JSON.stringify(KYC), { 'Content-Type': 'text/plain' }),
      415,
      'unsupported_media_type',
    );
    const huge = { ...KYC, reference_id: 'x'.repeat(70 * 1024) };
    await refused(t.api('POST', '/api/v1/sessions', huge), 413, 'payload_too_large');
  });

  it('refuses wrong types, unknown fields and missing fields with details', async () => {
    let body = await refused(
      t.api('POST', '/api/v1/sessions', { ...KYC, steps: 'document' }),
      400,
      'validation_failed',
    );
    const details = (body.error as unknown as { details: { path: string; message: string }[] }).details;
    assert.ok(details.some((d) => d.path === 'steps'));
    body = await refused(t.api('POST', '/api/v1/sessions', { ...KYC, admin: true }), 400, 'validation_failed');
    assert.match(JSON.stringify(body), /admin/);
    await refused(
      t.api('POST', '/api/v1/sessions', { ...KYC, applicant: { ...KYC.applicant, ssn: '1' } }),
      400,
      'validation_failed',
    );
    await refused(
      t.api('POST', '/api/v1/sessions', { ...KYC, steps: ['document', 'document'] }),
      400,
      'validation_failed',
    );
    await refused(t.api('POST', '/api/v1/sessions', { ...KYC, steps: ['retina'] }), 400, 'validation_failed');
    await refused(t.api('POST', '/api/v1/sessions', { type: 'kyc', steps: ['document'] }), 400, 'validation_failed');
    await refused(t.api('POST', '/api/v1/sessions', []), 400, 'validation_failed');
    await refused(t.api('POST', '/api/v1/sessions', 'null'), 400, 'validation_failed');
    await refused(
      t.api('POST', '/api/v1/sessions', { profile_id: DEFAULT_PROFILE_ID, expires_in: 10 }),
      400,
      'validation_failed',
    );
    await refused(
      t.api('POST', '/api/v1/sessions', { profile_id: DEFAULT_PROFILE_ID, expires_in: '3600' }),
      400,
      'validation_failed',
    );
    await refused(t.api('POST', '/api/v1/sessions', { profile_id: 'not-a-uuid' }), 400, 'validation_failed');
    await refused(
      t.api('POST', '/api/v1/sessions', { profile_id: DEFAULT_PROFILE_ID, steps: ['document'] }),
      400,
      'validation_failed',
    );
  });

  it('refuses an unknown profile with 404', async () => {
    await refused(
      t.api('POST', '/api/v1/sessions', { profile_id: '00000000-0000-4000-8000-000000000000' }),
      404,
      'profile_not_found',
    );
  });

  it('refuses unsafe redirect and webhook URLs', async () => {
    const bad = [
      'javascript:alert(1)',
      'https://user:pass@example.com/done',
      'https://example.com/ done',
      ' https://example.com/done',
      'https://example.com/\tdone',
      'http://example.com/done',
      'data:text/html,hi',
      'https://example.com/' + 'a'.repeat(2100),
      '/relative',
    ];
    for (const url of bad) {
      const body = await refused(
        t.api('POST', '/api/v1/sessions', { ...KYC, redirect_url: url }),
        400,
        'validation_failed',
      );
      assert.match(JSON.stringify(body), /redirect_url/, url);
      await refused(
        t.api('POST', '/api/v1/sessions', { profile_id: DEFAULT_PROFILE_ID, redirect_url: url }),
        400,
        'validation_failed',
      );
    }
    await refused(
      t.api('POST', '/api/v1/sessions', { ...KYC, webhook_url: 'http://10.0.0.1/hook' }),
      400,
      'validation_failed',
    );
    const ok = await t.api('POST', '/api/v1/sessions', { ...KYC, redirect_url: 'http://localhost:3000/done' });
    assert.equal(ok.status, 201);
  });

  it('gets a session with per-step results, 404 for unknown ids', async () => {
    const created = await createKyc(t);
    const res = await t.api('GET', `/api/v1/sessions/${created.id}`);
    assert.equal(res.status, 200);
    const detail = SessionDetail.parse(await res.json());
    assert.equal(detail.id, created.id);
    assert.equal(detail.status, 'created');
    assert.equal(detail.completed_at, null);
    assert.deepEqual(detail.captures, []);
    assert.equal(detail.results.document?.status, 'not_started');
    assert.ok(!JSON.stringify(detail).includes(created.session_token));
    await refused(t.api('GET', '/api/v1/sessions/ses_00000000-0000-4000-8000-000000000000'), 404, 'session_not_found');
    await refused(t.api('GET', '/api/v1/sessions/nope'), 404, 'session_not_found');
    await refused(t.request(`/api/v1/sessions/${created.id}`), 401, 'unauthorized');
  });

  it('lists profiles, including the built-in ones', async () => {
    const res = await t.api('GET', '/api/v1/profiles');
    assert.equal(res.status, 200);
    const list = ProfileList.parse(await res.json());
    const def = list.data.find((p) => p.id === DEFAULT_PROFILE_ID);
    assert.ok(def);
    assert.equal(def.name, 'Default');
    assert.deepEqual(def.steps, ['document', 'selfie', 'face_match', 'liveness']);
    assert.deepEqual(def.document_types, ['passport', 'id_card', 'drivers_license', 'residence_permit']);
    assert.equal(def.countries, null);
    assert.equal(def.liveness_challenges, 2);
    assert.equal(def.max_upload_bytes, 10 * 1024 * 1024);
    assert.equal(def.allow_cross_device, true);
    const ds = list.data.find((p) => p.id === DOC_SELFIE_PROFILE_ID);
    assert.equal(ds?.name, 'Document and selfie');
    assert.deepEqual(ds?.steps, ['document', 'selfie', 'face_match']);
  });

  it('answers 404 and 405 in the error shape', async () => {
    const nf = await t.api('GET', '/api/v1/nothing');
    assert.equal(nf.status, 404);
    assert.equal(await errorCode(nf), 'not_found');
    const na = await t.api('DELETE', '/api/v1/profiles');
    assert.equal(na.status, 405);
    assert.equal(na.headers.get('allow'), 'GET, HEAD');
    assert.equal(await errorCode(na), 'method_not_allowed');
    const hz = await t.request('/healthz', { method: 'POST' });
    assert.equal(hz.status, 405);
  });

  it('sends no CORS headers on the server API', async () => {
    const res = await t.api('GET', '/api/v1/profiles', undefined, { Origin: 'https://evil.example' });
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    const pre = await t.request('/api/v1/sessions', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(pre.headers.get('access-control-allow-origin'), null);
    assert.ok(pre.status >= 400);
  });
});

describe('server API: listing', () => {
  const ids: string[] = [];
  const t = useApp({}, async (app) => {
    // 23 sessions over three days: 10 on the 13th, 8 on the 14th, 5 on the 15th.
    const days = [
      ['2026-03-13T09:00:00Z', 10],
      ['2026-03-14T09:00:00Z', 8],
      ['2026-03-15T09:00:00Z', 5],
    ] as const;
    for (const [day, n] of days) {
      for (let i = 0; i < n; i++) {
        app.clock.now = Date.parse(day) + i * 60_000;
        ids.push((await createKyc(app, { reference_id: `ref_${ids.length}` }, ['document'])).id);
      }
    }
    app.clock.now = Date.parse('2026-03-15T10:00:00Z');
  });

  const list = async (q: string) => {
    const res = await t.api('GET', `/api/v1/sessions${q}`);
    assert.equal(res.status, 200, q);
    return SessionList.parse(await res.json());
  };

  it('pages with the seed meta, newest first, default 15 per page', async () => {
    const first = await list('');
    assert.deepEqual(first.meta, { current_page: 1, last_page: 2, per_page: 15, total: 23 });
    assert.equal(first.data.length, 15);
    assert.equal(first.data[0]!.id, ids[22]);
    const second = await list('?page=2');
    assert.equal(second.data.length, 8);
    assert.equal(second.data.at(-1)!.id, ids[0]);
    const ten = await list('?per_page=10&page=3');
    assert.deepEqual(ten.meta, { current_page: 3, last_page: 3, per_page: 10, total: 23 });
    assert.equal(ten.data.length, 3);
    const beyond = await list('?page=9');
    assert.equal(beyond.data.length, 0);
    assert.equal(beyond.meta.total, 23);
    const hundred = await list('?per_page=100');
    assert.equal(hundred.data.length, 23);
  });

  it('filters by creation date (inclusive days) and status', async () => {
    assert.equal((await list('?from=2026-03-14')).meta.total, 13);
    assert.equal((await list('?to=2026-03-14')).meta.total, 18);
    assert.equal((await list('?from=2026-03-14&to=2026-03-14')).meta.total, 8);
    assert.equal((await list('?from=2026-03-16')).meta.total, 0);
    assert.equal((await list('?status=approved')).meta.total, 0);
  });

  it('expires sessions past their time when listing, so status filters are exact', async () => {
    // It is 10:00 on the 15th; sessions live an hour, so only those created after 09:00 are open.
    const created = await list('?status=created');
    assert.equal(created.meta.total, 4);
    assert.ok(created.data.every((s) => s.status === 'created'));
    const expired = await list('?status=expired&per_page=100');
    assert.equal(expired.meta.total, 19);
    assert.ok(expired.data.every((s) => s.status === 'expired'));
  });

  it('refuses per_page over 100 and other bad queries with 400', async () => {
    for (const q of [
      '?per_page=101',
      '?per_page=0',
      '?page=0',
      '?page=x',
      '?status=done',
      '?from=15-03-2026',
      '?to=2026-13-01',
      '?sort=asc',
    ]) {
      const res = await t.api('GET', `/api/v1/sessions${q}`);
      assert.equal(res.status, 400, q);
      assert.equal(await errorCode(res), 'validation_failed', q);
    }
  });
});

describe('server API: rate limit', () => {
  const t = useApp({ rateLimit: { windowMs: 60_000, perApiKey: 3, perToken: 3 } });

  it('answers 429 with Retry-After once a key exceeds its window, per key', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await t.api('GET', '/api/v1/profiles')).status, 200);
    const limited = await t.api('GET', '/api/v1/profiles');
    assert.equal(limited.status, 429);
    assert.equal(await errorCode(limited), 'rate_limited');
    const retry = Number(limited.headers.get('retry-after'));
    assert.ok(retry >= 1 && retry <= 60, `Retry-After ${retry}`);
    // Another key has its own window.
    assert.equal((await t.api('GET', '/api/v1/profiles', undefined, { 'X-API-Key': OTHER_KEY })).status, 200);
    // After the window the key works again.
    t.clock.now = T0 + 61_000;
    assert.equal((await t.api('GET', '/api/v1/profiles')).status, 200);
  });
});
