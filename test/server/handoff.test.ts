/**
 * Cross-device handoff: one-time links that give a phone its own token for a session, and the progress
 * the desktop polls while the phone works.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FlowProgress, FlowSession, HandoffCreated } from '../../src/api/schemas.js';
import { DOC_SELFIE_PROFILE_ID } from '../../demo/server/db.js';
import { JPEG, createKyc, errorCode, upload, useApp } from './helpers.js';

describe('cross-device handoff', () => {
  const t = useApp({ rateLimit: { windowMs: 60_000, perApiKey: 10_000, perToken: 10_000, handoffsPerSession: 3 } });

  async function link(token: string): Promise<HandoffCreated> {
    const res = await t.flow('POST', '/api/v1/flow/handoff', token);
    const text = await res.text();
    assert.equal(res.status, 201, text);
    return HandoffCreated.parse(JSON.parse(text));
  }

  const path = (url: string) => new URL(url).pathname;

  /**
   * Opens a handoff link as the phone does: GET shows the page with its button (nothing redeemed yet),
   * the button POSTs; returns the phone token from the 303, or the refused response.
   */
  async function open(url: string): Promise<{ token: string | null; res: Response }> {
    const shown = await t.request(path(url));
    if (shown.status !== 200) return { token: null, res: shown };
    assert.match(await shown.text(), /<form method="post">/);
    const res = await t.request(path(url), { method: 'POST' });
    const location = res.headers.get('Location');
    const token =
      res.status === 303 && location ? (/^\/verify\/(vft_[A-Za-z0-9_-]{32})$/.exec(location)?.[1] ?? null) : null;
    return { token, res };
  }

  async function progress(token: string): Promise<FlowProgress> {
    const res = await t.flow('GET', '/api/v1/flow/progress', token);
    assert.equal(res.status, 200);
    return FlowProgress.parse(await res.json());
  }

  it('creates a link under PUBLIC_URL that never holds the desktop token, and lives 10 minutes', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    const created = await link(s.session_token);
    assert.match(created.url, /^http:\/\/127\.0\.0\.1:8787\/handoff\/[A-Za-z0-9_-]{32}$/);
    assert.ok(!created.url.includes(s.session_token));
    assert.ok(!created.url.includes(s.session_token.slice(4)));
    assert.equal(Date.parse(created.expires_at) - t.clock.now, 10 * 60 * 1000);
    // Only the hash of the code is stored.
    const code = path(created.url).split('/').pop()!;
    const dump = JSON.stringify(t.va.db.prepare('SELECT * FROM handoffs').all());
    assert.ok(!dump.includes(code));
  });

  it('opens once: 303 to the hosted page with a phone token of the same session; the second use is refused', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    const { url } = await link(s.session_token);
    const first = await open(url);
    assert.equal(first.res.status, 303);
    assert.equal(first.res.headers.get('Cache-Control'), 'no-store');
    assert.ok(first.token, 'phone token in the redirect');
    assert.notEqual(first.token, s.session_token);

    const phone = FlowSession.parse(await (await t.flow('GET', '/api/v1/flow/session', first.token!)).json());
    assert.equal(phone.id, s.id);
    assert.equal(phone.device, 'phone');
    const desktop = FlowSession.parse(await (await t.flow('GET', '/api/v1/flow/session', s.session_token)).json());
    assert.equal(desktop.device, 'primary');
    // The hosted page works with the phone token.
    assert.equal((await t.request(`/verify/${first.token}`)).status, 200);

    const second = await open(url);
    assert.equal(second.res.status, 410);
    assert.equal(second.token, null);
    const html = await second.res.text();
    assert.match(html, /already used/);
    assert.doesNotMatch(html, /<script/i);
    const csp = second.res.headers.get('Content-Security-Policy') ?? '';
    assert.match(csp, /default-src 'none'; script-src 'self'/);
    assert.equal(second.res.headers.get('Referrer-Policy'), 'no-referrer');
  });

  it('refuses an expired link (410) and an unknown or malformed one (404)', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    const { url } = await link(s.session_token);
    t.clock.now += 10 * 60 * 1000;
    try {
      const late = await open(url);
      assert.equal(late.res.status, 410);
      assert.match(await late.res.text(), /expired/);
    } finally {
      t.clock.now -= 10 * 60 * 1000;
    }
    const unknown = await t.request(`/handoff/${'A'.repeat(32)}`);
    assert.equal(unknown.status, 404);
    assert.match(await unknown.text(), /not valid/);
    assert.equal((await t.request('/handoff/short')).status, 404);
  });

  it('a new link kills the older unused one; the older phone token is revoked when the new link is used', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    const a = await link(s.session_token);
    const b = await link(s.session_token);
    assert.notEqual(a.url, b.url);
    assert.equal((await open(a.url)).res.status, 410);
    const phoneB = await open(b.url);
    assert.ok(phoneB.token);
    const c = await link(s.session_token);
    const phoneC = await open(c.url);
    assert.ok(phoneC.token);
    const old = await t.flow('GET', '/api/v1/flow/session', phoneB.token!);
    assert.equal(old.status, 401);
    assert.equal((await t.flow('GET', '/api/v1/flow/session', phoneC.token!)).status, 200);
  });

  it('is rate-limited per session with 429 and Retry-After', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    for (let i = 0; i < 3; i++) await link(s.session_token);
    const res = await t.flow('POST', '/api/v1/flow/handoff', s.session_token);
    assert.equal(res.status, 429);
    assert.equal(await errorCode(res), 'rate_limited');
    assert.ok(Number(res.headers.get('Retry-After')) >= 1);
    // Another session is not affected.
    const other = await createKyc(t, {}, ['document', 'selfie']);
    await link(other.session_token);
  });

  it('only the primary device creates links, only when the profile allows it, only while open', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    const phone = await open((await link(s.session_token)).url);
    const byPhone = await t.flow('POST', '/api/v1/flow/handoff', phone.token!);
    assert.equal(byPhone.status, 403);
    assert.equal(await errorCode(byPhone), 'handoff_not_allowed');

    t.va.db.prepare('UPDATE profiles SET allow_cross_device = 0 WHERE id = ?').run(DOC_SELFIE_PROFILE_ID);
    try {
      const res = await t.api('POST', '/api/v1/sessions', { profile_id: DOC_SELFIE_PROFILE_ID });
      const p = (await res.json()) as { session_token: string };
      const flow = FlowSession.parse(await (await t.flow('GET', '/api/v1/flow/session', p.session_token)).json());
      assert.equal(flow.requirements.allow_cross_device, false);
      const refused = await t.flow('POST', '/api/v1/flow/handoff', p.session_token);
      assert.equal(refused.status, 403);
      assert.equal(await errorCode(refused), 'cross_device_disabled');
    } finally {
      t.va.db.prepare('UPDATE profiles SET allow_cross_device = 1 WHERE id = ?').run(DOC_SELFIE_PROFILE_ID);
    }

    const bad = await t.flow('POST', '/api/v1/flow/handoff', s.session_token, {
      body: JSON.stringify({ extra: 1 }),
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(bad.status, 400);
  });

  it('progress reflects the phone, its step, the captures and the completion; the desktop sees the redirect', async () => {
    const s = await createKyc(t, { redirect_url: 'https://example.com/done' }, ['document', 'selfie']);
    let p = await progress(s.session_token);
    assert.deepEqual(p, {
      status: 'created',
      captures: [],
      phone_connected: false,
      phone_step: null,
      completed: false,
      redirect_url: 'https://example.com/done',
    });
    const phone = (await open((await link(s.session_token)).url)).token!;
    p = await progress(s.session_token);
    assert.equal(p.phone_connected, true);
    assert.equal(p.phone_step, null);

    const report = async (token: string, body: unknown) =>
      t.flow('POST', '/api/v1/flow/progress', token, {
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json' },
      });
    const r = await report(phone, { step: 'document_front' });
    assert.equal(r.status, 200);
    assert.equal(FlowProgress.parse(await r.json()).phone_step, 'document_front');
    assert.equal((await report(phone, { step: 'Not A Step' })).status, 400);
    assert.equal((await report(phone, { step: 'consent', more: 1 })).status, 400);
    // The desktop's own reports do not pose as the phone's.
    await report(s.session_token, { step: 'intro' });
    assert.equal((await progress(s.session_token)).phone_step, 'document_front');

    const meta = { source: 'camera', document_type: 'passport' };
    assert.equal((await upload(t, phone, 'document_front', [{ bytes: JPEG }], meta)).status, 201);
    assert.equal((await upload(t, phone, 'selfie', [{ bytes: JPEG }])).status, 201);
    p = await progress(s.session_token);
    assert.deepEqual(p.captures, ['document_front', 'selfie']);
    assert.equal(p.completed, false);

    const done = await t.flow('POST', '/api/v1/flow/complete', phone);
    assert.equal(done.status, 200);
    await report(phone, { step: 'done' });
    p = await progress(s.session_token);
    assert.equal(p.status, 'processing');
    assert.equal(p.completed, true);
    assert.equal(p.phone_step, 'done');
    // Any token of the session may ask.
    assert.deepEqual(await progress(phone), p);
    // The session is closed: a new link is refused.
    assert.equal((await t.flow('POST', '/api/v1/flow/handoff', s.session_token)).status, 409);
  });

  it('a link of a session that closed meanwhile is refused', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    const { url } = await link(s.session_token);
    t.va.db.prepare(`UPDATE sessions SET status = 'processing' WHERE id = ?`).run(s.id);
    const res = await open(url);
    assert.equal(res.res.status, 410);
    assert.match(await res.res.text(), /closed/);
  });

  it('keeps handoff codes and phone tokens out of the request log', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    const { url } = await link(s.session_token);
    const code = path(url).split('/').pop()!;
    const { token } = await open(url);
    await t.flow('GET', '/api/v1/flow/progress', token!);
    const logs = t.logs.join('\n');
    assert.ok(!logs.includes(code));
    assert.ok(!logs.includes(token!));
    assert.match(logs, /GET \/handoff\/\[redacted\] 200/);
    assert.match(logs, /POST \/handoff\/\[redacted\] 303/);
  });
});
