/**
 * The language chosen on the first device follows the applicant to the phone: the handoff request may
 * carry it (a shipped locale, else 400), it is stored with the link, and the phone's flow session and
 * hosted page take it as the session's language when the session has no `locale` of its own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { FlowSession, HandoffCreated } from '../../src/api/schemas.js';
import { migrate } from '../../demo/server/db.js';
import { createKyc, errorCode, useApp } from './helpers.js';

describe('handoff locale', () => {
  const t = useApp({ rateLimit: { windowMs: 60_000, perApiKey: 10_000, perToken: 10_000, handoffsPerSession: 100 } });

  function makeLink(token: string, body?: unknown): Promise<Response> {
    return t.flow('POST', '/api/v1/flow/handoff', token, {
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      headers: { 'Content-Type': 'application/json' },
    });
  }

  /** Makes a link and opens it as the phone does; the phone's token. */
  async function phoneToken(token: string, body?: unknown): Promise<string> {
    const made = await makeLink(token, body);
    assert.equal(made.status, 201, await made.clone().text());
    const url = new URL(HandoffCreated.parse(await made.json()).url);
    const redeemed = await t.request(url.pathname, { method: 'POST' });
    assert.equal(redeemed.status, 303);
    const phone = /^\/verify\/(vft_[A-Za-z0-9_-]{32})$/.exec(redeemed.headers.get('Location') ?? '')?.[1];
    assert.ok(phone, 'the phone gets its own token');
    return phone;
  }

  async function flowSession(token: string): Promise<FlowSession> {
    const res = await t.flow('GET', '/api/v1/flow/session', token);
    assert.equal(res.status, 200);
    return FlowSession.parse(await res.json());
  }

  const page = async (token: string) => (await t.request(`/verify/${token}`)).text();
  const handoffCount = () => (t.va.db.prepare('SELECT COUNT(*) AS n FROM handoffs').get() as { n: number }).n;

  // Attacks first: nothing but a shipped locale is stored, and nothing sent is echoed back.
  const refused: [string, unknown][] = [
    ['a language the widget does not ship', 'sw'],
    ['a region it has no translation for', 'fr-CA'],
    ['markup', '"><script>alert(1)</script>'],
    ['an attribute breakout', 'de" onload="alert(1)'],
    ['an empty tag', ''],
    ['a tag over 35 characters', 'x'.repeat(36)],
    ['a malformed tag', 'en--US'],
    ['a number', 42],
    ['null', null],
    ['a list', ['de']],
  ];
  for (const [what, locale] of refused) {
    it(`refuses ${what} with 400 validation_failed on locale, makes no link and echoes nothing`, async () => {
      const s = await createKyc(t, {}, ['selfie']);
      const before = handoffCount();
      const res = await makeLink(s.session_token, { locale });
      const text = await res.text();
      assert.equal(res.status, 400, text);
      const body = JSON.parse(text) as { error: { code: string; details: { path: string; message: string }[] } };
      assert.equal(body.error.code, 'validation_failed');
      assert.deepEqual(
        body.error.details.map((d) => d.path),
        ['locale'],
      );
      if (typeof locale === 'string' && locale.length > 2) assert.ok(!text.includes(locale), 'not echoed');
      assert.ok(!text.includes('<script>'));
      assert.equal(handoffCount(), before, 'no link was made');
    });
  }

  it('still refuses fields it does not know', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    const res = await makeLink(s.session_token, { locale: 'de', lang: 'fr' });
    assert.equal(res.status, 400);
    assert.equal(await errorCode(res), 'validation_failed');
  });

  it('opens the phone in the language chosen on the first device, canonically spelled', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    const phone = await phoneToken(s.session_token, { locale: 'zh-hant' });
    const session = await flowSession(phone);
    assert.equal(session.device, 'phone');
    assert.equal(session.locale, 'zh-Hant');
    const html = await page(phone);
    assert.match(html, /<html lang="zh-Hant">/);
    assert.match(html, /<verilock-flow session-token="[^"]+" lang="zh-Hant" /);
    // The page carries the same session the API gives.
    assert.match(html, /"locale":"zh-Hant"/);
  });

  it('shows the link’s "continue on this phone" page in the language the phone will get', async () => {
    const opened = async (token: string, locale?: string) => {
      const made = await makeLink(token, locale ? { locale } : {});
      const url = new URL(HandoffCreated.parse(await made.json()).url);
      return t.request(url.pathname, { headers: { 'Accept-Language': 'fr' } });
    };
    const chosen = await opened((await createKyc(t, {}, ['selfie'])).session_token, 'de');
    assert.equal(chosen.status, 200);
    assert.equal(chosen.headers.get('Content-Language'), 'de');
    assert.match(await chosen.text(), /<html lang="de"/);
    const session = await opened((await createKyc(t, { locale: 'ja' }, ['selfie'])).session_token, 'de');
    assert.equal(session.headers.get('Content-Language'), 'ja');
    const none = await opened((await createKyc(t, {}, ['selfie'])).session_token);
    assert.equal(none.headers.get('Content-Language'), 'fr');
  });

  it('leaves the first device and the session itself as they were', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    await phoneToken(s.session_token, { locale: 'fa' });
    assert.equal((await flowSession(s.session_token)).locale, null);
    assert.doesNotMatch(await page(s.session_token), /<verilock-flow[^>]* lang=/);
    const detail = (await (await t.api('GET', `/api/v1/sessions/${s.id}`)).json()) as { locale: string | null };
    assert.equal(detail.locale, null);
  });

  it('gives way to the session locale', async () => {
    const s = await createKyc(t, { locale: 'de' }, ['selfie']);
    const phone = await phoneToken(s.session_token, { locale: 'ja' });
    assert.equal((await flowSession(phone)).locale, 'de');
    assert.match(await page(phone), /<html lang="de">/);
  });

  it('belongs to its link: a later link without a language opens the phone without one', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    const first = await phoneToken(s.session_token, { locale: 'he' });
    assert.equal((await flowSession(first)).locale, 'he');
    const second = await phoneToken(s.session_token, {});
    assert.equal((await flowSession(second)).locale, null);
    assert.doesNotMatch(await page(second), /<verilock-flow[^>]* lang=/);
    const bare = await phoneToken(s.session_token);
    assert.equal((await flowSession(bare)).locale, null);
  });
});

describe('handoff locale migration', () => {
  it('adds the handoffs.locale column as version 8', () => {
    const db = new Database(':memory:');
    migrate(db);
    const columns = db.prepare('PRAGMA table_info(handoffs)').all() as { name: string; dflt_value: unknown }[];
    const locale = columns.find((c) => c.name === 'locale');
    assert.ok(locale, 'handoffs.locale exists');
    assert.equal(locale.dflt_value, null);
    const versions = (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
      (r) => r.version,
    );
    assert.ok(versions.includes(8));
    db.close();
  });
});
