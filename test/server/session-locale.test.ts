/**
 * A session's language: the optional `locale` on creation, checked against the locales the widget
 * ships, stored, returned to the integrator and the widget, used by the hosted page and kept by the
 * phone after a handoff.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { FlowSession, HandoffCreated, SessionDetail } from '../../src/api/schemas.js';
import { availableLocales } from '../../src/i18n/registry.js';
import '../../src/i18n/locales/index.js';
import { DEFAULT_PROFILE_ID, migrate } from '../../demo/server/db.js';
import { createKyc, errorCode, useApp } from './helpers.js';

describe('session locale', () => {
  const t = useApp();

  async function detail(id: string): Promise<SessionDetail> {
    const res = await t.api('GET', `/api/v1/sessions/${id}`);
    assert.equal(res.status, 200);
    return SessionDetail.parse(await res.json());
  }

  async function flowSession(token: string): Promise<FlowSession> {
    const res = await t.flow('GET', '/api/v1/flow/session', token);
    assert.equal(res.status, 200);
    return FlowSession.parse(await res.json());
  }

  it('stores a shipped locale in its canonical spelling and returns it to the integrator and the widget', async () => {
    const s = await createKyc(t, { locale: 'pt-br' });
    assert.equal((await detail(s.id)).locale, 'pt-BR');
    assert.equal((await flowSession(s.session_token)).locale, 'pt-BR');
  });

  it('accepts it on the profile shape too', async () => {
    const res = await t.api('POST', '/api/v1/sessions', { profile_id: DEFAULT_PROFILE_ID, locale: 'zh-Hant' });
    assert.equal(res.status, 201, await res.clone().text());
    const s = (await res.json()) as { id: string; session_token: string };
    assert.equal((await detail(s.id)).locale, 'zh-Hant');
    assert.equal((await flowSession(s.session_token)).locale, 'zh-Hant');
  });

  it('accepts every locale the widget registers, and nothing is needed when there is none', async () => {
    for (const code of availableLocales()) {
      const s = await createKyc(t, { locale: code }, ['selfie']);
      assert.equal((await detail(s.id)).locale?.toLowerCase(), code);
    }
    const none = await createKyc(t, {}, ['selfie']);
    assert.equal((await detail(none.id)).locale, null);
    assert.equal((await flowSession(none.session_token)).locale, null);
  });

  for (const locale of ['sw', 'fr-CA', 'not a tag', '', 'x'.repeat(36), 42]) {
    it(`refuses ${JSON.stringify(locale).slice(0, 20)} with a validation error on the locale`, async () => {
      const res = await t.api('POST', '/api/v1/sessions', {
        type: 'kyc',
        steps: ['selfie'],
        applicant: { first_name: 'Jean', last_name: 'Dupont' },
        locale,
      });
      assert.equal(res.status, 400);
      const body = (await res.clone().json()) as { error: { details: { path: string }[] } };
      assert.deepEqual(
        body.error.details.map((d) => d.path),
        ['locale'],
      );
      assert.equal(await errorCode(res), 'validation_failed');
    });
  }

  it('sets the hosted page language and the element language from the session', async () => {
    const s = await createKyc(t, { locale: 'de' }, ['selfie']);
    const html = await (await t.request(`/verify/${s.session_token}`)).text();
    assert.match(html, /<html lang="de">/);
    assert.match(html, /<verilock-flow session-token="[^"]+" lang="de" /);
    const plain = await createKyc(t, {}, ['selfie']);
    const plainHtml = await (await t.request(`/verify/${plain.session_token}`)).text();
    assert.match(plainHtml, /<html lang="en">/);
    assert.doesNotMatch(plainHtml, /<verilock-flow[^>]* lang=/);
  });

  it('carries the locale to the phone after a handoff', async () => {
    const s = await createKyc(t, { locale: 'ar' }, ['selfie']);
    const made = await t.flow('POST', '/api/v1/flow/handoff', s.session_token);
    assert.equal(made.status, 201);
    const url = new URL(HandoffCreated.parse(await made.json()).url);
    const redeemed = await t.request(url.pathname, { method: 'POST' });
    assert.equal(redeemed.status, 303);
    const phoneToken = /^\/verify\/(vft_[A-Za-z0-9_-]{32})$/.exec(redeemed.headers.get('Location') ?? '')?.[1];
    assert.ok(phoneToken, 'the phone gets its own token');
    assert.notEqual(phoneToken, s.session_token);
    const phone = await flowSession(phoneToken);
    assert.equal(phone.device, 'phone');
    assert.equal(phone.locale, 'ar');
    assert.match(await (await t.request(`/verify/${phoneToken}`)).text(), /<html lang="ar">/);
  });
});

describe('session locale migration', () => {
  it('adds the sessions.locale column as version 7', () => {
    const db = new Database(':memory:');
    migrate(db);
    const columns = db.prepare('PRAGMA table_info(sessions)').all() as { name: string; dflt_value: unknown }[];
    const locale = columns.find((c) => c.name === 'locale');
    assert.ok(locale, 'sessions.locale exists');
    assert.equal(locale.dflt_value, null);
    const versions = (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
      (r) => r.version,
    );
    assert.ok(versions.includes(7));
    db.close();
  });
});
