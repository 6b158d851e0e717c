/**
 * Names and free text refuse control and bidirectional formatting characters (a `\u0000` or a
 * right-to-left override `\u202e` that hides or reorders what a reviewer reads) with a clear 400.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PROFILE_ID } from '../../demo/server/db.js';
import { createKyc, snapshot, useApp } from './helpers.js';

const BAD = [
  'Jean\u0000',
  'Je\u202ean',
  'Jean\u2066x\u2069',
  '\u200fJean',
  'Je\u0085an',
  'Jean\u001b[31m',
  'Jean\nDupont',
];

describe('control and bidi characters in names and free text', () => {
  const t = useApp();

  it('refuses them in applicant names (both request shapes) with 400 naming the field; nothing is stored', async () => {
    const before = snapshot(t);
    for (const bad of BAD) {
      const kyc = await t.api('POST', '/api/v1/sessions', {
        type: 'kyc',
        steps: ['selfie'],
        applicant: { first_name: bad, last_name: 'Dupont' },
      });
      assert.equal(kyc.status, 400, JSON.stringify(bad));
      const body = (await kyc.json()) as { error: { code: string; details: { path: string; message: string }[] } };
      assert.equal(body.error.code, 'validation_failed');
      assert.equal(body.error.details[0]!.path, 'applicant.first_name');
      assert.match(body.error.details[0]!.message, /control or bidirectional/);
      const profile = await t.api('POST', '/api/v1/sessions', { profile_id: DEFAULT_PROFILE_ID, applicant_name: bad });
      assert.equal(profile.status, 400, JSON.stringify(bad));
    }
    assert.deepEqual(snapshot(t), before);
    // Real names in any script still pass.
    for (const name of ['Zoë', 'محمد', 'José María', 'Nguyễn', "O'Brien-Łukasz"]) {
      const ok = await t.api('POST', '/api/v1/sessions', {
        type: 'kyc',
        steps: ['selfie'],
        applicant: { first_name: name, last_name: 'X' },
      });
      assert.equal(ok.status, 201, name);
    }
  });

  it('refuses them in a decision reason (line breaks allowed there)', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    const bad = await t.api('POST', `/api/v1/sessions/${s.id}/decision`, {
      decision: 'declined',
      reason: 'blurry\u202e',
    });
    assert.equal(bad.status, 400);
    const body = (await bad.json()) as { error: { details: { path: string }[] } };
    assert.equal(body.error.details[0]!.path, 'reason');
  });
});
