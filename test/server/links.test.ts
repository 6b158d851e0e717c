/**
 * The links applicants open. A handoff link survives link previewers and mail scanners (GET and HEAD
 * change nothing; only the page's button, a POST, redeems it), and its page speaks the phone's
 * language under a strict CSP. A `/verify/<token>` that isn't live (cut short by a messaging app,
 * garbled, unknown, revoked, expired, finished) gets the HTML error screen in the applicant's
 * language with the right status, never JSON.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HandoffCreated } from '../../src/api/schemas.js';
import { pageTranslation } from '../../demo/server/link-pages.js';
import ar from '../../src/i18n/locales/ar.js';
import de from '../../src/i18n/locales/de.js';
import en from '../../src/i18n/locales/en.js';
import es from '../../src/i18n/locales/es.js';
import fr from '../../src/i18n/locales/fr.js';
import ptBR from '../../src/i18n/locales/pt-BR.js';
import he from '../../src/i18n/locales/he.js';
import ja from '../../src/i18n/locales/ja.js';
import nb from '../../src/i18n/locales/nb.js';
import pl from '../../src/i18n/locales/pl.js';
import zhHant from '../../src/i18n/locales/zh-Hant.js';
import { JPEG, createKyc, upload, useApp } from './helpers.js';

const decode = (html: string) => html.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

describe('handoff links: redeemed by POST only', () => {
  const t = useApp({ rateLimit: { windowMs: 60_000, perApiKey: 10_000, perToken: 10_000, handoffsPerSession: 50 } });

  async function link(token: string): Promise<string> {
    const res = await t.flow('POST', '/api/v1/flow/handoff', token);
    assert.equal(res.status, 201);
    return new URL(HandoffCreated.parse(await res.json()).url).pathname;
  }
  const state = (id: string) => ({
    used: (t.va.db.prepare('SELECT used_at FROM handoffs WHERE session_id = ?').get(id) as { used_at: number | null })
      .used_at,
    tokens: (t.va.db.prepare('SELECT COUNT(*) AS n FROM session_tokens WHERE session_id = ?').get(id) as { n: number })
      .n,
  });

  it('HEAD and GET (an unfurler, a mail scanner, a prefetch) redeem nothing; the POST redeems once', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    const path = await link(s.session_token);
    for (let i = 0; i < 3; i++) {
      const head = await t.request(path, { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(await head.text(), '');
      const get = await t.request(path, { headers: { 'User-Agent': 'Slackbot-LinkExpanding 1.0' } });
      assert.equal(get.status, 200);
      assert.equal(get.headers.get('location'), null);
      assert.ok(!(await get.text()).includes('vft_'));
    }
    assert.deepEqual(state(s.id), { used: null, tokens: 0 });

    const post = await t.request(path, { method: 'POST' });
    assert.equal(post.status, 303);
    assert.match(post.headers.get('location') ?? '', /^\/verify\/vft_[A-Za-z0-9_-]{32}$/);
    assert.equal(post.headers.get('cache-control'), 'no-store');
    assert.equal(state(s.id).tokens, 1);
    assert.notEqual(state(s.id).used, null);
    // The phone's hosted page works.
    assert.equal((await t.request(post.headers.get('location')!)).status, 200);

    const again = await t.request(path, { method: 'POST' });
    assert.equal(again.status, 410);
    assert.equal(state(s.id).tokens, 1);
    const shown = await t.request(path);
    assert.equal(shown.status, 410);
    assert.match(await shown.text(), /already used/);
  });

  it('the page: one button posting to itself, a strict CSP allowing only that form, never framed, no script', async () => {
    const s = await createKyc(t, {}, ['document', 'selfie']);
    const res = await t.request(await link(s.session_token));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(
      res.headers.get('content-security-policy'),
      "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const html = await res.text();
    assert.ok(html.includes('<link rel="stylesheet" href="/sdk/hosted.css">'));
    assert.match(html, /<form method="post">\s*<button type="submit">Continue on this phone<\/button>\s*<\/form>/);
    assert.ok(!/<script|\sstyle=|\son\w+=/i.test(html));
    // Other pages keep `form-action 'none'`.
    const hosted = await t.request(`/verify/${s.session_token}`);
    assert.match(hosted.headers.get('content-security-policy') ?? '', /form-action 'none'/);
  });

  it('speaks the language of Accept-Language, on the page and on refusals', async () => {
    const cases: [string, typeof en][] = [
      ['fr-CA,fr;q=0.9,en;q=0.5', fr],
      ['pt', ptBR],
      ['pt-BR', ptBR],
      ['de-AT', de],
      ['ar-EG,ar;q=0.9', ar],
      ['de;q=0, es;q=0.8', es],
      ['xx-YY, zz', en],
      // Every shipped locale, with the widget's own fallback chains.
      ['ja,en;q=0.5', ja],
      ['zh-TW', zhHant],
      ['sw, pl;q=0.8', pl],
      ['no', nb],
      ['he-IL', he],
    ];
    for (const [header, tr] of cases) {
      const s = await createKyc(t, {}, ['document', 'selfie']);
      const path = await link(s.session_token);
      const res = await t.request(path, { headers: { 'Accept-Language': header } });
      const html = decode(await res.text());
      assert.equal(res.headers.get('content-language'), tr.$code, header);
      assert.ok(html.includes(`<html lang="${tr.$code}" dir="${tr.$dir}">`), header);
      assert.ok(html.includes(tr.handoffOpenTitle) && html.includes(tr.handoffOpenButton), header);
      await t.request(path, { method: 'POST' });
      const used = decode(await (await t.request(path, { headers: { 'Accept-Language': header } })).text());
      assert.ok(used.includes(tr.handoffRefused.used.title), header);
    }
    assert.equal(pageTranslation(undefined), en);
  });
});

describe('/verify/<anything> that is not a live token: the HTML error screen', () => {
  const t = useApp();

  async function screen(path: string, lang?: string): Promise<{ status: number; html: string; res: Response }> {
    const res = await t.request(path, lang ? { headers: { 'Accept-Language': lang } } : {});
    const html = decode(await res.text());
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8', path);
    assert.ok(!html.trimStart().startsWith('{'), `${path}: not JSON`);
    assert.ok(!/<script/i.test(html));
    return { status: res.status, html, res };
  }

  it('a link cut short, garbled or unknown: 404, "not valid", in the applicant language', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    const cut = s.session_token.slice(0, 20);
    for (const path of [
      `/verify/${cut}`,
      `/verify/${s.session_token}x`,
      `/verify/${s.session_token.replace('vft_', 'vft-')}`,
      `/verify/${s.session_token.slice(0, -1)}%E2%80%A6`,
      `/verify/vft_${'Z'.repeat(32)}`,
      '/verify/%F0%9F%98%80',
      '/verify/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    ]) {
      const en1 = await screen(path);
      assert.equal(en1.status, 404, path);
      assert.ok(en1.html.includes(en.errors.token_invalid.title), path);
      assert.ok(en1.html.includes(en.errors.token_invalid.instruction), path);
      const es1 = await screen(path, 'es-MX,es;q=0.9');
      assert.ok(es1.html.includes(es.errors.token_invalid.title), path);
      assert.ok(es1.html.includes('<html lang="es" dir="ltr">'));
    }
    const head = await t.request(`/verify/${cut}`, { method: 'HEAD' });
    assert.equal(head.status, 404);
    assert.equal(head.headers.get('content-type'), 'text/html; charset=utf-8');
  });

  it('an expired session: 410 "expired"; a finished one: 410 "already submitted"', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    t.clock.now += 2 * 3600 * 1000;
    try {
      const expired = await screen(`/verify/${s.session_token}`, 'de');
      assert.equal(expired.status, 410);
      assert.ok(expired.html.includes(de.errors.token_expired.title));
    } finally {
      t.clock.now -= 2 * 3600 * 1000;
    }
    const done = await createKyc(t, {}, ['selfie']);
    assert.equal((await upload(t, done.session_token, 'selfie', [{ bytes: JPEG }])).status, 201);
    assert.equal((await t.flow('POST', '/api/v1/flow/complete', done.session_token)).status, 200);
    const finished = await screen(`/verify/${done.session_token}`, 'ar');
    assert.equal(finished.status, 410);
    assert.ok(finished.html.includes(ar.errors.session_completed.title));
    assert.ok(finished.html.includes('dir="rtl"'));
    // A live token still gets the widget.
    const live = await createKyc(t, {}, ['selfie']);
    const page = await t.request(`/verify/${live.session_token}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<verilock-flow session-token=/);
  });
});
