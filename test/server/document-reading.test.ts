/**
 * The document read on the device (`meta.document`) as the server keeps and shows it: under the document
 * step's result of `GET /api/v1/sessions/{id}`, compared with the applicant; never in the flow API; refused
 * on a capture that is not of the document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SessionDetail, type DocumentRead } from '../../src/api/schemas.js';
import { JPEG, createKyc, errorCode, upload, useApp, type TestApp } from './helpers.js';

const detail = async (t: TestApp, id: string) =>
  SessionDetail.parse(await (await t.api('GET', `/api/v1/sessions/${id}`)).json());

const passport: DocumentRead = {
  source: 'mrz',
  format: 'TD3',
  number: 'L898902C3',
  country: 'FRA',
  expiry: '2031-04-15',
  birth_date: '1974-08-12',
  names: { surname: 'LEFEVRE', given: 'ELODIE MARIE' },
  check_digits_valid: true,
};
const applicant = { first_name: 'Élodie', last_name: 'Lefèvre', date_of_birth: '1974-08-12' };

describe('document reading on the server', () => {
  const t = useApp();

  it('shows the reading under the document step, compared with the applicant', async () => {
    const s = await createKyc(t, { applicant }, ['document', 'selfie']);
    const before = await detail(t, s.id);
    assert.equal(before.results.document?.document, undefined);
    const front = await upload(t, s.session_token, 'document_front', [{ bytes: JPEG }], {
      source: 'camera',
      document_type: 'passport',
      document: passport,
    });
    assert.equal(front.status, 201);
    const { id: captureId } = (await front.json()) as { id: string };
    const d = await detail(t, s.id);
    assert.deepEqual(d.results.document?.document, {
      ...passport,
      capture_id: captureId,
      kind: 'document_front',
      applicant_match: { surname: 'match', given_names: 'match', birth_date: 'match' },
    });
    assert.equal(d.results.selfie?.document, undefined);
  });

  it('reports a mismatch per field, and the retake replaces the reading', async () => {
    const s = await createKyc(t, { applicant }, ['document', 'selfie']);
    const other = { ...passport, names: { surname: 'DUPONT', given: 'ELODIE' }, birth_date: '1975-08-12' };
    const meta = { source: 'camera', document_type: 'passport', document: other };
    assert.equal((await upload(t, s.session_token, 'document_front', [{ bytes: JPEG }], meta)).status, 201);
    assert.deepEqual((await detail(t, s.id)).results.document?.document?.applicant_match, {
      surname: 'mismatch',
      given_names: 'match',
      birth_date: 'mismatch',
    });
    // A retake without a reading: nothing read, nothing shown.
    const retake = { source: 'camera', document_type: 'passport' };
    assert.equal((await upload(t, s.session_token, 'document_front', [{ bytes: JPEG }], retake)).status, 201);
    assert.equal((await detail(t, s.id)).results.document?.document, undefined);
  });

  it('prefers the reading with valid check digits when both sides carry one', async () => {
    const s = await createKyc(t, { applicant }, ['document', 'selfie']);
    const front = { source: 'camera', document_type: 'id_card', document: { ...passport, format: 'TD1' } };
    const back = {
      source: 'camera',
      document: { ...passport, format: 'TD1', number: 'X1', check_digits_valid: false },
    };
    const res = await upload(t, s.session_token, 'document_front', [{ bytes: JPEG }], front);
    assert.equal(res.status, 201);
    const { id } = (await res.json()) as { id: string };
    t.clock.now += 1000;
    assert.equal((await upload(t, s.session_token, 'document_back', [{ bytes: JPEG }], back)).status, 201);
    const shown = (await detail(t, s.id)).results.document?.document;
    assert.equal(shown?.capture_id, id);
    assert.equal(shown?.number, 'L898902C3');
  });

  it('never shows the reading or the comparison to the widget', async () => {
    const s = await createKyc(t, { applicant }, ['document', 'selfie']);
    const meta = { source: 'camera', document_type: 'passport', document: passport };
    assert.equal((await upload(t, s.session_token, 'document_front', [{ bytes: JPEG }], meta)).status, 201);
    const text = await (await t.flow('GET', '/api/v1/flow/session', s.session_token)).text();
    for (const leak of ['applicant_match', 'LEFEVRE', 'Lefèvre', '1974-08-12', 'L898902C3', 'mismatch', '"match"']) {
      assert.ok(!text.includes(leak), `${leak} in the flow session reply`);
    }
  });

  it('refuses a reading sent with a selfie or a liveness capture, and keeps nothing of it', async () => {
    const s = await createKyc(t, { applicant }, ['document', 'selfie', 'liveness']);
    for (const kind of ['selfie', 'liveness']) {
      const res = await upload(t, s.session_token, kind, [{ bytes: JPEG }], { source: 'camera', document: passport });
      assert.equal(res.status, 400, kind);
      const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
      assert.equal(body.error.code, 'validation_failed');
      assert.deepEqual(
        body.error.details.map((e) => e.path),
        ['meta.document'],
      );
    }
    const d = await detail(t, s.id);
    assert.deepEqual(d.captures, []);
    assert.equal(d.results.document?.document, undefined);
  });

  it('refuses a document capture, reading and all, in a session without a document step', async () => {
    const s = await createKyc(t, { applicant }, ['selfie']);
    const meta = { source: 'camera', document_type: 'passport', document: passport };
    const res = await upload(t, s.session_token, 'document_front', [{ bytes: JPEG }], meta);
    assert.equal(res.status, 422);
    assert.equal(await errorCode(res), 'capture_not_expected');
    const d = await detail(t, s.id);
    assert.deepEqual(d.captures, []);
    assert.equal(d.results.document, undefined);
  });
});
